#pragma once
// A kiv subcommand: it declares its options on the parsed command line and runs against the
// index or the archive. One file per command under commands/, each added by the function
// command_table.hpp names; each returns its exit status (see README).

#include <CLI/CLI.hpp>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "kiv/index.hpp"

namespace kiv::cli {

// Options that every command shares.
struct Globals {
  std::string store;  // --store DIR; empty: default_store_path()
  std::string as_of;  // --as-of TIME of a command that reads; empty: the store as it is now

  std::filesystem::path store_path() const;
  // The UTC timestamp --as-of names (kiv/dates.hpp utc_timestamp), nullopt without one.
  // Throws Error{input} naming the option, the text and the forms it takes when malformed.
  std::optional<std::string> as_of_timestamp() const;
};

// A command that reads the index alone. kiv runs it itself, from a current index
// (Index::open_current); kiv-full gives it the index of the archive it opened.
class IndexCommand {
 public:
  virtual ~IndexCommand() = default;
  virtual int run(const Index& index) = 0;
};

// A command that reads or writes git: kiv-full runs it. It opens the archive as it needs
// (open_archive.hpp).
class ArchiveCommand {
 public:
  virtual ~ArchiveCommand() = default;
  virtual int run(const Globals& globals) = 0;
};

using AddIndexCommand = std::unique_ptr<IndexCommand> (*)(CLI::App& app);
using AddArchiveCommand = std::unique_ptr<ArchiveCommand> (*)(CLI::App& app);

// The exit statuses of both programs, defined here only (README "Exit statuses").
enum ExitStatus : int {
  kExitSuccess = 0,
  kExitDifferences = 1,   // kiv diff --exit-code found differences
  kExitNothingFound = 1,  // kiv timeline or kiv search found nothing
  kExitUsage = 2,         // bad usage or input (for an import of several files: any of them)
  kExitStore = 3,         // a store that cannot be used, or one kiv verify finds damaged
  kExitInternal = 4,      // a bug, or kiv-full that cannot be run
  kExitConflict = 5,      // kiv pull: both stores changed a value differently (nothing changed)
};

// Adds "--format" restricted to `choices` (the first is the default), bound to `format`.
CLI::Option* add_format_option(CLI::App& command, std::string& format,
                               const std::vector<std::string>& choices);

// The language to print an edition in: `requested` when the edition has it (Error{input}
// naming the edition's languages otherwise), else nl, else the edition's first language.
std::string pick_language(const std::vector<std::string>& languages, const std::string& requested,
                          const std::string& edition);

}  // namespace kiv::cli

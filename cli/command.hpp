#pragma once
// A kiv subcommand: it declares its options on the parsed command line and runs against the
// store. One file per command under commands/; each returns its exit status (see README).

#include <CLI/CLI.hpp>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "kiv/store.hpp"

namespace kiv::cli {

// Options that every command shares.
struct Globals {
  std::string store;  // --store DIR; empty: Store::default_path()

  std::filesystem::path store_path() const;
  // The store, which must exist (Error{not_found} otherwise). In kiv (open_store_indexed.cpp)
  // a store whose index is current, else HandOff; in kiv-full (open_store.cpp) Store::open.
  Store open_store() const;
  // kiv-full only: the store as it is, its index not brought up to date (Store::open_as_is).
  Store open_store_as_is() const;
  // kiv-full only: the store, created when missing.
  Store open_or_create_store(bool* created = nullptr) const;
};

class Command {
 public:
  virtual ~Command() = default;
  virtual int run(const Globals& globals) = 0;
};

std::unique_ptr<Command> add_init_command(CLI::App& app);
std::unique_ptr<Command> add_import_command(CLI::App& app);
std::unique_ptr<Command> add_list_command(CLI::App& app);
std::unique_ptr<Command> add_show_command(CLI::App& app);
std::unique_ptr<Command> add_log_command(CLI::App& app);
std::unique_ptr<Command> add_export_command(CLI::App& app);
std::unique_ptr<Command> add_diff_command(CLI::App& app);
std::unique_ptr<Command> add_verify_command(CLI::App& app);
std::unique_ptr<Command> add_rebuild_command(CLI::App& app);
std::unique_ptr<Command> add_link_command(CLI::App& app);
std::unique_ptr<Command> add_unlink_command(CLI::App& app);
std::unique_ptr<Command> add_links_command(CLI::App& app);
std::unique_ptr<Command> add_timeline_command(CLI::App& app);
std::unique_ptr<Command> add_matrix_command(CLI::App& app);
std::unique_ptr<Command> add_stats_command(CLI::App& app);
std::unique_ptr<Command> add_search_command(CLI::App& app);
std::unique_ptr<Command> add_site_command(CLI::App& app);

// Exit statuses (README "Exit statuses"): bad usage or input; a store that cannot be used, or
// one kiv verify finds damaged; a bug, or kiv-full that cannot be run.
inline constexpr int kExitUsage = 2;
inline constexpr int kExitStore = 3;
inline constexpr int kExitInternal = 4;

// Adds "--format" restricted to `choices` (the first is the default), bound to `format`.
CLI::Option* add_format_option(CLI::App& command, std::string& format,
                               const std::vector<std::string>& choices);

// The language to print an edition in: `requested` when the edition has it (Error{input}
// naming the edition's languages otherwise), else nl, else the edition's first language.
std::string pick_language(const std::vector<std::string>& languages,
                          const std::string& requested, const std::string& edition);

}  // namespace kiv::cli

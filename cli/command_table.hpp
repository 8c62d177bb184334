#pragma once
// Every command of kiv, once, in the order `kiv --help` lists them, with what it needs:
//   KIV_INDEX(name)    reads the index alone: kiv runs it (an IndexCommand, given an Index);
//   KIV_ARCHIVE(name)  reads or writes git: kiv-full runs it (an ArchiveCommand).
// kiv (main.cpp) is built from the KIV_INDEX rows only, so it cannot run, or link, a command
// that needs git; kiv-full (full_main.cpp) from all of them. Each row's command is added by
// add_NAME_command, defined in commands/NAME.cpp.

#include <string_view>
#include <vector>

#include "command.hpp"

// clang-format off
#define KIV_COMMANDS(KIV_INDEX, KIV_ARCHIVE) \
  KIV_ARCHIVE(init)                          \
  KIV_ARCHIVE(import)                        \
  KIV_INDEX(list)                            \
  KIV_INDEX(show)                            \
  KIV_INDEX(log)                             \
  KIV_ARCHIVE(export)                        \
  KIV_INDEX(diff)                            \
  KIV_ARCHIVE(verify)                        \
  KIV_ARCHIVE(rebuild)                       \
  KIV_ARCHIVE(link)                          \
  KIV_ARCHIVE(unlink)                        \
  KIV_INDEX(links)                           \
  KIV_ARCHIVE(series)                        \
  KIV_ARCHIVE(clone)                         \
  KIV_ARCHIVE(remote)                        \
  KIV_ARCHIVE(fetch)                         \
  KIV_ARCHIVE(pull)                          \
  KIV_ARCHIVE(push)                          \
  KIV_INDEX(timeline)                        \
  KIV_INDEX(matrix)                          \
  KIV_INDEX(flow)                            \
  KIV_INDEX(stats)                           \
  KIV_INDEX(search)                          \
  KIV_ARCHIVE(site)
// clang-format on

namespace kiv::cli {

#define KIV_DECLARE_INDEX(name) std::unique_ptr<IndexCommand> add_##name##_command(CLI::App& app);
#define KIV_DECLARE_ARCHIVE(name) \
  std::unique_ptr<ArchiveCommand> add_##name##_command(CLI::App& app);
KIV_COMMANDS(KIV_DECLARE_INDEX, KIV_DECLARE_ARCHIVE)
#undef KIV_DECLARE_INDEX
#undef KIV_DECLARE_ARCHIVE

// The archive commands (or subcommands, "series list") that only read: they take --as-of, as
// every index command does.
inline constexpr std::string_view kArchiveReaders[] = {"export", "site", "series list",
                                                       "series show"};

// One row of the table: the function that adds the command, of one kind or the other.
struct CommandRow {
  AddIndexCommand add_index = nullptr;
  AddArchiveCommand add_archive = nullptr;
};

// The rows of the table (KIV_INDEX_ROW alone: those of kiv).
#define KIV_INDEX_ROW(name) CommandRow{add_##name##_command, nullptr},
#define KIV_ARCHIVE_ROW(name) CommandRow{nullptr, add_##name##_command},
#define KIV_NO_ROW(name)

}  // namespace kiv::cli

#pragma once
// Where a command's output goes, decided once before it runs (CommandLine::run, from -q,
// -o FILE and --no-pager): standard output as it is printed (the default); nowhere (-q: only
// errors and the exit status speak); or kept until the command ends, then written to FILE
// (replacing it whole, never left half-written) or shown through a pager when standard output
// is a terminal and the text is longer than the terminal is high. print() and print_bytes()
// (output.hpp) write through it.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace kiv::cli {

struct OutputPlan {
  bool quiet = false;  // -q, --quiet: no output, no notes, no progress
  std::string file;    // -o FILE: the output into FILE
  bool pager = false;  // a report that may be paged (no --no-pager), when stdout is a terminal
};

// Sets the plan of the command about to run.
void plan_output(const OutputPlan& plan);
bool output_quiet();
// True when the output goes to a file (so it takes no colour unless --color always).
bool output_to_file();

// What print() calls with the text it would write to stdout: true when the plan took it (kept
// it, or dropped it for -q), false when it is to be written to stdout now.
bool take_output(std::string_view text);

// After the command: with `succeeded`, writes what was kept to the file, else through the
// pager, else to stdout. A command that failed writes no file, and what it printed before
// failing is dropped; kept for a pager, it goes to stdout unpaged. Throws Error{input} naming
// the file when it cannot be written; the file is then as it was.
void finish_output(bool succeeded);

// The pager: $KIV_PAGER, else $PAGER, else `less` when it is on PATH (started with LESS=FRX
// unless LESS is set: it quits when the text fits, keeps colours, leaves the screen alone);
// nullopt when there is none or it is "" or "cat".
std::optional<std::string> pager_command();

// Writes `bytes` into `path` whole (kiv/files.hpp), as the shell's > would make it (the
// umask's mode). Throws Error{input} naming the file and the reason (a directory is named as
// such, with `example` as a file in it).
void write_output_file(const std::filesystem::path& path, std::string_view bytes,
                       std::string_view example = "report.txt");

}  // namespace kiv::cli

#include "output_target.hpp"

#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sstream>

#include "kiv/error.hpp"
#include "kiv/files.hpp"
#include "output.hpp"

namespace kiv::cli {
namespace {

OutputPlan plan;
bool keeping = false;                 // the output is kept until finish_output
std::optional<std::string> kept_for;  // the pager the output is kept for, when not a file
std::string kept;

// The size of the terminal standard output is on; zeros when it is none or does not say.
winsize terminal_size() {
  winsize size{};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0) return winsize{};
  return size;
}

bool on_path(const std::string& program) {
  const char* path = std::getenv("PATH");
  if (path == nullptr) return false;
  std::istringstream dirs(path);
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    if (!dir.empty() && ::access((dir + "/" + program).c_str(), X_OK) == 0) return true;
  }
  return false;
}

void write_stdout(std::string_view text) { std::fwrite(text.data(), 1, text.size(), stdout); }

// Shows `text` through `pager`; false when the pager could not be started.
bool page(const std::string& pager, std::string_view text) {
  std::fflush(stdout);
  if (std::getenv("LESS") == nullptr) ::setenv("LESS", "FRX", 1);
  std::FILE* pipe = ::popen(pager.c_str(), "w");
  if (pipe == nullptr) return false;
  // A reader who quits the pager early closes the pipe: the rest is not wanted.
  const auto previous = std::signal(SIGPIPE, SIG_IGN);
  std::fwrite(text.data(), 1, text.size(), pipe);
  ::pclose(pipe);
  std::signal(SIGPIPE, previous);
  return true;
}

}  // namespace

void plan_output(const OutputPlan& output_plan) {
  plan = output_plan;
  kept.clear();
  kept_for.reset();
  if (!plan.quiet && plan.file.empty() && plan.pager && ::isatty(STDOUT_FILENO) == 1)
    kept_for = pager_command();
  keeping = !plan.quiet && (!plan.file.empty() || kept_for);
}

bool output_quiet() { return plan.quiet; }
bool output_to_file() { return !plan.quiet && !plan.file.empty(); }

bool take_output(std::string_view text) {
  if (plan.quiet) return true;
  if (!keeping) return false;
  kept.append(text);
  return true;
}

void finish_output(bool succeeded) {
  if (!keeping) return;
  keeping = false;
  const std::string text = std::move(kept);
  kept.clear();
  if (!plan.file.empty()) {
    if (succeeded) write_output_file(plan.file, text);
    return;
  }
  const auto lines = static_cast<long>(std::count(text.begin(), text.end(), '\n'));
  const int rows = terminal_size().ws_row;
  if (succeeded && (rows == 0 || lines >= rows) && kept_for && page(*kept_for, text)) return;
  write_stdout(text);
}

std::size_t terminal_columns() {
  if (output_to_file() || ::isatty(STDOUT_FILENO) != 1) return 0;
  return terminal_size().ws_col;
}

std::optional<std::string> pager_command() {
  for (const char* variable : {"KIV_PAGER", "PAGER"}) {
    if (const char* value = std::getenv(variable); value != nullptr) {
      const std::string pager = value;
      if (pager.empty() || pager == "cat") return std::nullopt;
      return pager;
    }
  }
  if (on_path("less")) return std::string("less");
  return std::nullopt;
}

void write_output_file(const std::filesystem::path& path, std::string_view bytes,
                       std::string_view example) {
  const std::string name = path.string();
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    throw Error(ErrorKind::input, name +
                                      ": cannot write the file: it is a directory; name a "
                                      "file, e.g. -o " +
                                      (path / example).string());
  }
  // As a file made by the shell's > would be: read-write by whoever the umask lets.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  const std::optional<FileWriteFailure> failure =
      write_file_whole(path, bytes, 0666 & ~mask, "." + path.filename().string() + ".kiv-");
  if (failure) {
    throw Error(ErrorKind::input,
                name + ": cannot write the file: " + std::strerror(failure->error));
  }
}

}  // namespace kiv::cli

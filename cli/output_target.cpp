#include "output_target.hpp"

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sstream>

#include "kiv/error.hpp"
#include "output.hpp"

namespace kiv::cli {
namespace {

OutputPlan plan;
bool keeping = false;  // the output is kept until finish_output
std::string kept;

// The terminal's height in lines, 0 when unknown.
int terminal_rows() {
  winsize size{};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0) return 0;
  return size.ws_row;
}

}  // namespace

std::size_t terminal_columns() {
  if (output_to_file() || ::isatty(STDOUT_FILENO) != 1) return 0;
  winsize size{};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0) return 0;
  return size.ws_col;
}

namespace {

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
  keeping = !plan.quiet &&
            (!plan.file.empty() || (plan.pager && ::isatty(STDOUT_FILENO) == 1 && pager_command()));
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
    if (succeeded) write_file_whole(plan.file, text);
    return;
  }
  const auto lines = static_cast<long>(std::count(text.begin(), text.end(), '\n'));
  const int rows = terminal_rows();
  if (succeeded && (rows == 0 || lines >= rows)) {
    if (const std::optional<std::string> pager = pager_command(); pager && page(*pager, text))
      return;
  }
  write_stdout(text);
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

void write_file_whole(const std::filesystem::path& path, std::string_view bytes,
                      std::string_view example) {
  const std::string name = path.string();
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    throw Error(ErrorKind::input, name +
                                      ": cannot write the file: it is a directory; name a "
                                      "file, e.g. -o " +
                                      (path / example).string());
  }
  const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : ".";
  std::string temp = (dir / ("." + path.filename().string() + ".kiv-XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0)
    throw Error(ErrorKind::input, name + ": cannot write the file: " + std::strerror(errno));
  const auto fail = [&](int code) {
    ::close(fd);
    ::unlink(temp.c_str());
    throw Error(ErrorKind::input, name + ": cannot write the file: " + std::strerror(code));
  };
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(errno);
    }
    written += static_cast<std::size_t>(n);
  }
  // As a file made by the shell's > would be: read-write by whoever the umask lets.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  if (::fchmod(fd, 0666 & ~mask) != 0 || ::fsync(fd) != 0) fail(errno);
  if (::close(fd) != 0) {
    const int code = errno;
    ::unlink(temp.c_str());
    throw Error(ErrorKind::input, name + ": cannot write the file: " + std::strerror(code));
  }
  if (std::rename(temp.c_str(), name.c_str()) != 0) {
    const int code = errno;
    ::unlink(temp.c_str());
    throw Error(ErrorKind::input, name + ": cannot write the file: " + std::strerror(code));
  }
}

}  // namespace kiv::cli

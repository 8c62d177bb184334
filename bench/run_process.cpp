#include "run_process.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace kiv::bench {
namespace {

// posix_spawn_file_actions_t with its destruction tied to scope.
class FileActions {
 public:
  FileActions() { posix_spawn_file_actions_init(&actions_); }
  ~FileActions() { posix_spawn_file_actions_destroy(&actions_); }
  FileActions(const FileActions&) = delete;
  FileActions& operator=(const FileActions&) = delete;
  posix_spawn_file_actions_t* get() { return &actions_; }

 private:
  posix_spawn_file_actions_t actions_;
};

}  // namespace

int run_quietly(const std::vector<std::string>& argv, bool discard_stderr) {
  long max_rss_kib = 0;
  return run_quietly(argv, discard_stderr, &max_rss_kib);
}

int run_quietly(const std::vector<std::string>& argv, bool discard_stderr, long* max_rss_kib) {
  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);

  FileActions actions;
  pid_t pid = 0;
  int rc = posix_spawn_file_actions_addopen(actions.get(), STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  if (rc == 0 && discard_stderr) {
    rc = posix_spawn_file_actions_addopen(actions.get(), STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  }
  if (rc == 0) rc = posix_spawn(&pid, args[0], actions.get(), nullptr, args.data(), environ);
  if (rc != 0) throw std::runtime_error(argv[0] + ": cannot start: " + std::strerror(rc));
  int status = 0;
  struct rusage usage {};
  while (::wait4(pid, &status, 0, &usage) < 0) {
    if (errno != EINTR) {
      throw std::runtime_error(argv[0] + ": cannot wait: " + std::strerror(errno));
    }
  }
  if (!WIFEXITED(status)) throw std::runtime_error(argv[0] + ": killed by a signal");
  *max_rss_kib = usage.ru_maxrss;
  return WEXITSTATUS(status);
}

std::string find_program(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::istringstream dirs(path != nullptr ? path : "/usr/bin:/bin");
  for (std::string dir; std::getline(dirs, dir, ':');) {
    const std::filesystem::path candidate =
        std::filesystem::path(dir.empty() ? "." : dir) / program;
    if (::access(candidate.c_str(), X_OK) == 0) return candidate.string();
  }
  throw std::runtime_error(program + ": not found on PATH");
}

}  // namespace kiv::bench

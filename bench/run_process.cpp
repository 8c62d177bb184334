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

// `args` as execv takes them: pointers into the strings, then a null pointer.
std::vector<char*> exec_args(const std::vector<std::string>& args) {
  std::vector<char*> raw;
  for (const std::string& arg : args) raw.push_back(const_cast<char*>(arg.c_str()));
  raw.push_back(nullptr);
  return raw;
}

// Waits for `pid`; its exit status and peak memory.
int wait_for(pid_t pid, const std::string& name, long* max_rss_kib) {
  int status = 0;
  struct rusage usage {};
  while (::wait4(pid, &status, 0, &usage) < 0) {
    if (errno != EINTR) throw std::runtime_error(name + ": cannot wait: " + std::strerror(errno));
  }
  if (!WIFEXITED(status)) throw std::runtime_error(name + ": killed by a signal");
  *max_rss_kib = usage.ru_maxrss;
  return WEXITSTATUS(status);
}

}  // namespace

int run_quietly(const std::vector<std::string>& argv, bool discard_stderr) {
  std::vector<char*> args = exec_args(argv);

  FileActions actions;
  pid_t pid = 0;
  int rc = posix_spawn_file_actions_addopen(actions.get(), STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  if (rc == 0 && discard_stderr) {
    rc = posix_spawn_file_actions_addopen(actions.get(), STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  }
  if (rc == 0) rc = posix_spawn(&pid, args[0], actions.get(), nullptr, args.data(), environ);
  if (rc != 0) throw std::runtime_error(argv[0] + ": cannot start: " + std::strerror(rc));
  long max_rss_kib = 0;
  return wait_for(pid, argv[0], &max_rss_kib);
}

HeldProcess::HeldProcess(const std::vector<std::string>& argv) {
  int pipe_fds[2];
  if (::pipe(pipe_fds) != 0) throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
  // sh waits for a line on its standard input, then becomes the program.
  std::vector<std::string> args = {"/bin/sh", "-c", "read go && exec \"$0\" \"$@\""};
  args.insert(args.end(), argv.begin(), argv.end());
  std::vector<char*> raw = exec_args(args);
  FileActions actions;
  int rc = posix_spawn_file_actions_adddup2(actions.get(), pipe_fds[0], STDIN_FILENO);
  if (rc == 0) rc = posix_spawn_file_actions_addclose(actions.get(), pipe_fds[1]);
  if (rc == 0) {
    rc = posix_spawn_file_actions_addopen(actions.get(), STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  }
  pid_t pid = 0;
  if (rc == 0) rc = posix_spawn(&pid, raw[0], actions.get(), nullptr, raw.data(), environ);
  ::close(pipe_fds[0]);
  if (rc != 0) {
    ::close(pipe_fds[1]);
    throw std::runtime_error("/bin/sh: cannot start: " + std::string(std::strerror(rc)));
  }
  pid_ = pid;
  go_ = pipe_fds[1];
}

HeldProcess::~HeldProcess() {
  if (go_ >= 0) ::close(go_);  // sh's read fails: it exits without running the program
  if (pid_ > 0) {
    long ignored = 0;
    try {
      wait_for(pid_, "/bin/sh", &ignored);
    } catch (const std::exception&) {
    }
  }
}

int HeldProcess::release_and_wait(long* max_rss_kib) {
  const char line[] = "go\n";
  if (::write(go_, line, sizeof line - 1) != static_cast<ssize_t>(sizeof line - 1)) {
    throw std::runtime_error(std::string("cannot release the held process: ") +
                             std::strerror(errno));
  }
  ::close(go_);
  go_ = -1;
  const pid_t pid = pid_;
  pid_ = -1;
  return wait_for(pid, "held process", max_rss_kib);
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

std::vector<std::string> kiv_startup_command(const std::string& kiv, const std::string& dir) {
  if (!std::filesystem::exists(std::filesystem::path(dir) / "git") &&
      run_quietly({kiv, "--store", dir, "init"}, true) != 0)
    throw std::runtime_error("kiv init " + dir + " failed");
  return {kiv, "--store", dir, "list"};
}

}  // namespace kiv::bench

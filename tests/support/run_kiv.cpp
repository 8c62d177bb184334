#include "support/run_kiv.hpp"

#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <stdexcept>

namespace kiv::test {
namespace {

// Reads both descriptors until both are closed.
void drain(int out_fd, int err_fd, std::string& out, std::string& err) {
  pollfd fds[2] = {{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}};
  std::string* sinks[2] = {&out, &err};
  int open = 2;
  char buffer[65536];
  while (open > 0) {
    if (::poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error("poll failed");
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
      if (n > 0) {
        sinks[i]->append(buffer, static_cast<std::size_t>(n));
      } else if (n == 0 || errno != EINTR) {  // EOF, or EIO when a pty's other side closed
        ::close(fds[i].fd);
        fds[i].fd = -1;
        --open;
      }
    }
  }
}

[[noreturn]] void exec_kiv(const std::vector<std::string>& args, const RunOptions& options) {
  for (const char* name : {"HOME", "XDG_DATA_HOME", "KIV_STORE", "NO_COLOR", "PAGER", "LESS"})
    ::unsetenv(name);
  ::setenv("TERM", "xterm", 1);
  ::setenv("KIV_PAGER", "cat", 1);
  for (const auto& [name, value] : options.env) ::setenv(name.c_str(), value.c_str(), 1);
  for (const std::string& name : options.unset) ::unsetenv(name.c_str());
  const std::string input = options.stdin_file.empty() ? "/dev/null" : options.stdin_file.string();
  const int input_fd = ::open(input.c_str(), O_RDONLY);
  if (input_fd < 0) ::_exit(125);
  ::dup2(input_fd, STDIN_FILENO);
  ::alarm(options.timeout_seconds);  // kept across exec
  if (options.user) {
    const auto id = static_cast<uid_t>(*options.user);
    if (::setgroups(0, nullptr) != 0 || ::setgid(id) != 0 || ::setuid(id) != 0) ::_exit(126);
  }
  std::vector<char*> argv;
  std::string program =
      options.program.empty() ? std::string(KIV_BINARY) : options.program.string();
  argv.push_back(program.data());
  std::vector<std::string> copies = args;
  for (auto& arg : copies) argv.push_back(arg.data());
  argv.push_back(nullptr);
  ::execv(program.c_str(), argv.data());
  ::_exit(127);
}

// Removes the "\r" a terminal puts before each "\n", giving the text as written.
std::string as_written(const std::string& terminal_output) {
  std::string text;
  for (std::size_t i = 0; i < terminal_output.size(); ++i) {
    const bool crlf = terminal_output[i] == '\r' && i + 1 < terminal_output.size() &&
                      terminal_output[i + 1] == '\n';
    if (!crlf) text += terminal_output[i];
  }
  return text;
}

}  // namespace

std::optional<unsigned> unprivileged_user() {
  if (::geteuid() != 0) return std::nullopt;
  return 65534;  // nobody
}

KivRun run_kiv(const std::vector<std::string>& args, const RunOptions& options) {
  if (options.terminal && options.stderr_terminal) {
    throw std::invalid_argument("run_kiv: one pseudo-terminal, for stdout or for stderr");
  }
  // The stream that is not on the terminal goes through a pipe (both when there is none).
  int out_pipe[2];
  int err_pipe[2];
  if (::pipe(out_pipe) != 0 || ::pipe(err_pipe) != 0) throw std::runtime_error("pipe failed");
  int terminal_fd = -1;
  pid_t pid = -1;
  if (options.terminal || options.stderr_terminal) {
    winsize size{};
    size.ws_col = 100;
    size.ws_row = 40;
    pid = ::forkpty(&terminal_fd, nullptr, nullptr, &size);
  } else {
    pid = ::fork();
  }
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    if (!options.terminal) ::dup2(out_pipe[1], STDOUT_FILENO);
    if (!options.stderr_terminal) ::dup2(err_pipe[1], STDERR_FILENO);
    for (const int fd : {out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) ::close(fd);
    exec_kiv(args, options);
  }
  ::close(out_pipe[1]);
  ::close(err_pipe[1]);
  const int out_fd = options.terminal ? terminal_fd : out_pipe[0];
  const int err_fd = options.stderr_terminal ? terminal_fd : err_pipe[0];
  if (options.terminal) ::close(out_pipe[0]);
  if (options.stderr_terminal) ::close(err_pipe[0]);
  KivRun run;
  drain(out_fd, err_fd, run.out, run.err);
  int wait_status = 0;
  ::waitpid(pid, &wait_status, 0);
  run.status = WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : 128 + WTERMSIG(wait_status);
  if (options.terminal) run.out = as_written(run.out);
  if (options.stderr_terminal) run.err = as_written(run.err);
  return run;
}

KivRun run_kiv_in(const std::filesystem::path& store, std::vector<std::string> args,
                  const RunOptions& options) {
  args.insert(args.begin(), {"--store", store.string()});
  return run_kiv(args, options);
}

}  // namespace kiv::test

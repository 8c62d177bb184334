#include "support/git_servers.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <stdexcept>

namespace kiv::test {
namespace {

sockaddr_in loopback(int port) {
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return address;
}

int connect_to(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  const sockaddr_in address = loopback(port);
  if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

}  // namespace

BackgroundProcess::BackgroundProcess(const std::vector<std::string>& argv) {
  int pipe_fds[2];
  if (::pipe2(pipe_fds, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
  pid_ = ::fork();
  if (pid_ == 0) {
    ::dup2(pipe_fds[1], STDOUT_FILENO);
    const int null = ::open("/dev/null", O_RDWR);
    ::dup2(null, STDIN_FILENO);
    ::dup2(null, STDERR_FILENO);
    std::vector<char*> args;
    for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    ::execvp(args[0], args.data());
    ::_exit(127);
  }
  ::close(pipe_fds[1]);
  out_ = pipe_fds[0];
}

BackgroundProcess::~BackgroundProcess() {
  if (out_ >= 0) ::close(out_);
  if (pid_ <= 0) return;
  ::kill(pid_, SIGTERM);
  for (int i = 0; i < 50; ++i) {  // at most 5 seconds, then SIGKILL
    if (::waitpid(pid_, nullptr, WNOHANG) == pid_) return;
    ::usleep(100'000);
  }
  ::kill(pid_, SIGKILL);
  ::waitpid(pid_, nullptr, 0);
}

std::string BackgroundProcess::first_line(unsigned seconds) {
  std::string line;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    pollfd ready{out_, POLLIN, 0};
    if (::poll(&ready, 1, 100) <= 0) continue;
    char c = 0;
    if (::read(out_, &c, 1) != 1) break;
    if (c == '\n') return line;
    line += c;
  }
  return "";
}

int free_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in address = loopback(0);
  ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t size = sizeof address;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size);
  ::close(fd);
  return ntohs(address.sin_port);
}

bool wait_for_port(int port, unsigned seconds) {
  for (unsigned i = 0; i < seconds * 20; ++i) {  // every 50 ms
    const int fd = connect_to(port);
    if (fd >= 0) {
      ::close(fd);
      return true;
    }
    ::usleep(50'000);
  }
  return false;
}

GitDaemon::GitDaemon(const std::filesystem::path& base)
    : port_(free_port()),
      process_({"git", "daemon", "--listen=127.0.0.1", "--port=" + std::to_string(port_),
                "--export-all", "--enable=receive-pack", "--reuseaddr", "--informative-errors",
                "--base-path=" + base.string(), base.string()}),
      ready_(wait_for_port(port_, 10)) {}

std::string GitDaemon::url(const std::string& repository) const {
  return "git://127.0.0.1:" + std::to_string(port_) + "/" + repository;
}

GitHttpServer::GitHttpServer(const std::filesystem::path& base, const std::string& password,
                             const std::optional<TlsFiles>& tls)
    : process_([&] {
        std::vector<std::string> argv{
            "python3", std::string(KIV_SOURCE_DIR) + "/tests/support/git_http_server.py",
            base.string()};
        if (!password.empty()) {
          argv.push_back("--password");
          argv.push_back(password);
        }
        if (tls) {
          argv.insert(argv.end(), {"--tls", tls->certificate.string(), tls->key.string()});
        }
        return argv;
      }()),
      tls_(tls.has_value()) {
  const std::string line = process_.first_line(10);
  if (!line.empty()) port_ = std::stoi(line);
}

std::string GitHttpServer::url(const std::string& repository) const {
  return (tls_ ? "https://127.0.0.1:" : "http://127.0.0.1:") + std::to_string(port_) + "/" +
         repository;
}

CuttingProxy::CuttingProxy(int target, std::size_t cut_after)
    : target_(target), cut_after_(cut_after) {
  listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in address = loopback(0);
  ::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address);
  ::listen(listener_, 4);
  socklen_t size = sizeof address;
  ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &size);
  port_ = ntohs(address.sin_port);
  if (::pipe2(stop_, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
  thread_ = std::thread([this] { serve(); });
}

CuttingProxy::~CuttingProxy() {
  const char stop = 's';
  (void)!::write(stop_[1], &stop, 1);
  thread_.join();
  ::close(listener_);
  ::close(stop_[0]);
  ::close(stop_[1]);
}

void CuttingProxy::serve() {
  // One connection at a time, each cut once `cut_after_` bytes came back; at most 64 of them.
  for (int served = 0; served < 64; ++served) {
    pollfd waiting[2] = {{listener_, POLLIN, 0}, {stop_[0], POLLIN, 0}};
    if (::poll(waiting, 2, 30'000) <= 0 || (waiting[1].revents & POLLIN) != 0) return;
    const int client = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
    const int server = connect_to(target_);
    std::size_t returned = 0;
    char buffer[4096];
    while (client >= 0 && server >= 0 && returned < cut_after_) {
      pollfd fds[3] = {{client, POLLIN, 0}, {server, POLLIN, 0}, {stop_[0], POLLIN, 0}};
      if (::poll(fds, 3, 30'000) <= 0 || (fds[2].revents & POLLIN) != 0) break;
      if ((fds[0].revents & (POLLIN | POLLHUP)) != 0) {
        const ssize_t n = ::read(client, buffer, sizeof buffer);
        if (n <= 0 || ::write(server, buffer, static_cast<std::size_t>(n)) != n) break;
      }
      if ((fds[1].revents & (POLLIN | POLLHUP)) != 0) {
        const ssize_t n = ::read(server, buffer, sizeof buffer);
        if (n <= 0) break;
        const std::size_t sent = std::min(static_cast<std::size_t>(n), cut_after_ - returned);
        if (::write(client, buffer, sent) != static_cast<ssize_t>(sent)) break;
        returned += sent;
      }
    }
    if (client >= 0) ::close(client);
    if (server >= 0) ::close(server);
  }
}

}  // namespace kiv::test

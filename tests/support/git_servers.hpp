#pragma once
// Git servers for the sharing tests, each listening on 127.0.0.1 only and stopped (SIGTERM,
// then SIGKILL) when it goes out of scope: git daemon (git://, with receive-pack), git
// http-backend behind a small HTTP server (tests/support/git_http_server.py, smart HTTP with an
// optional Basic password), and a proxy that cuts a connection after some bytes.

#include <sys/types.h>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace kiv::test {

// A program run in the background until destroyed.
class BackgroundProcess {
 public:
  explicit BackgroundProcess(const std::vector<std::string>& argv);
  ~BackgroundProcess();
  BackgroundProcess(const BackgroundProcess&) = delete;
  BackgroundProcess& operator=(const BackgroundProcess&) = delete;
  // The first line the program printed, waiting at most `seconds`; empty when none came.
  std::string first_line(unsigned seconds);

 private:
  pid_t pid_ = -1;
  int out_ = -1;  // its standard output
};

// A free TCP port of 127.0.0.1, as the kernel gives one for port 0.
int free_port();
// Whether something accepts connections on 127.0.0.1:`port`, trying for at most `seconds`.
bool wait_for_port(int port, unsigned seconds);

// git daemon serving the repositories under `base` (git://127.0.0.1:PORT/NAME), pushes allowed.
class GitDaemon {
 public:
  explicit GitDaemon(const std::filesystem::path& base);
  int port() const { return port_; }
  bool ready() const { return ready_; }
  std::string url(const std::string& repository) const;

 private:
  int port_;
  BackgroundProcess process_;
  bool ready_;
};

// Smart HTTP (http://127.0.0.1:PORT/NAME) of the repositories under `base`; with a password,
// every request must carry it as HTTP Basic authentication; with a certificate and its key
// (PEM files), HTTPS (https://127.0.0.1:PORT/NAME).
struct TlsFiles {
  std::filesystem::path certificate;
  std::filesystem::path key;
};
class GitHttpServer {
 public:
  GitHttpServer(const std::filesystem::path& base, const std::string& password = "",
                const std::optional<TlsFiles>& tls = std::nullopt);
  int port() const { return port_; }
  bool ready() const { return port_ > 0; }
  std::string url(const std::string& repository) const;

 private:
  BackgroundProcess process_;
  int port_ = 0;
  bool tls_ = false;
};

// Accepts connections on 127.0.0.1:port() and forwards each to 127.0.0.1:`target`, closing it
// once `cut_after` bytes have come back from the target: a transfer cut in the middle.
class CuttingProxy {
 public:
  CuttingProxy(int target, std::size_t cut_after);
  ~CuttingProxy();
  CuttingProxy(const CuttingProxy&) = delete;
  CuttingProxy& operator=(const CuttingProxy&) = delete;
  int port() const { return port_; }

 private:
  void serve();
  int target_;
  std::size_t cut_after_;
  int listener_ = -1;
  int port_ = 0;
  int stop_[2] = {-1, -1};
  std::thread thread_;
};

}  // namespace kiv::test

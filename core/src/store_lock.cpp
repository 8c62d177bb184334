#include "store_lock.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

#include "kiv/error.hpp"

namespace kiv {
namespace {

constexpr double kDefaultWaitSeconds = 60;
constexpr auto kPollInterval = std::chrono::milliseconds(20);

std::string lock_file_of(const std::filesystem::path& store_dir) {
  return (store_dir / "lock").string();
}

[[noreturn]] void fail(const std::string& file, const std::string& what) {
  throw Error(ErrorKind::store, file + ": cannot lock the store: " + what);
}

// The process id the holder wrote into the lock file, or "" when it cannot be read.
std::string holder_of(int fd) {
  char text[32] = {};
  const ssize_t n = ::pread(fd, text, sizeof text - 1, 0);
  if (n <= 0) return "";
  std::string pid(text, static_cast<std::size_t>(n));
  while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) pid.pop_back();
  return pid.find_first_not_of("0123456789") == std::string::npos ? pid : "";
}

// Takes `operation` (LOCK_EX or LOCK_SH) on `fd`, polling until `wait_seconds` have passed.
bool take(int fd, int operation, double wait_seconds) {
  const auto deadline = std::chrono::steady_clock::now() +
                        std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                            std::chrono::duration<double>(wait_seconds));
  while (true) {
    if (::flock(fd, operation | LOCK_NB) == 0) return true;
    if (errno != EWOULDBLOCK && errno != EINTR) return false;
    if (std::chrono::steady_clock::now() >= deadline) {
      errno = EWOULDBLOCK;
      return false;
    }
    std::this_thread::sleep_for(kPollInterval);
  }
}

}  // namespace

double lock_wait_seconds() {
  const char* text = std::getenv("KIV_LOCK_WAIT");
  if (text == nullptr || *text == '\0') return kDefaultWaitSeconds;
  char* end = nullptr;
  const double seconds = std::strtod(text, &end);
  if (*end != '\0' || !std::isfinite(seconds) || seconds < 0) {
    throw Error(ErrorKind::input, "KIV_LOCK_WAIT='" + std::string(text) +
                                      "': expected a number of seconds, e.g. 120");
  }
  return seconds;
}

bool is_writable_dir(const std::filesystem::path& dir) {
  return ::faccessat(AT_FDCWD, dir.c_str(), W_OK | X_OK, AT_EACCESS) == 0;
}

StoreLock::StoreLock(const std::filesystem::path& store_dir, Mode mode) {
  const std::string file = lock_file_of(store_dir);
  const double wait = lock_wait_seconds();
  if (mode == Mode::read && !is_writable_dir(store_dir)) {
    // No writer can run here; a shared lock on the file, if it exists, keeps out one that could.
    fd_ = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ >= 0 && !take(fd_, LOCK_SH, wait)) {
      ::close(fd_);
      fd_ = -1;
    }
    return;
  }
  fd_ = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) fail(file, std::strerror(errno));
  if (!take(fd_, mode == Mode::write ? LOCK_EX : LOCK_SH, wait)) {
    const int error = errno;
    const std::string holder = holder_of(fd_);
    ::close(fd_);
    if (error != EWOULDBLOCK) fail(file, std::strerror(error));
    fail(file, "another kiv process" + (holder.empty() ? "" : " (pid " + holder + ")") +
                   " is writing it; gave up after " + fmt::format("{:g} s", wait) +
                   " (wait longer with KIV_LOCK_WAIT=SECONDS)");
  }
  if (mode == Mode::write) {
    // Who holds it, for the message of a writer that waits in vain.
    const std::string pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(fd_, 0) != 0 ||
        ::pwrite(fd_, pid.data(), pid.size(), 0) != static_cast<ssize_t>(pid.size())) {
      // The pid is only for messages; a lock file that cannot be written still locks.
    }
  }
}

StoreLock::~StoreLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the lock
}

}  // namespace kiv

#include "input_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "kiv/error.hpp"
#include "kiv/import.hpp"

namespace kiv::cli {
namespace {

// The bytes of `fd`, read to at most one byte more than a note may have, so that no input (a
// device such as /dev/zero, a huge file, an endless pipe) is read whole before it is refused.
std::string read_bounded(int fd, const std::string& path, std::size_t expected) {
  std::string bytes;
  bytes.reserve(std::min(expected, kMaxImportBytes) + 1);
  char chunk[1 << 16];
  while (bytes.size() <= kMaxImportBytes) {
    const ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      throw Error(ErrorKind::input, path + ": cannot read the file: " + std::strerror(errno));
    }
    if (n == 0) break;
    bytes.append(chunk, static_cast<std::size_t>(n));
  }
  // A file that grew while it was read, or a pipe that gave more.
  if (bytes.size() > kMaxImportBytes) {
    throw Error(ErrorKind::input, too_large_message(path, bytes.size()));
  }
  return bytes;
}

}  // namespace

std::string read_input_file(const std::string& path) {
  if (path == kStandardInput) return read_bounded(STDIN_FILENO, std::string(kStandardInputName), 0);
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    throw Error(ErrorKind::input, path + ": cannot read the file: " + std::strerror(errno));
  }
  const struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat info {};
  if (::fstat(fd, &info) != 0) {
    throw Error(ErrorKind::input, path + ": cannot read the file: " + std::strerror(errno));
  }
  if (!S_ISREG(info.st_mode)) {
    throw Error(ErrorKind::input,
                path + ": not a regular file (a device, FIFO or socket); expected a note file");
  }
  if (static_cast<std::uintmax_t>(info.st_size) > kMaxImportBytes) {
    throw Error(ErrorKind::input,
                too_large_message(path, static_cast<std::uintmax_t>(info.st_size)));
  }
  return read_bounded(fd, path, static_cast<std::size_t>(info.st_size));
}

}  // namespace kiv::cli

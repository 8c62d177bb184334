#include "store_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "kiv/error.hpp"

namespace kiv {

StoreLock::StoreLock(const std::filesystem::path& store_dir)
    : fd_(::open((store_dir / "lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644)) {
  if (fd_ < 0 || ::flock(fd_, LOCK_EX) != 0) {
    const std::string reason = std::strerror(errno);
    if (fd_ >= 0) ::close(fd_);
    throw Error(ErrorKind::store,
                (store_dir / "lock").string() + ": cannot lock the store: " + reason);
  }
}

StoreLock::~StoreLock() { ::close(fd_); }  // closing releases the lock

}  // namespace kiv

#pragma once
// The store lock: an advisory lock (flock) on STORE/lock that tells writers apart, so that one
// process at a time changes git or the index. The kernel drops it when its holder dies, so a
// held lock is a live writer, and whatever a dead one left behind is safe to clear
// (archive/leftovers.hpp). Readers of the index take none: SQLite's write-ahead log gives them
// a consistent snapshot while a writer works (index/index_db.hpp).

#include <filesystem>

namespace kiv {

class StoreLock {
 public:
  enum class Mode {
    // Exclusive, for a writer. Waits for the writer that holds it up to lock_wait_seconds(),
    // then throws Error{store} naming that writer's process id. Creates STORE/lock.
    write,
    // Shared, for a reader that needs git and the index to hold still (verify): writers wait
    // for it, other readers do not. On a store the user cannot write (read-only media, a
    // colleague's share), where no writer can run, it takes the lock on the existing file if it
    // can be opened, else none.
    read,
  };

  explicit StoreLock(const std::filesystem::path& store_dir, Mode mode = Mode::write);
  ~StoreLock();
  StoreLock(const StoreLock&) = delete;
  StoreLock& operator=(const StoreLock&) = delete;

 private:
  int fd_ = -1;
};

// How long a writer waits for the store lock: $KIV_LOCK_WAIT seconds (a decimal number, 0 for
// not at all), else 60.
double lock_wait_seconds();

// Whether the process may create and change files in `dir` (write and search permission, and
// a file system mounted read-write).
bool is_writable_dir(const std::filesystem::path& dir);

}  // namespace kiv

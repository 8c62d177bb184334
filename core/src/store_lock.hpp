#pragma once
// An exclusive advisory lock on a store (flock on STORE/lock), so that one process at a time
// writes git or the index. Held for the lifetime of the object.

#include <filesystem>

namespace kiv {

class StoreLock {
 public:
  explicit StoreLock(const std::filesystem::path& store_dir);
  ~StoreLock();
  StoreLock(const StoreLock&) = delete;
  StoreLock& operator=(const StoreLock&) = delete;

 private:
  int fd_;
};

}  // namespace kiv

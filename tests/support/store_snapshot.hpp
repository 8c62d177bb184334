#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace kiv::test {

// Every file under a store directory (path relative to it -> bytes), but the lock file and
// the index's write-ahead-log companions while they hold no change (an -shm file, a -wal file
// without frames).
// Two equal snapshots mean the store was left exactly as it was: same git refs and objects,
// byte-identical index.
using StoreSnapshot = std::map<std::string, std::string>;
StoreSnapshot snapshot(const std::filesystem::path& store);

}  // namespace kiv::test

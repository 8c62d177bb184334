#pragma once
// The files of a store directory (kiv/archive.hpp has the layout).

namespace kiv {

inline constexpr const char* kGitDir = "git";
inline constexpr const char* kIndexFile = "index.sqlite";
// SQLite's companions of a database file, by the suffix of its name: a rollback journal, the
// write-ahead log and its shared-memory index.
inline constexpr const char* kIndexCompanions[] = {"-journal", "-wal", "-shm"};

}  // namespace kiv

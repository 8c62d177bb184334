#pragma once
// Damage done to a store behind kiv's back, as a careless hand or a failing disk would, for the
// tests of verify and rebuild. Git is written with libgit2 directly, not through the store.

#include <filesystem>
#include <optional>
#include <string>

namespace kiv::test {

// Commits `bytes` at `path` (e.g. "kiv/2022-2024/source"), or without it when `bytes` is
// nullopt, on top of refs/heads/main, the rest of the tree as it was; the index is not told.
void commit_over_main(const std::filesystem::path& store, const std::string& path,
                      const std::optional<std::string>& bytes);

// Writes a blob of `bytes` as a loose object and returns the path of its file.
std::filesystem::path write_loose_object(const std::filesystem::path& store,
                                         const std::string& bytes);

// Overwrites `count` bytes of `file` from `offset` with other bytes (every bit flipped).
void flip_bytes(const std::filesystem::path& file, std::size_t offset, std::size_t count);

// The store's one pack file (what an import writes).
std::filesystem::path pack_file(const std::filesystem::path& store);

// Runs SQL statements on the store's index.
void execute_on_index(const std::filesystem::path& store, const std::string& sql);

}  // namespace kiv::test

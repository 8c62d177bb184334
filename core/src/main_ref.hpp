#pragma once
// Where a store's git branch points, read without libgit2: part of kiv_core, so that a store
// whose index is current is opened without starting git.

#include <filesystem>
#include <optional>
#include <string>

namespace kiv::git {

// The commit refs/heads/main of the bare repository `dir` points at, read from its files
// without libgit2 (a loose ref, else packed-refs), to tell cheaply whether an index is
// current. nullopt when it cannot be told that way (no such ref, a symbolic or malformed one):
// ask Repository::head then.
std::optional<std::string> read_main_ref(const std::filesystem::path& dir);

// The same read, telling apart the two kinds of nullopt: `absent` when the repository has no
// refs/heads/main at all (neither a loose ref nor a line of packed-refs names it), a store
// that has recorded nothing yet.
struct MainRef {
  std::optional<std::string> commit;
  bool absent = false;
};
MainRef read_main(const std::filesystem::path& dir);

}  // namespace kiv::git

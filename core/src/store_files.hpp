#pragma once
// The files of a store directory (kiv/archive.hpp has the layout).

namespace kiv {

inline constexpr const char* kGitDir = "git";
inline constexpr const char* kIndexFile = "index.sqlite";

}  // namespace kiv

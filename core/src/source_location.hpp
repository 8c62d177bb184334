#pragma once
// Turns a byte offset in a text into the "LINE:COL" people look for in an editor.

#include <cstddef>
#include <string>
#include <string_view>

namespace kiv {

// 1-based line and column (in code points) of byte `offset` in `text`.
std::string line_and_column(std::string_view text, std::size_t offset);

}  // namespace kiv

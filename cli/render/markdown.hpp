#pragma once
// What every Markdown output of kiv shares.

#include <string>
#include <string_view>

namespace kiv::cli {

// `text` with Markdown's inline syntax characters (\ ` * _ ~ [ ] < > # |) escaped, so that it
// shows as written, also inside a table cell.
std::string escape_markdown(std::string_view text);

}  // namespace kiv::cli

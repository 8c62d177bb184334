#pragma once
// Reading a file the user names (an import's notes, a series file) without ever blocking or
// reading more than a note may be: regular files only, at most kMaxImportBytes (kiv/import.hpp),
// "-" for standard input.

#include <string>
#include <string_view>

namespace kiv::cli {

// The argument that names standard input, and the name it is known by in messages and as a
// recorded source.
inline constexpr std::string_view kStandardInput = "-";
inline constexpr std::string_view kStandardInputName = "stdin";

// The file's bytes. Throws Error{input} "PATH: ..." with the system's reason when it cannot be
// read, for what is not a regular file (a device, FIFO or socket: it would block or never
// end; opened without blocking) and for more than kMaxImportBytes. "-" reads standard input,
// whatever it is: the user chose it.
std::string read_input_file(const std::string& path);

}  // namespace kiv::cli

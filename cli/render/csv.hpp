#pragma once
// CSV for spreadsheets (every --format csv): RFC 4180, UTF-8 with a byte-order mark (so that
// spreadsheets detect the encoding), CRLF line ends, fields quoted when they hold a comma,
// quote, CR or LF (quotes doubled). A field a spreadsheet would run as a formula (OWASP's CSV
// injection: one that begins with =, +, -, @, a tab or a carriage return) is quoted with a
// leading apostrophe, so that it is shown as the text it is.

#include <string>
#include <string_view>
#include <vector>

namespace kiv::cli {

// What a CSV file starts with: the byte-order mark.
inline constexpr std::string_view kCsvStart = "\xEF\xBB\xBF";

// Appends `text` as one field (no separator).
void append_csv_field(std::string& out, std::string_view text);

// A whole CSV file: the byte-order mark, then each row, its fields separated by commas and
// the row ended by CRLF. The first row is the header.
std::string csv_table(const std::vector<std::vector<std::string>>& rows);

}  // namespace kiv::cli

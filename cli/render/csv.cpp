#include "render/csv.hpp"

namespace kiv::cli {
namespace {

bool reads_as_formula(std::string_view text) {
  return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

}  // namespace

void append_csv_field(std::string& out, std::string_view text) {
  const bool formula = reads_as_formula(text);
  if (!formula && text.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += text;
    return;
  }
  out += '"';
  if (formula) out += '\'';
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

std::string csv_table(const std::vector<std::vector<std::string>>& rows) {
  std::string out(kCsvStart);
  for (const std::vector<std::string>& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += ',';
      append_csv_field(out, row[i]);
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace kiv::cli

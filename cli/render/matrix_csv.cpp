// kiv matrix --format csv: RFC 4180, UTF-8 with a byte-order mark.

#include "render/history_render.hpp"

namespace kiv::cli {
namespace {

// Whether a spreadsheet would read `text` as a formula (OWASP's CSV injection: a cell that
// begins with =, +, -, @, a tab or a carriage return).
bool reads_as_formula(std::string_view text) {
  return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

// Appends `text` as one field: quoted when it holds a comma, quote, CR or LF, quotes doubled.
// A field a spreadsheet would run as a formula is neutralised as OWASP recommends: quoted,
// with a leading apostrophe, so that it is shown as the text it is.
void append_field(std::string& out, std::string_view text) {
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

}  // namespace

std::string render_matrix_csv(const Matrix& matrix) {
  std::string out =
      "\xEF\xBB\xBF"
      "key,title";
  for (const std::string& edition : matrix.editions) {
    out += ',';
    append_field(out, edition);
  }
  out += ",changes\r\n";
  for (const MatrixRow& row : matrix.rows) {
    append_field(out, row.key);
    out += ',';
    append_field(out, row.title);
    std::string changes;
    for (std::size_t e = 0; e < matrix.editions.size(); ++e) {
      out += ',';
      const MatrixCell& cell = row.cell(e);
      if (cell.rank) out += std::to_string(*cell.rank);
      if (e == 0) continue;
      if (const std::string change = matrix_cell_change(cell); !change.empty()) {
        if (!changes.empty()) changes += "; ";
        changes.append(matrix.editions[e]).append(" ").append(change);
      }
    }
    out += ',';
    append_field(out, changes);
    out += "\r\n";
  }
  return out;
}

}  // namespace kiv::cli

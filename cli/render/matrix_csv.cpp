// kiv matrix --format csv: RFC 4180, UTF-8 with a byte-order mark.

#include "render/csv.hpp"
#include "render/history_render.hpp"

namespace kiv::cli {

std::string render_matrix_csv(const Matrix& matrix) {
  std::string out = std::string(kCsvStart) + "key,title";
  for (const std::string& edition : matrix.editions) {
    out += ',';
    append_csv_field(out, edition);
  }
  out += ",changes\r\n";
  for (const MatrixRow& row : matrix.rows) {
    append_csv_field(out, row.key);
    out += ',';
    append_csv_field(out, row.title);
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
    append_csv_field(out, changes);
    out += "\r\n";
  }
  return out;
}

}  // namespace kiv::cli

// kiv matrix --format json: the matrix as data, every cell of every row (absent ones too),
// named as kiv timeline --format json names its entries.

#include "pretty_json.hpp"
#include "render/history_render.hpp"

namespace kiv::cli {
namespace {

void cell_json(PrettyJson& writer, const std::string& edition, const MatrixCell& cell) {
  writer.StartObject();
  field(writer, "edition", edition);
  writer.Key("rank");
  if (cell.rank) {
    writer.Int(*cell.rank);
  } else {
    writer.Null();
  }
  field_or_null(writer, "title", cell.title);
  field_or_null(writer, "key", cell.key);
  write_lineage_change(writer, cell.change, cell.aspects, cell.match, cell.related);
  writer.EndObject();
}

}  // namespace

std::string render_matrix_json(const Matrix& matrix) {
  return json_text([&](PrettyJson& writer) {
    writer.StartObject();
    field(writer, "series", matrix.series);
    field(writer, "lang", matrix.lang);
    field(writer, "section", section_name(matrix.section));
    writer.Key("editions");
    writer.StartArray();
    for (const std::string& edition : matrix.editions)
      writer.String(edition.data(), static_cast<rapidjson::SizeType>(edition.size()));
    writer.EndArray();
    writer.Key("rows");
    writer.StartArray();
    for (const MatrixRow& row : matrix.rows) {
      writer.StartObject();
      field(writer, "key", row.key);
      field(writer, "title", row.title);
      writer.Key("cells");
      writer.StartArray();
      for (std::size_t e = 0; e < matrix.editions.size(); ++e)
        cell_json(writer, matrix.editions[e], row.cell(e));
      writer.EndArray();
      writer.EndObject();
    }
    writer.EndArray();
    writer.EndObject();
  });
}

}  // namespace kiv::cli

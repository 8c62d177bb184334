// kiv matrix: every item of a series against its editions.

#include "command.hpp"
#include "kiv/history.hpp"
#include "output.hpp"
#include "render/history_render.hpp"
#include "series_option.hpp"

namespace kiv::cli {
namespace {

class MatrixCommand : public IndexCommand {
 public:
  explicit MatrixCommand(CLI::App& sub) {
    add_series_option(sub, series_);
    add_section_option(sub, section_);
    add_titles_lang_option(sub, lang_);
    add_span_options(sub, span_);
    add_format_option(sub, format_, {"text", "json", "csv", "md", "html", "svg"});
  }

  int run(const Index& index) override {
    const Matrix table = within(matrix(index, pick_series(index, series_), section_, lang_), span_);
    if (format_ == "json") {
      print(render_matrix_json(table));
    } else if (format_ == "csv") {
      print(render_matrix_csv(table));
    } else if (format_ == "md") {
      print(render_matrix_markdown(table));
    } else if (format_ == "html") {
      print(render_matrix_html(table));
    } else if (format_ == "svg") {
      print(render_matrix_svg(table));
    } else {
      print(render_matrix_text(table, Style::detect(stdout), terminal_columns()));
    }
    return kExitSuccess;
  }

 private:
  std::string series_;
  Section section_ = Section::priorities;
  std::string lang_;
  EditionSpan span_;
  std::string format_;
};

}  // namespace

std::unique_ptr<IndexCommand> add_matrix_command(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("matrix", "Show every item of a series against its editions");
  sub->footer(
      "One row per item lineage (its key), one column per edition, oldest first; each cell the "
      "item's rank in that edition, marked with what changed: + added, ~ reworded, * description "
      "or subtopics changed, ^ moved, < split, > merged, = paired with an item of another key, "
      "x removed. --format csv is RFC 4180 in UTF-8 with a byte-order mark: ranks as bare numbers "
      "(empty when absent) and a last column 'changes' that says what changed where; json every "
      "cell of every row, as kiv timeline --format json its entries; html is one "
      "self-contained page, svg one self-contained picture.\n\n"
      "Examples:\n  kiv matrix\n"
      "  kiv matrix --series kiv --section themes\n"
      "  kiv matrix --format csv > priorities.csv\n"
      "  kiv matrix --format json\n"
      "  kiv matrix --last 3\n"
      "  kiv matrix --from 2016-2019 --to 2022-2024\n"
      "  kiv matrix --format html > matrix.html\n"
      "  kiv matrix --format svg > matrix.svg");
  return std::make_unique<MatrixCommand>(*sub);
}

}  // namespace kiv::cli

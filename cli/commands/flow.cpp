// kiv flow: a series as a picture of its items flowing through its editions.

#include "kiv/flow.hpp"

#include "command.hpp"
#include "output.hpp"
#include "render/flow_render.hpp"
#include "series_option.hpp"

namespace kiv::cli {
namespace {

class FlowCommand : public IndexCommand {
 public:
  explicit FlowCommand(CLI::App& sub) {
    add_series_option(sub, series_);
    add_section_option(sub, section_);
    add_titles_lang_option(sub, lang_);
    add_span_options(sub, span_);
    add_format_option(sub, format_, {"svg", "html", "json"});
  }

  int run(const Index& index) override {
    const Flow flow = series_flow(index, pick_series(index, series_), section_, lang_, span_);
    if (format_ == "json") {
      print(render_flow_json(flow));
    } else if (format_ == "html") {
      print(render_flow_html(flow));
    } else {
      print(render_flow_svg(flow));
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

std::unique_ptr<IndexCommand> add_flow_command(CLI::App& app) {
  CLI::App* sub =
      app.add_subcommand("flow", "Draw a series as its items flowing through its editions");
  sub->footer(
      "One column per edition, oldest first; in each the items of the section as boxes in rank "
      "order, marked as in kiv matrix (+ added, ~ reworded, * description or subtopics changed, "
      "^ moved, < split, > merged, x removed in the next edition); one band for every item that "
      "continued into the next edition, as kiv diff pairs them (curated links included): a "
      "split has a band to each part, a merge one from each merged item. Bands are coloured by "
      "what changed, unchanged ones light grey behind the others; every box and band has a "
      "tooltip. With more than 6 editions only the latest edition's titles are written beside "
      "its boxes (the others are in the tooltips); the picture grows with the editions and "
      "items rather than aggregating them. --format svg (the default) is one self-contained "
      "picture, html a page holding it, json the nodes and bands for scripts (a band's from "
      "and to are ranks).\n\n"
      "Examples:\n  kiv flow > flow.svg\n"
      "  kiv flow --series kiv --section themes -o themes.svg\n"
      "  kiv flow --from 2016-2019 --to 2022-2024 --format html > flow.html\n"
      "  kiv flow --last 3 --format json");
  return std::make_unique<FlowCommand>(*sub);
}

}  // namespace kiv::cli

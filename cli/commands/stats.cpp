// kiv stats: a series' churn from edition to edition.

#include "command.hpp"
#include "kiv/history.hpp"
#include "output.hpp"
#include "render/history_render.hpp"
#include "series_option.hpp"

namespace kiv::cli {
namespace {

class StatsCommand : public IndexCommand {
 public:
  explicit StatsCommand(CLI::App& sub) {
    add_series_option(sub, series_);
    sub.add_option("--lang", lang_,
                   "Compare in this language (default: nl, else one every edition has)")
        ->option_text("L");
    add_format_option(sub, format_, {"text", "json", "csv", "md", "svg"});
  }

  int run(const Index& index) override {
    const SeriesStats stats = series_stats(index, pick_series(index, series_), lang_);
    if (format_ == "json") {
      print(render_stats_json(stats));
    } else if (format_ == "csv") {
      print(render_stats_csv(stats));
    } else if (format_ == "md") {
      print(render_stats_markdown(stats));
    } else if (format_ == "svg") {
      print(render_stats_svg(stats));
    } else {
      print(render_stats_text(stats, Style::detect(stdout)));
    }
    return kExitSuccess;
  }

 private:
  std::string series_;
  std::string lang_;
  std::string format_;
};

}  // namespace

std::unique_ptr<IndexCommand> add_stats_command(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("stats", "Show a series' churn from edition to edition");
  sub->footer(
      "Per edition its number of priorities and themes; per pair of consecutive editions what "
      "kiv diff counts between them, both sections together: items added, removed, changed, "
      "unchanged, split and merged. --format csv gives one row per edition: its counts and the "
      "churn of the step to it; svg draws the changes of each step as a stacked bar (changed, "
      "split, merged, removed, added), the number unchanged under it.\n\n"
      "Examples:\n  kiv stats\n"
      "  kiv stats --series kiv --format json\n"
      "  kiv stats --format csv -o churn.csv\n"
      "  kiv stats --format md\n"
      "  kiv stats --format svg > churn.svg");
  return std::make_unique<StatsCommand>(*sub);
}

}  // namespace kiv::cli

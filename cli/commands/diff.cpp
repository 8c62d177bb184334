// kiv diff: what changed between two editions, or two revisions of one edition.

#include "command.hpp"
#include "kiv/history.hpp"
#include "output.hpp"
#include "render/diff_render.hpp"

namespace kiv::cli {
namespace {

class DiffCommand : public IndexCommand {
 public:
  explicit DiffCommand(CLI::App& sub) {
    sub.add_option("OLD", old_ref_,
                   "The older edition: SERIES/EDITION[@REVISION]; alone, the edition compared "
                   "with the one before it")
        ->required();
    sub.add_option("NEW", new_ref_, "The newer edition: SERIES/EDITION[@REVISION]");
    sub.add_option("--lang", options_.lang,
                   "Compare in this language (default: nl, else one both have)")
        ->option_text("L");
    sub.add_option("--section", section_, "Only priorities or only themes")
        ->check(CLI::IsMember({"priorities", "themes"}))
        ->option_text("SECTION");
    sub.add_flag("--all", all_, "Also list unchanged items (text, md)");
    sub.add_flag("--stat", stat_, "Only the summary counts (text, md)");
    sub.add_flag("--ignore-cosmetic", options_.ignore_cosmetic,
                 "Leave out titles that differ only in case, punctuation, spacing or quotes "
                 "(also for --exit-code)");
    sub.add_flag("--exit-code", exit_code_, "Exit with 1 when there are differences, 0 when none");
    add_format_option(sub, format_, {"text", "json", "md", "html"});
  }

  int run(const Index& index) override {
    // One REF: it against what came before it (kiv/history.hpp revision_before).
    const DiffSides sides =
        new_ref_.empty()
            ? DiffSides{revision_before(index, parse_ref(old_ref_)),
                        index.resolve(parse_ref(old_ref_))}
            : DiffSides{index.resolve(parse_ref(old_ref_)), index.resolve(parse_ref(new_ref_))};
    // From the index: it holds all the diff compares, and the diff then never starts git.
    const EditionDiff diff = diff_revisions(index, sides.from, sides.to, options_);
    std::vector<Section> sections;
    for (const Section section : kSections) {
      if (section_.empty() || section_ == section_name(section)) sections.push_back(section);
    }
    const TextDiffOptions text_options{sections, all_, stat_};
    if (format_ == "json") {
      print(render_diff_json(sides, diff, sections));
    } else if (format_ == "md") {
      print(render_diff_markdown(sides, diff, text_options));
    } else if (format_ == "html") {
      print(render_diff_html(sides, diff, sections));
    } else {
      print(render_diff_text(sides, diff, text_options, Style::detect(stdout)));
    }
    return exit_code_ && diff.has_differences() ? kExitDifferences : kExitSuccess;
  }

 private:
  std::string old_ref_;
  std::string new_ref_;
  DiffOptions options_;
  std::string section_;
  bool all_ = false;
  bool stat_ = false;
  bool exit_code_ = false;
  std::string format_;
};

}  // namespace

std::unique_ptr<IndexCommand> add_diff_command(CLI::App& app) {
  CLI::App* sub = app.add_subcommand("diff", "Show what changed between two editions or revisions");
  sub->footer(
      "Items are paired by curated link (kiv link), then by key, identical title, title "
      "restated with an explanation (containment), similar title, containment, and position "
      "between the same neighbours; each pair says why. Each change is "
      "added, removed, changed (wording, cosmetic, rank, description, subtopics) or unchanged; "
      "cosmetic: the title differs only in case, punctuation, spacing or quotes. Reworded "
      "titles show [-deleted-] and {+inserted+} words (colours on a terminal). --format md writes "
      "a "
      "Markdown report, html one self-contained page with both editions side by side, json "
      "every item, unchanged ones too.\n\n"
      "With one REF, the edition is compared with the one before it in its series, and "
      "REF@N with REF@N-1.\n\n"
      "Examples:\n  kiv diff kiv/2016-2019 kiv/2022-2024\n"
      "  kiv diff kiv/2022-2024\n"
      "  kiv diff kiv/2022-2024@2\n"
      "  kiv diff kiv/2022-2024@1 kiv/2022-2024@2 --all\n"
      "  kiv diff kiv/2016-2019 kiv/2022-2024 --format json --section priorities\n"
      "  kiv diff kiv/2016-2019 kiv/2022-2024 --format html > diff.html\n"
      "  kiv diff kiv/2016-2019 kiv/2022-2024 --stat --exit-code\n"
      "  kiv diff kiv/2022-2024@1 kiv/2022-2024@2 --ignore-cosmetic --exit-code");
  return std::make_unique<DiffCommand>(*sub);
}

}  // namespace kiv::cli

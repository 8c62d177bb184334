#include <fmt/core.h>

#include "render/diff_render.hpp"
#include "render/markdown.hpp"

namespace kiv::cli {
namespace {

// Markdown's inline syntax characters are escaped, so that a title is shown as written.
std::string escape(std::string_view text) { return escape_markdown(text); }

std::string marked(const Change& change) {
  if (change.wording.empty()) return escape(plain_title(change));
  std::string text;
  for (const WordEdit& edit : change.wording) {
    switch (edit.op) {
      case WordEdit::Op::equal:
        text += escape(edit.text);
        break;
      case WordEdit::Op::remove:
        text += "~~" + escape(edit.text) + "~~";
        break;
      case WordEdit::Op::insert:
        text += "**" + escape(edit.text) + "**";
        break;
    }
  }
  return text;
}

std::string what(const Change& change) {
  std::string text(change_kind_name(change.kind));
  if (!change.aspects.empty()) {
    std::vector<std::string> aspects;
    for (const Aspect aspect : change.aspects) aspects.emplace_back(aspect_name(aspect));
    text += " (" + join(aspects, ", ") + ")";
  }
  if (const std::string note = match_note(change); !note.empty()) text += "; " + note;
  return text;
}

}  // namespace

std::string render_diff_markdown(const DiffSides& sides, const EditionDiff& diff,
                                 const TextDiffOptions& options) {
  std::string out =
      fmt::format("# {} → {}\n\nLanguage: {}. Commits: `{}` → `{}`.\n",
                  escape(side_name(sides.from)), escape(side_name(sides.to)), diff.lang,
                  sides.from.commit.substr(0, 12), sides.to.commit.substr(0, 12));
  if (!diff.has_differences()) out += "\nNo differences.\n";
  if (const std::string languages = languages_summary(diff); !languages.empty()) {
    out += fmt::format("\nLanguages: {}.\n", languages);
  }
  for (const Section section : options.sections) {
    const SectionDiff& changes = diff.section(section);
    out += fmt::format("\n## {}\n\n{}.\n", section == Section::priorities ? "Priorities" : "Themes",
                       section_summary(changes));
    if (options.stat) continue;
    std::string rows;
    for (const Change& change : changes.changes) {
      if (change.kind == ChangeKind::unchanged && !options.all) continue;
      rows += fmt::format("| {} | {} | {} | {} |\n", side_ranks(change.from), side_ranks(change.to),
                          what(change), marked(change));
    }
    if (!rows.empty())
      out += "\n| old | new | change | title |\n| ---: | ---: | --- | --- |\n" + rows;
  }
  return out;
}

}  // namespace kiv::cli

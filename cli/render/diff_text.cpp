#include <fmt/core.h>

#include "render/diff_render.hpp"

namespace kiv::cli {

std::string side_name(const RevisionInfo& revision) {
  return fmt::format("{}/{} (revision {})", revision.series, revision.edition, revision.revision);
}

std::string section_summary(const SectionDiff& section) {
  std::vector<std::string> parts;
  for (const ChangeKind kind : {ChangeKind::added, ChangeKind::removed, ChangeKind::changed,
                                ChangeKind::split, ChangeKind::merged, ChangeKind::unchanged}) {
    if (const int count = section.count(kind); count > 0) {
      parts.push_back(fmt::format("{} {}", count, change_kind_name(kind)));
    }
  }
  return parts.empty() ? "no items" : join(parts, ", ");
}

std::string languages_summary(const EditionDiff& diff) {
  std::vector<std::string> parts;
  if (!diff.languages_added.empty()) parts.push_back(join(diff.languages_added, ", ") + " added");
  if (!diff.languages_removed.empty())
    parts.push_back(join(diff.languages_removed, ", ") + " removed");
  return join(parts, "; ");
}

std::string side_ranks(const std::vector<DiffItem>& items) {
  if (items.empty()) return "-";
  std::vector<std::string> numbers;
  for (const DiffItem& item : items) numbers.push_back(std::to_string(item.rank));
  return join(numbers, "+");
}

std::string plain_title(const Change& change) {
  const auto titles = [](const std::vector<DiffItem>& items) {
    std::vector<std::string> parts;
    for (const DiffItem& item : items) parts.push_back(item.title);
    return join(parts, " + ");
  };
  if (change.kind == ChangeKind::split || change.kind == ChangeKind::merged) {
    return titles(change.from) + " -> " + titles(change.to);
  }
  return titles(change.to.empty() ? change.from : change.to);
}

namespace {

std::string marked_words(const std::vector<WordEdit>& edits, const Style& style) {
  std::string text;
  for (const WordEdit& edit : edits) {
    switch (edit.op) {
      case WordEdit::Op::equal:
        text += edit.text;
        break;
      case WordEdit::Op::remove:
        text += style.color() ? style.red(edit.text) : "[-" + edit.text + "-]";
        break;
      case WordEdit::Op::insert:
        text += style.color() ? style.green(edit.text) : "{+" + edit.text + "+}";
        break;
    }
  }
  return text;
}

}  // namespace

std::string match_label(MatchKind match) {
  if (match == MatchKind::curated) return "curated link";
  if (match == MatchKind::contained) return "containment";
  if (match == MatchKind::shared) return "distinctive word";
  return std::string(match_kind_name(match));
}

namespace {

// "inferred key" for a pair by a key kiv gave at import, else match_label.
std::string change_match_label(const Change& change) {
  return change.key_inferred ? "inferred key" : match_label(*change.match);
}

}  // namespace

std::string match_note(const Change& change) {
  if (!change.match || (*change.match == MatchKind::key && !change.key_inferred)) return "";
  return "matched by " + change_match_label(change);
}

namespace {

std::string change_line(const Change& change, const Style& style) {
  const std::string kind(change_kind_name(change.kind));
  std::string title;
  if (!change.wording.empty()) {
    title = marked_words(change.wording, style);
  } else {
    title = plain_title(change);
  }
  std::string detail;
  if (change.match && change.kind != ChangeKind::unchanged) {
    std::vector<std::string> aspects;
    for (const Aspect aspect : change.aspects) aspects.emplace_back(aspect_name(aspect));
    detail = fmt::format("  ({}matched by {}, {:.0f}% similar)",
                         aspects.empty() ? "" : join(aspects, ", ") + "; ",
                         change_match_label(change), change.similarity * 100);
  }
  const std::string styled_kind =
      change.kind == ChangeKind::added       ? style.green(fmt::format("{:<9}", kind))
      : change.kind == ChangeKind::removed   ? style.red(fmt::format("{:<9}", kind))
      : change.kind == ChangeKind::unchanged ? style.dim(fmt::format("{:<9}", kind))
                                             : style.yellow(fmt::format("{:<9}", kind));
  return fmt::format("  {:>3} -> {:<3}  {}  {}{}\n", side_ranks(change.from), side_ranks(change.to),
                     styled_kind, title, style.dim(detail));
}

}  // namespace

std::string render_diff_text(const DiffSides& sides, const EditionDiff& diff,
                             const TextDiffOptions& options, const Style& style) {
  std::string out = style.bold(fmt::format("{} -> {}, in {}", side_name(sides.from),
                                           side_name(sides.to), diff.lang)) +
                    "\n";
  if (!diff.has_differences()) out += "no differences\n";
  if (const std::string languages = languages_summary(diff); !languages.empty()) {
    out += fmt::format("\n{}: {}\n", style.bold("Languages"), languages);
  }
  for (const Section section : options.sections) {
    const SectionDiff& changes = diff.section(section);
    const char* heading = section == Section::priorities ? "Priorities" : "Themes";
    out += fmt::format("\n{}: {}\n", style.bold(heading), section_summary(changes));
    if (options.stat) continue;
    for (const Change& change : changes.changes) {
      if (change.kind != ChangeKind::unchanged || options.all) out += change_line(change, style);
    }
  }
  return out;
}

}  // namespace kiv::cli

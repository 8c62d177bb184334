#include <fmt/core.h>

#include "render/diff_render.hpp"
#include "render/html.hpp"

namespace kiv::cli {
namespace {

// One side of a change: its title, with the words only that side has marked.
std::string side_html(const Change& change, bool old_side) {
  const auto& items = old_side ? change.from : change.to;
  if (items.empty()) return "";
  if (change.wording.empty()) {
    std::string html;
    for (const DiffItem& item : items)
      html +=
          fmt::format("<span class=\"rank\">{}.</span> {}<br>", item.rank, escape_html(item.title));
    return html;
  }
  std::string html = fmt::format("<span class=\"rank\">{}.</span> ", items.front().rank);
  for (const WordEdit& edit : change.wording) {
    if (edit.op == WordEdit::Op::equal) {
      html += escape_html(edit.text);
    } else if (edit.op == WordEdit::Op::remove && old_side) {
      html += "<del>" + escape_html(edit.text) + "</del>";
    } else if (edit.op == WordEdit::Op::insert && !old_side) {
      html += "<ins>" + escape_html(edit.text) + "</ins>";
    }
  }
  return html;
}

constexpr const char* kStyle = R"(body{font-family:system-ui,sans-serif;margin:2rem;color:#222}
table{border-collapse:collapse;width:100%;margin-bottom:2rem}td,th{border:1px solid #ccc;padding:.4rem .6rem;vertical-align:top;text-align:left}
th{background:#f4f4f4}.rank{color:#666}del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}
tr.unchanged{color:#666}.kind{white-space:nowrap;font-size:.9em}.match{color:#666;font-size:.85em})";

}  // namespace

std::string_view diff_html_style() { return kStyle; }

std::string render_diff_html_body(const DiffSides& sides, const EditionDiff& diff,
                                  const std::vector<Section>& sections) {
  // Commit ids cut to 12 hex digits, the whole id on hover (and in the page's source).
  const auto commit = [](const std::string& id) {
    return fmt::format("<code title=\"{}\">{}</code>", escape_html(id),
                       escape_html(id.substr(0, 12)));
  };
  std::string out = fmt::format("<h1>{}</h1>\n<p>Language: {}. Commits {} → {}.</p>\n",
                                escape_html(diff_title(sides)), escape_html(diff.lang),
                                commit(sides.from.commit), commit(sides.to.commit));
  if (!diff.has_differences()) out += "<p>No differences.</p>\n";
  for (const Section section : sections) {
    const SectionDiff& changes = diff.section(section);
    out += fmt::format(
        "<h2>{}</h2>\n<p>{}.</p>\n<table>\n<tr><th scope=\"col\">{}</th><th "
        "scope=\"col\">change</th><th scope=\"col\">{}</th></tr>\n",
        section == Section::priorities ? "Priorities" : "Themes",
        escape_html(section_summary(changes)), escape_html(side_name(sides.from)),
        escape_html(side_name(sides.to)));
    for (const Change& change : changes.changes) {
      std::vector<std::string> aspects;
      for (const Aspect aspect : change.aspects) aspects.emplace_back(aspect_name(aspect));
      const std::string kind(change_kind_name(change.kind));
      const std::string note = match_note(change);
      out += fmt::format(
          "<tr class=\"{0}\"><td>{1}</td><td class=\"kind\">{0}{2}{3}</td><td>{4}</td></tr>\n",
          kind, side_html(change, true), aspects.empty() ? "" : " (" + join(aspects, ", ") + ")",
          note.empty() ? "" : fmt::format("<br><span class=\"match\">{}</span>", escape_html(note)),
          side_html(change, false));
    }
    out += "</table>\n";
  }
  return out;
}

std::string diff_title(const DiffSides& sides) {
  return side_name(sides.from) + " → " + side_name(sides.to);
}

std::string render_diff_html(const DiffSides& sides, const EditionDiff& diff,
                             const std::vector<Section>& sections) {
  return html_document({diff.lang, diff_title(sides), fmt::format("<style>{}</style>\n", kStyle),
                        render_diff_html_body(sides, diff, sections)});
}

}  // namespace kiv::cli

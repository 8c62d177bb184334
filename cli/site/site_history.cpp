#include "site/site_history.hpp"

#include <fmt/core.h>

#include <algorithm>

#include "output.hpp"
#include "render/flow_render.hpp"
#include "render/history_render.hpp"
#include "render/html.hpp"
#include "site/site_html.hpp"
#include "site/site_pages.hpp"
#include "site/site_writer.hpp"

namespace kiv::cli::site {
namespace {

std::string section_title(Section section) {
  return section == Section::priorities ? "Priorities" : "Themes";
}

// A key with a link to the timeline that shows it, when one does.
std::string key_link(const std::string& page, const SeriesLineages& lineages,
                     const std::string& series, const std::string& key) {
  const std::string* target = lineages.page_key(key);
  return target == nullptr ? escape_html(key) : link(page, timeline_path(series, *target), key);
}

// An item of another lineage: "3. title" and its key, linking to its timeline.
std::string other_item(const std::string& page, const SeriesLineages& lineages,
                       const std::string& series, const DiffItem& item) {
  std::string html = fmt::format("{}. {}", item.rank, escape_html(item.title));
  if (!item.key.empty())
    html.append(" (").append(key_link(page, lineages, series, item.key)).append(")");
  return html;
}

// What a row says beyond its change: splits, merges, renames and items of another key.
std::string entry_note(const std::string& page, const SeriesLineages& lineages,
                       const Timeline& timeline, const TimelineEntry& entry) {
  const bool other_key = entry.item && entry.item->key != entry.key;
  if (entry.related.empty() && !other_key) return "";
  std::vector<std::string> items;
  for (const DiffItem& item : entry.related)
    items.push_back(other_item(page, lineages, timeline.series, item));
  if (other_key)
    items.insert(items.begin(), other_item(page, lineages, timeline.series, *entry.item));
  const bool present = entry.item && !other_key;
  const char* lead =
      entry.change == TimelineChange::split    ? (present ? "split from " : "split into ")
      : entry.change == TimelineChange::merged ? (present ? "merged with " : "merged into ")
      : entry.match == MatchKind::curated      ? "renamed by a curated link from "
      : present                                ? "took over "
                                               : "continued as ";
  return fmt::format("<br><span class=\"note\">{}{}</span>", lead, join(items, "; "));
}

// `title` as reworded from `before`, word by word: what went <del>, what came <ins>; plain
// when the two share no word (a word diff would only strike one and insert the other).
std::string reworded_html(const std::string& before, const std::string& title) {
  const std::vector<WordEdit> edits = diff_words(before, title);
  if (std::none_of(edits.begin(), edits.end(), [](const WordEdit& edit) {
        return edit.op == WordEdit::Op::equal &&
               edit.text.find_first_not_of(' ') != std::string::npos;
      }))
    return escape_html(title);
  std::string html;
  for (const WordEdit& edit : edits) {
    const std::string text = escape_html(edit.text);
    html += edit.op == WordEdit::Op::equal    ? text
            : edit.op == WordEdit::Op::remove ? "<del>" + text + "</del>"
                                              : "<ins>" + text + "</ins>";
  }
  return html;
}

// One row per edition; consecutive absent editions share one.
std::string timeline_rows(const std::string& page, const SeriesLineages& lineages,
                          const Timeline& timeline) {
  const std::vector<TimelineEntry>& entries = timeline.entries;
  std::string out;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const TimelineEntry& entry = entries[i];
    if (entry.change == TimelineChange::absent) {
      std::size_t last = i;
      while (last + 1 < entries.size() && entries[last + 1].change == TimelineChange::absent)
        ++last;
      const std::string editions =
          last == i ? escape_html(entry.edition)
                    : fmt::format("{} – {} ({} editions)", escape_html(entry.edition),
                                  escape_html(entries[last].edition), last - i + 1);
      out += fmt::format("<tr class=\"absent\"><td>{}</td><td></td><td>absent</td><td></td></tr>\n",
                         editions);
      i = last;
      continue;
    }
    const std::string edition_page = edition_path(timeline.series, entry.edition, timeline.lang);
    const bool own = entry.item && entry.item->key == entry.key;
    const std::string label = timeline_change_label(entry.change, entry.aspects);
    // A rewording shows the words that changed since the edition before.
    const TimelineEntry* before = i > 0 ? &entries[i - 1] : nullptr;
    const bool reworded = own && before != nullptr && before->item &&
                          entry.change == TimelineChange::changed &&
                          std::find(entry.aspects.begin(), entry.aspects.end(), Aspect::wording) !=
                              entry.aspects.end();
    const std::string title = !own       ? std::string()
                              : reworded ? reworded_html(before->item->title, entry.item->title)
                                         : escape_html(entry.item->title);
    out += fmt::format(
        "<tr class=\"{}\"><td>{}</td><td class=\"number\">{}</td><td>{}</td><td>{}{}</td></tr>\n",
        timeline_change_name(entry.change),
        link(page,
             own ? edition_page + "#" + item_anchor(timeline.section, entry.item->rank)
                 : edition_page,
             entry.edition),
        own ? std::to_string(entry.item->rank) : "",
        i == 0
            ? escape_html(label)
            : link(page, diff_path(timeline.series, entries[i - 1].edition, entry.edition), label),
        title, entry_note(page, lineages, timeline, entry));
  }
  return out;
}

std::string step_row(const std::string& page, const std::string& series,
                     const SeriesStats::Step& step) {
  const ChurnCounts& churn = step.churn;
  return fmt::format(
      "<tr><td>{}</td><td class=\"number\">{}</td><td class=\"number\">{}</td><td "
      "class=\"number\">{}</td>"
      "<td class=\"number\">{}</td><td class=\"number\">{}</td><td class=\"number\">{}</td></tr>\n",
      link(page, diff_path(series, step.from, step.to), step.from + " → " + step.to), churn.added,
      churn.removed, churn.changed, churn.split, churn.merged, churn.unchanged);
}

}  // namespace

SeriesLineages::SeriesLineages(const Matrix& priorities, const Matrix& themes)
    : priorities_(priorities), themes_(themes) {
  for (const Matrix* matrix : {&priorities, &themes}) {
    for (std::size_t row = 0; row < matrix->rows.size(); ++row) {
      if (!matrix->rows[row].key.empty()) pages_[matrix->rows[row].key].push_back({matrix, row});
    }
  }
  for (const auto& [key, lineages] : pages_) {
    for (const Lineage& lineage : lineages) {
      for (const MatrixCell& cell : lineage.matrix->rows[lineage.row].cells) {
        if (!cell.key.empty() && !pages_.contains(cell.key)) older_keys_.emplace(cell.key, &key);
      }
    }
  }
}

const std::string* SeriesLineages::page_key(const std::string& key) const {
  if (const auto page = pages_.find(key); page != pages_.end()) return &page->first;
  const auto older = older_keys_.find(key);
  return older == older_keys_.end() ? nullptr : older->second;
}

std::string timeline_page(const SeriesLineages& lineages, const std::string& key) {
  const std::vector<Lineage>& found = lineages.pages().at(key);
  const Matrix& first = *found.front().matrix;
  const std::string& series = first.series;
  const std::string page = timeline_path(series, key);
  // Headed by the wording a reader knows, the latest; the key under it.
  const std::string& wording = first.rows[found.front().row].title;
  std::string body = fmt::format(
      "<h1 lang=\"{4}\">{5}</h1>\n<p>The lineage of the item keyed <code>{0}</code> through the "
      "editions of {1}, in {2}: its rank and wording in each, and what changed from the edition "
      "before. {3}</p>\n",
      escape_html(key), link(page, "index.html#" + series, series), escape_html(first.lang),
      link(page, matrix_path(series), "Every lineage of the series"), escape_html(first.lang),
      escape_html(wording.empty() ? key : wording));
  for (const Lineage& lineage : found) {
    const Timeline timeline = matrix_timeline(*lineage.matrix, lineage.row);
    body += fmt::format(
        "<h2>{}</h2>\n<p>Latest wording: <span lang=\"{}\">{}</span></p>\n"
        "<div class=\"figure\">{}</div>\n<table lang=\"{}\">\n"
        "<tr><th scope=\"col\">edition</th><th scope=\"col\">rank</th><th "
        "scope=\"col\">change</th><th scope=\"col\">title</th></tr>\n{}</table>\n",
        section_title(timeline.section), escape_html(timeline.lang),
        escape_html(lineage.matrix->rows[lineage.row].title), render_timeline_svg(timeline),
        escape_html(timeline.lang), timeline_rows(page, lineages, timeline));
  }
  return site_page({page,
                    "en",
                    fmt::format("{}: {}", series, key),
                    {{series, "index.html#" + series}, {"matrix", matrix_path(series)}, {key, ""}},
                    body});
}

std::string matrix_page(const SeriesLineages& lineages) {
  const std::string& series = lineages.priorities().series;
  const std::string page = matrix_path(series);
  std::string body = fmt::format(
      "<h1>{}: every item against every edition</h1>\n<p>One row per lineage (an item through the "
      "editions, "
      "by key), one column per edition, in {}. {} {}.</p>\n",
      escape_html(series), escape_html(lineages.priorities().lang), escape_html(kMatrixLegend),
      link(page, stats_path(series), "Churn between editions") + " · " +
          link(page, flow_path(series), "The flow of the series"));
  // A table rather than the SVG (kiv matrix --format svg): its row labels stay in view while
  // the editions scroll, and each links to the lineage's timeline, each edition to its page.
  for (const Matrix* matrix : {&lineages.priorities(), &lineages.themes()}) {
    body += fmt::format("<h2>{}</h2>\n<div lang=\"{}\">\n", section_title(matrix->section),
                        escape_html(matrix->lang));
    body += matrix_table_html(
        *matrix,
        [&](const MatrixRow& row) {
          const std::string& title = row.title.empty() ? row.key : row.title;
          return row.key.empty() ? escape_html(title)
                                 : link(page, timeline_path(series, row.key), title);
        },
        [&](const std::string& edition) {
          return link(page, edition_path(series, edition, matrix->lang), edition);
        });
    body += "</div>\n";
  }
  return site_page(
      {page, "en", series + ": matrix", {{series, "index.html#" + series}, {"matrix", ""}}, body});
}

std::string flow_page(const Flow& priorities, const Flow& themes, std::size_t editions) {
  const std::string& series = priorities.series;
  const std::string page = flow_path(series);
  std::string body = fmt::format(
      "<h1>{}: the flow of its items</h1>\n<p>One column per edition, one box per item (its rank "
      "and title, in {}), one band per item that continued into the next edition: a split has a "
      "band to each part, a merge one from each merged item; bands are coloured by what "
      "changed. {} {} · {}.</p>\n",
      escape_html(series), escape_html(priorities.lang), escape_html(kMatrixLegend),
      link(page, matrix_path(series), "Every item against every edition"),
      link(page, stats_path(series), "Churn between editions"));
  if (priorities.columns.size() < editions) {
    body += fmt::format(
        "<p class=\"note\">The latest {} of the series' {} editions; <code>kiv flow --series {} "
        "--from EDITION --to EDITION</code> draws any others.</p>\n",
        priorities.columns.size(), editions, escape_html(series));
  }
  for (const Flow* flow : {&priorities, &themes}) {
    body += fmt::format("<h2>{}</h2>\n<div class=\"figure\">{}</div>\n",
                        section_title(flow->section), render_flow_svg(*flow));
  }
  return site_page(
      {page, "en", series + ": flow", {{series, "index.html#" + series}, {"flow", ""}}, body});
}

std::string stats_page(const SeriesStats& stats) {
  const std::string& series = stats.series;
  const std::string page = stats_path(series);
  std::string body = fmt::format(
      "<h1>{}: churn between editions</h1>\n<p>Per pair of consecutive editions, what kiv diff "
      "counts (priorities "
      "and themes together, in {}). {}.</p>\n<div class=\"figure\">{}</div>\n",
      escape_html(series), escape_html(stats.lang),
      link(page, matrix_path(series), "Every item against every edition"), render_stats_svg(stats));
  body +=
      "<h2>Steps</h2>\n<table>\n<tr><th scope=\"col\">step</th><th scope=\"col\">added</th><th "
      "scope=\"col\">removed</th><th scope=\"col\">changed</"
      "th><th scope=\"col\">split</th>"
      "<th scope=\"col\">merged</th><th scope=\"col\">unchanged</th></tr>\n";
  for (const SeriesStats::Step& step : stats.steps) body += step_row(page, series, step);
  body +=
      "</table>\n<h2>Editions</h2>\n<table>\n<tr><th scope=\"col\">edition</th><th "
      "scope=\"col\">priorities</th><th scope=\"col\">themes</"
      "th></tr>\n";
  for (const SeriesStats::EditionCounts& edition : stats.editions) {
    body += fmt::format(
        "<tr><td>{}</td><td class=\"number\">{}</td><td class=\"number\">{}</td></tr>\n",
        link(page, edition_path(series, edition.edition, stats.lang), edition.edition),
        edition.priorities, edition.themes);
  }
  body += "</table>\n";
  return site_page(
      {page, "en", series + ": churn", {{series, "index.html#" + series}, {"churn", ""}}, body});
}

}  // namespace kiv::cli::site

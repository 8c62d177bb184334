// series_flow: the nodes and bands of a series' flow, from the same steps as the matrix (one
// query of the index and series_step per pair of consecutive editions, or the step a caller's
// diff gave: SeriesSteps).

#include "kiv/flow.hpp"

#include <algorithm>
#include <utility>

#include "history/history_series.hpp"
#include "index/index_db.hpp"

namespace kiv {

namespace {

Flow build_flow(const Index& index, const std::string& series, Section section,
                const std::string& lang, const EditionSpan& span, const SeriesSteps* given) {
  IndexDb& db = IndexDb::of(index);
  const SeriesContext context = load_series(db, series, lang);
  const std::vector<CuratedLink> links = series_links(index, series);
  const auto all_items = db.series_section_items(series, section, context.lang);
  Flow flow{series, context.lang, section, {}};
  std::vector<std::string> ids;
  for (const SeriesEdition& edition : context.editions) ids.push_back(edition.edition);
  // The span's editions, and the one before it, whose step gives its first column's changes.
  const auto [first, end] = span_positions(ids, span);
  const std::size_t start = first > 0 ? first - 1 : 0;
  const std::vector<HistoryItem> none;
  const std::vector<HistoryItem>* previous = nullptr;
  for (std::size_t e = start; e < end; ++e) {
    const auto found = all_items.find(context.editions[e].revision_id);
    const std::vector<HistoryItem>& items = found == all_items.end() ? none : found->second;
    FlowColumn& column = flow.columns.emplace_back();
    column.edition = context.editions[e].edition;
    for (const HistoryItem& item : items) {
      FlowNode& node = column.nodes.emplace_back();
      node.key = item.key;
      node.rank = item.rank;
      node.title = item.title;
    }
    if (previous == nullptr) {
      previous = &items;
      continue;
    }
    const SectionStep step =
        series_step(context, links, e - 1, e, *previous, items, section, given);
    FlowColumn& before = flow.columns[e - 1 - start];
    for (const ItemStep& change : step.changes) {
      const TimelineChange kind = timeline_change_of(change.kind);
      if (kind == TimelineChange::removed) {
        for (const std::size_t from : change.from) before.nodes.at(from).removed_next = true;
        continue;
      }
      for (const std::size_t to : change.to) {
        column.nodes.at(to).change = kind;
        column.nodes.at(to).aspects = change.aspects;
        for (const std::size_t from : change.from)
          before.bands.push_back({from, to, kind, change.aspects, change.match});
      }
    }
    previous = &items;
  }
  // Bands in one order whichever way the steps were made (compared here or read off a diff).
  for (FlowColumn& column : flow.columns) {
    std::sort(column.bands.begin(), column.bands.end(), [](const FlowBand& a, const FlowBand& b) {
      return std::pair(a.from, a.to) < std::pair(b.from, b.to);
    });
  }
  if (start < first) flow.columns.erase(flow.columns.begin());
  return flow;
}

}  // namespace

Flow series_flow(const Index& index, const std::string& series, Section section,
                 const std::string& lang, const EditionSpan& span) {
  return build_flow(index, series, section, lang, span, nullptr);
}

Flow series_flow(const Index& index, const std::string& series, Section section,
                 const SeriesSteps& steps, const EditionSpan& span) {
  return build_flow(index, series, section, steps.lang(), span, &steps);
}

Flow within(const Flow& flow, const EditionSpan& span) {
  std::vector<std::string> editions;
  for (const FlowColumn& column : flow.columns) editions.push_back(column.edition);
  const auto [first, end] = span_positions(editions, span);
  Flow cut{flow.series, flow.lang, flow.section, {}};
  cut.columns.assign(flow.columns.begin() + static_cast<std::ptrdiff_t>(first),
                     flow.columns.begin() + static_cast<std::ptrdiff_t>(end));
  if (!cut.columns.empty()) {
    FlowColumn& last = cut.columns.back();
    last.bands.clear();
    for (FlowNode& node : last.nodes) node.removed_next = false;
  }
  return cut;
}

}  // namespace kiv

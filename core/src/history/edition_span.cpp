// Cutting a matrix or a timeline to a span of its series' editions (--from, --to, --last).

#include <algorithm>

#include "kiv/error.hpp"
#include "kiv/history.hpp"

namespace kiv {
namespace {

std::size_t position_of(const std::vector<std::string>& editions, const std::string& edition,
                        const char* option) {
  const auto found = std::find(editions.begin(), editions.end(), edition);
  if (found != editions.end()) return static_cast<std::size_t>(found - editions.begin());
  std::string known;
  for (const std::string& id : editions) known += (known.empty() ? "" : ", ") + id;
  throw Error(ErrorKind::not_found, std::string(option) + " " + edition +
                                        ": no such edition in the series; its editions: " +
                                        (known.empty() ? "none" : known));
}

}  // namespace

std::pair<std::size_t, std::size_t> span_positions(const std::vector<std::string>& editions,
                                                   const EditionSpan& span) {
  if (span.last < 0) {
    throw Error(ErrorKind::input, "--last " + std::to_string(span.last) +
                                      ": expected a number of editions, 1 or more");
  }
  std::size_t first = span.from.empty() ? 0 : position_of(editions, span.from, "--from");
  const std::size_t end =
      span.to.empty() ? editions.size() : position_of(editions, span.to, "--to") + 1;
  if (first >= end && !editions.empty()) {
    throw Error(ErrorKind::input, "--from " + span.from + " comes after --to " + span.to +
                                      "; expected the older edition first");
  }
  if (span.last > 0 && end - first > static_cast<std::size_t>(span.last))
    first = end - static_cast<std::size_t>(span.last);
  return {first, end};
}

Matrix within(const Matrix& matrix, const EditionSpan& span) {
  if (span.all()) return matrix;
  const auto [first, end] = span_positions(matrix.editions, span);
  Matrix cut{matrix.series,
             matrix.lang,
             matrix.section,
             std::vector<std::string>(matrix.editions.begin() + static_cast<std::ptrdiff_t>(first),
                                      matrix.editions.begin() + static_cast<std::ptrdiff_t>(end)),
             {}};
  for (const MatrixRow& row : matrix.rows) {
    MatrixRow kept{row.key, row.title, 0, {}};
    bool seen = false;
    for (std::size_t e = first; e < end; ++e) {
      const MatrixCell& cell = row.cell(e);
      const bool shows = cell.rank || cell.change != TimelineChange::absent;
      if (!seen && !shows) continue;
      if (!seen) kept.first = e - first;
      seen = true;
      kept.cells.push_back(cell);
    }
    // The cells after the last that shows are absent: MatrixRow::cell gives them.
    while (!kept.cells.empty() && !kept.cells.back().rank &&
           kept.cells.back().change == TimelineChange::absent)
      kept.cells.pop_back();
    if (seen) cut.rows.push_back(std::move(kept));
  }
  return cut;
}

Timeline within(const Timeline& timeline, const EditionSpan& span) {
  if (span.all()) return timeline;
  std::vector<std::string> editions;
  for (const TimelineEntry& entry : timeline.entries) editions.push_back(entry.edition);
  const auto [first, end] = span_positions(editions, span);
  Timeline cut = timeline;
  cut.entries.assign(timeline.entries.begin() + static_cast<std::ptrdiff_t>(first),
                     timeline.entries.begin() + static_cast<std::ptrdiff_t>(end));
  return cut;
}

}  // namespace kiv

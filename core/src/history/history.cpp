// The history's shared parts: the series and its language, curated links, the step between
// two editions. timeline.cpp, matrix.cpp and series_stats.cpp build on them.

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <stdexcept>
#include <unordered_map>

#include "diff/matching.hpp"
#include "history/history_series.hpp"
#include "index/index_db.hpp"
#include "kiv/error.hpp"
#include "kiv/text.hpp"
#include "similarity.hpp"

namespace kiv {
namespace {

// The languages every edition has, sorted (SeriesEdition or EditionSummary: sorted languages).
template <typename Row>
std::vector<std::string> common_languages(const std::vector<Row>& editions) {
  if (editions.empty()) return {};
  std::vector<std::string> common = editions.front().languages;
  for (const Row& edition : editions) {
    std::vector<std::string> both;
    std::set_intersection(common.begin(), common.end(), edition.languages.begin(),
                          edition.languages.end(), std::back_inserter(both));
    common = std::move(both);
  }
  return common;
}

std::size_t edition_index(const SeriesContext& context, const std::string& edition) {
  for (std::size_t i = 0; i < context.editions.size(); ++i) {
    if (context.editions[i].edition == edition) return i;
  }
  return context.editions.size();
}

}  // namespace

std::string history_language(const std::vector<EditionSummary>& editions) {
  const std::vector<std::string> common = common_languages(editions);
  return common.empty() ? std::string() : default_language(common);
}

std::vector<EditionSummary> series_editions(const Index& index, const std::string& series) {
  IndexDb& db = IndexDb::of(index);
  std::vector<EditionSummary> editions = db.list(series);
  if (editions.empty()) db.require_series(series);
  return editions;
}

RevisionInfo revision_before(const Index& index, const Ref& ref) {
  const RevisionInfo named = index.resolve(ref);
  if (ref.revision && named.revision > 1) {
    Ref before = ref;
    before.series = named.series;
    before.revision = named.revision - 1;
    return index.resolve(before);
  }
  const std::vector<EditionSummary> editions = series_editions(index, named.series);
  for (std::size_t i = 0; i < editions.size(); ++i) {
    if (editions[i].edition == named.edition && i > 0) return editions[i - 1].latest;
  }
  throw Error(ErrorKind::not_found,
              named.ref() +
                  " is the first edition of its series: nothing before it to compare with; "
                  "name both, kiv diff OLD NEW");
}

std::string_view timeline_change_name(TimelineChange change) noexcept {
  switch (change) {
    case TimelineChange::added:
      return "added";
    case TimelineChange::unchanged:
      return "unchanged";
    case TimelineChange::changed:
      return "changed";
    case TimelineChange::split:
      return "split";
    case TimelineChange::merged:
      return "merged";
    case TimelineChange::removed:
      return "removed";
    case TimelineChange::absent:
      return "absent";
  }
  return "unknown";
}

TimelineChange timeline_change_of(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::added:
      return TimelineChange::added;
    case ChangeKind::removed:
      return TimelineChange::removed;
    case ChangeKind::changed:
      return TimelineChange::changed;
    case ChangeKind::unchanged:
      return TimelineChange::unchanged;
    case ChangeKind::split:
      return TimelineChange::split;
    case ChangeKind::merged:
      return TimelineChange::merged;
  }
  return TimelineChange::absent;
}

DiffItem diff_item_of(const HistoryItem& item) { return {item.key, item.rank, item.title}; }

SeriesContext load_series(IndexDb& index, const std::string& series, const std::string& requested) {
  SeriesContext context{series, index.series_edition_rows(series), {}};
  if (context.editions.empty()) index.require_series(series);
  const std::vector<std::string> common = common_languages(context.editions);
  if (!requested.empty()) {
    if (std::find(common.begin(), common.end(), requested) == common.end()) {
      for (const SeriesEdition& edition : context.editions) {
        if (std::find(edition.languages.begin(), edition.languages.end(), requested) ==
            edition.languages.end()) {
          throw Error(ErrorKind::input,
                      series + "/" + edition.edition + " has no text in '" + requested +
                          "'; the languages every edition of " + series +
                          " has: " + (common.empty() ? std::string("none") : join(common)));
        }
      }
    }
    context.lang = requested;
  } else if (common.empty()) {
    throw Error(ErrorKind::input,
                "the editions of " + series +
                    " have no language in common; a history compares them in one");
  } else {
    context.lang = default_language(common);
  }
  return context;
}

std::vector<CuratedLink> series_links(const Index& index, const std::string& series) {
  return curated_links(index, series);
}

bool link_touches(const std::vector<CuratedLink>& links, const SeriesContext& context,
                  std::size_t from, std::size_t to) {
  const std::string& old_id = context.editions[from].edition;
  const std::string& new_id = context.editions[to].edition;
  return std::any_of(links.begin(), links.end(), [&](const CuratedLink& link) {
    return link.from_edition == old_id && link.to_edition == new_id;
  });
}

LineageKeys lineage_keys(const std::string& key, std::size_t anchor,
                         const std::vector<CuratedLink>& links, const SeriesContext& context) {
  const std::size_t count = context.editions.size();
  LineageKeys lineage{std::vector<std::string>(count, key), 0};
  std::vector<std::string>& keys = lineage.keys;
  // The new edition of a renamed link between consecutive editions, else `count`.
  const auto renamed_at = [&](const CuratedLink& link) {
    const std::size_t at = edition_index(context, link.to_edition);
    const bool consecutive =
        at < count && at > 0 && context.editions[at - 1].edition == link.from_edition;
    return link.kind == LinkKind::renamed && consecutive ? at : count;
  };
  // The latest renamed link before `end` that `matches`.
  const auto latest_before = [&](std::size_t end, const auto& matches) {
    auto found = links.end();
    for (auto link = links.begin(); link != links.end(); ++link) {
      if (renamed_at(*link) < end && matches(*link) &&
          (found == links.end() || renamed_at(*link) > renamed_at(*found))) {
        found = link;
      }
    }
    return found;
  };
  // Forwards, after the anchor: from a renamed link's new edition on, its new key; then that
  // key's links.
  std::string current = key;
  std::size_t start = anchor;
  for (std::size_t hops = 0; hops < links.size(); ++hops) {
    const auto next = std::find_if(links.begin(), links.end(), [&](const CuratedLink& link) {
      const std::size_t at = renamed_at(link);
      return link.from_key == current && at > start && at < count;
    });
    if (next == links.end()) break;
    start = renamed_at(*next);
    current = next->to_key;
    std::fill(keys.begin() + static_cast<std::ptrdiff_t>(start), keys.end(), current);
  }
  // Backwards, up to the anchor: before a renamed link's new edition, its old key; the lineage
  // begins where its key was renamed away to another lineage (the key then reused).
  current = key;
  std::size_t end = std::min(anchor + 1, count);
  for (std::size_t hops = 0; hops <= links.size(); ++hops) {
    const auto from =
        latest_before(end, [&](const CuratedLink& link) { return link.to_key == current; });
    const auto away =
        latest_before(end, [&](const CuratedLink& link) { return link.from_key == current; });
    if (away != links.end() && (from == links.end() || renamed_at(*away) > renamed_at(*from))) {
      lineage.begins = renamed_at(*away);
      std::fill(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(lineage.begins), current);
      break;
    }
    if (from == links.end()) break;
    end = renamed_at(*from);
    current = from->from_key;
    std::fill(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(end), current);
  }
  return lineage;
}

SectionStep diff_step(const Index& index, const SeriesContext& context, std::size_t from,
                      std::size_t to, Section section, const std::vector<CuratedLink>& links) {
  const auto load = [&](std::size_t at) {
    const auto revision = IndexDb::of(index).find_revision(
        context.series, context.editions[at].edition, std::nullopt);
    if (!revision) {
      throw Error(ErrorKind::store,
                  "index: no revision of " + context.series + "/" + context.editions[at].edition);
    }
    return index.load(*revision);
  };
  const Edition old_edition = load(from);
  const Edition new_edition = load(to);
  const EditionDiff diff = diff_editions(old_edition, new_edition, context.lang, links);
  return step_from_diff(diff.section(section), old_edition.items(section).size(),
                        new_edition.items(section).size());
}

SectionStep series_step(const SeriesContext& context, const std::vector<CuratedLink>& links,
                        std::size_t from, std::size_t to, const std::vector<HistoryItem>& old_items,
                        const std::vector<HistoryItem>& new_items) {
  SectionStep step = compare_sections(old_items, new_items, context.lang,
                                      orient_links(context.series, context.editions[from].edition,
                                                   context.editions[to].edition, links));
  settle_ranks(step, old_items, new_items);
  return step;
}

SectionStep series_step(const SeriesContext& context, const std::vector<CuratedLink>& links,
                        std::size_t from, std::size_t to, const std::vector<HistoryItem>& old_items,
                        const std::vector<HistoryItem>& new_items, Section section,
                        const SeriesSteps* given) {
  const std::string& old_id = context.editions[from].edition;
  const std::string& new_id = context.editions[to].edition;
  const SectionStep* held =
      given == nullptr ? nullptr : given_step(*given, old_id, new_id, section);
  if (held == nullptr) return series_step(context, links, from, to, old_items, new_items);
  if (held->of_old.size() != old_items.size() || held->of_new.size() != new_items.size()) {
    throw std::invalid_argument(fmt::format(
        "the step given for {}/{} -> {} compares {} and {} {}; the index holds {} and {}",
        context.series, old_id, new_id, held->of_old.size(), held->of_new.size(),
        section_name(section), old_items.size(), new_items.size()));
  }
  SectionStep step = *held;
  settle_ranks(step, old_items, new_items);
  return step;
}

std::vector<std::string> keys_titled(const Index& index, const std::string& series,
                                     std::string_view title) {
  const std::string wanted = normalized_title(title);
  std::set<std::string> keys;
  if (wanted.empty()) return {};
  std::unordered_map<std::string, bool> matches;  // title -> whether it folds to `wanted`
  IndexDb::of(index).for_each_title(series, [&](std::string_view key, std::string_view text) {
    auto [found, added] = matches.try_emplace(std::string(text), false);
    if (added) found->second = normalized_title(text) == wanted;
    if (found->second) keys.emplace(key);
  });
  return {keys.begin(), keys.end()};
}

const MatrixCell& MatrixRow::cell(std::size_t index) const {
  static const MatrixCell absent;
  return index >= first && index - first < cells.size() ? cells[index - first] : absent;
}

}  // namespace kiv

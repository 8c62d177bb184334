// timeline: one item's lineage through the editions of its series, from the index.
//
// Where the item is present in two consecutive editions at the same rank, its change is read
// off the item alone (wording, description, subtopics). Where it changes rank, the keys, ranks
// and titles of both editions say whether it moved (key_pair_moved); where it appears or
// disappears, the step of its section is computed (compare_sections, which is what the diff
// says of it).

#include <algorithm>
#include <map>

#include "history/history_series.hpp"
#include "index/index_db.hpp"
#include "kiv/error.hpp"
#include "kiv/ids.hpp"

namespace kiv {
namespace {

// The section the lineage is followed in: of the latest edition having `rows`' key;
// priorities first.
Section lineage_section(const SeriesContext& context,
                        const std::map<std::int64_t, std::vector<KeyedItem>>& rows) {
  for (auto edition = context.editions.rbegin(); edition != context.editions.rend(); ++edition) {
    const auto found = rows.find(edition->revision_id);
    if (found == rows.end()) continue;
    for (const KeyedItem& keyed : found->second) {
      if (keyed.section == Section::priorities) return Section::priorities;
    }
    return found->second.front().section;
  }
  return Section::priorities;
}

class TimelineBuilder {
 public:
  TimelineBuilder(const Index& index, SeriesContext context, std::vector<CuratedLink> links)
      : index_(IndexDb::of(index)),
        context_(std::move(context)),
        links_(std::move(links)),
        profiles_(context_.lang) {}

  Timeline build(const std::string& key) {
    std::map<std::string, std::map<std::int64_t, std::vector<KeyedItem>>> rows;
    rows.emplace(key, index_.items_with_key(context_.series, key, context_.lang));
    const auto& own = rows.at(key);
    if (own.empty()) {
      throw Error(ErrorKind::not_found, "no item with key '" + key + "' in any edition of " +
                                            context_.series + " (in " + context_.lang + ")");
    }
    const std::size_t count = context_.editions.size();
    std::size_t anchor = 0;  // the latest edition with an item keyed `key`
    for (std::size_t i = 0; i < count; ++i) {
      if (own.contains(context_.editions[i].revision_id)) anchor = i;
    }
    const LineageKeys lineage = lineage_keys(key, anchor, links_, context_);
    const std::vector<std::string>& keys = lineage.keys;
    for (const std::string& each : keys) {
      if (!rows.contains(each))
        rows.emplace(each, index_.items_with_key(context_.series, each, context_.lang));
    }
    Timeline timeline{context_.series, key, context_.lang, lineage_section(context_, own), {}};
    section_ = timeline.section;
    present_.assign(count, std::nullopt);
    for (std::size_t i = lineage.begins; i < count; ++i) {
      const auto found = rows.at(keys[i]).find(context_.editions[i].revision_id);
      if (found == rows.at(keys[i]).end()) continue;
      for (const KeyedItem& keyed : found->second) {
        if (keyed.section == section_) present_[i] = keyed.item;
      }
    }
    for (std::size_t i = 0; i < count; ++i) {
      timeline.entries.push_back(entry(i));
      timeline.entries.back().key = keys[i];
    }
    return timeline;
  }

 private:
  TimelineEntry entry(std::size_t i) {
    TimelineEntry entry;
    entry.edition = context_.editions[i].edition;
    const std::optional<HistoryItem>& current = present_[i];
    if (i == 0) {
      if (current) {
        entry.change = TimelineChange::added;
        entry.item = diff_item_of(*current);
      }
      return entry;
    }
    const std::optional<HistoryItem>& previous = present_[i - 1];
    if (!previous && !current) return entry;  // absent
    if (previous && current && !link_touches(links_, context_, i - 1, i)) {
      // Paired by key. Moved only when its rank number changed and the pair left the longest
      // run of pairs that kept their order (kiv/history.hpp).
      const bool moved = previous->rank != current->rank &&
                         key_pair_moved(items(i - 1, titles_), items(i, titles_), context_.lang,
                                        static_cast<std::size_t>(previous->rank - 1), profiles_);
      entry.item = diff_item_of(*current);
      entry.match = MatchKind::key;
      entry.aspects = pair_aspects(*previous, *current, moved);
      entry.change = entry.aspects.empty() ? TimelineChange::unchanged : TimelineChange::changed;
      return entry;
    }
    // The step pairs and orders the items by their titles alone; a pair's other aspects come
    // from the full items below.
    const std::vector<HistoryItem>& old_items = items(i - 1, titles_);
    const std::vector<HistoryItem>& new_items = items(i, titles_);
    const SectionStep step = series_step(context_, links_, i - 1, i, old_items, new_items);
    const std::size_t own_old = previous ? static_cast<std::size_t>(previous->rank - 1) : kNoStep;
    const std::size_t own_new = current ? static_cast<std::size_t>(current->rank - 1) : kNoStep;
    const ItemStep& change = current ? step.changes.at(step.of_new.at(own_new))
                                     : step.changes.at(step.of_old.at(own_old));
    entry.change = timeline_change_of(change.kind);
    entry.match = change.match;
    entry.aspects = change.aspects;
    if (change.from.size() == 1 && change.to.size() == 1) {
      const auto full = [&](std::size_t at, std::size_t position,
                            const std::optional<HistoryItem>& own) {
        return own && static_cast<std::size_t>(own->rank - 1) == position
                   ? *own
                   : items(at, full_).at(position);
      };
      const bool moved = std::find(change.aspects.begin(), change.aspects.end(), Aspect::rank) !=
                         change.aspects.end();
      entry.aspects = pair_aspects(full(i - 1, change.from.front(), previous),
                                   full(i, change.to.front(), current), moved);
      entry.change = entry.aspects.empty() ? TimelineChange::unchanged : TimelineChange::changed;
    }
    const auto others = [](const std::vector<std::size_t>& positions,
                           const std::vector<HistoryItem>& side, std::size_t except) {
      std::vector<DiffItem> found;
      for (const std::size_t position : positions) {
        if (position != except) found.push_back(diff_item_of(side[position]));
      }
      return found;
    };
    if (current) {
      entry.item = diff_item_of(*current);
      // Its previous item, or the items it was split from or merged out of, unless the lineage's
      // own under the same key (the item before a renamed link is related: its key differs).
      entry.related = others(change.from, old_items,
                             previous && previous->key == current->key ? own_old : kNoStep);
    } else if (change.kind == ChangeKind::changed || change.kind == ChangeKind::unchanged) {
      entry.item = diff_item_of(new_items.at(change.to.front()));  // an item of another key
    } else {
      entry.related = others(change.to, new_items, kNoStep);
    }
    return entry;
  }

  // The items of the lineage's section in the edition at `i` as `reader` reads them, read once.
  // The entries go forwards and look back one edition: older ones are dropped, so that memory
  // stays that of two editions.
  struct Reader {
    std::optional<IndexDb::SectionReader> reader;
    std::map<std::size_t, std::vector<HistoryItem>> read;
  };
  const std::vector<HistoryItem>& items(std::size_t i, Reader& cache) {
    auto found = cache.read.find(i);
    if (found == cache.read.end()) {
      if (!cache.reader) cache.reader.emplace(index_, section_, context_.lang, &cache == &titles_);
      found = cache.read.emplace(i, cache.reader->read(context_.editions[i].revision_id)).first;
      cache.read.erase(cache.read.begin(), cache.read.lower_bound(i == 0 ? 0 : i - 1));
    }
    return found->second;
  }

  IndexDb& index_;
  const SeriesContext context_;
  const std::vector<CuratedLink> links_;
  Section section_ = Section::priorities;
  std::vector<std::optional<HistoryItem>> present_;
  Reader titles_;  // key, rank and title
  Reader full_;    // with descriptions and subtopics
  TitleProfiles profiles_;
};

}  // namespace

Timeline timeline(const Index& index, const std::string& series, const std::string& key,
                  const std::string& lang) {
  if (!is_valid_id(key)) {
    throw Error(ErrorKind::input, "'" + key +
                                      "' is not an item key: expected lowercase letters, "
                                      "digits and '-' (at most 64), e.g. cybercrime");
  }
  SeriesContext context = load_series(IndexDb::of(index), series, lang);
  std::vector<CuratedLink> links = series_links(index, series);
  return TimelineBuilder(index, std::move(context), std::move(links)).build(key);
}

}  // namespace kiv

#pragma once
// One step of a series' history: what happened to each item of a section between two
// consecutive editions, as diff_editions says it, computed from index rows.
//
// compare_sections hands both sections whole to the diff's matcher (curated_matches, then
// match_section), as diff_section does: one pairing for the diff and the history. Moves come
// from the diff's own rule (moves.hpp) over all pairs, aspects from pair_aspects. What it does
// not compute: similarity scores and word diffs.

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diff/matching.hpp"
#include "index/history_rows.hpp"
#include "kiv/diff.hpp"
#include "kiv/history.hpp"
#include "similarity.hpp"

namespace kiv {

// One change between two sections: positions (0-based, by rank) in the old and new section.
struct ItemStep {
  ChangeKind kind = ChangeKind::unchanged;
  std::optional<MatchKind> match;  // none for added and removed
  std::vector<Aspect> aspects;     // for changed, in the diff's order
  std::vector<std::size_t> from;
  std::vector<std::size_t> to;
};

inline constexpr std::size_t kNoStep = static_cast<std::size_t>(-1);

struct SectionStep {
  std::vector<ItemStep> changes;
  std::vector<std::size_t> of_old;  // per old position: index into changes
  std::vector<std::size_t> of_new;  // per new position: index into changes (kNoStep: none)
};

// The step from `from` to `to` (one section in one language, each by rank), the curated
// `links` between the two editions (orient_links) paired first, as
// diff_editions(from, to, lang, links) pairs them.
SectionStep compare_sections(const std::vector<HistoryItem>& from,
                             const std::vector<HistoryItem>& to, std::string_view lang,
                             const std::vector<OrientedLink>& links = {});

// Title profiles (similarity.hpp) in one language, computed once per title, for repeated
// comparisons.
class TitleProfiles {
 public:
  explicit TitleProfiles(std::string lang) : lang_(std::move(lang)) {}
  const TitleProfile& of(const std::string& title);

 private:
  std::string lang_;
  std::unordered_map<std::string, TitleProfile> profiles_;
};

// Whether the item at `old_position` of `from`, paired by key, moved (as compare_sections says),
// without running the matcher when it cannot matter. Only pairs take part in the moves. An
// item that no pair crosses (no pair is before it in one edition and after it in the other)
// is in every longest run, so it has not moved. The matcher pairs two leftover items (those
// not paired by key) only when their folded titles are identical, they share a content word
// (containment, position), or their similarity is at least kSimilarityThreshold. So: when no
// leftover pair that could cross the item (any, if a key pair crosses it) comes that close, the
// moves are those of the key pairs; else compare_sections decides.
bool key_pair_moved(const std::vector<HistoryItem>& from, const std::vector<HistoryItem>& to,
                    std::string_view lang, std::size_t old_position, TitleProfiles& profiles);

// The same step read off a real diff of the section (for pairs of editions that curated links
// touch, and to check compare_sections against the diff).
SectionStep step_from_diff(const SectionDiff& diff, std::size_t old_count, std::size_t new_count);

// What SeriesSteps (kiv/history.hpp) holds: per pair of editions (ids) the step of each
// section read off the diff (step_from_diff), without the rank rule.
struct SeriesSteps::Impl {
  std::string lang;
  std::map<std::pair<std::string, std::string>, std::array<SectionStep, 2>> steps;
};

// The step of `section` from edition `from` to edition `to` that `steps` holds; null when none.
const SectionStep* given_step(const SeriesSteps& steps, const std::string& from,
                              const std::string& to, Section section);

// The history's rule for ranks (kiv/history.hpp): a pair whose rank number is the same on both
// sides has not moved, whatever the longest run says; a `changed` left without aspects
// becomes `unchanged`.
void settle_ranks(SectionStep& step, const std::vector<HistoryItem>& from,
                  const std::vector<HistoryItem>& to);

// The aspects of a pair, in the diff's order: wording, rank (when `moved`), description,
// subtopics. With `moved` false, the timeline's fast path for an item that kept its rank.
std::vector<Aspect> pair_aspects(const HistoryItem& from, const HistoryItem& to,
                                 bool moved = false);

}  // namespace kiv

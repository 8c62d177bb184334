#pragma once
// The semantic diff of two editions: which priorities and themes were added, removed,
// reworded, moved, split or merged. A plain data structure; renderers only format it.
//
// Terms:
//   section  priorities or themes; items are paired within a section only, in one language
//            (the diff's, diff_language);
//   pair     an item of the old edition and one of the new that are the same priority or
//            theme, found by the strongest evidence there is (MatchKind): a curated link, the
//            key, the same title, a similar one, one contained in the other, the same place;
//   change   what became of items: a pair (unchanged or changed, with its Aspects), an item
//            added or removed, or a group: one old item split into several new ones, several
//            merged into one. Every item of both editions is in exactly one change;
//   moved    a pair outside the longest run of pairs that kept their order (Aspect::rank).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiv/edition.hpp"
#include "kiv/index.hpp"
#include "kiv/links.hpp"

namespace kiv {

enum class ChangeKind { added, removed, changed, unchanged, split, merged };
// How two items were paired, strongest evidence first: a curated link (kiv/links.hpp), which
// takes precedence over the others; key; identical title (`exact`); similar title
// (`similar`); `contained`: the content words of one title reappear in the other, as its head
// (before ':', '(', ',' or ';') or within it ("overlast" -> "overlast en openbare orde",
// "leefmilieu" -> "Leefmilieu (gelinkt aan fraude): afvalfraude, ..."); `position`: the two
// sit between the same paired neighbours and share a content word, as a line diff aligns a
// hunk; `shared`: wherever they sit, they share a content word that no other item of either
// edition has ("l'échange d'informations" -> "la circulation de l'information").
enum class MatchKind { key, exact, similar, curated, contained, position, shared };
// What changed in a paired item. `wording`: its title says something else; `cosmetic`: its
// title differs only in case, punctuation, spacing or quote style ("radicalisering" ->
// "Radicalisering"; never together with wording). `rank`: the item moved among the others
// (it is outside the longest run of pairs that kept their order); an item renumbered only
// because others were added or removed before it has not moved.
enum class Aspect { wording, rank, description, subtopics, cosmetic };

std::string_view change_kind_name(ChangeKind kind) noexcept;  // "added", ...
std::string_view match_kind_name(MatchKind kind) noexcept;    // "key", ...
std::string_view aspect_name(Aspect aspect) noexcept;         // "wording", ...

// One run of a word-level diff: text both sides share, or text only the old or new side has.
struct WordEdit {
  enum class Op { equal, remove, insert };
  Op op;
  std::string text;
  bool operator==(const WordEdit&) const = default;
};

// An item as the diff shows it, in the diff's language.
struct DiffItem {
  std::string key;  // empty when the item has none
  int rank = 0;
  std::string title;
};

struct Change {
  ChangeKind kind = ChangeKind::unchanged;
  std::optional<MatchKind> match;     // how the sides were paired; none for added and removed
  bool key_inferred = false;          // match key, by a key kiv gave at import (KeyOrigin)
  double similarity = 0;              // 0..1 between the paired titles; 1 for identical
  std::vector<DiffItem> from;         // none (added), one, or several (merged)
  std::vector<DiffItem> to;           // none (removed), one, or several (split)
  std::vector<Aspect> aspects;        // for changed: what changed
  std::vector<WordEdit> wording;      // word diff of the title, when the wording changed
  std::vector<WordEdit> description;  // word diff of the description, when it changed
};

struct SectionDiff {
  Section section = Section::priorities;
  std::vector<Change> changes;  // in the order of the new edition, removed items at their old place
  int count(ChangeKind kind) const;
};

struct EditionDiff {
  std::string lang;
  SectionDiff priorities;
  SectionDiff themes;
  // Languages the new edition has and the old one lacks, and the reverse (sorted). The items
  // are compared in `lang` only; a language added by a revision shows here.
  std::vector<std::string> languages_added;
  std::vector<std::string> languages_removed;
  const SectionDiff& section(Section section) const;
  bool has_differences() const;  // a language added or removed, or any change but unchanged
};

// Word-level diff of two texts (words, spaces and punctuation are the units).
std::vector<WordEdit> diff_words(std::string_view from, std::string_view to);

// Similarity of two titles in 0..1, insensitive to case, diacritics, punctuation and spacing
// ("cybersecurity" ~ "cyber security").
double title_similarity(std::string_view a, std::string_view b);

// The diff of two editions in `lang`, which both must have (Error{input} otherwise).
EditionDiff diff_editions(const Edition& from, const Edition& to, std::string_view lang);

// The same, where the curated links between the two editions come before every other pairing:
// a renamed link pairs its two items (changed or unchanged, match curated); the split links
// of one old item make one `split` change, the merged links into one new item one `merged`
// change (match curated). A link recorded from `to` to `from` applies read backwards (a split
// is then a merge). Links of other editions or series, links whose keys either edition lacks
// or that are not in the same section, and every link when `from` and `to` are the same
// edition (two revisions of it), are ignored. An item takes part in one curated change: a
// link that would put it in a second is ignored.
EditionDiff diff_editions(const Edition& from, const Edition& to, std::string_view lang,
                          const std::vector<CuratedLink>& links);

// `diff` without its cosmetic changes (kiv diff --ignore-cosmetic): the cosmetic aspect is
// dropped, and a change left without aspects becomes unchanged (its word diff dropped too).
EditionDiff without_cosmetic(EditionDiff diff);

// How kiv diff compares two revisions.
struct DiffOptions {
  std::string lang;              // requested language; empty: diff_language's choice
  bool ignore_cosmetic = false;  // without_cosmetic
};

// The diff of two revisions of the store, the one comparison every command shows: both read
// from the index (Index::load), compared in diff_language(from, to, options.lang), with their
// series' curated links when both are of one series (diff_editions), then without_cosmetic
// when asked. Throws Error{input} when both name the same revision ("kiv/2022-2024@1 and
// kiv/2022-2024@1 are the same revision; ..."), or as diff_language.
EditionDiff diff_revisions(const Index& index, const RevisionInfo& from, const RevisionInfo& to,
                           const DiffOptions& options = {});

// The language to compare two editions in: `requested` when both have it, else nl when both
// have it, else the first language both have. Throws Error{input} naming the editions'
// languages when `requested` is missing on a side or they have no language in common.
std::string diff_language(const Edition& from, const Edition& to, const std::string& requested);

}  // namespace kiv

// The three-way merge of editions (kiv/edition_merge.hpp), as kiv pull runs it: the input is
// three canonical JSON documents (base, ours, theirs) separated by NUL bytes, each parsed as an
// edition of kiv/2022-2024. The merge must not crash, must number each section 1, 2, ..., must
// give an edition back unchanged when both sides are it (merge(b, x, x) == x, no conflict) and
// when one side did not change (merge(b, b, x) == x), and must be symmetric in its texts when
// no conflict arises.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.hpp"
#include "kiv/edition_format.hpp"
#include "kiv/edition_merge.hpp"
#include "kiv/error.hpp"

namespace {

std::optional<kiv::Edition> parsed(std::string_view json) {
  try {
    kiv::Edition edition = kiv::parse_edition(json, "fuzz.json");
    edition.series = "kiv";
    edition.edition = "2022-2024";
    return edition;
  } catch (const kiv::Error&) {
    return std::nullopt;
  }
}

void check_ranks(const kiv::Edition& edition) {
  for (const kiv::Section section : kiv::kSections) {
    const auto& items = edition.items(section);
    for (std::size_t i = 0; i < items.size(); ++i)
      KIV_FUZZ_CHECK(items[i].rank == static_cast<int>(i) + 1);
  }
}

bool same_texts(const kiv::Edition& a, const kiv::Edition& b) {
  for (const kiv::Section section : kiv::kSections) {
    const auto& x = a.items(section);
    const auto& y = b.items(section);
    if (x.size() != y.size()) return false;
    for (std::size_t i = 0; i < x.size(); ++i) {
      if (x[i].key != y[i].key || x[i].title != y[i].title ||
          x[i].description != y[i].description || x[i].subtopics != y[i].subtopics)
        return false;
    }
  }
  return a.title == b.title && a.period == b.period && a.adopted == b.adopted &&
         a.in_force == b.in_force;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= input.size() && parts.size() < 3; ++i) {
    if (i == input.size() || input[i] == '\0') {
      parts.push_back(input.substr(start, i - start));
      start = i + 1;
    }
  }
  if (parts.size() != 3) return 0;
  const auto base = parsed(parts[0]);
  const auto ours = parsed(parts[1]);
  const auto theirs = parsed(parts[2]);
  if (!ours || !theirs) return 0;
  const kiv::Edition* b = base ? &*base : nullptr;

  const kiv::EditionMerge merged = kiv::merge_editions(b, *ours, *theirs);
  check_ranks(merged.merged);
  const kiv::EditionMerge mirrored = kiv::merge_editions(b, *theirs, *ours);
  KIV_FUZZ_CHECK(merged.conflicts.size() == mirrored.conflicts.size());
  if (merged.conflicts.empty()) {
    for (const kiv::Section section : kiv::kSections) {
      KIV_FUZZ_CHECK(merged.merged.items(section).size() == mirrored.merged.items(section).size());
    }
  }
  for (const auto choice : {kiv::ConflictChoice::ours, kiv::ConflictChoice::theirs})
    check_ranks(kiv::merge_editions(b, *ours, *theirs, choice).merged);

  // Both sides alike, or one side as the base: that side's edition, without a conflict.
  const kiv::EditionMerge alike = kiv::merge_editions(b, *ours, *ours);
  KIV_FUZZ_CHECK(alike.conflicts.empty());
  KIV_FUZZ_CHECK(same_texts(alike.merged, *ours));
  const kiv::EditionMerge one_side = kiv::merge_editions(&*ours, *ours, *theirs);
  KIV_FUZZ_CHECK(one_side.conflicts.empty());
  KIV_FUZZ_CHECK(same_texts(one_side.merged, *theirs));
  return 0;
}

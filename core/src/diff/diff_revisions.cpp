// diff_revisions: two revisions of the store compared as kiv diff compares them.

#include "kiv/diff.hpp"
#include "kiv/error.hpp"
#include "kiv/links.hpp"

namespace kiv {

EditionDiff diff_revisions(const Index& index, const RevisionInfo& from, const RevisionInfo& to,
                           const DiffOptions& options) {
  if (from.series == to.series && from.edition == to.edition && from.revision == to.revision) {
    throw Error(ErrorKind::input, from.ref() + " and " + to.ref() +
                                      " name the same revision; name two editions or two "
                                      "revisions of one edition");
  }
  const Edition old_edition = index.load(from);
  const Edition new_edition = index.load(to);
  // Curated links apply between two editions of one series (diff_editions ignores the others).
  const std::vector<CuratedLink> links =
      from.series == to.series ? curated_links(index, from.series) : std::vector<CuratedLink>{};
  EditionDiff diff = diff_editions(old_edition, new_edition,
                                   diff_language(old_edition, new_edition, options.lang), links);
  return options.ignore_cosmetic ? without_cosmetic(std::move(diff)) : diff;
}

}  // namespace kiv

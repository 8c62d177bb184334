#pragma once
// Curated lineage links: an archivist's correction of an item's lineage. An item's lineage is
// its key across the editions of a series; where the matching got it wrong (an item renamed
// beyond recognition, split in several, merged with others), a link says which item of an
// older edition became which item of a newer one. The diff then pairs those items first, with
// MatchKind::curated (kiv/diff.hpp).
//
// Links are recorded in git like everything else: one file per series, SERIES/links.json
// (canonical JSON, links sorted), one commit per link or unlink with its author and message;
// a commit that only changes links.json records no edition revision. The index holds the
// links of git's latest commit, each with the commit that recorded it, and is rebuilt with it.

#include <string>
#include <string_view>
#include <vector>

#include "kiv/ids.hpp"
#include "kiv/index.hpp"

namespace kiv {

class Archive;

// renamed: the old item continues as the new one (one link).
// split: the old item is one of the sources of several new ones (one link per new item).
// merged: several old items became one new one (one link per old item).
enum class LinkKind { renamed, split, merged };

std::string_view link_kind_name(LinkKind kind) noexcept;  // "renamed", "split", "merged"
// Throws Error{input} naming `text` and the kinds when it is none of them.
LinkKind parse_link_kind(std::string_view text);

// A link from the item keyed `from_key` in `from_edition` to the item keyed `to_key` in
// `to_edition`, both editions of `series`, the old one before the new one in the series'
// order (Index::list's: by period, editions without one last, then by id).
struct CuratedLink {
  std::string series;
  std::string from_edition;
  std::string from_key;
  std::string to_edition;
  std::string to_key;
  LinkKind kind = LinkKind::renamed;

  std::string from_edition_ref() const;  // "kiv/2016-2019"
  std::string to_edition_ref() const;    // "kiv/2022-2024"
  std::string from_ref() const;          // "kiv/2016-2019:a"
  std::string to_ref() const;            // "kiv/2022-2024:b"
  std::string to_string() const;         // "kiv/2016-2019:a -> kiv/2022-2024:b (renamed)"
  bool operator==(const CuratedLink&) const = default;
};

// One end of a link as people write it: [SERIES/]EDITION:KEY, e.g. kiv/2016-2019:cybercrime.
// The series may be left out when the store holds one series, as in a REF. A link joins
// editions, not revisions: its keys are looked up in the editions' latest revisions, so
// EDITION@N is refused.
struct LinkEnd {
  Ref ref;  // without a revision
  std::string key;
};

// Parses [SERIES/]EDITION:KEY. Throws Error{input} naming the text and the expected form when
// it is malformed, has a revision (@N) or a key that is not a valid id.
LinkEnd parse_link_end(std::string_view text);

// The link from `from` to `to`: the series filled in where the text left it out (the store's
// only series), then checked to be the same on both ends (Error{input} naming both series
// otherwise; Error{not_found}/{input} as Index::resolve for an unknown edition or a series
// the store cannot pick). Reads the index only.
CuratedLink resolve_link(const Index& index, const LinkEnd& from, const LinkEnd& to,
                         LinkKind kind = LinkKind::renamed);

struct LinkOptions {
  std::string author;  // "Name <email>"; empty: $KIV_AUTHOR, else "kiv <kiv@localhost>"
  std::string
      message;  // empty: "Link kiv/2016-2019:a -> kiv/2022-2024:b (renamed)", or "Unlink ..."
};

// A link as recorded: the link and the commit that recorded it.
struct LinkRecord {
  CuratedLink link;
  std::string commit;     // hex id of the commit that added the link (or, for unlink, removed it)
  std::string linked_at;  // its time, ISO 8601 UTC
  std::string linked_by;  // its author, "Name <email>"
  std::string message;    // its message
};

// The curated links of `series`, sorted by old edition, old key, new edition, new key; none
// for a series without links or unknown to the store. From the index: no git read.
std::vector<CuratedLink> curated_links(const Index& index, const std::string& series);

// The same with the commit that recorded each; of every series (by series) when `series` is
// empty. Throws Error{not_found} naming the store's series when `series` is not one of them.
std::vector<LinkRecord> link_records(const Index& index, const std::string& series);

// Records `link` as one commit that rewrites SERIES/links.json, then indexes it. Under the
// store lock, after bringing the index up to date. Refuses, with Error{input} (Error{not_found}
// for an edition or key that does not exist) naming the refs, the keys and what exists, and
// leaving the store exactly as it was:
//  - ids that are not valid, a malformed author;
//  - the same edition on both ends, or an old edition that is not before the new one;
//  - an edition the series does not have; a key that the edition's latest revision does not
//    have; keys that are not in the same section (priorities or themes);
//  - a link between the same two items already recorded (whatever its kind);
//  - a link that does not fit the others between the same two editions: a renamed item has
//    one link out and its new item one link in; the links out of a split item are all
//    `split`, and its new items have no other link in; the links into a merged item are all
//    `merged`, and its old items have no other link out.
LinkRecord link(Archive& archive, const CuratedLink& link, const LinkOptions& options = {});

// Removes the link between the two items of `link` (its kind is not compared) as one commit,
// then indexes it; the record returned holds the link as it was and the new commit. Throws
// Error{not_found} naming the links recorded between the two editions when there is no such
// link, Error{input} for invalid ids or author; the store is then unchanged. A link to a key
// that the edition no longer has can be removed.
LinkRecord unlink(Archive& archive, const CuratedLink& link, const LinkOptions& options = {});

}  // namespace kiv

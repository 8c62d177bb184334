#pragma once
// JSON renderings of store listings, for scripts (--format json).

#include <map>
#include <string>
#include <vector>

#include "kiv/attachments.hpp"
#include "kiv/index.hpp"
#include "kiv/links.hpp"
#include "kiv/validity.hpp"
#include "kiv/verify.hpp"

namespace kiv::cli {

// An edition of a listing, with the days it is in force (kiv/validity.hpp in_force_among).
struct ListedEdition {
  const EditionSummary* edition;
  InForcePeriod in_force;  // left empty by a listing that shows none
};

// [{"ref", "series", "edition", "title", "period", "adopted", "in_force": {"from", "to",
//   "from_origin", "to_origin", "superseded_by"}, "languages", "priorities", "themes",
//   "revision", "commit", "imported_at"}, ...]; an in_force value nothing says is left out.
std::string editions_json(const std::vector<ListedEdition>& editions);

// A series as kiv series list shows it.
struct SeriesListing {
  std::string series;
  std::string kind;  // "built in", "described", "not described"
  int editions = 0;
  std::string name;  // its first name (nl when it has one), empty when none
};

// [{"series", "kind", "editions", "name"}, ...]
std::string series_json(const std::vector<SeriesListing>& series);

// [{"ref", "series", "edition", "revision", "commit", "imported_at", "imported_by", "message",
//   "source_name", "source_sha256", "document", "source_url", "retrieved", "note"}, ...]. With
// `attachments` (by "SERIES/EDITION"), each revision also has "attachments": its edition's
// attachments as kiv show lists them, the same for every revision of one edition, [] when it
// has none: [{"name", "media_type", "size", "sha256", "commit", "attached_at", "attached_by",
// "source_url", "retrieved", "note"}, ...].
using AttachmentsByEdition = std::map<std::string, std::vector<Attachment>>;
std::string revisions_json(const std::vector<RevisionInfo>& revisions,
                           const AttachmentsByEdition* attachments = nullptr);

// [{"series", "from": {"ref", "edition", "key"}, "to": {...}, "kind", "commit", "linked_at",
//   "linked_by", "message"}, ...]
std::string links_json(const std::vector<LinkRecord>& links);
// One link as links_json writes each: what kiv link and kiv unlink print with --format json.
std::string link_json(const LinkRecord& link);

// {"ok", "objects", "revisions", "problems": [{"where", "what"}, ...]}
std::string verify_report_json(const VerifyReport& report);

}  // namespace kiv::cli

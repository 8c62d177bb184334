#pragma once
// revision.json, written beside each edition in git: which revision the tree holds and what
// it was imported from: the source's name and SHA-256, and (since kiv kept them) the document's
// languages, media type, size and the kiv version that read it, as
//   "document": {"languages": ["fr"], "media_type": "text/html", "size": 2255,
//                "kiv_version": "0.1.0"}
// Who imported it, when and why are the commit's author, time and message.

#include <string>
#include <string_view>

#include "kiv/index.hpp"

namespace kiv {

inline constexpr std::string_view kRevisionFormat = "kiv-revision/1";

std::string revision_record_json(const RevisionInfo& revision);

// Fills series, edition, revision, source_name, source_sha256 and the document's fields of
// `revision` (empty, size -1, when the record has no "document").
// Throws Error{store} naming `where` when the record is malformed.
void read_revision_record(std::string_view json, std::string_view where, RevisionInfo& revision);

}  // namespace kiv

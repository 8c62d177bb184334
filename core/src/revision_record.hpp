#pragma once
// revision.json, written beside each edition in git: which revision the tree holds and what
// it was imported from. Who imported it, when and why are the commit's author, time and
// message.

#include <string>
#include <string_view>

#include "kiv/index.hpp"

namespace kiv {

inline constexpr std::string_view kRevisionFormat = "kiv-revision/1";

std::string revision_record_json(const RevisionInfo& revision);

// Fills series, edition, revision, source_name and source_sha256 of `revision`.
// Throws Error{store} naming `where` when the record is malformed.
void read_revision_record(std::string_view json, std::string_view where, RevisionInfo& revision);

}  // namespace kiv

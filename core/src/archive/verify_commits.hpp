#pragma once
// Verification of a history received from elsewhere (kiv pull, kiv clone), before the branch
// moves to it: the checks Archive::verify makes of every revision, links, attachments and
// series file, made of the commits after `from` only.

#include <optional>

#include "archive/git.hpp"
#include "kiv/verify.hpp"

namespace kiv {

// Checks the commits reachable from `to` and not from `from` (all when `from` is empty), oldest
// first; what `from` records is taken as sound (an edition's revisions before are numbered and
// checked from it). Reads only; every problem is reported, none thrown.
VerifyReport verify_commits(git::Repository& repo, const std::optional<git_oid>& from,
                            const git_oid& to);

}  // namespace kiv

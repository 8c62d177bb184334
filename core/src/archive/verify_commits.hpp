#pragma once
// Verification of a history received from elsewhere (kiv pull, kiv clone), before the branch
// moves to it: the checks Archive::verify makes of every revision, links, attachments and
// series file, made of the commits after `from` only.

#include <cstddef>
#include <functional>
#include <optional>

#include "archive/git.hpp"
#include "index/index_db.hpp"
#include "kiv/verify.hpp"

namespace kiv {

// Checks the commits reachable from `to` and not from `from` (all when `from` is empty), oldest
// first; what `from` records is taken as sound (an edition's revisions before are numbered and
// checked from it). Every problem is reported, none thrown. With `into` (an index whose open
// transaction the caller commits or rolls back), what is sound is indexed into it as it is
// checked, its head not recorded: one pass for a clone or a fast-forward.
// `progress`, when given, is told after each commit how many have been checked of all.
using CheckProgress = std::function<void(std::size_t checked, std::size_t total)>;
VerifyReport verify_commits(git::Repository& repo, const std::optional<git_oid>& from,
                            const git_oid& to, IndexDb* into = nullptr,
                            const CheckProgress& progress = {});

}  // namespace kiv

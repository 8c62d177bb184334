#pragma once
// What kiv clone, remote, fetch, pull and push print (kiv/sharing.hpp): text for people,
// JSON for scripts, and the options and progress their transfers share.

#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "kiv/sharing.hpp"
#include "progress.hpp"

namespace kiv::cli {

// --ssh-key FILE, bound to `options`.
void add_transfer_options(CLI::App& command, TransferOptions& options);

// Progress of a transfer on standard error when it is a terminal: `options.progress` draws it
// while the returned bar lives.
std::unique_ptr<Progress> show_transfer_progress(TransferOptions& options, const char* stage);

// {"store", "url", "editions", "revisions"}
std::string clone_json(const std::string& store, const std::string& url, std::size_t editions,
                       int revisions);

std::string remotes_text(const std::vector<Remote>& remotes);
// [{"name", "url"}, ...]
std::string remotes_json(const std::vector<Remote>& remotes);

std::string fetch_text(const FetchResult& result);
// {"remote", "url", "before", "after", "objects"} (null for a commit there is none of)
std::string fetch_json(const FetchResult& result);

std::string pull_text(const PullResult& result);
// {"remote", "url", "result": "up to date" | "fast-forward" | "merged", "head", "received":
//  [revision...], "renumbered": [{"edition", "was", "now", "commit"}], "replayed", "merged":
//  [revision...], "indexed": N (the revisions the index took in), "settled": [{"edition",
//  "what", "ours", "theirs"}]}; a revision is {"ref",
//  "series", "edition", "revision", "commit", "imported_at", "imported_by", "message"}
std::string pull_json(const PullResult& result);

std::string push_text(const PushResult& result);
// {"remote", "url", "before", "after", "pushed"}
std::string push_json(const PushResult& result);

}  // namespace kiv::cli

#pragma once
// What fetch, pull, push and clone (kiv/sharing.hpp) share: the store's remotes as libgit2
// sees them, the callbacks of a transfer (credentials, progress), and the fetch of main.

#include <git2.h>

#include <optional>
#include <string>

#include "archive/git.hpp"
#include "archive/verify_commits.hpp"
#include "kiv/sharing.hpp"

namespace kiv {

using RemoteHandle = git::Handle<git_remote, git_remote_free>;

// The remote `name` of the store. Throws Error{not_found} naming the remotes there are.
RemoteHandle lookup_remote(git::Repository& repo, const std::string& name);

// The progress of verifying what was received (verify_commits), told to `options.progress`
// as its verify stage; empty when nobody listens.
CheckProgress verify_progress(const TransferOptions& options);

// refs/remotes/NAME/main: where a fetch keeps the remote's branch main.
std::string tracking_ref(const std::string& name);

// The callbacks of one transfer: credentials (each kind tried once, never prompted for),
// progress, and what a push was refused for. Lives as long as the transfer.
class Transfer {
 public:
  // Sets, for the transfers of this process, the certificates HTTPS trusts (options.ca_file).
  explicit Transfer(const TransferOptions& options);
  Transfer(const Transfer&) = delete;
  Transfer& operator=(const Transfer&) = delete;

  git_remote_callbacks callbacks();
  // Why the remote refused the push of a ref ("" when it did not).
  const std::string& refused() const { return refused_; }
  // "cannot WHAT NAME (URL): git's message", Error{store}, for a libgit2 failure rc < 0.
  static void check(int rc, const std::string& what, const git_remote& remote);

 private:
  static int credentials(git_credential** out, const char* url, const char* user_from_url,
                         unsigned int allowed, void* payload);
  static int transfer_progress(const git_indexer_progress* stats, void* payload);
  static int push_progress(unsigned int current, unsigned int total, size_t bytes, void* payload);
  static int push_update(const char* ref, const char* status, void* payload);

  const TransferOptions& options_;
  unsigned tried_ = 0;  // the credential kinds tried (git_credential_t bits)
  bool given_ = false;  // whether any credential was given
  std::string refused_;
};

// Fetches the remote's main into tracking_ref. The caller holds the store lock. Throws
// Error{store} when the remote cannot be reached or read, or holds refs but no branch main
// (not a kiv archive).
FetchResult fetch_main(git::Repository& repo, git_remote& remote, const TransferOptions& options);

}  // namespace kiv

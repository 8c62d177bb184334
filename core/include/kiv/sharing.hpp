#pragma once
// Sharing an archive between stores through git remotes: clone, remotes, fetch, pull, push.
//
// Terms:
//   remote   a named URL kept in the store's own git configuration (git/config): a path or
//            file:// URL, git://, http(s)://, ssh:// or user@host:path; what it holds is a
//            kiv store's git history, branch main (a bare repository made by `git init
//            --bare` is an empty one)
//   fetch    copies the remote's history into the store's object database and remembers its
//            branch as refs/remotes/NAME/main; the archive itself does not change
//   pull     fetch, then makes the remote's history part of main: a fast-forward when this
//            store recorded nothing since, else the store's own changes recorded again after
//            the remote's (edition revisions renumbered after the remote's, their author,
//            time, message, sources and provenance kept) and, for each edition both sides
//            revised, a merged revision: a three-way merge against the last revision both had
//            (kiv/edition_merge.hpp). Links merge as sets. What was received is verified as
//            `kiv verify` verifies a history before the branch moves.
//   push     moves the remote's main to this store's, only when that is a fast-forward
//
// Every operation that changes the store is one write (kiv/archive.hpp): it holds the store
// lock, and a failure (an unreachable or refusing remote, a transfer cut off, a history that
// fails verification, a conflict) leaves the archive and its index exactly as they were; at
// most the fetched objects stay in the object database, unreferenced.
//
// Credentials are never written into the store: over SSH the key comes from the SSH agent, or
// from the key file of TransferOptions (passphrase $KIV_SSH_PASSPHRASE); over HTTP(S) the user
// and password or token come from $KIV_REMOTE_USER and $KIV_REMOTE_TOKEN, else the URL's user.

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "kiv/archive.hpp"
#include "kiv/edition_merge.hpp"
#include "kiv/error.hpp"

namespace kiv {

struct Remote {
  std::string name;  // e.g. "origin"
  std::string url;
};

// The store's remotes, sorted by name.
std::vector<Remote> remotes(Archive& archive);
// Adds a remote. Throws Error{input} for a malformed name (letters, digits, '.', '_' and '-',
// not starting with '.' or '-') or URL (empty, or holding a control character), or a name
// already taken.
void add_remote(Archive& archive, const Remote& remote);
// Throws Error{not_found} when there is no such remote.
void remove_remote(Archive& archive, const std::string& name);

// How far a transfer has come: objects received (or sent) of all, and bytes; then, for a
// clone or a pull, the commits received verified (and indexed) of all.
struct TransferProgress {
  enum class Stage { transfer, verify };
  Stage stage = Stage::transfer;
  std::size_t objects = 0;  // verify: commits checked
  std::size_t total_objects = 0;
  std::size_t bytes = 0;  // verify: 0
};

struct TransferOptions {
  std::string ssh_key;  // a private key file for SSH; empty: the SSH agent
  // For HTTPS: a file of PEM certificates to trust instead of the system's (a server whose
  // certificate an institution's own authority signed); empty: $KIV_CA_FILE, else the
  // system's. Throws Error{input} naming the file when it cannot be read.
  std::string ca_file;
  std::function<void(const TransferProgress&)> progress;  // called as the transfer goes
};

struct FetchResult {
  std::string remote;  // its name
  std::string url;
  std::optional<std::string> before;  // refs/remotes/NAME/main before (commit id)
  std::optional<std::string> after;   // after; nullopt: the remote holds no history yet
  std::size_t objects = 0;            // objects received
};

// Fetches `remote` (a name of remotes()). Throws Error{not_found} for an unknown remote,
// Error{store} when the remote cannot be reached or read.
FetchResult fetch(Archive& archive, const std::string& remote, const TransferOptions& options);

// One edition revision of this store recorded again after the remote's.
struct RenumberedRevision {
  std::string edition;  // "kiv/2022-2024"
  int was = 0;          // its number before the pull
  int now = 0;          // its number after
  std::string commit;   // the commit that records it now
};

struct PullOptions {
  TransferOptions transfer;
  std::string author;  // of the merged revisions; empty: $KIV_AUTHOR, else kiv
  ConflictChoice choice = ConflictChoice::none;  // --ours / --theirs
};

struct PullResult {
  FetchResult fetched;
  enum class Kind { up_to_date, fast_forward, merged } kind = Kind::up_to_date;
  std::vector<RevisionInfo> received;          // the remote's revisions new to this store
  std::vector<RenumberedRevision> renumbered;  // this store's, recorded again
  std::size_t replayed = 0;                    // this store's commits recorded again, in all
  std::vector<RevisionInfo> merged;            // the merged revisions recorded
  std::vector<MergeConflict> settled;          // conflicts settled by PullOptions::choice
  // The revisions the index took in: a merge indexes those after the last commit both stores
  // had (this store's own recorded again among them), not the whole history.
  std::size_t indexed = 0;
  std::optional<std::string> head;  // main afterwards
};

// What stopped a pull: values both sides changed differently. The store is as it was.
class MergeConflictError : public Error {
 public:
  explicit MergeConflictError(std::vector<MergeConflict> conflicts);
  const std::vector<MergeConflict>& conflicts() const noexcept { return conflicts_; }

 private:
  std::vector<MergeConflict> conflicts_;
};

// Fetches `remote` and merges its history into main. Throws as fetch; Error{store} when what
// was received fails verification (naming the first problem) or is not a kiv archive;
// MergeConflictError when both sides changed a value differently and no choice was given.
PullResult pull(Archive& archive, const std::string& remote, const PullOptions& options);

struct PushResult {
  std::string remote;
  std::string url;
  std::optional<std::string> before;  // the remote's main before; nullopt: it had none
  std::string after;                  // this store's main, now the remote's
  bool changed = false;               // false: the remote had it already
};

// Pushes main to `remote`. Throws Error{store} when the remote cannot be reached or refuses,
// and when its main holds commits this store lacks (not a fast-forward: pull first); nothing is
// forced. Error{not_found} for an unknown remote, Error{input} for a store with no history.
PushResult push(Archive& archive, const std::string& remote, const TransferOptions& options);

// Makes a new store at `dir` (which must not exist, or be an empty directory) from the history
// at `url`, kept as its remote "origin": fetches it, verifies it as `kiv verify` does and
// builds the index. On failure nothing is left at `dir` (an empty directory given stays).
// Throws Error{input} when `dir` holds something, Error{store} when the remote cannot be read,
// holds no history or fails verification.
Archive clone(const std::string& url, const std::filesystem::path& dir,
              const TransferOptions& options);

}  // namespace kiv

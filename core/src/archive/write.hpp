#pragma once
// One write to an archive: the only way anything is recorded (import, link, unlink). In order:
// the author's signature (before anything is touched: a malformed author is Error{input}),
// the store lock (waiting for another writer, see store_lock.hpp), what a writer that died
// left removed (leftovers.hpp), the index caught up with git and checked writable, commits made in
// one git transaction (objects in memory, nothing visible), then publish: the commits become
// visible together by a compare-and-swap of branch main, and the index takes them in one SQLite
// transaction. Destroyed without publishing, it leaves the store exactly as it was.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "archive/archive_impl.hpp"
#include "archive/git.hpp"
#include "store_lock.hpp"

namespace kiv {

class ArchiveWrite {
 public:
  // `author`: "Name <email>"; empty: git::default_signature ($KIV_AUTHOR, else kiv).
  ArchiveWrite(Archive::Impl& archive, const std::string& author);

  git::Repository& repo() { return archive_.repo(); }
  // The index, caught up with git as the write began (not yet with this write's commits).
  IndexDb& index() { return archive_.writable_index_db(); }
  const git_signature& author() const { return *author_; }
  // "Name <email>" of the author.
  std::string author_text() const;

  // The last commit of the write, else the branch's commit as the write began.
  const std::optional<git_oid>& tip() const { return transaction_->tip(); }
  // Writes `files` over the tip's tree and commits it on top of the tip with `message`.
  git_oid commit(const std::vector<git::FileUpdate>& files, const std::string& message);
  // A commit of another store recorded again: its author and message, `files` and `blobs`
  // (git::Transaction::commit) over the tip's tree, this write's author as its committer.
  git_oid recommit(const std::vector<git::FileUpdate>& files,
                   const std::vector<git::BlobUpdate>& blobs, const git_signature& author,
                   const std::string& message) {
    return transaction_->commit(files, blobs, author, *author_, message);
  }
  // Makes `commit` (held by the repository, descending from the tip) the tip: a fast-forward.
  void adopt(const git_oid& commit) { transaction_->adopt(commit); }

  // The index within the write's own index transaction, begun at the first call: what is
  // written to it is committed by publish once the commits are published, and taken back
  // when they are not (the write then fails, or is destroyed unpublished).
  IndexDb& staged_index();

  // Publishes the commits, then runs `indexing` in the index transaction (begun by
  // staged_index, else now), records the new tip as the commit the index reflects and commits
  // the transaction. Does nothing when no commit was made.
  // Throws Error{store} when the branch moved meanwhile: nothing is then published. Once
  // published the write has succeeded: should the indexing fail, nothing is thrown; the reason
  // is kept in Archive::index_behind, and the index catches up at the next open.
  void publish(const std::function<void(IndexDb&)>& indexing);

 private:
  Archive::Impl& archive_;
  git::SignatureHandle author_;
  StoreLock lock_;
  std::optional<git::Transaction> transaction_;  // begun once the index caught up
  std::optional<IndexDb::Transaction> indexed_;  // begun by staged_index or publish
};

}  // namespace kiv

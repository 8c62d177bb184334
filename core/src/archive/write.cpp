#include "archive/write.hpp"

#include "archive/indexer.hpp"
#include "archive/leftovers.hpp"
#include "fault_points.hpp"

namespace kiv {
namespace {

git::SignatureHandle signature(const std::string& author) {
  return author.empty() ? git::default_signature() : git::signature_now(author);
}

}  // namespace

ArchiveWrite::ArchiveWrite(Archive::Impl& archive, const std::string& author)
    : archive_(archive), author_(signature(author)), lock_(archive.path) {
  clear_leftovers(archive_.path);
  fault_point("write: leftovers cleared");
  IndexDb& index = archive_.writable_index_db();
  catch_up(archive_.repo(), index);
  index.require_writable();
  fault_point("write: index caught up");
  transaction_.emplace(archive_.repo());
}

std::string ArchiveWrite::author_text() const { return git::signature_text(*author_); }

git_oid ArchiveWrite::commit(const std::vector<git::FileUpdate>& files,
                             const std::string& message) {
  return transaction_->commit(files, *author_, message);
}

IndexDb& ArchiveWrite::staged_index() {
  IndexDb& index = archive_.writable_index_db();
  if (!indexed_) {
    indexed_.emplace(index);
    fault_point("write: index transaction begun");
  }
  return index;
}

void ArchiveWrite::publish(const std::function<void(IndexDb&)>& indexing) {
  if (!transaction_->publish()) return;
  // Recorded: from here on the write succeeded, whatever becomes of the index.
  try {
    IndexDb& index = staged_index();
    indexing(index);
    index.set_indexed_commit(git::to_hex(*transaction_->tip()));
    fault_point("write: index filled");
    indexed_->commit();
    fault_point("write: index committed", false);
  } catch (const std::exception& e) {
    archive_.index_behind = std::string(e.what()) +
                            "; what was recorded is in git, and the index catches up with it "
                            "at the next command";
  }
}

}  // namespace kiv

#include "archive/write.hpp"

#include "archive/indexer.hpp"

namespace kiv {
namespace {

git::SignatureHandle signature(const git::Repository& repo, const std::string& author) {
  return author.empty() ? git::default_signature(repo) : git::signature_now(author);
}

}  // namespace

ArchiveWrite::ArchiveWrite(Archive::Impl& archive, const std::string& author)
    : archive_(archive), author_(signature(archive.repo(), author)), lock_(archive.path) {
  catch_up(archive_.repo(), archive_.index_db());
  transaction_.emplace(archive_.repo());
}

std::string ArchiveWrite::author_text() const { return git::signature_text(*author_); }

git_oid ArchiveWrite::commit(const std::vector<git::FileUpdate>& files,
                             const std::string& message) {
  return transaction_->commit(files, *author_, message);
}

void ArchiveWrite::publish(const std::function<void(IndexDb&)>& indexing) {
  if (!transaction_->publish()) return;
  IndexDb& index = archive_.index_db();
  IndexDb::Transaction indexed(index);
  indexing(index);
  index.set_indexed_commit(git::to_hex(*transaction_->tip()));
  indexed.commit();
}

}  // namespace kiv

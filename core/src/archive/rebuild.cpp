// Archive::rebuild: a new index from git, put in place of the old one once it is whole.

#include <SQLiteCpp/Exception.h>

#include "archive/archive_impl.hpp"
#include "archive/indexer.hpp"
#include "archive/leftovers.hpp"
#include "fault_points.hpp"
#include "index/index_db.hpp"
#include "kiv/archive.hpp"
#include "kiv/error.hpp"
#include "store_files.hpp"
#include "store_lock.hpp"

namespace kiv {
namespace fs = std::filesystem;
namespace {

void remove_file(const fs::path& file) {
  std::error_code error;
  fs::remove(file, error);
  if (error) throw Error(ErrorKind::store, file.string() + ": cannot remove: " + error.message());
}

}  // namespace

void Archive::rebuild() {
  const StoreLock lock(impl_->path);
  const fs::path index_file = impl_->path / kIndexFile;
  const fs::path new_file = impl_->path / (std::string(kIndexFile) + ".new");
  clear_leftovers(impl_->path);  // index.sqlite.new of an interrupted rebuild among them
  // Until the new index is in place, a failure removes it: the old one is then as it was.
  const auto remove_new = [&] {
    std::error_code ignored;
    fs::remove(new_file, ignored);
    for (const char* companion : kIndexCompanions)
      fs::remove(new_file.string() + companion, ignored);
  };
  try {
    {
      IndexDb index(new_file);
      reindex(impl_->repo(), index);
    }
    fault_point("rebuild: new index built");
    impl_->close_index();
    // The old index's companions go first: a stale one beside the new index would be read as
    // its own (a hot journal rolled back into it, a log's pages laid over it).
    for (const char* companion : kIndexCompanions) remove_file(index_file.string() + companion);
    fault_point("rebuild: old index's companions removed");
  } catch (const SQLite::Exception& e) {
    remove_new();
    throw Error(ErrorKind::store, new_file.string() + ": cannot build the index: " + e.what());
  } catch (...) {
    remove_new();
    throw;
  }
  std::error_code error;
  fs::rename(new_file, index_file, error);
  if (error) {
    remove_new();
    throw Error(ErrorKind::store,
                index_file.string() + ": cannot replace the index: " + error.message());
  }
  fault_point("rebuild: new index in place", false);
}

}  // namespace kiv

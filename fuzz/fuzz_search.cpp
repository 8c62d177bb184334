// Search queries (kiv/search.hpp) as `kiv search QUERY` runs them: to_fts5_query, then
// kiv::search on a real store's index. The store is made once, in a temporary directory: the
// index of editions/kiv/2016-2019.json, editions/kiv/2022-2024.json (twice: a revision 2 that
// supersedes 1) and tests/data/series/demo/2001-2002.json (a second series), with git's files
// only as far as Index::open_current reads them.
//
// The first byte of an input chooses the query's options (the seeds start with 0):
//   bits 0-1  --lang: none, nl, fr, xx (a language the store lacks: refused)
//   bit 2     --all-revisions
//   bits 3-4  --series: none, kiv, demo, nope (unknown: refused)
//   bit 5     --limit 0 (all hits)
// the rest is the query text. Error is what a query that is not valid gets (input) or one the
// index cannot answer (store); any other exception or crash is a finding.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "index/index_db.hpp"
#include "kiv/edition_format.hpp"
#include "kiv/error.hpp"
#include "kiv/index.hpp"
#include "kiv/search.hpp"
#include "kiv/text.hpp"
#include "store_files.hpp"

namespace fs = std::filesystem;

namespace {

constexpr const char* kCommit = "0123456789abcdef0123456789abcdef01234567";

std::string read_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  KIV_FUZZ_CHECK(in.good());
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

void write_file(const fs::path& file, std::string_view text) {
  fs::create_directories(file.parent_path());
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << text;
}

fs::path& store_dir() {
  static fs::path dir;
  return dir;
}

kiv::Index make_store() {
  std::string pattern = (fs::temp_directory_path() / "kiv-fuzz-search-XXXXXX").string();
  KIV_FUZZ_CHECK(mkdtemp(pattern.data()) != nullptr);
  const fs::path dir(pattern);
  store_dir() = dir;
  std::atexit([] { fs::remove_all(store_dir()); });
  write_file(dir / kiv::kGitDir / "HEAD", "ref: refs/heads/main\n");
  write_file(dir / kiv::kGitDir / "refs" / "heads" / "main", std::string(kCommit) + "\n");
  {
    kiv::IndexDb db(dir / kiv::kIndexFile);
    kiv::IndexDb::Transaction transaction(db);
    const fs::path source = KIV_SOURCE_DIR;
    const auto add = [&](const fs::path& file, int revision) {
      const kiv::Edition edition = kiv::parse_edition(read_file(source / file), file.string());
      kiv::RevisionInfo info;
      info.series = edition.series;
      info.edition = edition.edition;
      info.revision = revision;
      info.commit = kCommit;
      info.imported_at = "2026-01-0" + std::to_string(revision) + "T10:00:00Z";
      info.imported_by = "fuzz <fuzz@localhost>";
      info.message = "Import " + file.string();
      info.source_name = file.filename().string();
      info.source_sha256 = std::string(64, '0');
      db.add_revision(info, edition);
    };
    add("editions/kiv/2016-2019.json", 1);
    add("editions/kiv/2022-2024.json", 1);
    add("editions/kiv/2022-2024.json", 2);
    add("tests/data/series/demo/2001-2002.json", 1);
    db.set_indexed_commit(kCommit);
    db.tidy_search();
    transaction.commit();
  }
  std::optional<kiv::Index> index = kiv::Index::open_current(dir);
  KIV_FUZZ_CHECK(index.has_value());
  return std::move(*index);
}

const kiv::Index& store() {
  static const kiv::Index index = make_store();
  return index;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)store();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const unsigned options = data[0];
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  // The command line gives text; kiv refuses no query for its bytes, so neither is it here.
  kiv::SearchQuery query;
  query.text = std::string(text);
  constexpr const char* kLangs[] = {"", "nl", "fr", "xx"};
  constexpr const char* kSeries[] = {"", "kiv", "demo", "nope"};
  query.lang = kLangs[options & 3];
  query.all_revisions = (options & 4) != 0;
  query.series = kSeries[(options >> 3) & 3];
  query.limit = (options & 32) != 0 ? 0 : 50;

  (void)kiv::to_fts5_query(text);
  try {
    for (const kiv::SearchHit& hit : kiv::search(store(), query)) {
      KIV_FUZZ_CHECK(hit.rank >= 1);
      KIV_FUZZ_CHECK(query.series.empty() || hit.revision.series == query.series);
      KIV_FUZZ_CHECK(query.lang.empty() || hit.lang == query.lang);
      KIV_FUZZ_CHECK(!hit.snippet.empty());
    }
  } catch (const kiv::Error& error) {
    // Error{store} from a sound index means the query was taken for damage: not a crash, but
    // worth reading. The first few are shown (the whole run's in its log).
    static int shown = 0;
    if (error.kind() == kiv::ErrorKind::store && shown < 5) {
      ++shown;
      std::fprintf(stderr, "fuzz_search: store error for a query: %s\n", error.what());
    }
  }
  return 0;
}

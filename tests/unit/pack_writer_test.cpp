// The pack and index files a transaction publishes (archive/pack_writer.hpp), held against
// libgit2's own indexer and readers.

#include "archive/pack_writer.hpp"

#include <git2.h>
#include <git2/sys/mempack.h>
#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <sys/stat.h>

#include <algorithm>
#include <string>
#include <vector>

#include "archive/git.hpp"
#include "kiv/error.hpp"
#include "support/temp_dir.hpp"

namespace kiv {
namespace {

using git::check;

// An object database whose only backend is a memory one, as a transaction writes to.
class MemoryObjects {
 public:
  MemoryObjects() {
    git_libgit2_init();
    check(git_odb_new(&odb_), "odb");
    check(git_mempack_new(&backend_), "mempack");
    check(git_odb_add_backend(odb_, backend_, 1), "backend");
  }
  ~MemoryObjects() { git_odb_free(odb_); }  // frees the backend too
  MemoryObjects(const MemoryObjects&) = delete;
  MemoryObjects& operator=(const MemoryObjects&) = delete;

  git_oid write(const std::string& bytes, git_object_t type = GIT_OBJECT_BLOB) {
    git_oid id;
    check(git_odb_write(&id, odb_, bytes.data(), bytes.size(), type), "write");
    return id;
  }
  git_odb_backend& backend() { return *backend_; }

 private:
  git_odb* odb_ = nullptr;
  git_odb_backend* backend_ = nullptr;
};

// Blobs of the sizes a store holds: empty, a line, a note of some hundred kilobytes.
std::vector<std::string> sample_blobs() {
  std::string note;
  for (int i = 0; i < 4000; ++i)
    note += "{\"rank\": " + std::to_string(i) + ", \"nl\": \"drugs\"}\n";
  return {"", "kiv\n", note, std::string(300, '\x01') + "binary\xff"};
}

std::string sha1_of(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EXPECT_EQ(EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha1(), nullptr), 1);
  return std::string(reinterpret_cast<const char*>(digest), length);
}

std::uint32_t uint32_at(const std::string& bytes, std::size_t at) {
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < 4; ++i)
    value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

TEST(PackWriter, TheIndexIsTheOneLibgit2sIndexerWritesForThePack) {
  MemoryObjects objects;
  std::vector<git_oid> ids;
  for (const std::string& blob : sample_blobs()) ids.push_back(objects.write(blob));
  ids.push_back(ids[1]);  // an object listed twice is written once
  // One the repository has already: git_odb_write does not store it in memory again.
  ids.push_back(git::Repository::hash_blob("in an earlier pack"));
  const git::Pack pack = git::build_pack(objects.backend(), ids);
  ASSERT_EQ(pack.entries.size(), 4U);

  const test::TempDir dir;
  git_indexer* indexer = nullptr;
  check(git_indexer_new(&indexer, dir.path().c_str(), 0, nullptr, nullptr), "indexer");
  git_indexer_progress progress{};
  check(git_indexer_append(indexer, pack.data.data(), pack.data.size(), &progress), "append");
  check(git_indexer_commit(indexer, &progress), "commit");
  const std::string name = git_indexer_name(indexer);
  git_indexer_free(indexer);

  EXPECT_EQ(name, git::to_hex(pack.checksum()));
  EXPECT_EQ(progress.indexed_objects, 4U);
  const std::string theirs = test::read_file(dir / ("pack-" + name + ".idx"));
  EXPECT_EQ(git::build_pack_index(pack.entries, pack.checksum()), theirs);
}

TEST(PackWriter, OffsetsFromTwoGibibytesOnTakeEightBytes) {
  git::PackEntry small{};
  git::PackEntry last_short{};
  git::PackEntry first_long{};
  git::PackEntry beyond_four{};
  small.id.id[0] = 0x01;
  small.offset = 12;
  last_short.id.id[0] = 0x02;
  last_short.offset = 0x7FFFFFFFU;
  first_long.id.id[0] = 0xF0;
  first_long.offset = 0x80000000U;
  first_long.crc32 = 0xDEADBEEFU;
  beyond_four.id.id[0] = 0xF1;
  beyond_four.offset = 0x123456789ULL;
  git_oid checksum{};
  checksum.id[19] = 0x42;
  // Given out of order: the index sorts by id.
  const std::string index =
      git::build_pack_index({beyond_four, small, first_long, last_short}, checksum);

  constexpr std::size_t n = 4;
  const std::size_t crcs = 8 + 256 * 4 + n * GIT_OID_RAWSZ;
  const std::size_t offsets = crcs + n * 4;
  const std::size_t large = offsets + n * 4;
  ASSERT_EQ(index.size(), large + 2 * 8 + 2 * GIT_OID_RAWSZ);
  EXPECT_EQ(index.substr(0, 8), std::string("\377tOc\0\0\0\2", 8));
  EXPECT_EQ(uint32_at(index, 8 + 0x00 * 4), 0U);  // fan-out: ids with a first byte <= b
  EXPECT_EQ(uint32_at(index, 8 + 0x01 * 4), 1U);
  EXPECT_EQ(uint32_at(index, 8 + 0xEF * 4), 2U);
  EXPECT_EQ(uint32_at(index, 8 + 0xF1 * 4), 4U);
  EXPECT_EQ(uint32_at(index, 8 + 0xFF * 4), 4U);
  EXPECT_EQ(static_cast<unsigned char>(index[8 + 256 * 4 + 2 * GIT_OID_RAWSZ]), 0xF0U);
  EXPECT_EQ(uint32_at(index, crcs + 2 * 4), 0xDEADBEEFU);
  EXPECT_EQ(uint32_at(index, offsets + 0 * 4), 12U);
  EXPECT_EQ(uint32_at(index, offsets + 1 * 4), 0x7FFFFFFFU);
  EXPECT_EQ(uint32_at(index, offsets + 2 * 4), 0x80000000U);  // the first of the long table
  EXPECT_EQ(uint32_at(index, offsets + 3 * 4), 0x80000001U);
  EXPECT_EQ(uint32_at(index, large), 0U);
  EXPECT_EQ(uint32_at(index, large + 4), 0x80000000U);
  EXPECT_EQ(uint32_at(index, large + 8), 0x1U);
  EXPECT_EQ(uint32_at(index, large + 12), 0x23456789U);
  EXPECT_EQ(index.substr(large + 16, GIT_OID_RAWSZ),
            std::string(reinterpret_cast<const char*>(checksum.id), GIT_OID_RAWSZ));
  const std::string_view body(index.data(), index.size() - GIT_OID_RAWSZ);
  EXPECT_EQ(index.substr(index.size() - GIT_OID_RAWSZ), sha1_of(body));
}

TEST(PackWriter, AnInstalledPackIsReadByARepositoryAndLeavesNoTemporaryFile) {
  MemoryObjects objects;
  std::vector<git_oid> ids;
  const std::vector<std::string> blobs = sample_blobs();
  for (const std::string& blob : blobs) ids.push_back(objects.write(blob));
  const git::Pack pack = git::build_pack(objects.backend(), ids);

  const test::TempDir dir;
  git::Repository::init(dir.path());
  const std::filesystem::path pack_dir = dir.path() / "objects" / "pack";
  git::install_pack(pack_dir, pack);

  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(pack_dir)) {
    files.push_back(entry.path().filename().string());
    struct stat status {};
    ASSERT_EQ(::stat(entry.path().c_str(), &status), 0);
    EXPECT_EQ(status.st_mode & 0777, 0444U) << entry.path();  // as git leaves its packs
    EXPECT_FALSE(git::is_temporary_pack_file(entry.path()));
  }
  std::sort(files.begin(), files.end());
  const std::string name = "pack-" + git::to_hex(pack.checksum());
  EXPECT_EQ(files, (std::vector<std::string>{name + ".idx", name + ".pack"}));
  const git::Repository repo = git::Repository::open(dir.path());
  for (std::size_t i = 0; i < blobs.size(); ++i) {
    EXPECT_EQ(repo.read_blob(ids[i]), blobs[i]) << i;
  }
}

TEST(PackWriter, APackThatCannotBeWrittenNamesItsFileAndLeavesNothing) {
  MemoryObjects objects;
  const git::Pack pack = git::build_pack(objects.backend(), {objects.write("kiv\n")});
  const test::TempDir dir;
  const std::filesystem::path missing = dir.path() / "no-such-dir";
  try {
    git::install_pack(missing, pack);
    FAIL() << "expected Error{store}";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::store);
    EXPECT_NE(std::string(error.what()).find(missing.string()), std::string::npos) << error.what();
  }
  EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

}  // namespace
}  // namespace kiv

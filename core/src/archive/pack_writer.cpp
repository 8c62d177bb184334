#include "archive/pack_writer.hpp"

#include <fcntl.h>
#include <openssl/evp.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <future>
#include <mutex>
#include <set>
#include <thread>

#include "archive/git.hpp"
#include "fault_points.hpp"
#include "kiv/error.hpp"
#include "kiv/files.hpp"

namespace kiv::git {
namespace {

constexpr std::uint64_t kLargeOffset = 0x80000000U;  // 2 GiB: offsets from here take 8 bytes

void append_uint32(std::string& out, std::uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((value >> shift) & 0xFFU);
}

void append_uint64(std::string& out, std::uint64_t value) {
  append_uint32(out, static_cast<std::uint32_t>(value >> 32));
  append_uint32(out, static_cast<std::uint32_t>(value & 0xFFFFFFFFU));
}

// An object's entry header: its type and inflated size, 4 bits then 7 bits at a time.
void append_entry_header(std::string& out, git_object_t type, std::size_t size) {
  auto byte = static_cast<unsigned>((static_cast<unsigned>(type) << 4) | (size & 0x0FU));
  size >>= 4;
  while (size != 0) {
    out += static_cast<char>(byte | 0x80U);
    byte = static_cast<unsigned>(size & 0x7FU);
    size >>= 7;
  }
  out += static_cast<char>(byte);
}

void append_deflated(std::string& out, const void* data, std::size_t size) {
  uLongf length = compressBound(static_cast<uLong>(size));
  const std::size_t start = out.size();
  out.resize(start + length);
  if (compress2(reinterpret_cast<Bytef*>(out.data() + start), &length,
                static_cast<const Bytef*>(data), static_cast<uLong>(size),
                Z_DEFAULT_COMPRESSION) != Z_OK) {
    throw Error(ErrorKind::store, "cannot compress a git object");
  }
  out.resize(start + length);
}

// Appends the SHA-1 of everything before it, as packs and their indexes end.
void append_sha1(std::string& bytes, const char* what) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha1(), nullptr) != 1) {
    throw Error(ErrorKind::store, std::string("cannot compute the checksum of ") + what);
  }
  bytes.append(reinterpret_cast<const char*>(digest), length);
}

// One object as the backend holds it; its bytes are the backend's to free.
class BackendObject {
 public:
  BackendObject(git_odb_backend& backend, const git_oid& id) : backend_(backend) {
    check(backend.read(&data_, &size_, &type_, &backend, &id), "cannot read object " + to_hex(id));
  }
  ~BackendObject() { git_odb_backend_data_free(&backend_, data_); }
  BackendObject(const BackendObject&) = delete;
  BackendObject& operator=(const BackendObject&) = delete;

  const void* data() const { return data_; }
  std::size_t size() const { return size_; }
  git_object_t type() const { return type_; }

 private:
  git_odb_backend& backend_;
  void* data_ = nullptr;
  std::size_t size_ = 0;
  git_object_t type_ = GIT_OBJECT_INVALID;
};

// The temporary files of a pack being written (pack_writer.hpp).
constexpr std::string_view kTempPrefix = "tmp_kiv_";

std::string error_text(const std::filesystem::path& file, const char* what) {
  return file.string() + ": " + what + ": " + std::strerror(errno);
}

// Writes `bytes` into `target`, in `dir`, whole (kiv/files.hpp): a temporary file
// (tmp_kiv_*), synced and read-only, renamed into place.
void write_file_atomically(const std::filesystem::path& dir, const std::filesystem::path& target,
                           const std::string& bytes) {
  const std::optional<FileWriteFailure> failure =
      write_file_whole(target, bytes, 0444, kTempPrefix);
  if (!failure) return;
  errno = failure->error;
  switch (failure->step) {
    case FileWriteFailure::Step::create:
      throw Error(ErrorKind::store, error_text(dir, "cannot create a file for a new pack"));
    case FileWriteFailure::Step::write:
      throw Error(ErrorKind::store, error_text(target, "cannot write"));
    case FileWriteFailure::Step::mode:
      throw Error(ErrorKind::store, error_text(target, "cannot make read-only"));
    case FileWriteFailure::Step::sync:
      throw Error(ErrorKind::store, error_text(target, "cannot sync"));
    case FileWriteFailure::Step::rename:
      throw Error(ErrorKind::store, error_text(target, "cannot put in place"));
  }
}

void sync_directory(const std::filesystem::path& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) throw Error(ErrorKind::store, error_text(dir, "cannot open"));
  const int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0) throw Error(ErrorKind::store, error_text(dir, "cannot sync"));
}

}  // namespace

git_oid Pack::checksum() const {
  git_oid id;
  git_oid_fromraw(
      &id, reinterpret_cast<const unsigned char*>(data.data() + data.size() - GIT_OID_RAWSZ));
  return id;
}

std::string Pack::name() const { return "pack-" + to_hex(checksum()); }

Pack build_pack(git_odb_backend& source, const std::vector<git_oid>& objects) {
  std::set<git_oid, OidLess> seen;
  std::vector<const git_oid*> held;
  for (const git_oid& oid : objects) {
    // git_odb_write stores nothing the repository has already (an earlier revision's file).
    if (seen.insert(oid).second && source.exists(&source, &oid) != 0) held.push_back(&oid);
  }
  // Each object's entry (header and deflated data), compressed on up to kMaxThreads threads:
  // deflate is most of a pack's cost. Each takes the next object not yet taken; reads from
  // the backend are taken one at a time.
  std::vector<std::string> stored(held.size());
  std::atomic<std::size_t> next = 0;
  std::mutex reading;
  const auto compress = [&] {
    for (std::size_t i = next++; i < held.size(); i = next++) {
      std::unique_lock lock(reading);
      const BackendObject object(source, *held[i]);
      lock.unlock();
      append_entry_header(stored[i], object.type(), object.size());
      append_deflated(stored[i], object.data(), object.size());
      stored[i].shrink_to_fit();  // it had room for compressBound: all of the batch, inflated
    }
  };
  constexpr unsigned kMaxThreads = 4;
  const unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1U, kMaxThreads);
  std::vector<std::future<void>> helpers;
  for (unsigned t = 1; t < threads; ++t)
    helpers.push_back(std::async(std::launch::async, compress));
  compress();
  for (std::future<void>& helper : helpers) helper.get();  // rethrows what a helper threw

  Pack pack;
  pack.data = "PACK";
  append_uint32(pack.data, 2);
  append_uint32(pack.data, static_cast<std::uint32_t>(held.size()));
  pack.entries.reserve(held.size());
  for (std::size_t i = 0; i < held.size(); ++i) {
    const auto* bytes = reinterpret_cast<const Bytef*>(stored[i].data());
    pack.entries.push_back(
        {*held[i], pack.data.size(),
         static_cast<std::uint32_t>(::crc32(0, bytes, static_cast<uInt>(stored[i].size())))});
    pack.data += stored[i];
    std::string().swap(stored[i]);
  }
  append_sha1(pack.data, "a pack");
  return pack;
}

std::string build_pack_index(std::vector<PackEntry> entries, const git_oid& pack_checksum) {
  std::sort(entries.begin(), entries.end(),
            [](const PackEntry& a, const PackEntry& b) { return OidLess()(a.id, b.id); });
  std::string index = "\377tOc";
  append_uint32(index, 2);
  std::array<std::uint32_t, 256> fanout{};
  for (const PackEntry& entry : entries) ++fanout[entry.id.id[0]];
  std::uint32_t running = 0;
  for (std::uint32_t& count : fanout) {
    running += count;
    count = running;
  }
  for (const std::uint32_t count : fanout) append_uint32(index, count);
  for (const PackEntry& entry : entries) {
    index.append(reinterpret_cast<const char*>(entry.id.id), GIT_OID_RAWSZ);
  }
  for (const PackEntry& entry : entries) append_uint32(index, entry.crc32);
  std::vector<std::uint64_t> large;
  for (const PackEntry& entry : entries) {
    if (entry.offset < kLargeOffset) {
      append_uint32(index, static_cast<std::uint32_t>(entry.offset));
    } else {
      append_uint32(index, static_cast<std::uint32_t>(kLargeOffset | large.size()));
      large.push_back(entry.offset);
    }
  }
  for (const std::uint64_t offset : large) append_uint64(index, offset);
  index.append(reinterpret_cast<const char*>(pack_checksum.id), GIT_OID_RAWSZ);
  append_sha1(index, "a pack index");
  return index;
}

void install_pack(const std::filesystem::path& pack_dir, const Pack& pack) {
  const std::string name = pack.name();
  const std::string index = build_pack_index(pack.entries, pack.checksum());
  write_file_atomically(pack_dir, pack_dir / (name + ".pack"), pack.data);
  fault_point("publish: pack file in place");
  write_file_atomically(pack_dir, pack_dir / (name + ".idx"), index);
  sync_directory(pack_dir);
}

bool is_temporary_pack_file(const std::filesystem::path& file) {
  const std::string name = file.filename().string();
  return name.starts_with(kTempPrefix) || name.starts_with("pack_git2_");
}

}  // namespace kiv::git

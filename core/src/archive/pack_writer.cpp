#include "archive/pack_writer.hpp"

#include <openssl/evp.h>
#include <zlib.h>

#include <memory>
#include <set>

#include "archive/git.hpp"
#include "kiv/error.hpp"

namespace kiv::git {
namespace {

void append_uint32(std::string& out, std::uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((value >> shift) & 0xFFU);
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

void append_sha1(std::string& pack) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(pack.data(), pack.size(), digest, &length, EVP_sha1(), nullptr) != 1) {
    throw Error(ErrorKind::store, "cannot compute the pack checksum");
  }
  pack.append(reinterpret_cast<const char*>(digest), length);
}

using OdbObjectHandle = Handle<git_odb_object, git_odb_object_free>;

}  // namespace

std::string build_pack(git_odb* odb, const std::vector<git_oid>& objects) {
  std::set<std::string> seen;
  std::vector<const git_oid*> unique;
  for (const git_oid& oid : objects) {
    if (seen.insert(std::string(reinterpret_cast<const char*>(oid.id), GIT_OID_RAWSZ)).second) {
      unique.push_back(&oid);
    }
  }
  std::string pack = "PACK";
  append_uint32(pack, 2);
  append_uint32(pack, static_cast<std::uint32_t>(unique.size()));
  for (const git_oid* oid : unique) {
    git_odb_object* object = nullptr;
    check(git_odb_read(&object, odb, oid), "cannot read object " + to_hex(*oid));
    const OdbObjectHandle owned(object);
    append_entry_header(pack, git_odb_object_type(object), git_odb_object_size(object));
    append_deflated(pack, git_odb_object_data(object), git_odb_object_size(object));
  }
  append_sha1(pack);
  return pack;
}

}  // namespace kiv::git

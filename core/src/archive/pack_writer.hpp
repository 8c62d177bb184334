#pragma once
// Writes a transaction's objects into the repository as one pack file (format version 2) of
// whole, zlib-compressed objects, and the pack's index (.idx, version 2), as git's
// Documentation/gitformat-pack.txt describes them.
//
// Why not libgit2's packbuilder (git_mempack_dump): it searches every object's neighbours
// for deltas, which for an archive of ~100 KB JSON files cost 9.4 s of a 17.5 s bulk import
// of 1,000 editions while making the pack only 9% smaller (bench/kiv_bench). A pack without
// deltas is just as valid; `git gc` can still deltify it later.
// Why not libgit2's indexer (git_odb_write_pack): it reads the pack back, inflating and hashing
// every object again to learn what the writer already knows (ids, offsets, CRC-32s): 0.65 G
// of the 8.07 G instructions of a 100-edition import (callgrind).

#include <git2.h>
#include <git2/sys/odb_backend.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace kiv::git {

// Where one object is in a pack.
struct PackEntry {
  git_oid id;
  std::uint64_t offset = 0;  // of its entry header, from the start of the pack file
  std::uint32_t crc32 = 0;   // of its entry as stored: header and compressed data
};

struct Pack {
  std::string data;                // the .pack file, its trailing SHA-1 included
  std::vector<PackEntry> entries;  // one per object, in pack order
  // The trailing SHA-1, which names the pack: pack-HEX.pack.
  git_oid checksum() const;
  std::string name() const;  // pack-HEX, as its files are named without their extension
};

// The pack of those of `objects` that `source` holds (duplicates are written once; the
// others are in the repository already). Reads the backend directly: its objects were
// hashed when written, and git_odb_read would hash each again. Compresses on as many threads as
// there are cores, up to 4. Throws Error{store} when an object cannot be read or compressed.
Pack build_pack(git_odb_backend& source, const std::vector<git_oid>& objects);

// The index of a pack: its entries sorted by id, with a fan-out table, their CRC-32s and
// offsets (8-byte offsets at and beyond 2 GiB), the pack's checksum and its own.
std::string build_pack_index(std::vector<PackEntry> entries, const git_oid& pack_checksum);

// Writes `pack` into `pack_dir` as pack-HEX.pack and pack-HEX.idx, each written to a
// temporary file (tmp_kiv_*), synced, made read-only and renamed into place, the index last:
// git and libgit2 see a pack once its index is there. Passes the fault point "publish: pack
// file in place" between the two. Throws Error{store} naming the file that cannot be written;
// what was written is then removed.
void install_pack(const std::filesystem::path& pack_dir, const Pack& pack);

// Whether `file` is a temporary file of a pack being written: kiv's (tmp_kiv_*) or, in stores
// written by kiv before it wrote its own indexes, libgit2's (pack_git2_*).
bool is_temporary_pack_file(const std::filesystem::path& file);

}  // namespace kiv::git

#include "archive/leftovers.hpp"

#include <algorithm>
#include <fstream>
#include <optional>

#include "archive/pack_writer.hpp"
#include "fault_points.hpp"
#include "kiv/error.hpp"
#include "main_ref.hpp"
#include "store_files.hpp"

namespace kiv {
namespace fs = std::filesystem;
namespace {

constexpr const char* kPublishing = "kiv-publishing";
constexpr const char* kPackExtensions[] = {".pack", ".idx", ".rev", ".keep"};

struct Publishing {
  std::string tip;
  std::string pack;
};

// The note of a publish that may not have finished; nullopt when there is none or it was cut
// short while being written (the pack is written after the note, so there is none then).
std::optional<Publishing> read_publishing(const fs::path& git_dir) {
  std::ifstream in(git_dir / kPublishing);
  Publishing note;
  if (!(in >> note.tip >> note.pack)) return std::nullopt;
  const bool hex_tip =
      note.tip.size() == 40 && note.tip.find_first_not_of("0123456789abcdef") == std::string::npos;
  const bool pack_name = note.pack.size() == 45 && note.pack.starts_with("pack-") &&
                         note.pack.find_first_not_of("0123456789abcdef", 5) == std::string::npos;
  if (!hex_tip || !pack_name) return std::nullopt;
  return note;
}

// Whether branch main points at `tip`; nullopt when that cannot be told from git's files.
std::optional<bool> branch_at(const fs::path& git_dir, const std::string& tip) {
  if (const auto main = git::read_main_ref(git_dir)) return *main == tip;
  std::error_code error;
  const bool no_branch = !fs::exists(git_dir / "refs" / "heads" / "main", error) &&
                         !fs::exists(git_dir / "packed-refs", error);
  if (no_branch) return false;  // a first write that died: no commit was ever published
  return std::nullopt;
}

bool is_lock_file(const fs::path& file) { return file.extension() == ".lock"; }

}  // namespace

void note_publishing(const fs::path& git_dir, const std::string& tip_hex,
                     const std::string& pack_name) {
  std::ofstream out(git_dir / kPublishing, std::ios::trunc);
  out << tip_hex << ' ' << pack_name << '\n';
  out.flush();
  if (!out) {
    throw Error(ErrorKind::store,
                (git_dir / kPublishing).string() + ": cannot write the note of a publish");
  }
}

void note_published(const fs::path& git_dir) {
  std::error_code ignored;  // a note left behind is cleared by the next write
  fs::remove(git_dir / kPublishing, ignored);
}

std::vector<std::string> find_leftovers(const fs::path& store_dir) {
  const fs::path git_dir = store_dir / kGitDir;
  std::vector<std::string> found;
  const auto add = [&](const fs::path& file) {
    found.push_back(file.lexically_relative(store_dir).generic_string());
  };
  std::error_code error;
  for (auto it = fs::recursive_directory_iterator(git_dir, error);
       !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (!it->is_regular_file(error)) continue;
    const fs::path& file = it->path();
    if (is_lock_file(file) ||
        (file.parent_path().filename() == "pack" && git::is_temporary_pack_file(file)))
      add(file);
  }
  if (fs::exists(git_dir / kPublishing, error)) {
    add(git_dir / kPublishing);
    // The branch at the tip: the publish finished, its pack holds recorded commits. When that
    // cannot be told, the pack stays.
    if (const auto note = read_publishing(git_dir);
        note && branch_at(git_dir, note->tip) == std::optional(false)) {
      for (const char* extension : kPackExtensions) {
        const fs::path pack = git_dir / "objects" / "pack" / (note->pack + extension);
        if (fs::exists(pack, error)) add(pack);
      }
    }
  }
  const fs::path new_index = store_dir / (std::string(kIndexFile) + ".new");
  if (fs::exists(new_index, error)) add(new_index);
  for (const char* companion : kIndexCompanions) {
    const fs::path file = new_index.string() + companion;
    if (fs::exists(file, error)) add(file);
  }
  std::sort(found.begin(), found.end());
  return found;
}

void clear_leftovers(const fs::path& store_dir) {
  // In reverse order, so that a pack goes before the note that names it: a writer that dies
  // here leaves the note for the next.
  const std::vector<std::string> leftovers = find_leftovers(store_dir);
  for (auto it = leftovers.rbegin(); it != leftovers.rend(); ++it) {
    const std::string& leftover = *it;
    fault_point("leftovers: one removed");
    std::error_code error;
    fs::remove(store_dir / leftover, error);
    if (error) {
      throw Error(ErrorKind::store,
                  (store_dir / leftover).string() +
                      ": cannot remove what a dead writer left: " + error.message());
    }
  }
}

}  // namespace kiv

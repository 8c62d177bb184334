#include "archive/git.hpp"

#include <git2/sys/mempack.h>
#include <git2/sys/odb_backend.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <set>
#include <sstream>

#include "archive/leftovers.hpp"
#include "archive/pack_writer.hpp"
#include "fault_points.hpp"
#include "kiv/error.hpp"

namespace kiv::git {
namespace {

constexpr const char* kBranch = "refs/heads/main";

// libgit2 must be initialised once per process, before any other call. A store reads no git
// configuration but its own (git/config): not the user's (~/.gitconfig, $XDG_CONFIG_HOME/git),
// nor the system's, so that kiv works alike whoever runs it, with whatever HOME.
int start_libgit2() {
  const int rc = git_libgit2_init();
  for (const git_config_level_t level : {GIT_CONFIG_LEVEL_SYSTEM, GIT_CONFIG_LEVEL_XDG,
                                         GIT_CONFIG_LEVEL_GLOBAL, GIT_CONFIG_LEVEL_PROGRAMDATA}) {
    check(git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, level, ""), "cannot start git");
  }
  return rc;
}

void ensure_libgit2() {
  static const int initialised = start_libgit2();
  (void)initialised;
}

using OdbHandle = Handle<git_odb, git_odb_free>;

}  // namespace

void check(int rc, std::string_view what) {
  if (rc < 0) throw Error(ErrorKind::store, failure(rc, what));
}

std::string failure(int rc, std::string_view what) {
  const git_error* error = git_error_last();
  return std::string(what) + ": " +
         (error != nullptr && error->message != nullptr ? error->message
                                                        : "git error " + std::to_string(rc));
}

std::string to_hex(const git_oid& oid) {
  char text[GIT_OID_HEXSZ + 1];
  git_oid_tostr(text, sizeof text, &oid);
  return text;
}

std::string iso_utc(git_time_t seconds) {
  const std::time_t time = static_cast<std::time_t>(seconds);
  std::tm utc{};
  gmtime_r(&time, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

git_oid from_hex(std::string_view hex) {
  git_oid oid;
  if (hex.size() != GIT_OID_HEXSZ) check(-1, "invalid object id '" + std::string(hex) + "'");
  check(git_oid_fromstrn(&oid, hex.data(), hex.size()), "invalid object id");
  return oid;
}

Repository Repository::init(const std::filesystem::path& dir) {
  ensure_libgit2();
  git_repository_init_options options = GIT_REPOSITORY_INIT_OPTIONS_INIT;
  options.flags =
      GIT_REPOSITORY_INIT_BARE | GIT_REPOSITORY_INIT_MKPATH | GIT_REPOSITORY_INIT_NO_REINIT;
  options.initial_head = "main";
  options.description = "kiv archive: the history of every edition";
  git_repository* repo = nullptr;
  check(git_repository_init_ext(&repo, dir.c_str(), &options),
        "cannot create a git repository in " + dir.string());
  return Repository(RepositoryHandle(repo));
}

Repository Repository::open(const std::filesystem::path& dir) {
  ensure_libgit2();
  git_repository* repo = nullptr;
  check(git_repository_open_bare(&repo, dir.c_str()),
        "cannot open the git repository " + dir.string());
  return Repository(RepositoryHandle(repo));
}

bool Repository::exists(const std::filesystem::path& dir) {
  ensure_libgit2();
  git_repository* repo = nullptr;
  if (git_repository_open_bare(&repo, dir.c_str()) != 0) return false;
  git_repository_free(repo);
  return true;
}

std::optional<git_oid> Repository::head() const {
  git_oid oid;
  const int rc = git_reference_name_to_id(&oid, repo_.get(), kBranch);
  if (rc == GIT_ENOTFOUND) return std::nullopt;
  check(rc, "cannot read the branch main");
  return oid;
}

CommitHandle Repository::commit(const git_oid& id) const {
  git_commit* commit = nullptr;
  check(git_commit_lookup(&commit, repo_.get(), &id), "cannot read commit " + to_hex(id));
  return CommitHandle(commit);
}

TreeHandle Repository::tree_of(const git_commit& commit) const {
  git_tree* tree = nullptr;
  check(git_commit_tree(&tree, &commit), "cannot read the tree of a commit");
  return TreeHandle(tree);
}

std::optional<git_oid> Repository::blob_id_at(const git_tree& tree, const std::string& path) const {
  git_tree_entry* entry = nullptr;
  const int rc = git_tree_entry_bypath(&entry, &tree, path.c_str());
  if (rc == GIT_ENOTFOUND) return std::nullopt;
  check(rc, "cannot read " + path);
  const TreeEntryHandle owned(entry);
  if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB) return std::nullopt;
  return *git_tree_entry_id(entry);
}

std::string Repository::read_blob(const git_oid& id) const {
  git_blob* blob = nullptr;
  check(git_blob_lookup(&blob, repo_.get(), &id), "cannot read blob " + to_hex(id));
  const BlobHandle owned(blob);
  return std::string(static_cast<const char*>(git_blob_rawcontent(blob)),
                     static_cast<std::size_t>(git_blob_rawsize(blob)));
}

std::optional<std::string> Repository::read_file(const git_tree& tree,
                                                 const std::string& path) const {
  const auto id = blob_id_at(tree, path);
  if (!id) return std::nullopt;
  return read_blob(*id);
}

git_oid Repository::hash_blob(std::string_view bytes) {
  ensure_libgit2();
  git_oid oid;
  check(git_odb_hash(&oid, bytes.data(), bytes.size(), GIT_OBJECT_BLOB), "cannot hash a blob");
  return oid;
}

bool Repository::contains(const git_oid& id) const {
  git_odb* odb = nullptr;
  check(git_repository_odb(&odb, repo_.get()), "cannot open the object database");
  const OdbHandle owned(odb);
  return git_odb_exists(odb, &id) == 1;
}

std::optional<std::vector<git_oid>> Repository::commits_between(const std::optional<git_oid>& from,
                                                                const git_oid& to) const {
  git_revwalk* walk = nullptr;
  check(git_revwalk_new(&walk, repo_.get()), "cannot walk the history");
  const RevwalkHandle owned(walk);
  check(git_revwalk_sorting(walk, GIT_SORT_TOPOLOGICAL | GIT_SORT_REVERSE), "cannot sort history");
  check(git_revwalk_push(walk, &to), "cannot walk from " + to_hex(to));
  if (from) {
    int is_ancestor = git_graph_descendant_of(repo_.get(), &to, &*from);
    if (git_oid_equal(&to, &*from)) is_ancestor = 1;
    if (is_ancestor != 1) return std::nullopt;
    check(git_revwalk_hide(walk, &*from), "cannot walk the history");
  }
  std::vector<git_oid> commits;
  git_oid oid;
  int rc = 0;
  while ((rc = git_revwalk_next(&oid, walk)) == 0) commits.push_back(oid);
  if (rc != GIT_ITEROVER) check(rc, "cannot walk the history");
  return commits;
}

git_odb_backend* Repository::memory_backend() {
  if (memory_backend_ == nullptr) {
    git_odb* odb = nullptr;
    check(git_repository_odb(&odb, repo_.get()), "cannot open the object database");
    const OdbHandle owned_odb(odb);
    git_odb_backend* backend = nullptr;
    check(git_mempack_new(&backend), "cannot start a transaction");
    const int rc = git_odb_add_backend(odb, backend, 999);
    if (rc < 0) backend->free(backend);
    check(rc, "cannot start a transaction");
    memory_backend_ = backend;  // the object database owns it from here on
  }
  return memory_backend_;
}

Transaction::Transaction(Repository& repo)
    : repo_(repo), mempack_(repo.memory_backend()), start_(repo.head()), tip_(start_) {
  git_mempack_reset(mempack_);
}

Transaction::~Transaction() {
  // Unpublished objects are dropped; published ones are already in the pack.
  git_mempack_reset(mempack_);
}

git_oid Transaction::commit(const std::vector<FileUpdate>& files, const git_signature& author,
                            const std::string& message) {
  return commit(files, {}, author, author, message);
}

git_oid Transaction::commit(const std::vector<FileUpdate>& files,
                            const std::vector<BlobUpdate>& blobs, const git_signature& author,
                            const git_signature& committer, const std::string& message) {
  CommitHandle parent;
  TreeHandle baseline;
  if (tip_) {
    parent = repo_.commit(*tip_);
    baseline = repo_.tree_of(*parent);
  }
  std::vector<git_tree_update> updates;
  updates.reserve(files.size());
  for (const FileUpdate& file : files) {
    git_tree_update update{};
    // A canonical file is recorded as its own source: one blob, hashed once.
    const auto same =
        std::find_if(files.begin(), files.begin() + updates.size(),
                     [&](const FileUpdate& earlier) { return earlier.bytes == file.bytes; });
    if (same != files.begin() + updates.size()) {
      update.id = updates[same - files.begin()].id;
    } else {
      check(git_blob_create_from_buffer(&update.id, repo_.get(), file.bytes.data(),
                                        file.bytes.size()),
            "cannot write " + file.path);
      written_.push_back(update.id);
    }
    update.action = GIT_TREE_UPDATE_UPSERT;
    update.filemode = GIT_FILEMODE_BLOB;
    update.path = file.path.c_str();
    updates.push_back(update);
  }
  for (const BlobUpdate& blob : blobs) {
    git_tree_update update{};
    update.action = blob.blob ? GIT_TREE_UPDATE_UPSERT : GIT_TREE_UPDATE_REMOVE;
    if (blob.blob) update.id = *blob.blob;
    update.filemode = GIT_FILEMODE_BLOB;
    update.path = blob.path.c_str();
    updates.push_back(update);
  }
  git_oid tree_id;
  check(git_tree_create_updated(&tree_id, repo_.get(), baseline.get(), updates.size(),
                                updates.data()),
        "cannot write a tree");
  git_tree* tree = nullptr;
  check(git_tree_lookup(&tree, repo_.get(), &tree_id), "cannot read a tree");
  const TreeHandle owned_tree(tree);
  // git_tree_create_updated rewrote the root and every directory on the updated paths.
  written_.push_back(tree_id);
  const auto directories_of = [&](const std::string& path) {
    for (auto slash = path.find('/'); slash != std::string::npos;
         slash = path.find('/', slash + 1)) {
      git_tree_entry* entry = nullptr;
      // A directory a removal emptied is gone from the tree.
      if (git_tree_entry_bypath(&entry, tree, path.substr(0, slash).c_str()) != 0) return;
      written_.push_back(*git_tree_entry_id(entry));
      git_tree_entry_free(entry);
    }
  };
  for (const FileUpdate& file : files) directories_of(file.path);
  for (const BlobUpdate& blob : blobs) directories_of(blob.path);
  const git_commit* parents[] = {parent.get()};
  git_oid commit_id;
  check(git_commit_create(&commit_id, repo_.get(), nullptr, &author, &committer, "UTF-8",
                          message.c_str(), tree, parent ? 1 : 0, parents),
        "cannot write a commit");
  written_.push_back(commit_id);
  tip_ = commit_id;
  return commit_id;
}

namespace {

std::set<std::filesystem::path> files_in(const std::filesystem::path& dir) {
  std::set<std::filesystem::path> files;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(dir, error))
    files.insert(entry.path());
  return files;
}

}  // namespace

bool Transaction::publish() {
  if (published_ || !tip_ || (start_ && git_oid_equal(&*start_, &*tip_))) return false;
  // The pack is written before the branch moves; should the branch not move, the pack goes
  // too, so that a failed import leaves no trace.
  const std::filesystem::path pack_dir =
      std::filesystem::path(git_repository_path(repo_.get())) / "objects" / "pack";
  const std::set<std::filesystem::path> packs_before = files_in(pack_dir);
  const std::filesystem::path git_dir = git_repository_path(repo_.get());
  // Until the branch has moved, a failure (thrown anywhere below) removes the new pack and its
  // note, so that the store is exactly as it was.
  struct Undo {
    const std::filesystem::path& pack_dir;
    const std::filesystem::path& git_dir;
    const std::set<std::filesystem::path>& packs_before;
    bool armed = true;
    ~Undo() {
      if (!armed) return;
      std::error_code ignored;
      for (const auto& file : files_in(pack_dir)) {
        if (!packs_before.contains(file)) std::filesystem::remove(file, ignored);
      }
      note_published(git_dir);
    }
  } undo{pack_dir, git_dir, packs_before};
  // A fast-forward to a history received whole (adopt) has no objects of its own.
  if (!written_.empty()) {
    const Pack pack = build_pack(*mempack_, written_);
    // Should this process die before the branch moves, the next writer removes the pack by
    // this note (archive/leftovers.hpp). A pack is named by its trailing checksum.
    note_publishing(git_dir, to_hex(*tip_), pack.name());
    fault_point("publish: pack noted");
    install_pack(pack_dir, pack);
    git_odb* odb = nullptr;
    check(git_repository_odb(&odb, repo_.get()), "cannot open the object database");
    const OdbHandle owned_odb(odb);
    check(git_odb_refresh(odb), "cannot read the new pack");
    fault_point("publish: pack written");
  }

  git_reference* ref = nullptr;
  const std::string log_message = "kiv: import";
  const int rc =
      start_ ? git_reference_create_matching(&ref, repo_.get(), kBranch, &*tip_, 1, &*start_,
                                             log_message.c_str())
             : git_reference_create(&ref, repo_.get(), kBranch, &*tip_, 0, log_message.c_str());
  git_reference_free(ref);
  if (rc == GIT_EMODIFIED || rc == GIT_EEXISTS) {
    throw Error(ErrorKind::store, "the store was changed by another process meanwhile; try again");
  }
  if (rc == GIT_ELOCKED) {
    throw Error(ErrorKind::store,
                "cannot move the branch main: " + (git_dir / "refs/heads/main.lock").string() +
                    " exists: a program other than kiv is writing the repository");
  }
  check(rc, "cannot move the branch main");
  undo.armed = false;
  fault_point("publish: branch moved", false);
  note_published(git_dir);
  published_ = true;
  return true;
}

SignatureHandle signature_now(std::string_view name_and_email) {
  ensure_libgit2();
  const auto open = name_and_email.rfind('<');
  const auto close = name_and_email.rfind('>');
  std::string_view name =
      open == std::string_view::npos ? std::string_view() : name_and_email.substr(0, open);
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  if (open == std::string_view::npos || close != name_and_email.size() - 1 || close < open + 2 ||
      name.empty()) {
    throw Error(ErrorKind::input,
                "author '" + std::string(name_and_email) + "': expected \"Name <email>\"");
  }
  const std::string email(name_and_email.substr(open + 1, close - open - 1));
  git_signature* signature = nullptr;
  if (git_signature_now(&signature, std::string(name).c_str(), email.c_str()) != 0) {
    throw Error(ErrorKind::input,
                "author '" + std::string(name_and_email) + "': expected \"Name <email>\"");
  }
  return SignatureHandle(signature);
}

SignatureHandle default_signature() {
  if (const char* author = std::getenv("KIV_AUTHOR"); author != nullptr && *author != '\0') {
    return signature_now(author);
  }
  ensure_libgit2();
  git_signature* signature = nullptr;
  check(git_signature_now(&signature, "kiv", "kiv@localhost"), "cannot make a signature");
  return SignatureHandle(signature);
}

std::string signature_text(const git_signature& signature) {
  return std::string(signature.name) + " <" + signature.email + ">";
}

}  // namespace kiv::git

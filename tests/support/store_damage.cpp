#include "support/store_damage.hpp"

#include <SQLiteCpp/Database.h>

#include <stdexcept>

#include "archive/git.hpp"
#include "support/temp_dir.hpp"

namespace kiv::test {
namespace fs = std::filesystem;

void commit_over_main(const fs::path& store, const std::string& path,
                      const std::optional<std::string>& bytes) {
  const git::Repository repo = git::Repository::open(store / "git");
  const git::CommitHandle parent = repo.commit(*repo.head());
  const git::TreeHandle tree = repo.tree_of(*parent);
  git_tree_update update{};
  update.action = bytes ? GIT_TREE_UPDATE_UPSERT : GIT_TREE_UPDATE_REMOVE;
  update.filemode = GIT_FILEMODE_BLOB;
  update.path = path.c_str();
  if (bytes) {
    git::check(git_blob_create_from_buffer(&update.id, repo.get(), bytes->data(), bytes->size()),
               "cannot write a blob");
  }
  git_oid tree_id;
  git::check(git_tree_create_updated(&tree_id, repo.get(), tree.get(), 1, &update),
             "cannot write a tree");
  git_tree* new_tree = nullptr;
  git::check(git_tree_lookup(&new_tree, repo.get(), &tree_id), "cannot read a tree");
  const git::TreeHandle owned_tree(new_tree);
  const git::SignatureHandle author = git::signature_now("Careless Hand <hand@example.org>");
  const git_commit* parents[] = {parent.get()};
  git_oid commit_id;
  git::check(
      git_commit_create(&commit_id, repo.get(), "refs/heads/main", author.get(), author.get(),
                        "UTF-8", ("Replace " + path + "\n").c_str(), new_tree, 1, parents),
      "cannot commit");
}

fs::path write_loose_object(const fs::path& store, const std::string& bytes) {
  const git::Repository repo = git::Repository::open(store / "git");
  git_oid id;
  git::check(git_blob_create_from_buffer(&id, repo.get(), bytes.data(), bytes.size()),
             "cannot write a blob");
  const std::string hex = git::to_hex(id);
  return store / "git" / "objects" / hex.substr(0, 2) / hex.substr(2);
}

void flip_bytes(const fs::path& file, std::size_t offset, std::size_t count) {
  std::string bytes = read_file(file);
  if (offset + count > bytes.size()) throw std::invalid_argument("too short: " + file.string());
  for (std::size_t i = offset; i < offset + count; ++i) bytes[i] = static_cast<char>(~bytes[i]);
  fs::permissions(file, fs::perms::owner_write, fs::perm_options::add);  // git writes them 0444
  write_file(file, bytes);
}

fs::path pack_file(const fs::path& store) {
  for (const auto& entry : fs::directory_iterator(store / "git" / "objects" / "pack")) {
    if (entry.path().extension() == ".pack") return entry.path();
  }
  throw std::runtime_error("no pack in " + store.string());
}

void execute_on_index(const fs::path& store, const std::string& sql) {
  SQLite::Database db((store / "index.sqlite").string(), SQLite::OPEN_READWRITE);
  db.exec(sql);
}

}  // namespace kiv::test

// kiv/sharing.hpp: the store's remotes, fetch, push and clone (pull is pull.cpp).

#include "kiv/sharing.hpp"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string_view>
#include <vector>

#include "archive/archive_impl.hpp"
#include "archive/indexer.hpp"
#include "archive/transfer.hpp"
#include "archive/verify_commits.hpp"
#include "archive/write.hpp"
#include "kiv/error.hpp"
#include "kiv/files.hpp"
#include "kiv/text.hpp"
#include "store_files.hpp"
#include "store_lock.hpp"

namespace kiv {
namespace fs = std::filesystem;
namespace {

bool is_remote_name(std::string_view name) {
  if (name.empty() || name.size() > 64 || name.front() == '.' || name.front() == '-' ||
      name.find("..") != std::string_view::npos || name.ends_with(".lock"))
    return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '_' || c == '-';
  });
}

// A URL as git takes it; a local path to a kiv store names its git repository, and a relative
// path is made absolute (the store is used from other directories).
std::string git_url(const std::string& url) {
  if (url.find("://") != std::string::npos) return url;
  const auto colon = url.find(':');
  const auto slash = url.find('/');
  if (colon != std::string::npos && (slash == std::string::npos || colon < slash)) return url;
  std::error_code error;
  fs::path path = fs::absolute(url, error);
  if (error) return url;
  path = path.lexically_normal();
  if (fs::is_regular_file(path / kGitDir / "HEAD")) path /= kGitDir;
  std::string text = path.string();
  while (text.size() > 1 && text.back() == '/') text.pop_back();
  return text;
}

std::string describe(const std::vector<MergeConflict>& conflicts) {
  std::string text = std::to_string(conflicts.size()) +
                     (conflicts.size() == 1 ? " value" : " values") +
                     " changed differently here and on the remote; nothing was changed. Settle "
                     "with 'kiv pull --ours' or '--theirs', or import the right text first:";
  for (const MergeConflict& conflict : conflicts) {
    text += "\n  " + conflict.edition + ": " + conflict.what + ": here '" + conflict.ours +
            "', on the remote '" + conflict.theirs + "'";
  }
  return text;
}

}  // namespace

MergeConflictError::MergeConflictError(std::vector<MergeConflict> conflicts)
    : Error(ErrorKind::conflict, describe(conflicts)), conflicts_(std::move(conflicts)) {}

std::vector<Remote> remotes(Archive& archive) {
  git::Repository& repo = archive.impl_->repo();
  git_strarray names{};
  git::check(git_remote_list(&names, repo.get()), "cannot read the remotes");
  std::vector<Remote> found;
  for (std::size_t i = 0; i < names.count; ++i) {
    const RemoteHandle remote = lookup_remote(repo, names.strings[i]);
    found.push_back({names.strings[i], git_remote_url(remote.get())});
  }
  git_strarray_dispose(&names);
  std::sort(found.begin(), found.end(),
            [](const Remote& a, const Remote& b) { return a.name < b.name; });
  return found;
}

void add_remote(Archive& archive, const Remote& remote) {
  if (!is_remote_name(remote.name)) {
    throw Error(ErrorKind::input, "remote name '" + remote.name +
                                      "': expected letters, digits, '.', '_' and '-', not "
                                      "starting with '.' or '-'");
  }
  if (remote.url.empty() || !is_single_line(remote.url) ||
      std::any_of(remote.url.begin(), remote.url.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; })) {
    throw Error(ErrorKind::input, "remote URL '" + remote.url +
                                      "': expected a path, file://, git://, http(s)://, ssh:// "
                                      "URL or user@host:path");
  }
  const StoreLock lock(archive.impl_->path);
  git::Repository& repo = archive.impl_->repo();
  git_remote* existing = nullptr;
  if (git_remote_lookup(&existing, repo.get(), remote.name.c_str()) == 0) {
    const std::string url = git_remote_url(existing);
    git_remote_free(existing);
    throw Error(ErrorKind::input, "the store has a remote '" + remote.name + "' already (" + url +
                                      "): remove it first with 'kiv remote remove " + remote.name +
                                      "'");
  }
  git_remote* created = nullptr;
  git::check(git_remote_create_with_fetchspec(
                 &created, repo.get(), remote.name.c_str(), git_url(remote.url).c_str(),
                 ("+refs/heads/main:" + tracking_ref(remote.name)).c_str()),
             "cannot add the remote " + remote.name);
  git_remote_free(created);
}

namespace {

// libgit2 removes a remote's entries but leaves its section header: `header` ("[remote
// "origin"]") is taken out of the git configuration file at `config` when nothing but blank
// lines follows it before the next section or the end (kiv/files.hpp writes the file whole).
// A header with entries, or one not there, leaves the file as it is.
void drop_empty_section(const std::filesystem::path& config, const std::string& header) {
  std::ifstream in(config, std::ios::binary);
  if (!in) return;
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line + "\n");
  const auto blank = [](const std::string& line) {
    return line.find_first_not_of(" \t\r\n") == std::string::npos;
  };
  const auto found = std::find_if(lines.begin(), lines.end(), [&](const std::string& line) {
    return !blank(line) && line.substr(line.find_first_not_of(" \t"), header.size()) == header;
  });
  if (found == lines.end()) return;
  const auto next =
      std::find_if(found + 1, lines.end(), [&](const std::string& line) { return !blank(line); });
  if (next != lines.end() && (*next)[next->find_first_not_of(" \t")] != '[') return;  // entries
  lines.erase(found);
  std::string kept;
  for (const std::string& line : lines) kept += line;
  const auto mode = static_cast<unsigned>(std::filesystem::status(config).permissions());
  if (const auto failure = write_file_whole(config, kept, mode & 07777, "config.kiv-")) {
    throw Error(ErrorKind::store, config.string() + ": cannot write the configuration: " +
                                      std::strerror(failure->error));
  }
}

}  // namespace

void remove_remote(Archive& archive, const std::string& name) {
  const StoreLock lock(archive.impl_->path);
  git::Repository& repo = archive.impl_->repo();
  lookup_remote(repo, name);  // Error{not_found} naming the remotes there are
  git::check(git_remote_delete(repo.get(), name.c_str()), "cannot remove the remote " + name);
  drop_empty_section(archive.impl_->path / kGitDir / "config", "[remote \"" + name + "\"]");
}

FetchResult fetch(Archive& archive, const std::string& remote, const TransferOptions& options) {
  const StoreLock lock(archive.impl_->path);
  git::Repository& repo = archive.impl_->repo();
  const RemoteHandle handle = lookup_remote(repo, remote);
  return fetch_main(repo, *handle, options);
}

PushResult push(Archive& archive, const std::string& remote, const TransferOptions& options) {
  const StoreLock lock(archive.impl_->path);
  git::Repository& repo = archive.impl_->repo();
  const RemoteHandle handle = lookup_remote(repo, remote);
  PushResult result;
  result.remote = remote;
  result.url = git_remote_url(handle.get());
  const std::optional<git_oid> head = repo.head();
  if (!head) throw Error(ErrorKind::input, "the store has recorded nothing to push");
  result.after = git::to_hex(*head);

  // What the remote's main is, asked first: a push that is no fast-forward is refused here,
  // before anything is sent.
  Transfer asking(options);
  const git_remote_callbacks ask = asking.callbacks();
  // Asked as a fetch asks: libgit2 1.5 leaks what a push connection that fails allocated.
  Transfer::check(git_remote_connect(handle.get(), GIT_DIRECTION_FETCH, &ask, nullptr, nullptr),
                  "connect to", *handle);
  const git_remote_head** heads = nullptr;
  std::size_t count = 0;
  Transfer::check(git_remote_ls(&heads, &count, handle.get()), "list the branches of", *handle);
  for (std::size_t i = 0; i < count; ++i) {
    if (std::string_view(heads[i]->name) == "refs/heads/main")
      result.before = git::to_hex(heads[i]->oid);
  }
  git_remote_disconnect(handle.get());
  if (result.before) {
    if (*result.before == result.after) return result;
    const git_oid theirs = git::from_hex(*result.before);
    if (!repo.contains(theirs) || git_graph_descendant_of(repo.get(), &*head, &theirs) != 1) {
      throw Error(ErrorKind::store, remote + " (" + result.url +
                                        ") has revisions this store lacks (its main is at "
                                        "commit " +
                                        *result.before + "): run 'kiv pull " + remote +
                                        "' first, then push; nothing was pushed");
    }
  }
  Transfer transfer(options);
  git_push_options push = GIT_PUSH_OPTIONS_INIT;
  push.callbacks = transfer.callbacks();
  const std::string refspec = "refs/heads/main:refs/heads/main";
  char* specs[] = {const_cast<char*>(refspec.c_str())};
  const git_strarray refspecs{specs, 1};
  Transfer::check(git_remote_push(handle.get(), &refspecs, &push), "push to", *handle);
  if (!transfer.refused().empty()) {
    throw Error(ErrorKind::store, remote + " (" + result.url + ") refused the push of " +
                                      transfer.refused() + "; nothing was pushed");
  }
  result.changed = true;
  return result;
}

Archive clone(const std::string& url, const fs::path& dir, const TransferOptions& options) {
  std::error_code error;
  const bool existed = fs::exists(dir, error);
  if (existed && (!fs::is_directory(dir, error) || !fs::is_empty(dir, error))) {
    throw Error(ErrorKind::input, dir.string() +
                                      ": exists and is not an empty directory: clone "
                                      "into a new store (--store DIR)");
  }
  // Until the new store is whole, a failure removes what was made of it.
  const auto remove_made = [&] {
    std::error_code ignored;
    if (!existed) {
      fs::remove_all(dir, ignored);
      return;
    }
    for (const auto& entry : fs::directory_iterator(dir, ignored)) fs::remove_all(entry, ignored);
  };
  try {
    Archive archive = Archive::open_or_create(dir);
    add_remote(archive, {"origin", url});
    git::Repository& repo = archive.impl_->repo();
    FetchResult fetched;
    {
      const StoreLock lock(dir);
      const RemoteHandle origin = lookup_remote(repo, "origin");
      fetched = fetch_main(repo, *origin, options);
    }
    if (!fetched.after) {
      throw Error(ErrorKind::store, url +
                                        " holds no history: nothing to clone (push to it from a "
                                        "store that has one)");
    }
    const git_oid tip = git::from_hex(*fetched.after);
    {
      ArchiveWrite write(*archive.impl_, "");
      write.adopt(tip);
      // Verified and indexed in one pass, in the write's index transaction.
      const VerifyReport report =
          verify_commits(repo, std::nullopt, tip, &write.staged_index(), verify_progress(options));
      if (!report.ok()) {
        throw Error(ErrorKind::store,
                    url + ": the history fails verification (" +
                        std::to_string(report.problems.size()) +
                        " problems; nothing was cloned), first: " + report.problems.front().where +
                        ": " + report.problems.front().what);
      }
      write.publish([](IndexDb& staged) { staged.tidy_search(); });
    }
    return archive;
  } catch (...) {
    remove_made();
    throw;
  }
}

}  // namespace kiv

// The transfers of kiv/sharing.hpp: remotes, credentials, progress, the fetch of main.

#include "archive/transfer.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>

#include "kiv/error.hpp"

namespace kiv {
namespace {

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? value : "";
}

std::string git_message() {
  const git_error* error = git_error_last();
  return error != nullptr && error->message != nullptr ? error->message : "unknown error";
}

}  // namespace

RemoteHandle lookup_remote(git::Repository& repo, const std::string& name) {
  git_remote* remote = nullptr;
  const int rc = git_remote_lookup(&remote, repo.get(), name.c_str());
  if (rc == GIT_ENOTFOUND || rc == GIT_EINVALIDSPEC) {
    git_strarray names{};
    git::check(git_remote_list(&names, repo.get()), "cannot read the remotes");
    std::string known;
    for (std::size_t i = 0; i < names.count; ++i)
      known += std::string(known.empty() ? "" : ", ") + names.strings[i];
    git_strarray_dispose(&names);
    throw Error(ErrorKind::not_found,
                "no remote '" + name + "' (" +
                    (known.empty() ? "the store has none: add one with 'kiv remote add NAME URL'"
                                   : "the store's remotes: " + known) +
                    ")");
  }
  git::check(rc, "cannot read the remote " + name);
  return RemoteHandle(remote);
}

std::string tracking_ref(const std::string& name) { return "refs/remotes/" + name + "/main"; }

Transfer::Transfer(const TransferOptions& options) : options_(options) {
  std::string file = options.ca_file.empty() ? env("KIV_CA_FILE") : options.ca_file;
  if (file.empty()) return;
  std::ifstream readable(file, std::ios::binary);
  if (!readable) {
    throw Error(ErrorKind::input, file + ": cannot read the certificates to trust for HTTPS (" +
                                      std::strerror(errno) +
                                      "); expected a file of PEM certificates (--ca-file, "
                                      "$KIV_CA_FILE)");
  }
  // Process-wide in libgit2: kiv makes one transfer per process.
  if (git_libgit2_opts(GIT_OPT_SET_SSL_CERT_LOCATIONS, file.c_str(), nullptr) < 0) {
    throw Error(ErrorKind::input, file +
                                      ": cannot use it as the certificates to trust for "
                                      "HTTPS: " +
                                      git_message());
  }
}

git_remote_callbacks Transfer::callbacks() {
  git_remote_callbacks callbacks = GIT_REMOTE_CALLBACKS_INIT;
  callbacks.credentials = &Transfer::credentials;
  callbacks.transfer_progress = &Transfer::transfer_progress;
  callbacks.push_transfer_progress = &Transfer::push_progress;
  callbacks.push_update_reference = &Transfer::push_update;
  callbacks.payload = this;
  return callbacks;
}

void Transfer::check(int rc, const std::string& what, const git_remote& remote) {
  if (rc >= 0) return;
  const char* name = git_remote_name(&remote);
  throw Error(ErrorKind::store, "cannot " + what + " " + (name != nullptr ? name : "") + " (" +
                                    git_remote_url(&remote) + "): " + git_message());
}

int Transfer::credentials(git_credential** out, const char* /*url*/, const char* user_from_url,
                          unsigned int allowed, void* payload) {
  auto& self = *static_cast<Transfer*>(payload);
  const std::string url_user = user_from_url != nullptr ? user_from_url : "";
  // Each kind once: a second call means the server refused it, and trying again would loop.
  const auto first_try = [&](unsigned kind) {
    if ((allowed & kind) == 0 || (self.tried_ & kind) != 0) return false;
    self.tried_ |= kind;
    return true;
  };
  if (first_try(GIT_CREDENTIAL_SSH_KEY)) {
    self.given_ = true;
    const std::string user = url_user.empty() ? "git" : url_user;
    if (self.options_.ssh_key.empty()) return git_credential_ssh_key_from_agent(out, user.c_str());
    const std::string passphrase = env("KIV_SSH_PASSPHRASE");
    return git_credential_ssh_key_new(out, user.c_str(), nullptr, self.options_.ssh_key.c_str(),
                                      passphrase.c_str());
  }
  if (first_try(GIT_CREDENTIAL_USERPASS_PLAINTEXT)) {
    const std::string token = env("KIV_REMOTE_TOKEN");
    std::string user = env("KIV_REMOTE_USER");
    if (user.empty()) user = url_user;
    self.given_ = self.given_ || !token.empty();
    if (!token.empty())
      return git_credential_userpass_plaintext_new(out, user.empty() ? "kiv" : user.c_str(),
                                                   token.c_str());
  }
  if (first_try(GIT_CREDENTIAL_USERNAME) && !url_user.empty()) {
    self.given_ = true;
    return git_credential_username_new(out, url_user.c_str());
  }
  git_error_set_str(GIT_ERROR_NET,
                    !self.given_
                        ? "the remote asks for credentials: set $KIV_REMOTE_USER and "
                          "$KIV_REMOTE_TOKEN (HTTP), or use an SSH agent or --ssh-key (SSH)"
                        : "the remote refused the credentials given");
  return GIT_EAUTH;
}

CheckProgress verify_progress(const TransferOptions& options) {
  if (!options.progress) return {};
  return [&options](std::size_t checked, std::size_t total) {
    options.progress({TransferProgress::Stage::verify, checked, total, 0});
  };
}

int Transfer::transfer_progress(const git_indexer_progress* stats, void* payload) {
  const auto& self = *static_cast<Transfer*>(payload);
  if (self.options_.progress)
    self.options_.progress({TransferProgress::Stage::transfer, stats->received_objects,
                            stats->total_objects, stats->received_bytes});
  return 0;
}

int Transfer::push_progress(unsigned int current, unsigned int total, size_t bytes, void* payload) {
  const auto& self = *static_cast<Transfer*>(payload);
  if (self.options_.progress)
    self.options_.progress({TransferProgress::Stage::transfer, current, total, bytes});
  return 0;
}

int Transfer::push_update(const char* ref, const char* status, void* payload) {
  auto& self = *static_cast<Transfer*>(payload);
  if (status != nullptr) self.refused_ = std::string(ref) + ": " + status;
  return 0;
}

FetchResult fetch_main(git::Repository& repo, git_remote& remote, const TransferOptions& options) {
  FetchResult result;
  result.remote = git_remote_name(&remote);
  result.url = git_remote_url(&remote);
  const std::string tracking = tracking_ref(result.remote);
  git_oid before;
  if (git_reference_name_to_id(&before, repo.get(), tracking.c_str()) == 0)
    result.before = git::to_hex(before);

  Transfer transfer(options);
  git_fetch_options fetch = GIT_FETCH_OPTIONS_INIT;
  fetch.callbacks = transfer.callbacks();
  fetch.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE;
  fetch.update_fetchhead = 0;
  const std::string refspec = "+refs/heads/main:" + tracking;
  char* specs[] = {const_cast<char*>(refspec.c_str())};
  const git_strarray refspecs{specs, 1};
  Transfer::check(git_remote_fetch(&remote, &refspecs, &fetch, "kiv: fetch"), "fetch from", remote);
  const git_indexer_progress* stats = git_remote_stats(&remote);
  result.objects = stats != nullptr ? stats->received_objects : 0;

  const git_remote_head** heads = nullptr;
  std::size_t count = 0;
  Transfer::check(git_remote_ls(&heads, &count, &remote), "list the branches of", remote);
  bool has_main = false;
  for (std::size_t i = 0; i < count; ++i)
    has_main = has_main || std::string_view(heads[i]->name) == "refs/heads/main";
  if (!has_main && count > 0) {
    throw Error(ErrorKind::store, result.remote + " (" + result.url +
                                      ") is not a kiv archive: its repository has no branch "
                                      "main");
  }
  git_oid after;
  if (has_main && git_reference_name_to_id(&after, repo.get(), tracking.c_str()) == 0)
    result.after = git::to_hex(after);
  return result;
}

}  // namespace kiv

#include "sharing_output.hpp"

#include <fmt/core.h>

#include <optional>

#include "output.hpp"
#include "pretty_json.hpp"

namespace kiv::cli {
namespace {

using Writer = PrettyJson;

void write_revisions(Writer& writer, const char* name, const std::vector<RevisionInfo>& list) {
  writer.Key(name);
  writer.StartArray();
  for (const RevisionInfo& revision : list) {
    writer.StartObject();
    field(writer, "ref", revision.ref());
    field(writer, "series", revision.series);
    field(writer, "edition", revision.edition);
    writer.Key("revision");
    writer.Int(revision.revision);
    field(writer, "commit", revision.commit);
    field(writer, "imported_at", revision.imported_at);
    field(writer, "imported_by", revision.imported_by);
    field(writer, "message", revision.message);
    writer.EndObject();
  }
  writer.EndArray();
}

std::string short_id(const std::optional<std::string>& commit) {
  return commit ? commit->substr(0, 12) : "(none)";
}

std::string named(const std::string& remote, const std::string& url) {
  return remote + " (" + url + ")";
}

std::string kind_name(PullResult::Kind kind) {
  switch (kind) {
    case PullResult::Kind::up_to_date:
      return "up to date";
    case PullResult::Kind::fast_forward:
      return "fast-forward";
    case PullResult::Kind::merged:
      return "merged";
  }
  return "";
}

}  // namespace

void add_transfer_options(CLI::App& command, TransferOptions& options) {
  command.add_option("--ssh-key", options.ssh_key,
                     "For an SSH remote: a private key file (default: the SSH agent; its "
                     "passphrase from $KIV_SSH_PASSPHRASE)");
  command
      .add_option("--ca-file", options.ca_file,
                  "For an HTTPS remote: the PEM certificates to trust instead of the system's, "
                  "for a server whose certificate an institution's own authority signed "
                  "(default: $KIV_CA_FILE)")
      ->option_text("FILE");
}

std::unique_ptr<Progress> show_transfer_progress(TransferOptions& options, const char* stage) {
  const Progress detected = Progress::detect(stderr);
  auto bar = std::make_unique<Progress>(stderr, detected.enabled());
  if (bar->enabled()) {
    Progress* drawn = bar.get();
    options.progress = [drawn, stage](const TransferProgress& progress) {
      if (progress.stage == TransferProgress::Stage::verify) {
        drawn->update("verifying", progress.objects, progress.total_objects, "commits");
        return;
      }
      drawn->update(stage, progress.objects, progress.total_objects,
                    std::to_string(progress.bytes / 1024) + " KiB");
    };
  }
  return bar;
}

std::string clone_json(const std::string& store, const std::string& url, std::size_t editions,
                       int revisions) {
  return json_text([&](Writer& writer) {
    writer.StartObject();
    field(writer, "store", store);
    field(writer, "url", url);
    writer.Key("editions");
    writer.Uint64(editions);
    writer.Key("revisions");
    writer.Int(revisions);
    writer.EndObject();
  });
}

std::string remotes_text(const std::vector<Remote>& remotes) {
  std::size_t width = 0;
  for (const Remote& remote : remotes) width = std::max(width, remote.name.size());
  std::string text;
  for (const Remote& remote : remotes)
    text += fmt::format("{:<{}}  {}\n", remote.name, width, remote.url);
  return text;
}

std::string remotes_json(const std::vector<Remote>& remotes) {
  return json_text([&](Writer& writer) {
    writer.StartArray();
    for (const Remote& remote : remotes) {
      writer.StartObject();
      field(writer, "name", remote.name);
      field(writer, "url", remote.url);
      writer.EndObject();
    }
    writer.EndArray();
  });
}

std::string fetch_text(const FetchResult& result) {
  if (!result.after) return named(result.remote, result.url) + " holds no history yet\n";
  if (result.before == result.after)
    return fmt::format("{}: main at {}, unchanged\n", named(result.remote, result.url),
                       short_id(result.after));
  return fmt::format("{}: main at {} (was {}), {} received; 'kiv pull {}' merges it\n",
                     named(result.remote, result.url), short_id(result.after),
                     short_id(result.before), counted(static_cast<int>(result.objects), "object"),
                     result.remote);
}

std::string fetch_json(const FetchResult& result) {
  return json_text([&](Writer& writer) {
    writer.StartObject();
    field(writer, "remote", result.remote);
    field(writer, "url", result.url);
    field(writer, "before", result.before);
    field(writer, "after", result.after);
    writer.Key("objects");
    writer.Uint64(result.objects);
    writer.EndObject();
  });
}

std::string pull_text(const PullResult& result) {
  const std::string remote = named(result.fetched.remote, result.fetched.url);
  if (result.kind == PullResult::Kind::up_to_date)
    return result.fetched.after ? "up to date with " + remote + "\n"
                                : remote + " holds no history yet: nothing to pull\n";
  std::string text =
      result.kind == PullResult::Kind::fast_forward
          ? fmt::format("fast-forward to {}: {} received\n", remote,
                        counted(static_cast<int>(result.received.size()), "revision"))
          : fmt::format("merged {}: {} received, {} of this store recorded again after them\n",
                        remote, counted(static_cast<int>(result.received.size()), "revision"),
                        counted(static_cast<int>(result.replayed), "commit"));
  for (const RevisionInfo& revision : result.received)
    text += fmt::format("  received    {}  {}\n", revision.ref(), revision.message);
  for (const RenumberedRevision& revision : result.renumbered)
    text += fmt::format("  renumbered  {}@{} -> {}@{}\n", revision.edition, revision.was,
                        revision.edition, revision.now);
  for (const RevisionInfo& revision : result.merged)
    text += fmt::format("  merged      {}  {}\n", revision.ref(), revision.message);
  for (const MergeConflict& conflict : result.settled)
    text += fmt::format("  settled     {}: {}: here '{}', on the remote '{}'\n", conflict.edition,
                        conflict.what, conflict.ours, conflict.theirs);
  return text;
}

std::string pull_json(const PullResult& result) {
  return json_text([&](Writer& writer) {
    writer.StartObject();
    field(writer, "remote", result.fetched.remote);
    field(writer, "url", result.fetched.url);
    field(writer, "result", kind_name(result.kind));
    field(writer, "head", result.head);
    write_revisions(writer, "received", result.received);
    writer.Key("renumbered");
    writer.StartArray();
    for (const RenumberedRevision& revision : result.renumbered) {
      writer.StartObject();
      field(writer, "edition", revision.edition);
      writer.Key("was");
      writer.Int(revision.was);
      writer.Key("now");
      writer.Int(revision.now);
      field(writer, "commit", revision.commit);
      writer.EndObject();
    }
    writer.EndArray();
    writer.Key("replayed");
    writer.Uint64(result.replayed);
    write_revisions(writer, "merged", result.merged);
    writer.Key("indexed");
    writer.Uint64(result.indexed);
    writer.Key("settled");
    writer.StartArray();
    for (const MergeConflict& conflict : result.settled) {
      writer.StartObject();
      field(writer, "edition", conflict.edition);
      field(writer, "what", conflict.what);
      field(writer, "ours", conflict.ours);
      field(writer, "theirs", conflict.theirs);
      writer.EndObject();
    }
    writer.EndArray();
    writer.EndObject();
  });
}

std::string push_text(const PushResult& result) {
  if (!result.changed) return named(result.remote, result.url) + " is up to date\n";
  return fmt::format("pushed main to {}: {} -> {}\n", named(result.remote, result.url),
                     short_id(result.before), short_id(result.after));
}

std::string push_json(const PushResult& result) {
  return json_text([&](Writer& writer) {
    writer.StartObject();
    field(writer, "remote", result.remote);
    field(writer, "url", result.url);
    field(writer, "before", result.before);
    field(writer, "after", result.after);
    writer.Key("pushed");
    writer.Bool(result.changed);
    writer.EndObject();
  });
}

}  // namespace kiv::cli

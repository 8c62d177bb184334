// Attaching a document to an edition: its bytes and the edition's list of attachments, in one
// commit (kiv/attachments.hpp).

#include <filesystem>

#include "archive/git.hpp"
#include "archive/indexer.hpp"
#include "archive/sha256.hpp"
#include "archive/write.hpp"
#include "kiv/archive.hpp"
#include "kiv/attachments.hpp"
#include "kiv/dates.hpp"
#include "kiv/error.hpp"
#include "kiv/text.hpp"

namespace kiv {
namespace {

constexpr std::size_t kMaxNameBytes = 255;

// By extension: what the archive says the bytes are, for people and for the site's links.
std::string media_type_of(const std::string& name) {
  static const std::pair<const char*, const char*> kTypes[] = {
      {".pdf", "application/pdf"},
      {".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
      {".doc", "application/msword"},
      {".odt", "application/vnd.oasis.opendocument.text"},
      {".rtf", "application/rtf"},
      {".html", "text/html"},
      {".htm", "text/html"},
      {".txt", "text/plain"},
      {".md", "text/markdown"},
      {".json", "application/json"},
      {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"}};
  const std::string lower = ascii_lowercase(name);
  for (const auto& [extension, type] : kTypes) {
    if (lower.ends_with(extension)) return type;
  }
  return "application/octet-stream";
}

std::string checked_name(const std::string& path) {
  const std::string name = std::filesystem::path(path).filename().string();
  if (name.empty() || name == "." || name == ".." || name.size() > kMaxNameBytes ||
      find_invalid_utf8(name) || !is_single_line(name)) {
    throw Error(ErrorKind::input, path +
                                      ": not a file name to keep (expected at most 255 bytes of "
                                      "UTF-8 text without control characters)");
  }
  return name;
}

// The provenance given for an attachment, checked as an import checks an edition's.
void check_provenance(const Provenance& provenance, const std::string& path) {
  if (!provenance.retrieved.empty() && !is_iso_date(provenance.retrieved)) {
    throw Error(ErrorKind::input, path + ": --retrieved '" + provenance.retrieved +
                                      "': expected a date YYYY-MM-DD that exists");
  }
  for (const auto& [option, value] :
       {std::pair{"--source-url", &provenance.source_url}, std::pair{"--note", &provenance.note}}) {
    if (find_invalid_utf8(*value) || find_control(*value) != std::string::npos) {
      throw Error(ErrorKind::input, path + ": " + option +
                                        " holds a control character or is not UTF-8; expected "
                                        "text");
    }
  }
}

}  // namespace

Attachment attach(Archive& archive, const Ref& edition, const std::string& path,
                  const std::string& bytes, const Provenance& provenance, const std::string& author,
                  const std::string& message) {
  const std::string name = checked_name(path);
  check_provenance(provenance, path);
  ArchiveWrite write(*archive.impl_, author);
  const RevisionInfo latest =
      archive.index().resolve(Ref{edition.series, edition.edition, std::nullopt});
  Attachment attachment;
  attachment.series = latest.series;
  attachment.edition = latest.edition;
  attachment.name = name;
  attachment.sha256 = sha256_hex(bytes);
  attachment.size = static_cast<std::int64_t>(bytes.size());
  attachment.media_type = media_type_of(name);
  attachment.provenance = provenance;
  std::vector<Attachment> attachments =
      write.index().attachments(attachment.series, attachment.edition);
  const std::string ref = attachment.series + "/" + attachment.edition;
  for (const Attachment& other : attachments) {
    if (other.name == name || other.sha256 == attachment.sha256) {
      throw Error(ErrorKind::input,
                  path + ": " + ref + " already has the attachment " + other.name + " (sha256 " +
                      other.sha256 + ")" +
                      (other.sha256 == attachment.sha256
                           ? ", with these bytes"
                           : "; its bytes differ: attach this file under another name"));
    }
  }
  attachments.push_back(attachment);
  const std::string text = message.empty() ? "Attach " + name + " to " + ref : message;
  const std::string dir = attachments_dir(attachment.series, attachment.edition);
  const git_oid commit =
      write.commit({{dir + "/" + attachment.sha256, bytes},
                    {attachments_file_path(attachment.series, attachment.edition),
                     attachments_file_json(attachment.series, attachment.edition, attachments)}},
                   text + "\n");
  attachment.commit = git::to_hex(commit);
  attachment.attached_at = git::iso_utc(write.author().when.time);
  attachment.attached_by = write.author_text();
  const CommitStamp stamp{attachment.commit, attachment.attached_at, attachment.attached_by, text};
  write.publish([&](IndexDb& index) {
    index.set_attachments(attachment.series, attachment.edition, attachments, stamp);
  });
  return attachment;
}

std::string Archive::attachment_bytes(const Attachment& attachment) const {
  git::Repository& repo = impl_->repo();
  const git::CommitHandle commit = repo.commit(git::from_hex(attachment.commit));
  auto bytes = repo.read_file(
      *repo.tree_of(*commit),
      attachments_dir(attachment.series, attachment.edition) + "/" + attachment.sha256);
  if (!bytes) {
    throw Error(ErrorKind::store, attachment.series + "/" + attachment.edition + ": the bytes of " +
                                      attachment.name + " are missing from commit " +
                                      attachment.commit);
  }
  return std::move(*bytes);
}

}  // namespace kiv

#pragma once
// Attachments: documents kept with an edition without being read for its items (a full note
// whose structure kiv does not recognise, an annex, a press release). Each is kept byte for
// byte with its SHA-256 (fixity), name, media type, size and provenance, and the commit that
// attached it; `kiv import --attach REF FILE` records one, `kiv show` lists them, `kiv export
// REF --attachment NAME` gives the bytes back, and `kiv verify` checks every attachment's bytes
// against its recorded SHA-256.
//
// In git, beside the edition's directory and never inside it (an attachment is no revision):
//   SERIES/EDITION.attachments/attachments.json   the list (format kiv-attachments/1)
//   SERIES/EDITION.attachments/SHA256             each attachment's bytes, named by their hash
// ".attachments" cannot end an edition id, so the directory is never taken for an edition.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kiv/edition.hpp"
#include "kiv/ids.hpp"

namespace kiv {

class Archive;
class Index;

struct Attachment {
  std::string series;
  std::string edition;
  std::string name;        // the file's base name as given, e.g. "KIV_22-24_NL.pdf"
  std::string sha256;      // hex, of the bytes
  std::int64_t size = 0;   // bytes
  std::string media_type;  // "application/pdf", ...
  Provenance provenance;   // --source-url, --retrieved, --note of the attach
  // Of the commit that attached it (filled from git; not in attachments.json).
  std::string commit;
  std::string attached_at;  // ISO 8601 UTC
  std::string attached_by;  // "Name <email>"

  bool operator==(const Attachment&) const = default;
};

inline constexpr std::string_view kAttachmentsFormat = "kiv-attachments/1";
inline constexpr std::string_view kAttachmentsSuffix = ".attachments";

// SERIES/EDITION.attachments and the files in it.
std::string attachments_dir(const std::string& series, const std::string& edition);
std::string attachments_file_path(const std::string& series, const std::string& edition);

// The list file of an edition's attachments (canonical: in the order attached).
std::string attachments_file_json(const std::string& series, const std::string& edition,
                                  const std::vector<Attachment>& attachments);
// Parses one; the commit fields are left empty. Throws Error{store} "WHERE: /PATH: what" when
// it is malformed (what git holds is the store's).
std::vector<Attachment> parse_attachments_file(std::string_view json, const std::string& series,
                                               const std::string& edition, std::string_view where);

// The attachments of an edition, in the order attached (from the index). Throws as
// Index::resolve for an edition the store does not hold.
std::vector<Attachment> attachments_of(const Index& index, const Ref& edition);

// Every attachment of the store, by series and edition, each edition's in the order attached
// (one query, for kiv log).
std::vector<Attachment> store_attachments(const Index& index);

// Records `bytes` (named `path`, its base name kept) as an attachment of the edition `edition`
// names, in one commit, and returns it. Throws Error{not_found} for an edition the store does
// not hold, Error{input} when the edition already has an attachment of that name (naming its
// SHA-256: the same bytes are then already kept) or of those bytes, or the name is no file
// name (empty, "." or "..", a control character, more than 255 bytes), and for a malformed
// author.
Attachment attach(Archive& archive, const Ref& edition, const std::string& path,
                  const std::string& bytes, const Provenance& provenance,
                  const std::string& author = "", const std::string& message = "");

}  // namespace kiv

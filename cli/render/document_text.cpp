#include "render/document_text.hpp"

#include <fmt/core.h>

#include "kiv/text.hpp"

namespace kiv::cli {

std::string document_summary(const RevisionInfo& revision) {
  if (revision.media_type.empty()) return "";
  return fmt::format("{}; {}; {} bytes; read by kiv {}", join(revision.document_languages, ", "),
                     revision.media_type, revision.source_size, revision.kiv_version);
}

}  // namespace kiv::cli

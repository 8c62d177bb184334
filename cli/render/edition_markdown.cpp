// kiv show --format md.

#include <fmt/core.h>

#include "render/edition_render.hpp"
#include "render/markdown.hpp"

namespace kiv::cli {

std::string render_edition_markdown(const ShownEdition& shown) {
  const Edition& edition = *shown.edition;
  const std::string& lang = shown.lang;
  std::string out = "# " + escape_markdown(edition.id()) + " — " +
                    escape_markdown(text_in(edition.title, lang)) + "\n\n| | |\n| --- | --- |\n";
  for (const auto& [name, value] : shown.facts)
    out += "| " + escape_markdown(name) + " | " + escape_markdown(value) + " |\n";
  if (!shown.attachments.empty()) {
    out += fmt::format("\n## Attachments ({})\n\n", shown.attachments.size());
    for (const Attachment& attachment : shown.attachments) {
      out += "- " + escape_markdown(attachment.name) + ": " +
             escape_markdown(attachment.media_type) +
             fmt::format("; {} bytes; sha256 `{}`; attached {} by {}, commit `{}`", attachment.size,
                         attachment.sha256, attachment.attached_at,
                         escape_markdown(attachment.attached_by), attachment.commit.substr(0, 12));
      const Provenance& from = attachment.provenance;
      if (!from.source_url.empty()) out += "; from " + escape_markdown(from.source_url);
      if (!from.retrieved.empty()) out += "; retrieved " + escape_markdown(from.retrieved);
      if (!from.note.empty()) out += "; note " + escape_markdown(from.note);
      out += "\n";
    }
  }
  for (const Section section : kSections) {
    const auto& items = edition.items(section);
    const char* heading = section == Section::priorities ? "Priorities" : "Themes";
    out += fmt::format("\n## {} ({})\n\n", heading, items.size());
    for (const Item& item : items) {
      out += fmt::format("{}. {}", item.rank, escape_markdown(text_in(item.title, lang)));
      if (shown.keys && !item.key.empty()) out += " `" + item.key + "`";
      out += "\n";
      if (const auto& description = text_in(item.description, lang); !description.empty())
        out += "   " + escape_markdown(description) + "\n";
      for (const LangText& subtopic : item.subtopics) {
        if (const auto& text = text_in(subtopic, lang); !text.empty())
          out += "   - " + escape_markdown(text) + "\n";
      }
    }
  }
  return out;
}

}  // namespace kiv::cli

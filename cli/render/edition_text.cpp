// kiv show as text.

#include <fmt/core.h>

#include "render/edition_render.hpp"

namespace kiv::cli {

std::string render_edition_text(const ShownEdition& shown, const Style& style) {
  const Edition& edition = *shown.edition;
  const std::string& lang = shown.lang;
  std::string out =
      style.bold(edition.id()) + " — " + style.bold(text_in(edition.title, lang)) + "\n\n";
  Table facts({Table::Align::left, Table::Align::left});
  for (const auto& [name, value] : shown.facts)
    facts.add_row({name, value}, {style.dim(name), value});
  out += facts.render();
  if (!shown.attachments.empty()) {
    out += "\n" + style.bold(fmt::format("Attachments ({})", shown.attachments.size())) + "\n";
    for (const Attachment& attachment : shown.attachments) {
      out += fmt::format("  {}  {}; {} bytes; sha256 {}\n    attached {} by {}, commit {}\n",
                         attachment.name, attachment.media_type, attachment.size, attachment.sha256,
                         attachment.attached_at, attachment.attached_by,
                         attachment.commit.substr(0, 12));
      const Provenance& from = attachment.provenance;
      if (!from.source_url.empty()) out += "    from " + from.source_url + "\n";
      if (!from.retrieved.empty()) out += "    retrieved " + from.retrieved + "\n";
      if (!from.note.empty()) out += "    note " + from.note + "\n";
    }
  }
  for (const Section section : kSections) {
    const auto& items = edition.items(section);
    const char* heading = section == Section::priorities ? "Priorities" : "Themes";
    out += "\n" + style.bold(fmt::format("{} ({})", heading, items.size())) + "\n";
    const int width = static_cast<int>(std::to_string(items.size()).size());
    for (const Item& item : items) {
      out += fmt::format("  {:>{}}. {}", item.rank, width, text_in(item.title, lang));
      if (shown.keys && !item.key.empty()) out += "  " + style.dim("[" + item.key + "]");
      out += "\n";
      const std::string indent(static_cast<std::size_t>(width) + 4, ' ');
      if (const auto& description = text_in(item.description, lang); !description.empty()) {
        out += indent + style.dim(description) + "\n";
      }
      for (const LangText& subtopic : item.subtopics) {
        if (const auto& text = text_in(subtopic, lang); !text.empty())
          out += indent + "- " + text + "\n";
      }
    }
  }
  return out;
}

}  // namespace kiv::cli

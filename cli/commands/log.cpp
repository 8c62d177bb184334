// kiv log: the revisions of an edition, or of the whole store, newest first.

#include <fmt/core.h>

#include <map>
#include <utility>

#include "command.hpp"
#include "json_output.hpp"
#include "kiv/attachments.hpp"
#include "output.hpp"
#include "render/document_text.hpp"

namespace kiv::cli {
namespace {

class LogCommand : public IndexCommand {
 public:
  explicit LogCommand(CLI::App& sub) {
    sub.add_option("REF", ref_, "An edition (all editions when left out)");
    add_format_option(sub, format_, {"text", "json"});
  }

  int run(const Index& index) override {
    std::optional<Ref> ref;
    if (!ref_.empty()) ref = parse_ref(ref_);
    const std::vector<RevisionInfo> revisions = index.log(ref);
    if (format_ == "json") {
      print(revisions_json(revisions));
      return kExitSuccess;
    }
    if (revisions.empty()) {
      print("No revisions yet. Import an edition with 'kiv import FILE'.\n");
      return kExitSuccess;
    }
    const Style style = Style::detect(stdout);
    std::string out;
    for (const RevisionInfo& revision : revisions) {
      if (!out.empty()) out += "\n";
      out += fmt::format("{}  {}  {}\n", style.yellow(revision.ref()), revision.imported_at,
                         revision.imported_by);
      out += fmt::format("    {} {}\n", style.dim("commit"), revision.commit);
      out += fmt::format("    {} {} (sha256 {})\n", style.dim("source"), revision.source_name,
                         revision.source_sha256);
      if (const std::string document = document_summary(revision); !document.empty()) {
        out += fmt::format("    {} {}\n", style.dim("document"), document);
      }
      const Provenance& provenance = revision.provenance;
      if (!provenance.source_url.empty()) {
        out += fmt::format("    {} {}\n", style.dim("from"), provenance.source_url);
      }
      if (!provenance.retrieved.empty()) {
        out += fmt::format("    {} {}\n", style.dim("retrieved"), provenance.retrieved);
      }
      if (!provenance.note.empty()) {
        out += fmt::format("    {} {}\n", style.dim("note"), provenance.note);
      }
      out += "\n    " + revision.message + "\n";
    }
    // The attachment events of the editions listed, each edition's in the order attached,
    // the editions in the order their revisions are listed.
    std::map<std::pair<std::string, std::string>, std::vector<Attachment>> by_edition;
    for (Attachment& attachment : ref ? attachments_of(index, *ref) : store_attachments(index))
      by_edition[{attachment.series, attachment.edition}].push_back(std::move(attachment));
    for (const RevisionInfo& revision : revisions) {
      const auto found = by_edition.find({revision.series, revision.edition});
      if (found == by_edition.end()) continue;  // none, or printed with an earlier revision
      for (const Attachment& attachment : found->second) {
        out += fmt::format("\n{}  {}  {}\n",
                           style.yellow(attachment.series + "/" + attachment.edition +
                                        " attachment " + attachment.name),
                           attachment.attached_at, attachment.attached_by);
        out += fmt::format("    {} {}\n", style.dim("commit"), attachment.commit);
        out += fmt::format("    {} {}; {} bytes (sha256 {})\n", style.dim("document"),
                           attachment.media_type, attachment.size, attachment.sha256);
        const Provenance& from = attachment.provenance;
        if (!from.source_url.empty())
          out += fmt::format("    {} {}\n", style.dim("from"), from.source_url);
        if (!from.retrieved.empty())
          out += fmt::format("    {} {}\n", style.dim("retrieved"), from.retrieved);
        if (!from.note.empty()) out += fmt::format("    {} {}\n", style.dim("note"), from.note);
      }
      by_edition.erase(found);
    }
    print(out);
    return kExitSuccess;
  }

 private:
  std::string ref_;
  std::string format_;
};

}  // namespace

std::unique_ptr<IndexCommand> add_log_command(CLI::App& app) {
  CLI::App* sub =
      app.add_subcommand("log", "List revisions with who imported them, when, and from what");
  sub->footer(
      "Newest first. With REF@N, the revisions up to N.\n\nExamples:\n  kiv log\n"
      "  kiv log kiv/2022-2024\n  kiv log kiv/2022-2024 --format json");
  return std::make_unique<LogCommand>(*sub);
}

}  // namespace kiv::cli

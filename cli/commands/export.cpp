// kiv export: an edition revision as canonical JSON, or the original bytes it was imported from.

#include <cstdio>
#include <filesystem>

#include "command.hpp"
#include "kiv/attachments.hpp"
#include "kiv/error.hpp"
#include "open_archive.hpp"
#include "output.hpp"
#include "output_target.hpp"

namespace kiv::cli {
namespace {

class ExportCommand : public ArchiveCommand {
 public:
  explicit ExportCommand(CLI::App& sub) {
    sub.add_option("REF", ref_, "The edition: SERIES/EDITION[@REVISION]")->required();
    add_format_option(sub, format_, {"json", "source"});
    sub.add_option("--attachment", attachment_,
                   "The bytes of the edition's attachment NAME (kiv import --attach) instead")
        ->option_text("NAME");
    sub.add_option("-o,--output", output_, "Write to FILE instead of standard output")
        ->option_text("FILE");
  }

  int run(const Globals& globals) override {
    const Archive archive = open_archive(globals);
    const RevisionInfo revision = archive.index().resolve(parse_ref(ref_));
    const std::string bytes = !attachment_.empty()  ? attachment_bytes(archive, revision)
                              : format_ == "source" ? archive.source(revision)
                                                    : archive.canonical_json(revision);
    if (output_.empty()) {
      print_bytes(bytes);
      return std::fflush(stdout) == 0 ? kExitSuccess : kExitStore;
    }
    write_output_file(output_, bytes, "note.json");
    return kExitSuccess;
  }

 private:
  std::string attachment_bytes(const Archive& archive, const RevisionInfo& revision) const {
    const std::vector<Attachment> attachments =
        attachments_of(archive.index(), Ref{revision.series, revision.edition, std::nullopt});
    std::vector<std::string> names;
    for (const Attachment& attachment : attachments) {
      if (attachment.name == attachment_) return archive.attachment_bytes(attachment);
      names.push_back(attachment.name);
    }
    throw Error(ErrorKind::not_found,
                revision.series + "/" + revision.edition + " has no attachment '" + attachment_ +
                    "'; its attachments: " + (names.empty() ? "none" : join(names)));
  }

  std::string attachment_;
  std::string ref_;
  std::string format_;
  std::string output_;
};

}  // namespace

std::unique_ptr<ArchiveCommand> add_export_command(CLI::App& app) {
  CLI::App* sub =
      app.add_subcommand("export", "Write out an edition: canonical JSON or its original source");
  sub->footer(
      "--format json (default) writes the canonical edition JSON as stored; --format source "
      "writes the bytes of the file the revision was imported from, exactly.\n\nExamples:\n"
      "  kiv export kiv/2022-2024 > kiv-2022-2024.json\n"
      "  kiv export kiv/2022-2024@1 --format source -o original.json");
  return std::make_unique<ExportCommand>(*sub);
}

}  // namespace kiv::cli

// kiv log: the revisions of an edition, or of the whole store, newest first.

#include <fmt/core.h>

#include <map>
#include <utility>

#include "command.hpp"
#include "json_output.hpp"
#include "kiv/attachments.hpp"
#include "kiv/dates.hpp"
#include "kiv/error.hpp"
#include "output.hpp"
#include "render/document_text.hpp"
#include "render/log_render.hpp"

namespace kiv::cli {
namespace {

class LogCommand : public IndexCommand {
 public:
  explicit LogCommand(CLI::App& sub) {
    sub.add_option("REF", ref_, "An edition (all editions when left out)");
    sub.add_option("-n,--max-count", max_count_, "Only the N newest revisions")
        ->option_text("N")
        ->check(CLI::PositiveNumber);
    sub.add_option("--since", since_,
                   "Only revisions imported at or after TIME: a date (from the start of that day, "
                   "UTC) or a time, e.g. 2026-12-01T14:30+01:00")
        ->option_text("TIME");
    sub.add_flag("--oneline", oneline_, "One line per revision: REF, time, author, message");
    add_format_option(sub, format_, {"text", "json", "md"});
  }

  int run(const Index& index) override {
    std::optional<Ref> ref;
    if (!ref_.empty()) ref = parse_ref(ref_);
    std::vector<RevisionInfo> revisions = index.log(ref);
    const bool none_recorded = revisions.empty();
    if (!since_.empty()) {
      const std::optional<std::string> since =
          is_iso_date(since_) ? std::optional(since_ + "T00:00:00Z") : utc_timestamp(since_);
      if (!since) {
        throw Error(ErrorKind::input, "--since: '" + since_ +
                                          "' is no date or time; expected e.g. 2026-12-01 or "
                                          "2026-12-01T14:30+01:00");
      }
      // Timestamps of one form (ISO 8601 UTC, seconds) order as text.
      std::erase_if(revisions, [&](const RevisionInfo& r) { return r.imported_at < *since; });
    }
    if (max_count_ > 0 && revisions.size() > static_cast<std::size_t>(max_count_))
      revisions.resize(static_cast<std::size_t>(max_count_));
    if (format_ == "json") {
      AttachmentsByEdition attachments;
      for (Attachment& attachment : ref ? attachments_of(index, *ref) : store_attachments(index))
        attachments[attachment.series + "/" + attachment.edition].push_back(std::move(attachment));
      print(revisions_json(revisions, &attachments));
      return kExitSuccess;
    }
    if (none_recorded) {
      print("No revisions yet. Import an edition with 'kiv import FILE'.\n");
      return kExitSuccess;
    }
    std::vector<LogEvent> events;
    for (const RevisionInfo& revision : revisions) {
      LogEvent event{
          revision.ref(), revision.imported_at, revision.imported_by, {}, revision.message};
      event.facts.emplace_back("commit", revision.commit);
      event.facts.emplace_back(
          "source", fmt::format("{} (sha256 {})", revision.source_name, revision.source_sha256));
      if (const std::string document = document_summary(revision); !document.empty())
        event.facts.emplace_back("document", document);
      add_provenance(event, revision.provenance);
      events.push_back(std::move(event));
    }
    // The attachment events of the editions listed, each edition's in the order attached,
    // the editions in the order their revisions are listed.
    std::map<std::pair<std::string, std::string>, std::vector<Attachment>> by_edition;
    for (Attachment& attachment : ref ? attachments_of(index, *ref) : store_attachments(index))
      by_edition[{attachment.series, attachment.edition}].push_back(std::move(attachment));
    // Attachments are events of their own: listed with every revision of the edition shown,
    // unless the revisions are cut to a number or a time, or shown one line each.
    if (max_count_ > 0 || !since_.empty() || oneline_) by_edition.clear();
    for (const RevisionInfo& revision : revisions) {
      const auto found = by_edition.find({revision.series, revision.edition});
      if (found == by_edition.end()) continue;  // none, or listed with an earlier revision
      for (const Attachment& attachment : found->second) {
        LogEvent event{
            attachment.series + "/" + attachment.edition + " attachment " + attachment.name,
            attachment.attached_at,
            attachment.attached_by,
            {},
            ""};
        event.facts.emplace_back("commit", attachment.commit);
        event.facts.emplace_back("document",
                                 fmt::format("{}; {} bytes (sha256 {})", attachment.media_type,
                                             attachment.size, attachment.sha256));
        add_provenance(event, attachment.provenance);
        events.push_back(std::move(event));
      }
      by_edition.erase(found);
    }
    print(format_ == "md" ? render_log_markdown(events, oneline_)
                          : render_log_text(events, oneline_, Style::detect(stdout)));
    return kExitSuccess;
  }

 private:
  static void add_provenance(LogEvent& event, const Provenance& provenance) {
    if (!provenance.source_url.empty()) event.facts.emplace_back("from", provenance.source_url);
    if (!provenance.retrieved.empty()) event.facts.emplace_back("retrieved", provenance.retrieved);
    if (!provenance.note.empty()) event.facts.emplace_back("note", provenance.note);
  }

  std::string ref_;
  int max_count_ = 0;
  std::string since_;
  bool oneline_ = false;
  std::string format_;
};

}  // namespace

std::unique_ptr<IndexCommand> add_log_command(CLI::App& app) {
  CLI::App* sub =
      app.add_subcommand("log", "List revisions with who imported them, when, and from what");
  sub->footer(
      "Newest first. With REF@N, the revisions up to N. -n and --since keep the newest "
      "revisions (--format json too); attachments are then not listed in text and md. "
      "--format json gives each revision its edition's attachments (\"attachments\"). "
      "--format md writes the log as Markdown.\n\nExamples:\n  kiv log\n"
      "  kiv log kiv/2022-2024\n  kiv log -n 5 --oneline\n  kiv log --since 2026-12-01\n"
      "  kiv log kiv/2022-2024 --format json\n"
      "  kiv log kiv/2022-2024 --format md -o provenance.md");
  return std::make_unique<LogCommand>(*sub);
}

}  // namespace kiv::cli

// kiv show: one edition with its priorities and themes, in one language.

#include <fmt/core.h>

#include "command.hpp"
#include "kiv/attachments.hpp"
#include "kiv/edition_format.hpp"
#include "kiv/validity.hpp"
#include "output.hpp"
#include "render/document_text.hpp"
#include "render/edition_render.hpp"

namespace kiv::cli {
namespace {

// "2022-01-01 to 2024-12-31 (its period)", "2016-01-01 (its period) to 2021-12-31
// (extended)": each end with where it comes from; empty when neither end is known.
std::string in_force_text(const InForcePeriod& days) {
  if (days.from.empty() && days.to.empty()) return "";
  const auto origin = [](const std::string& name) {
    return " (" + (name == "period" ? std::string("its period") : name) + ")";
  };
  const auto day = [](const std::string& date) { return date.empty() ? "unknown" : date; };
  if (days.from_origin == days.to_origin)
    return day(days.from) + " to " + day(days.to) + origin(days.to_origin);
  std::string text = day(days.from);
  if (!days.from_origin.empty()) text += origin(days.from_origin);
  text += " to " + day(days.to);
  if (!days.to_origin.empty()) text += origin(days.to_origin);
  return text;
}

class ShowCommand : public IndexCommand {
 public:
  explicit ShowCommand(CLI::App& sub) {
    sub.add_option("REF", ref_, "The edition: SERIES/EDITION[@REVISION], e.g. kiv/2022-2024")
        ->required();
    sub.add_option("--lang", lang_, "Language of the text output (default: nl, else the first)")
        ->option_text("L");
    sub.add_flag("--keys", keys_,
                 "Print each item's key after its title, as kiv link and kiv timeline take it");
    add_format_option(sub, format_, {"text", "json", "md"});
  }

  int run(const Index& index) override {
    const RevisionInfo revision = index.resolve(parse_ref(ref_));
    // The index holds the whole edition: its canonical JSON is the one git holds.
    const Edition edition = index.load(revision);
    if (format_ == "json") {
      print(to_canonical_json(edition));
      return kExitSuccess;
    }
    const std::string lang = pick_language(edition.languages(), lang_, edition.id());
    const int latest = index.resolve(Ref{revision.series, revision.edition, std::nullopt}).revision;
    ShownEdition shown{&edition, lang, {}, {}, keys_};
    const auto fact = [&](const std::string& name, const std::string& value) {
      if (!value.empty()) shown.facts.emplace_back(name, value);
    };
    if (edition.period)
      fact("Period", fmt::format("{}-{}", edition.period->from, edition.period->to));
    fact("Adopted", edition.adopted);
    // The store's editions are read only when another edition superseded this one.
    const bool superseded = !edition.in_force.superseded_by.empty();
    fact("In force",
         in_force_text(in_force_among(edition.series, edition.in_force, edition.period,
                                      superseded ? index.list() : std::vector<EditionSummary>{})));
    if (!edition.in_force.superseded_by.empty())
      fact("Superseded by", edition.series + "/" + edition.in_force.superseded_by);
    fact("Languages", join(edition.languages(), ", "));
    fact("Revision", fmt::format("{} of {}, imported {} by {}", revision.revision, latest,
                                 revision.imported_at, revision.imported_by));
    fact("Commit", revision.commit);
    // The provenance of the document that gave the language shown, which may be an earlier
    // revision's: each document keeps its own.
    const RevisionInfo source = index.document_of(revision, lang);
    fact("Source", fmt::format("{} (sha256 {})", source.source_name, source.source_sha256));
    if (source.revision != revision.revision) {
      fact("From", fmt::format("revision {}, imported {} by {}", source.revision,
                               source.imported_at, source.imported_by));
    }
    fact("Document", document_summary(source));
    fact("Source URL", source.provenance.source_url);
    fact("Retrieved", source.provenance.retrieved);
    fact("Note", source.provenance.note);
    shown.attachments = attachments_of(index, Ref{revision.series, revision.edition, std::nullopt});
    print(format_ == "md" ? render_edition_markdown(shown)
                          : render_edition_text(shown, Style::detect(stdout)));
    return kExitSuccess;
  }

 private:
  std::string ref_;
  std::string lang_;
  bool keys_ = false;
  std::string format_;
};

}  // namespace

std::unique_ptr<IndexCommand> add_show_command(CLI::App& app) {
  CLI::App* sub =
      app.add_subcommand("show", "Show an edition: metadata, provenance, priorities, themes");
  sub->footer(
      "REF is SERIES/EDITION, optionally @REVISION; the series may be left out when the store "
      "holds only one. --format json prints the canonical edition JSON, all languages; md the "
      "edition as Markdown, in one language. "
      "--keys prints each item's key, which kiv link (EDITION:KEY) and kiv timeline take.\n\n"
      "Examples:\n  kiv show kiv/2022-2024\n  kiv show 2016-2019 --lang nl\n"
      "  kiv show kiv/2016-2019 --keys\n"
      "  kiv show kiv/2022-2024@1 --format json\n"
      "  kiv show kiv/2022-2024 --format md -o kiv-2022-2024.md");
  return std::make_unique<ShowCommand>(*sub);
}

}  // namespace kiv::cli

#include <fmt/core.h>

#include <algorithm>

#include "kiv/diff.hpp"
#include "kiv/error.hpp"
#include "render/diff_render.hpp"
#include "render/import_render.hpp"

namespace kiv::cli {
namespace {

std::string outcome_word(ImportOutcome outcome) {
  switch (outcome) {
    case ImportOutcome::created:
      return "created";
    case ImportOutcome::revised:
      return "revised";
    case ImportOutcome::unchanged:
      return "unchanged";
    case ImportOutcome::failed:
      break;
  }
  return "failed";
}

std::string styled_outcome(ImportOutcome outcome, const std::string& text, const Style& style) {
  switch (outcome) {
    case ImportOutcome::created:
      return style.green(text);
    case ImportOutcome::revised:
      return style.yellow(text);
    case ImportOutcome::unchanged:
      return style.dim(text);
    case ImportOutcome::failed:
      break;
  }
  return style.red(text);
}

std::string metadata_lines(const ImportedFile& file, const Edition& edition) {
  const auto line = [](const char* name, const std::string& value, const std::string& origin) {
    return fmt::format("  {:<9} {}{}\n", name, value.empty() ? "-" : value,
                       origin.empty() ? std::string() : fmt::format("  ({})", origin));
  };
  if (!file.reading) {
    return line("format", "json", "") + line("adopted", edition.adopted, "") +
           line("languages", join(edition.languages(), ", "), "");
  }
  const DocumentReading& reading = *file.reading;
  std::string text = line("format", std::string(document_format_name(reading.format)), "");
  text += line("series", reading.series.value, reading.series.origin);
  text += line("edition", reading.edition_id.value, reading.edition_id.origin);
  text += line("language", reading.lang.value, reading.lang.origin);
  text += line("adopted", edition.adopted,
               edition.adopted == reading.adopted.value ? reading.adopted.origin : "");
  if (edition.languages().size() > 1)
    text += line("languages", join(edition.languages(), ", "), "");
  return text;
}

std::string item_lines(const Edition& edition, const std::string& lang, const Style& style) {
  std::string text;
  for (const Section section : kSections) {
    const auto& items = edition.items(section);
    text += fmt::format("  {} ({})\n", section_name(section), items.size());
    Table table({Table::Align::right, Table::Align::left, Table::Align::left});
    for (const Item& item : items) {
      const std::string rank = fmt::format("    {:>3}", item.rank);
      table.add_row({rank, item.key, text_in(item.title, lang)},
                    {rank, style.cyan(item.key), text_in(item.title, lang)});
    }
    text += table.render();
  }
  return text;
}

std::string diff_lines(const ImportRecorded& result, const Style& style) {
  if (!result.preview) return "  no earlier edition of the series to compare with\n";
  const ImportPreview& preview = *result.preview;
  if (!preview.diff) {
    return fmt::format("  not compared with {}: {}\n", side_name(preview.previous),
                       preview.not_compared);
  }
  if (!preview.diff->has_differences()) {
    return fmt::format("  no differences with {} in its items\n", side_name(preview.previous));
  }
  const std::vector<Section> sections(std::begin(kSections), std::end(kSections));
  const DiffSides sides = preview.later ? DiffSides{result.revision, preview.previous}
                                        : DiffSides{preview.previous, result.revision};
  return fmt::format("\n{}",
                     render_diff_text(sides, *preview.diff, {sections, false, false}, style));
}

}  // namespace

std::string render_import_results(const std::vector<ImportedFile>& files,
                                  const std::vector<ImportResult>& results, const Style& style) {
  Table table({Table::Align::left, Table::Align::left, Table::Align::left});
  for (std::size_t i = 0; i < results.size(); ++i) {
    const ImportOutcome outcome = outcome_of(results[i]);
    if (outcome == ImportOutcome::failed) continue;
    const ImportRecorded* done = recorded(results[i]);
    const std::string ref =
        done != nullptr ? done->revision.ref() : std::get<ImportUnchanged>(results[i]).latest.ref();
    const std::string word = outcome_word(outcome);
    const std::string detail =
        done == nullptr
            ? fmt::format("{}: identical to the latest revision, nothing recorded", files[i].path)
            : fmt::format("from {}", files[i].path);
    table.add_row({word, ref, detail},
                  {styled_outcome(outcome, word, style), style.bold(ref), detail});
  }
  return table.render();
}

std::string render_import_preview(const std::vector<ImportedFile>& files,
                                  const std::vector<ImportResult>& results, const Style& style) {
  std::string text;
  for (std::size_t i = 0; i < results.size(); ++i) {
    const ImportOutcome outcome = outcome_of(results[i]);
    if (outcome == ImportOutcome::failed) continue;
    if (!text.empty()) text += "\n";
    const ImportedFile& file = files[i];
    if (const auto* unchanged = std::get_if<ImportUnchanged>(&results[i])) {
      text += fmt::format("{} {}: identical to {}, nothing would be recorded\n",
                          styled_outcome(outcome, "unchanged", style), file.path,
                          style.bold(unchanged->latest.ref()));
      continue;
    }
    const ImportRecorded& result = *recorded(results[i]);
    const char* verb = outcome == ImportOutcome::created ? "would create" : "would revise";
    text += fmt::format("{} {} from {}\n", styled_outcome(outcome, verb, style),
                        style.bold(result.revision.ref()), file.path);
    text += metadata_lines(file, *result.edition);
    if (file.reading) {
      for (const std::string& warning : file.reading->warnings) {
        text += fmt::format("  {} {}\n", style.yellow("warning:"), warning);
      }
    }
    const std::string lang = shown_language(file.reading, *result.edition);
    text += item_lines(*result.edition, lang, style);
    text += diff_lines(result, style);
  }
  return text;
}

std::string render_import_summary(std::size_t files, const std::vector<ImportResult>& results,
                                  std::size_t failed, std::size_t skipped, bool dry_run,
                                  const Style& style) {
  const auto count = [&](ImportOutcome outcome) {
    return static_cast<std::size_t>(
        std::count_if(results.begin(), results.end(),
                      [&](const ImportResult& r) { return outcome_of(r) == outcome; }));
  };
  const std::size_t created = count(ImportOutcome::created);
  const std::size_t revised = count(ImportOutcome::revised);
  const std::size_t unchanged = count(ImportOutcome::unchanged);
  const char* would = dry_run ? "would be " : "";
  std::vector<std::string> parts;
  if (created > 0) parts.push_back(fmt::format("{} {}created", created, would));
  if (revised > 0) parts.push_back(fmt::format("{} {}revised", revised, would));
  if (unchanged > 0) parts.push_back(fmt::format("{} unchanged", unchanged));
  if (failed > 0) parts.push_back(style.red(fmt::format("{} failed", failed)));
  if (const std::size_t left = files - created - revised - unchanged - failed; left > 0) {
    parts.push_back(fmt::format("{} not attempted (--fail-fast)", left));
  }
  if (skipped > 0) {
    parts.push_back(fmt::format("{} other file{} of the directories skipped", skipped,
                                skipped == 1 ? "" : "s"));
  }
  return fmt::format("{} file{}: {}{}\n", files, files == 1 ? "" : "s", join(parts, ", "),
                     dry_run ? "; nothing was written (dry run)" : "");
}

}  // namespace kiv::cli

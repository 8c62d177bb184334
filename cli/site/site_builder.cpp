#include "site/site_builder.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>

#include "kiv/error.hpp"
#include "kiv/history.hpp"
#include "kiv/ids.hpp"
#include "kiv/links.hpp"
#include "output.hpp"
#include "site/site_history.hpp"
#include "site/site_html.hpp"
#include "site/site_pages.hpp"
#include "site/site_scripts.hpp"
#include "site/site_search.hpp"
#include "site/site_writer.hpp"

namespace kiv::cli::site {
namespace {

// The editions of the site, series by series, in Index::list order.
std::vector<SeriesEntry> site_series(const Index& index, const std::string& only) {
  if (!only.empty() && !is_valid_id(only)) {
    throw Error(ErrorKind::input, fmt::format("invalid series '{}': expected an id of "
                                              "[a-z0-9][a-z0-9-]*, e.g. kiv",
                                              only));
  }
  if (!only.empty()) index.require_series(only);
  std::vector<SeriesEntry> series;
  for (EditionSummary& edition : index.list()) {
    if (!only.empty() && edition.series != only) continue;
    if (series.empty() || series.back().series != edition.series)
      series.push_back({edition.series, {}, false, {}});
    series.back().editions.push_back(std::move(edition));
  }
  for (SeriesEntry& entry : series) entry.history = !history_language(entry.editions).empty();
  return series;
}

// Each edition's revisions ("SERIES/EDITION" -> oldest first).
std::map<std::string, std::vector<RevisionInfo>> revisions_by_edition(const Index& index) {
  std::map<std::string, std::vector<RevisionInfo>> revisions;
  for (RevisionInfo& revision : index.log(std::nullopt)) {
    revisions[revision.series + "/" + revision.edition].push_back(std::move(revision));
  }
  for (auto& [edition, list] : revisions) {
    std::sort(list.begin(), list.end(),
              [](const RevisionInfo& a, const RevisionInfo& b) { return a.revision < b.revision; });
  }
  return revisions;
}

// What the history pages of a series are made from: the matrices and flows, their steps taken
// from the diffs of the series' diff pages (SeriesSteps), so that each pair of consecutive
// editions is compared once.
struct SeriesHistory {
  SeriesHistory(const Index& index, const std::string& series, const SeriesSteps& steps)
      : priorities(matrix(index, series, Section::priorities, steps)),
        themes(matrix(index, series, Section::themes, steps)),
        lineages(priorities, themes),
        priorities_flow(series_flow(index, series, Section::priorities, steps, kFlowSpan)),
        themes_flow(series_flow(index, series, Section::themes, steps, kFlowSpan)) {}
  // The site's flow pages draw the latest editions only: a picture of a hundred editions would
  // be megabytes per page (kiv flow --from/--to draws any span).
  static constexpr EditionSpan kFlowSpan{"", "", static_cast<int>(kSiteFlowEditions)};
  SeriesHistory(const SeriesHistory&) = delete;  // `lineages` refers to the matrices
  SeriesHistory& operator=(const SeriesHistory&) = delete;

  Matrix priorities;
  Matrix themes;
  SeriesLineages lineages;
  Flow priorities_flow;
  Flow themes_flow;
};

class Builder {
 public:
  Builder(const Archive& archive, SiteWriter& writer, Progress& progress)
      : archive_(archive), index_(archive.index()), writer_(writer), progress_(progress) {}

  // First the diff pages of consecutive editions, whose diffs give the histories their steps
  // and churn; then the histories; then every other page.
  void build(std::vector<SeriesEntry> series) {
    const auto revisions = revisions_by_edition(index_);
    for (const SeriesEntry& entry : series) {
      for (const EditionSummary& edition : entry.editions) {
        const std::size_t count = revisions.at(edition.series + "/" + edition.edition).size();
        // A page per revision and language (earlier revisions may have fewer), and the
        // revisions' diffs.
        total_ += edition.languages.size() * count + count - 1;
      }
      diffs_total_ += entry.editions.size() - 1;
    }
    // Per series (by position in `series`): its curated links, read once; the churn and the
    // steps of its history, counted off its diff pages' diffs; then its history.
    std::vector<std::vector<CuratedLink>> links;
    std::vector<SeriesStats> stats;
    std::vector<SeriesSteps> steps;
    for (const SeriesEntry& entry : series) {
      links_ = &links.emplace_back(curated_links(index_, entry.series));
      stats.push_back({entry.series, history_language(entry.editions), {}, {}});
      steps.push_back(write_edition_diffs(entry, stats.back()));
    }
    std::vector<std::unique_ptr<SeriesHistory>> histories(series.size());
    for (std::size_t s = 0; s < series.size(); ++s) {
      if (!series[s].history) continue;
      progress_.update("history", s, series.size(), series[s].series);
      histories[s] = std::make_unique<SeriesHistory>(index_, series[s].series, steps[s]);
      total_ += histories[s]->lineages.pages().size() + 3;
      steps[s] = SeriesSteps(stats[s].lang);  // no longer needed
    }
    for (std::size_t s = 0; s < series.size(); ++s) {
      SeriesEntry& entry = series[s];
      links_ = &links[s];
      write_series(entry, revisions, histories[s].get());
      if (!histories[s]) continue;
      write_history(entry.series, *histories[s], stats[s]);
      for (const SeriesStats::Step& step : stats[s].steps) entry.churn.push_back(step.churn);
      histories[s].reset();  // its pages are written
    }
    writer_.write("index.html", index_page(series));
    writer_.write("search.html", search_page());
    writer_.write("search-index.js", search_.script());
    for (const SiteScript& script : scripts) writer_.write(script.name, script.bytes);
    writer_.write("style.css", site_stylesheet());
  }

 private:
  // Writes the diff page of each pair of consecutive editions of the series (their latest
  // revisions). With a history, counts each step's churn into `stats` and returns the steps,
  // both off the diff page's diff when it is in the history's language (else off a diff in
  // that language).
  // Each latest revision is read here and again by write_series: keeping every edition of a
  // series between the two would cost more memory than the second read costs time.
  SeriesSteps write_edition_diffs(const SeriesEntry& entry, SeriesStats& stats) {
    SeriesSteps steps(stats.lang);
    std::optional<Edition> previous;
    for (std::size_t i = 0; i < entry.editions.size(); ++i) {
      const EditionSummary& summary = entry.editions[i];
      Edition edition = archive_.load(summary.latest);
      std::optional<EditionDiff> diff;
      if (previous) {
        const std::string path = diff_path(edition.series, previous->edition, edition.edition);
        diff = write_diff(path, {entry.editions[i - 1].latest, summary.latest}, *previous, edition);
        progress_.update("diffs", ++diffs_done_, diffs_total_, path);
        if (entry.history && !(diff && diff->lang == stats.lang))
          diff = diff_editions(*previous, edition, stats.lang, *links_);
        if (entry.history) steps.add(previous->edition, edition.edition, *diff);
      }
      if (entry.history) add_edition(stats, edition, diff ? &*diff : nullptr);
      previous = std::move(edition);
    }
    return steps;
  }

  // Writes the series' pages but its history's and the diff pages of consecutive editions.
  void write_series(SeriesEntry& entry,
                    const std::map<std::string, std::vector<RevisionInfo>>& revisions,
                    const SeriesHistory* history) {
    for (std::size_t i = 0; i < entry.editions.size(); ++i) {
      const EditionSummary& summary = entry.editions[i];
      const std::vector<RevisionInfo>& revisions_of =
          revisions.at(summary.series + "/" + summary.edition);
      // Every revision, oldest first; the last is the latest.
      std::vector<Edition> recorded;
      for (std::size_t k = 0; k + 1 < revisions_of.size(); ++k)
        recorded.push_back(archive_.load(revisions_of[k]));
      recorded.push_back(archive_.load(summary.latest));
      EditionPageInput input{
          nullptr,
          "",
          revisions_of,
          {},
          0,
          i > 0 ? entry.editions[i - 1].edition : "",
          i + 1 < entry.editions.size() ? entry.editions[i + 1].edition : "",
          history == nullptr ? nullptr : &history->lineages,
          attachments_of(archive_.index(), Ref{summary.series, summary.edition, std::nullopt}),
          &entry.editions};
      for (const Attachment& attachment : input.attachments) {
        writer_.write(
            attachment_file_path(attachment.series, attachment.edition, attachment.sha256),
            archive_.attachment_bytes(attachment));
      }
      for (std::size_t k = 0; k < recorded.size(); ++k) {
        input.revision_languages.push_back(recorded[k].languages());
        // The proof, downloadable from the site: the exact bytes imported, the canonical JSON.
        const RevisionInfo& revision = revisions_of[k];
        writer_.write(revision_file_path(summary.series, summary.edition, revision.revision,
                                         source_download_name(revision)),
                      archive_.source(revision));
        writer_.write(revision_file_path(summary.series, summary.edition, revision.revision,
                                         kEditionDownloadName),
                      archive_.canonical_json(revision));
      }
      for (std::size_t k = 0; k < recorded.size(); ++k) {
        input.edition = &recorded[k];
        input.shown = k;
        for (const std::string& lang : recorded[k].languages()) {
          input.lang = lang;
          const std::string path = revision_page_path(input, k, lang);
          writer_.write(path, edition_page(input));
          if (k + 1 == recorded.size())  // the latest only
            search_.add(recorded[k], lang, path, history == nullptr ? nullptr : &history->lineages);
          advance(path);
        }
      }
      for (std::size_t k = 1; k < revisions_of.size(); ++k) {
        const std::string path =
            revision_diff_path(summary.series, summary.edition, revisions_of[k - 1].revision,
                               revisions_of[k].revision);
        write_diff(path, {revisions_of[k - 1], revisions_of[k]}, recorded[k - 1], recorded[k]);
        advance(path);
      }
    }
  }

  // A timeline page per lineage, the matrix and the churn.
  void write_history(const std::string& series, const SeriesHistory& history,
                     const SeriesStats& stats) {
    for (const auto& [key, lineages] : history.lineages.pages()) {
      const std::string path = timeline_path(series, key);
      writer_.write(path, timeline_page(history.lineages, key));
      advance(path);
    }
    writer_.write(matrix_path(series), matrix_page(history.lineages));
    advance(matrix_path(series));
    writer_.write(stats_path(series), stats_page(stats));
    advance(stats_path(series));
    writer_.write(flow_path(series), flow_page(history.priorities_flow, history.themes_flow,
                                               history.priorities.editions.size()));
    advance(flow_path(series));
  }

  // Writes the diff page and returns the diff; none when the two have no language in common.
  std::optional<EditionDiff> write_diff(const std::string& path, const DiffSides& sides,
                                        const Edition& from, const Edition& to) {
    DiffPageInput input{path, sides, std::nullopt, "", "", ""};
    const std::string lang = common_language(from, to);
    if (lang.empty()) {
      input.why = fmt::format(
          "{} (languages: {}) and {} (languages: {}) have no language in common: "
          "there is nothing to compare.",
          from.id(), join(from.languages(), ", "), to.id(), join(to.languages(), ", "));
      input.from_lang = from.languages().front();
      input.to_lang = to.languages().front();
    } else {
      input.diff = diff_editions(from, to, lang, *links_);  // as kiv diff: curated links first
      input.from_lang = input.to_lang = lang;
    }
    writer_.write(path, diff_page(input));
    return std::move(input.diff);
  }

  void advance(std::string_view path) { progress_.update("pages", ++done_, total_, path); }

  const Archive& archive_;
  const Index& index_;
  SiteWriter& writer_;
  Progress& progress_;
  SearchIndex search_;
  const std::vector<CuratedLink>* links_ = nullptr;  // of the series being written
  std::size_t total_ = 0;                            // pages but the diffs of consecutive editions
  std::size_t done_ = 0;
  std::size_t diffs_total_ = 0;  // diff pages of consecutive editions, written first
  std::size_t diffs_done_ = 0;
};

}  // namespace

void build_site(const Archive& archive, const SiteOptions& options, SiteWriter& writer,
                Progress& progress) {
  Builder(archive, writer, progress).build(site_series(archive.index(), options.series));
}

}  // namespace kiv::cli::site

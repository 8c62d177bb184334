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
  for (SeriesEntry& entry : series) {
    // The history compares every edition in one language (kiv/history.hpp).
    std::vector<std::string> common = entry.editions.front().languages;
    for (const EditionSummary& edition : entry.editions) {
      std::erase_if(common, [&](const std::string& lang) {
        return std::find(edition.languages.begin(), edition.languages.end(), lang) ==
               edition.languages.end();
      });
    }
    entry.history = !common.empty();
  }
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

// What the history pages of a series are made from.
struct SeriesHistory {
  SeriesHistory(const Index& index, const std::string& series)
      : priorities(matrix(index, series, Section::priorities)),
        themes(matrix(index, series, Section::themes)),
        lineages(priorities, themes),
        priorities_flow(series_flow(index, series, Section::priorities, {}, kFlowSpan)),
        themes_flow(series_flow(index, series, Section::themes, {}, kFlowSpan)) {}
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

  void build(std::vector<SeriesEntry> series) {
    const auto revisions = revisions_by_edition(index_);
    std::map<std::string, std::unique_ptr<SeriesHistory>> histories;
    for (const SeriesEntry& entry : series) {
      for (const EditionSummary& edition : entry.editions) {
        const std::size_t count = revisions.at(edition.series + "/" + edition.edition).size();
        // A page per revision and language (earlier revisions may have fewer), and the
        // revisions' diffs.
        total_ += edition.languages.size() * count + count - 1;
      }
      total_ += entry.editions.size() - 1;
      if (entry.history) {
        progress_.update("history", histories.size(), series.size(), entry.series);
        auto& history = histories[entry.series];
        history = std::make_unique<SeriesHistory>(index_, entry.series);
        total_ += history->lineages.pages().size() + 3;
      }
    }
    for (SeriesEntry& entry : series) {
      const auto history = histories.find(entry.series);
      write_series(entry, revisions, history == histories.end() ? nullptr : history->second.get());
      if (history != histories.end()) histories.erase(history);  // its pages are written
    }
    writer_.write("index.html", index_page(series));
    writer_.write("search.html", search_page());
    writer_.write("search-index.js", search_.script());
    writer_.write("style.css", site_stylesheet());
  }

 private:
  // Writes the series' pages; with a history, records its steps' churn in `entry` for the index.
  void write_series(SeriesEntry& entry,
                    const std::map<std::string, std::vector<RevisionInfo>>& revisions,
                    const SeriesHistory* history) {
    links_ = curated_links(index_, entry.series);
    SeriesStats stats{entry.series, history == nullptr ? "" : history->priorities.lang, {}, {}};
    std::optional<Edition> previous;
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
          previous ? previous->edition : "",
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
      Edition edition = std::move(recorded.back());
      recorded.pop_back();
      // The churn is counted off the diff page's diff when it is in the history's language.
      std::optional<EditionDiff> diff;
      if (previous) {
        diff = write_diff(diff_path(edition.series, previous->edition, edition.edition),
                          {entry.editions[i - 1].latest, summary.latest}, *previous, edition);
        if (history != nullptr && !(diff && diff->lang == stats.lang))
          diff = diff_editions(*previous, edition, stats.lang, links_);
      }
      if (history != nullptr) add_edition(stats, edition, diff ? &*diff : nullptr);
      for (std::size_t k = 1; k < revisions_of.size(); ++k) {
        write_diff(revision_diff_path(edition.series, edition.edition, revisions_of[k - 1].revision,
                                      revisions_of[k].revision),
                   {revisions_of[k - 1], revisions_of[k]}, recorded[k - 1],
                   k + 1 == revisions_of.size() ? edition : recorded[k]);
      }
      previous = std::move(edition);
    }
    if (history == nullptr) return;
    write_history(entry.series, *history, stats);
    for (const SeriesStats::Step& step : stats.steps) entry.churn.push_back(step.churn);
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
      input.diff = diff_editions(from, to, lang, links_);  // as kiv diff: curated links first
      input.from_lang = input.to_lang = lang;
    }
    writer_.write(path, diff_page(input));
    advance(path);
    return std::move(input.diff);
  }

  void advance(std::string_view path) { progress_.update("pages", ++done_, total_, path); }

  const Archive& archive_;
  const Index& index_;
  SiteWriter& writer_;
  Progress& progress_;
  SearchIndex search_;
  std::vector<CuratedLink> links_;  // of the series being written
  std::size_t total_ = 0;
  std::size_t done_ = 0;
};

}  // namespace

void build_site(const Archive& archive, const SiteOptions& options, SiteWriter& writer,
                Progress& progress) {
  Builder(archive, writer, progress).build(site_series(archive.index(), options.series));
}

}  // namespace kiv::cli::site

#pragma once
// The pages of the static site, rendered from data the builder (site_builder.hpp) gathered:
// they format, compute nothing, and escape every text.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiv/archive.hpp"
#include "kiv/attachments.hpp"
#include "kiv/diff.hpp"
#include "kiv/edition.hpp"
#include "kiv/history.hpp"
#include "render/diff_render.hpp"

namespace kiv::cli::site {

class SeriesLineages;  // site_history.hpp

// The anchor of an item on its edition page: "p5" for priority 5, "t3" for theme 3.
std::string item_anchor(Section section, int rank);

struct SeriesEntry {
  std::string series;
  std::vector<EditionSummary> editions;  // in Index::list order
  bool history = false;                  // the series has matrix.html and stats.html
  // With a history: per edition after the first, the churn of the step from the one before
  // (editions[i + 1] from editions[i]), as the series' stats page counts it.
  std::vector<ChurnCounts> churn;
};

// index.html: per series, its editions (period, adoption, revision, title, a link per
// language) with a link to the diff from the edition before each and, with a history, what
// changed in that step ("1 changed, 2 added").
std::string index_page(const std::vector<SeriesEntry>& series);

struct EditionPageInput {
  const Edition* edition = nullptr;     // as recorded by the revision shown
  std::string lang;                     // the page's language, one of the edition's
  std::vector<RevisionInfo> revisions;  // every revision of the edition, oldest first
  std::vector<std::vector<std::string>> revision_languages;  // the languages of each
  std::size_t shown = 0;                     // the revision shown, an index into `revisions`
  std::string previous;                      // the series' edition before this one; empty: none
  std::string next;                          // the one after it; empty: none
  const SeriesLineages* lineages = nullptr;  // item keys link to their timelines; null: none
  std::vector<Attachment> attachments;       // the edition's, each at attachment_file_path
  // The series' editions, for the days the edition is in force (in_force_among); null: none.
  const std::vector<EditionSummary>* series_editions = nullptr;
};

// The files kept with each revision for download: its source bytes, under a name of kiv's
// from its media type (source.pdf, source.html, ...; source.bin when unknown), and its
// canonical JSON (edition.json).
std::string source_download_name(const RevisionInfo& revision);
inline constexpr std::string_view kEditionDownloadName = "edition.json";

// The page of revision `index` of `input`'s edition in `lang`: SERIES/EDITION/LANG.html for
// the latest, SERIES/EDITION/rev-N/LANG.html for an earlier one.
std::string revision_page_path(const EditionPageInput& input, std::size_t index,
                               const std::string& lang);

// An edition's page in one language, for its latest revision or an earlier one: the title,
// links to the other languages and to the diffs with the neighbouring editions, the
// priorities and themes (with keys, descriptions, subtopics), the provenance of the revision
// shown, and the revisions, each with its page and the diff from the one before. An earlier
// revision's page says so and links to the latest.
std::string edition_page(const EditionPageInput& input);

struct DiffPageInput {
  std::string path;  // SERIES/diff/FROM_TO.html or SERIES/EDITION/rev-N-M.html
  DiffSides sides;
  std::optional<EditionDiff> diff;  // none when the two have no language in common
  std::string why;                  // then: why there is no diff, for people
  std::string from_lang;            // the language of the pages the sides link to
  std::string to_lang;
};

// A diff page: the body `kiv diff --format html` renders, in the site's frame, with links to
// both sides' edition pages.
std::string diff_page(const DiffPageInput& input);

}  // namespace kiv::cli::site

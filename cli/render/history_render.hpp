#pragma once
// Renderers of a series' history (kiv/history.hpp): timelines, matrices and churn statistics.
// They format the core's structures and compute nothing; every one is a pure function from
// those structures to a string, so that other outputs (the static site) can call them too.
// HTML and SVG escape every text; SVG output is self-contained (no scripts, fonts or external
// references) and can be inlined into an HTML page.

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "kiv/history.hpp"
#include "output.hpp"

namespace kiv::cli {

// ---- Timeline ---------------------------------------------------------------------------

// "changed (wording, rank)", "added", ...
std::string timeline_change_label(TimelineChange change, const std::vector<Aspect>& aspects);

// For people: a heading line, then one aligned row per edition: edition, rank, change, title,
// and a note for splits, merges and items of another key.
// `columns`: the terminal's width (0: no limit), which the titles are cut to fit.
std::string render_timeline_text(const Timeline& timeline, const Style& style,
                                 std::size_t columns = 0);

// For scripts: {"series", "key", "lang", "section", "entries": [{"edition", "rank", "title",
// "key", "change", "aspects", "match", "related": [{"key", "rank", "title"}]}]}; rank, title
// and key are null where the edition has no item, match null where nothing was paired.
std::string render_timeline_json(const Timeline& timeline);

// The fields of a timeline entry or matrix cell that say what changed: "change", "aspects",
// "match" (null where nothing was paired) and "related".
void write_lineage_change(rapidjson::PrettyWriter<rapidjson::StringBuffer>& writer,
                          TimelineChange change, const std::vector<Aspect>& aspects,
                          const std::optional<MatchKind>& match,
                          const std::vector<DiffItem>& related);

// A Markdown table (text escaped), to paste into a note.
std::string render_timeline_markdown(const Timeline& timeline);

// A self-contained SVG of the item's rank through the editions (rank 1 at the top): a line
// through the consecutive editions that have it, a dot per edition coloured by what changed
// (tooltip: edition, rank, title, change), an x where it was removed, split or merged away.
std::string render_timeline_svg(const Timeline& timeline);

// ---- Matrix -----------------------------------------------------------------------------

// A cell's text: its rank and one mark per change ("5~^"); empty for an absent cell. The
// marks (kMatrixLegend): + added, ~ reworded, * description or subtopics changed, ^ moved,
// < split, > merged, = paired with an item of another key, x removed. `first_edition`: the
// series' first edition, whose cells are not marked (there is nothing before them).
std::string matrix_cell_text(const MatrixCell& cell, bool first_edition);

// The legend of the marks, one sentence.
extern const char* const kMatrixLegend;

// An aligned table: key, one column per edition, latest title; the legend below.
// `columns`: the terminal's width (0: no limit): the titles are cut to fit it, and when the
// editions' columns alone would not fit, only the latest editions that do are shown, with a
// line saying how many were left out.
std::string render_matrix_text(const Matrix& matrix, const Style& style, std::size_t columns = 0);

// RFC 4180 CSV for spreadsheets: UTF-8 with a byte-order mark (so that spreadsheets detect
// the encoding), CRLF line ends, fields quoted when they hold a comma, quote, CR or LF (quotes
// doubled). Header `key,title,<edition>,...,changes`; per lineage its key, latest title, its
// rank in each edition as a bare number (empty when absent: columns sort and chart as
// numbers), and in `changes` what changed where, e.g. "2022-2024 changed (wording); 2025-2027
// removed" (the first edition's additions are not listed).
std::string render_matrix_csv(const Matrix& matrix);

// A Markdown table with the cell texts, and the legend.
std::string render_matrix_markdown(const Matrix& matrix);

// JSON: series, lang, section, editions, and per row its key, title and one cell per edition
// (rank or null, title, key, change, aspects, match, related), as render_timeline_json names
// them.
std::string render_matrix_json(const Matrix& matrix);

// CSV (render/csv.hpp): one row per edition, oldest first: its priorities and themes, and the
// churn of the step from the edition before it (empty for the first).
std::string render_stats_csv(const SeriesStats& stats);

// The matrix as an HTML table (class "matrix"): a header row of editions, then a row per
// lineage headed by `label(row)` (HTML, in a <th class="lineage" scope="row"> with the key as
// its tooltip), each present cell with its mark and rank, coloured by change, the title as
// worded in that edition as a tooltip; the absent cells of a run in one cell. `editions`, when
// given, gives each edition's header cell its HTML (a link); else the id.
using MatrixRowLabel = std::function<std::string(const MatrixRow&)>;
using MatrixEditionLabel = std::function<std::string(const std::string& edition)>;
std::string matrix_table_html(const Matrix& matrix, const MatrixRowLabel& label,
                              const MatrixEditionLabel& editions = {});

// The CSS of matrix_table_html's table: the row labels and the header stay in view while the
// editions scroll (position: sticky).
std::string_view matrix_table_style();

// One self-contained HTML page: the table (matrix_table_html, rows named by their latest
// wording) and the legend.
std::string render_matrix_html(const Matrix& matrix);

// A self-contained SVG of the matrix: one row per lineage, one column per edition, a
// coloured box with the rank for each present cell (tooltip: edition, rank, change, title),
// latest wordings on the left (keys in their tooltips), editions on top, the legend below.
std::string render_matrix_svg(const Matrix& matrix);

// The colour (#rrggbb) that HTML and SVG outputs fill a change with: added green, removed red,
// reworded (wording, description, subtopics) yellow, moved only blue, split purple, merged orange,
// unchanged grey, absent none (empty).
std::string_view change_colour(TimelineChange change, const std::vector<Aspect>& aspects);

// What changed in a cell, in words: "changed (wording)", "split into a, b", "unchanged, paired
// with a"; empty for an absent or unchanged cell.
std::string matrix_cell_change(const MatrixCell& cell);

// A cell in a sentence, for tooltips: "2022-2024, rank 5: TITLE (changed (wording))".
std::string matrix_cell_tooltip(const Matrix& matrix, std::size_t edition, const MatrixCell& cell);

// ---- Stats ------------------------------------------------------------------------------

// Two aligned tables: the item counts of each edition, the churn of each step.
std::string render_stats_text(const SeriesStats& stats, const Style& style);

// {"series", "lang", "editions": [{"edition", "priorities", "themes"}], "steps": [{"from",
// "to", "added", "removed", "changed", "unchanged", "split", "merged"}]}.
std::string render_stats_json(const SeriesStats& stats);

// Markdown: a heading, the editions' counts and the steps' churn as two tables.
std::string render_stats_markdown(const SeriesStats& stats);

// A self-contained SVG chart of the churn: per step a bar stacking its changes (changed,
// split, merged, removed, added; unchanged items are counted under the bar, not stacked), its
// total above it, both editions under it, its counts as a tooltip; an axis with ticks; a legend.
std::string render_stats_svg(const SeriesStats& stats);

}  // namespace kiv::cli

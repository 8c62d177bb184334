// kiv timeline: one item's lineage through the editions of its series.

#include <algorithm>

#include "command.hpp"
#include "kiv/error.hpp"
#include "kiv/history.hpp"
#include "kiv/ids.hpp"
#include "kiv/search.hpp"
#include "output.hpp"
#include "render/history_render.hpp"
#include "series_option.hpp"

namespace kiv::cli {
namespace {

// Where a TEXT argument (not a key of the series) becomes an item key: the whole title of an
// item in any language (case, diacritics and punctuation ignored: keys_titled), else the item
// that full-text search ranks best in the series (kiv/search.hpp), which standard error names
// with the other items that matched. Returns nullopt when nothing matches; throws Error{input}
// when the text is the title of several items, or is not valid search syntax.
std::optional<std::string> find_item_key(const Index& index, const std::string& series,
                                         const std::string& argument, const std::string& lang) {
  const std::vector<std::string> keys = keys_titled(index, series, argument);
  if (keys.size() > 1) {
    throw Error(ErrorKind::input, "'" + argument + "' is the title of several items of " + series +
                                      ": " + join(keys, ", ") + "; name one by its key");
  }
  if (!keys.empty()) return keys.front();
  SearchQuery query;
  query.text = argument;
  query.series = series;
  query.lang = lang;
  query.limit = 20;
  std::vector<std::string> matched;
  for (const SearchHit& hit : search(index, query)) {
    if (!hit.key.empty() && std::find(matched.begin(), matched.end(), hit.key) == matched.end()) {
      matched.push_back(hit.key);
    }
  }
  if (matched.empty()) return std::nullopt;
  std::string note =
      "'" + argument + "' is not a key; following '" + matched.front() + "', the best search match";
  if (matched.size() > 1) {
    note += " (also matched: " +
            join(std::vector<std::string>(matched.begin() + 1, matched.end()), ", ") + ")";
  }
  print_note(note);
  return matched.front();
}

class TimelineCommand : public IndexCommand {
 public:
  explicit TimelineCommand(CLI::App& sub) {
    sub.add_option("KEY", argument_, "An item's key, or its title (TEXT)")
        ->required()
        ->option_text("KEY|TEXT");
    add_series_option(sub, series_);
    add_titles_lang_option(sub, lang_);
    add_span_options(sub, span_);
    add_format_option(sub, format_, {"text", "json", "md", "svg"});
  }

  int run(const Index& index) override {
    const std::string series = pick_series(index, series_);
    std::optional<Timeline> found;
    if (is_valid_id(argument_)) {
      try {
        found = timeline(index, series, argument_, lang_);
      } catch (const Error& e) {
        if (e.kind() != ErrorKind::not_found) throw;
      }
    }
    if (!found) {
      const std::optional<std::string> key = find_item_key(index, series, argument_, lang_);
      if (!key) {
        print_error("no item with key or title '" + argument_ + "' in " + series +
                    ", nor one that kiv search finds; 'kiv matrix --series " + series +
                    "' lists every key");
        return kExitNothingFound;
      }
      found = timeline(index, series, *key, lang_);
    }
    found = within(*found, span_);
    if (format_ == "json") {
      print(render_timeline_json(*found));
    } else if (format_ == "md") {
      print(render_timeline_markdown(*found));
    } else if (format_ == "svg") {
      print(render_timeline_svg(*found));
    } else {
      print(render_timeline_text(*found, Style::detect(stdout), terminal_columns()));
    }
    return kExitSuccess;
  }

 private:
  std::string argument_;
  std::string series_;
  std::string lang_;
  EditionSpan span_;
  std::string format_;
};

}  // namespace

std::unique_ptr<IndexCommand> add_timeline_command(CLI::App& app) {
  CLI::App* sub =
      app.add_subcommand("timeline", "Show one item through every edition of its series");
  sub->footer(
      "One row per edition of the series, oldest first: the item's rank, its title as worded in "
      "that edition, and what changed since the edition before: added, unchanged, changed "
      "(wording, rank, description, subtopics), split, merged, removed, or absent. 'rank' means "
      "the item moved among the others, not that it was renumbered because items were added or "
      "removed before it. The item is named by its key, or by its whole title (case, accents and "
      "punctuation do not matter), else by words that kiv search finds: the best match is followed "
      "and standard error names it. Exit status 1 when nothing matches, 2 for a query kiv search "
      "refuses. --format svg draws the item's rank through the editions (rank 1 at the top).\n\n"
      "Examples:\n  kiv timeline cybercrime\n"
      "  kiv timeline \"cybercrime en cyber security\"\n"
      "  kiv timeline drugs\n"
      "  kiv timeline drugsbeleid --series kiv --format json\n"
      "  kiv timeline leefmilieu --format md --lang nl\n"
      "  kiv timeline cybercrime --last 2\n"
      "  kiv timeline cybercrime --format svg > cybercrime.svg");
  return std::make_unique<TimelineCommand>(*sub);
}

}  // namespace kiv::cli

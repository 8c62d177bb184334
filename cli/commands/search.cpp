// kiv search: the items whose title, description or subtopics hold the query's words.

#include <fmt/core.h>

#include <cstdio>

#include "command.hpp"
#include "output.hpp"
#include "render/search_render.hpp"

namespace kiv::cli {
namespace {

class SearchCommand : public IndexCommand {
 public:
  explicit SearchCommand(CLI::App& sub) {
    sub.add_option("QUERY", words_,
                   "Words to search for (several arguments are one query), \"phrases\", prefix*, "
                   "AND, OR, NOT, ( ), title:, description:, subtopics:")
        ->required();
    sub.add_option("--series", query_.series, "Only editions of this series")->option_text("S");
    sub.add_option("--lang", query_.lang, "Only texts in this language (default: all)")
        ->option_text("L");
    sub.add_flag("--all-revisions", query_.all_revisions,
                 "Also search the revisions that later ones replaced (hits name their revision)");
    sub.add_option("--limit", query_.limit, "Show at most N hits, the best ones (default: 50)")
        ->check(CLI::Validator(
            [](const std::string& value) -> std::string {
              const bool whole = !value.empty() && value.size() <= 9 &&
                                 value.find_first_not_of("0123456789") == std::string::npos;
              if (whole && std::stoul(value) >= 1) return "";
              return "expected a number of hits, 1 or more (e.g. --limit 10), not '" + value + "'";
            },
            "N"))
        ->capture_default_str()
        ->option_text("N");
    add_format_option(sub, format_, {"text", "json"});
  }

  int run(const Index& index) override {
    query_.text = join(words_, " ");
    const std::size_t shown = query_.limit;
    ++query_.limit;  // one more, to tell whether there were more
    std::vector<SearchHit> hits = search(index, query_);
    const bool more = hits.size() > shown;
    if (more) hits.resize(shown);
    if (format_ == "json") {
      print(render_search_json(hits, query_.all_revisions));
    } else {
      print(render_search_text(hits, query_.all_revisions, Style::detect(stdout)));
    }
    if (hits.empty()) {
      print_note("no matches for '" + query_.text + "'");
      return kExitNothingFound;
    }
    if (more) {
      print_note(fmt::format("the best {} matches are shown; --limit N shows more", shown));
    }
    return kExitSuccess;
  }

 private:
  std::vector<std::string> words_;
  SearchQuery query_;
  std::string format_;
};

}  // namespace

std::unique_ptr<IndexCommand> add_search_command(CLI::App& app) {
  CLI::App* sub = app.add_subcommand(
      "search", "Find items by the words of their titles, descriptions and subtopics");
  sub->footer(
      "Searches the latest revision of every edition, in every language, ignoring case and "
      "diacritics (geintegreerd finds geïntegreerd). Words must all be found, in any order, each "
      "also as the beginning of a longer word (drugs finds drugsbeleid; the word itself ranks "
      "first; \"drugs\" quoted is the word only) and, a word of five Latin letters or more, as "
      "another form of its Snowball stem that begins with the same four letters (radicaliseringen "
      "finds radicalisering; nl, fr, de, en; --lang's only when given); \"a phrase\" in that "
      "order; word* is a prefix; "
      "AND, OR, NOT (in capitals) and ( ) combine "
      "them; title:, description: and subtopics: search one text of the item. The best hits come "
      "first: a word in a title counts for more than one in a description. Each hit shows its "
      "edition, section and rank, language and title, and a snippet when the words are in the "
      "description or the subtopics; the words found are bold on a terminal, else between **.\n"
      "Exit status: 0 hits found, 1 no hits (json prints []), 2 bad usage, including a query "
      "that is not valid FTS5 query syntax or an unknown series or language.\n\n"
      "Examples:\n  kiv search cybercrime\n"
      "  kiv search geintegreerd drugsbeleid --lang nl\n"
      "  kiv search '\"cyber security\"' --all-revisions\n"
      "  kiv search 'drugs*' --series kiv --format json\n"
      "  kiv search 'title:(terrorisme OR drugs*) NOT radicalisering' --limit 5");
  return std::make_unique<SearchCommand>(*sub);
}

}  // namespace kiv::cli

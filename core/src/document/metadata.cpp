#include "document/metadata.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>

#include "document/dates.hpp"
#include "document/words.hpp"
#include "kiv/dates.hpp"
#include "kiv/error.hpp"
#include "kiv/ids.hpp"

namespace kiv::document {
namespace {

// The series the framework note itself is.
constexpr std::string_view kKivSeries = "kiv";

// A name of a series a document may belong to, split into words as the finders compare them.
struct KnownName {
  std::string series;
  std::string lang;
  std::vector<Word> words;
  bool described = false;  // of a series the store describes (kiv series add)
};

void add_names(const std::vector<SeriesDescription>& list, std::vector<KnownName>& names) {
  for (const SeriesDescription& series : list) {
    for (const auto& [lang, texts] : series.names) {
      for (const std::string& text : texts)
        names.push_back({series.series, lang, words_of(text), !series.built_in});
    }
  }
}

// The names of kiv's own series (kiv/series.hpp built_in_series, split once), then those of
// `described`.
std::vector<KnownName> known_names(const std::vector<SeriesDescription>& described) {
  static const std::vector<KnownName> kBuiltIn = [] {
    std::vector<KnownName> names;
    add_names(built_in_series(), names);
    return names;
  }();
  std::vector<KnownName> names = kBuiltIn;
  add_names(described, names);
  return names;
}

// A period counts as next to the series' name when it comes right before it, or after it with
// at most this many words between ("Kadernota Integrale Veiligheid (KIV) 2022-2024").
constexpr std::size_t kMaxWordsBetween = 1;

const std::set<std::string_view> kAdoptionWords = {
    "goedgekeurd", "gevalideerd", "aangenomen", "voorgesteld", "vastgesteld",
    "adopte",      "adoptee",     "adoptes",    "adoptees",    "approuve",
    "approuvee",   "approuves",   "approuvees", "valide",      "validee",
    "presente",    "presentee",   "angenommen", "genehmigt",   "verabschiedet",
    "vorgestellt", "adopted",     "approved",   "validated",   "presented"};

// Frequent words that belong to one language only (of nl, fr, de, en).
const std::map<std::string_view, std::string_view> kFunctionWords = {
    {"het", "nl"},   {"een", "nl"},  {"van", "nl"},  {"voor", "nl"}, {"met", "nl"},
    {"zijn", "nl"},  {"niet", "nl"}, {"ook", "nl"},  {"dat", "nl"},  {"worden", "nl"},
    {"wordt", "nl"}, {"bij", "nl"},  {"deze", "nl"}, {"naar", "nl"}, {"le", "fr"},
    {"la", "fr"},    {"les", "fr"},  {"des", "fr"},  {"du", "fr"},   {"et", "fr"},
    {"pour", "fr"},  {"dans", "fr"}, {"une", "fr"},  {"est", "fr"},  {"sont", "fr"},
    {"sur", "fr"},   {"par", "fr"},  {"avec", "fr"}, {"aux", "fr"},  {"au", "fr"},
    {"der", "de"},   {"das", "de"},  {"und", "de"},  {"den", "de"},  {"dem", "de"},
    {"ist", "de"},   {"fur", "de"},  {"mit", "de"},  {"von", "de"},  {"zu", "de"},
    {"nicht", "de"}, {"auf", "de"},  {"im", "de"},   {"eine", "de"}, {"sich", "de"},
    {"the", "en"},   {"and", "en"},  {"of", "en"},   {"to", "en"},   {"for", "en"},
    {"is", "en"},    {"are", "en"},  {"on", "en"},   {"with", "en"}, {"by", "en"},
    {"that", "en"},  {"this", "en"}, {"from", "en"}};
// The text's language needs at least this many function words, more than any other's.
constexpr int kMinFunctionWords = 3;

// A line of text with its words, as the finders read it.
struct Line {
  std::string text;  // spaces collapsed, URLs blanked
  int number = 0;    // 0: the file name
  std::vector<Word> words;
  int page = 0;  // PDF only
};

std::string origin_of(const Line& line) {
  return line.number == 0 ? "file name" : "text, " + place_of(line.number, line.page);
}

// `text` with each URL replaced by a space: its digits are no dates.
std::string without_urls(std::string_view text) {
  std::string kept;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t url = std::string_view::npos;
    for (const std::string_view start : {"http://", "https://", "www."})
      url = std::min(url, text.find(start, at));
    kept.append(text.substr(at, url - at));
    if (url == std::string_view::npos) break;
    kept += ' ';
    at = std::min(text.find_first_of(" \t\n", url), text.size());
  }
  return kept;
}

void add_lines(std::string_view text, int first_line, int page, std::vector<Line>& lines) {
  int number = first_line;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    const std::size_t end = std::min(text.find('\n', begin), text.size());
    Line line{collapse_spaces(without_urls(text.substr(begin, end - begin))), number++, {}, page};
    line.words = words_of(line.text);
    if (!line.words.empty()) lines.push_back(std::move(line));
    begin = end + 1;
  }
}

void add_item_lines(const std::vector<ListItem>& items, std::vector<Line>& lines) {
  for (const ListItem& item : items) {
    add_lines(item.text, item.line, item.page, lines);
    add_item_lines(item.children, lines);
  }
}

// The file name without its folders and extension (KIV_22-24_NL.html -> KIV_22-24_NL).
Line file_name_line(std::string_view path) {
  std::string_view name = path.substr(std::min(path.find_last_of("/\\") + 1, path.size()));
  if (const auto dot = name.rfind('.'); dot != std::string_view::npos && dot > 0)
    name = name.substr(0, dot);
  Line line{collapse_spaces(name), 0, {}};
  line.words = words_of(line.text);
  return line;
}

struct Lines {
  Line file_name;
  std::vector<Line> text;
};

Lines lines_of(const Blocks& blocks, std::string_view path) {
  Lines lines{file_name_line(path), {}};
  for (const Block& block : blocks) {
    add_lines(block.text, block.line, block.page, lines.text);
    add_item_lines(block.items, lines.text);
  }
  return lines;
}

// Where a name of a series is written: words [first, last], and which series.
struct SeriesMention {
  std::size_t first;
  std::size_t last;
  const KnownName* name;
};

// The names of series written in `words`, in the order they are written; of `series` only when
// it is not empty.
std::vector<SeriesMention> series_mentions(const std::vector<Word>& words,
                                           const std::vector<KnownName>& names,
                                           std::string_view series = {}) {
  std::vector<SeriesMention> mentions;
  for (std::size_t k = 0; k < words.size(); ++k) {
    for (const KnownName& known : names) {
      const auto& name = known.words;
      if (!series.empty() && known.series != series) continue;
      if (name.empty() || k + name.size() > words.size()) continue;
      const bool same =
          std::equal(name.begin(), name.end(), words.begin() + static_cast<std::ptrdiff_t>(k),
                     [](const Word& a, const Word& b) { return a.folded == b.folded; });
      if (same) mentions.push_back({k, k + name.size() - 1, &known});
    }
  }
  return mentions;
}

[[noreturn]] void undetected(std::string_view path, const std::string& what,
                             std::string_view option) {
  throw Error(ErrorKind::input,
              std::string(path) + ": " + what + "; give it with " + std::string(option));
}

Detected overridden(const std::string& value, std::string_view option, bool valid,
                    std::string_view expected) {
  if (!valid) {
    throw Error(ErrorKind::input,
                std::string(option) + ": '" + value + "' is not " + std::string(expected));
  }
  return {value, std::string(option)};
}

Detected detect_series(const Lines& lines, std::string_view path,
                       const std::vector<KnownName>& names) {
  // The first name written: in the file name, else in the text.
  if (const auto named = series_mentions(lines.file_name.words, names); !named.empty()) {
    return {named.front().name->series, "file name"};
  }
  // A line that names several series belongs to a series the store describes when it names
  // one (a zonal plan names the KIV it follows; the KIV names no zonal plan), else to the KIV
  // when it names it ("Het Nationaal Veiligheidsplan 2016-2019 en de Kadernota Integrale
  // Veiligheid" is the KIV's: a KIV note mentions the plan that follows it).
  for (const Line& line : lines.text) {
    const auto named = series_mentions(line.words, names);
    if (named.empty()) continue;
    for (const SeriesMention& mention : named) {
      if (mention.name->described) return {mention.name->series, origin_of(line)};
    }
    const bool kiv = std::any_of(named.begin(), named.end(), [](const SeriesMention& m) {
      return m.name->series == kKivSeries;
    });
    return {kiv ? std::string(kKivSeries) : named.front().name->series, origin_of(line)};
  }
  undetected(path,
             "no series found (expected its name, e.g. 'Kadernota Integrale Veiligheid', "
             "'Note-cadre de Sécurité intégrale' or 'KIV')",
             "--series");
}

// The first period next to a name of `series`, of the given kind (four-digit years or not).
std::optional<Detected> period_next_to_series(const std::vector<Line>& lines, bool full,
                                              std::string_view series,
                                              const std::vector<KnownName>& names) {
  for (const Line& line : lines) {
    const auto mentions = series_mentions(line.words, names, series);
    if (mentions.empty()) continue;
    for (const FoundPeriod& period : periods_in(line.text, line.words)) {
      if (period.full != full) continue;
      const std::size_t first = period.first_word;
      const std::size_t last = first + 1;
      for (const auto& [name_first, name_last, named] : mentions) {
        if ((first > name_last && first - name_last - 1 <= kMaxWordsBetween) ||
            last + 1 == name_first) {
          return Detected{period.id, origin_of(line)};
        }
      }
    }
  }
  return std::nullopt;
}

Detected detect_edition_id(const Lines& lines, std::string_view path, std::string_view series,
                           const std::vector<KnownName>& names) {
  if (const auto periods = periods_in(lines.file_name.text, lines.file_name.words);
      !periods.empty()) {
    return {periods.front().id, "file name"};
  }
  for (const bool full : {true, false}) {
    if (auto found = period_next_to_series(lines.text, full, series, names)) return *found;
  }
  for (const Line& line : lines.text) {
    for (const FoundPeriod& period : periods_in(line.text, line.words)) {
      if (period.full) return {period.id, origin_of(line)};
    }
  }
  undetected(path,
             "no edition period found (expected e.g. '2022-2024' beside the series' name, or in "
             "the file name)",
             "--edition");
}

Detected detect_lang(const Lines& lines, std::string_view path) {
  constexpr std::array<std::string_view, 4> kLanguages = {"nl", "fr", "de", "en"};
  for (auto word = lines.file_name.words.rbegin(); word != lines.file_name.words.rend(); ++word) {
    if (std::find(kLanguages.begin(), kLanguages.end(), word->folded) != kLanguages.end()) {
      return {word->folded, "file name"};
    }
  }
  std::map<std::string_view, int> counts;
  for (const Line& line : lines.text) {
    for (const Word& word : line.words) {
      if (const auto found = kFunctionWords.find(word.folded); found != kFunctionWords.end())
        ++counts[found->second];
    }
  }
  std::string_view best;
  int best_count = 0;
  int second_count = 0;
  for (const auto& [lang, count] : counts) {
    if (count > best_count) {
      second_count = best_count;
      best_count = count;
      best = lang;
    } else {
      second_count = std::max(second_count, count);
    }
  }
  if (best_count < kMinFunctionWords || best_count == second_count) {
    undetected(path,
               "the language could not be detected (expected nl, fr, de or en in the file name, "
               "e.g. _NL, or text in one of them)",
               "--lang");
  }
  return {std::string(best), "text"};
}

bool has_adoption_word(const Line& line) {
  return std::any_of(line.words.begin(), line.words.end(),
                     [](const Word& word) { return kAdoptionWords.contains(word.folded); });
}

// A date on (or on the line after, or across the break to it) a line with an adoption word,
// else the first date.
Detected detect_adopted(const std::vector<Line>& lines) {
  std::vector<std::vector<std::string>> dates;
  dates.reserve(lines.size());
  for (const Line& line : lines) dates.push_back(dates_in(line.text, line.words));
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (!has_adoption_word(lines[k])) continue;
    if (!dates[k].empty()) return {dates[k].front(), origin_of(lines[k])};
    if (k + 1 == lines.size() || lines[k + 1].number != lines[k].number + 1) continue;
    // The line after it: a date of its own, or one that a line break cut ("op 28 januari" +
    // "2022 en op 4 februari 2022": 2022-01-28, placed where it starts).
    const std::string joined = lines[k].text + " " + lines[k + 1].text;
    const std::vector<std::string> across = dates_in(joined, words_of(joined));
    if (across.empty()) continue;
    const bool next_own = !dates[k + 1].empty() && dates[k + 1].front() == across.front();
    return {across.front(), origin_of(lines[k + (next_own ? 1 : 0)])};
  }
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (!dates[k].empty()) return {dates[k].front(), origin_of(lines[k])};
  }
  return {};
}

}  // namespace

Metadata detect_metadata(const Blocks& blocks, std::string_view path,
                         const DocumentOverrides& overrides) {
  const Lines lines = lines_of(blocks, path);
  Metadata metadata;
  const std::vector<KnownName> names = known_names(overrides.described_series);
  metadata.series = overrides.series.empty()
                        ? detect_series(lines, path, names)
                        : overridden(overrides.series, "--series", is_valid_id(overrides.series),
                                     "a series id (lowercase letters, digits and '-', e.g. kiv)");
  metadata.edition_id =
      overrides.edition.empty()
          ? detect_edition_id(lines, path, metadata.series.value, names)
          : overridden(overrides.edition, "--edition", is_valid_id(overrides.edition),
                       "an edition id (lowercase letters, digits and '-', e.g. 2022-2024)");
  metadata.lang = overrides.lang.empty()
                      ? detect_lang(lines, path)
                      : overridden(overrides.lang, "--lang", is_valid_lang(overrides.lang),
                                   "a language code (two lowercase letters, e.g. nl)");
  metadata.adopted = overrides.adopted.empty() ? detect_adopted(lines.text)
                                               : overridden(overrides.adopted, "--adopted",
                                                            is_iso_date(overrides.adopted),
                                                            "a date (YYYY-MM-DD, e.g. 2022-03-31)");
  if (metadata.adopted.value.empty()) {
    metadata.warnings.push_back("no adoption date found; give it with --adopted");
  }
  return metadata;
}

std::string edition_title(std::string_view series, std::string_view edition_id,
                          std::string_view lang, const std::vector<SeriesDescription>& described) {
  for (const auto* list : {&built_in_series(), &described}) {
    for (const SeriesDescription& description : *list) {
      if (description.series != series) continue;
      if (const std::string name = series_name(description, lang); !name.empty())
        return name + " " + std::string(edition_id);
    }
  }
  return std::string(series) + " " + std::string(edition_id);
}

}  // namespace kiv::document

#pragma once
// Series: the framework note (kiv) and the plans that follow it. kiv knows two (the KIV and the
// police's Nationaal Veiligheidsplan, nvp); an archivist describes any other (a zonal security
// plan, a regional note) in a series file, without a change to kiv: `kiv series add FILE`
// records it in git as SERIES/series.json, and the document readers then know its names and
// the headings that introduce its priorities and themes.
//
// The series file (format kiv-series/1):
//   {"format": "kiv-series/1", "series": "zvp-gent",
//    "names": {"nl": ["Zonaal Veiligheidsplan Gent", "ZVP Gent"], "fr": [...]},
//    "priorities": {"nl": ["Strategische doelstellingen"]},
//    "themes": {"nl": ["Transversale doelstellingen"]}}
// names: per language, at least one name in one language; the first of a language titles the
// series' editions in that language ("Zonaal Veiligheidsplan Gent 2020-2025"). priorities and
// themes (optional): per language, the headings that introduce that section in the series'
// documents, compared as built-in headings are (case folded, without diacritics, as whole
// words of a heading or of the last sentence of a paragraph ending in ':').

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kiv {

class Archive;
class Index;

inline constexpr std::string_view kSeriesFormat = "kiv-series/1";

// Language code -> texts, in the order given.
using LangTexts = std::map<std::string, std::vector<std::string>>;

struct SeriesDescription {
  std::string series;  // id
  LangTexts names;
  LangTexts priority_headings;
  LangTexts theme_headings;
  bool built_in = false;  // one of kiv's own (built_in_series)

  bool operator==(const SeriesDescription&) const = default;
};

// A described series as the store records it.
struct SeriesRecord {
  SeriesDescription description;
  std::string commit;        // that recorded its series.json
  std::string described_at;  // ISO 8601 UTC
  std::string described_by;  // "Name <email>"
};

// The series kiv knows without a file: kiv and nvp, with their names (their headings are the
// readers' built-in ones, not listed here).
const std::vector<SeriesDescription>& built_in_series();

// The name a series is known by in `lang`: its first name in that language, else its first
// Dutch name, else its first name in any language; empty when it has none. What titles its
// editions ("Zonaal Veiligheidsplan Gent 2020-2025").
std::string series_name(const SeriesDescription& series, std::string_view lang);

// Parses and checks a series file: the format, an id, only known fields, each language a
// language code, each text non-empty, at most 200 characters, without control characters, and
// no series that is built in. Throws Error{input} "SOURCE: /PATH: what was expected".
SeriesDescription parse_series_description(std::string_view json, std::string_view source);

// The canonical series file: fixed field order, languages sorted, texts in NFC, two-space
// indentation.
std::string series_description_json(const SeriesDescription& description);

// The series the store describes, sorted by id (from the index).
std::vector<SeriesRecord> described_series(const Index& index);

// Records `description` as SERIES/series.json in one commit, replacing the series' earlier
// description, and returns the record. `author` "Name <email>" (empty: $KIV_AUTHOR, else kiv),
// `message` empty: "Describe the series SERIES". A description equal to the recorded one
// records nothing and returns the recorded record. Error{input} for a malformed author.
SeriesRecord describe_series(Archive& archive, const SeriesDescription& description,
                             const std::string& author = "", const std::string& message = "");

// SERIES/series.json.
std::string series_file_path(const std::string& series);
inline constexpr const char* kSeriesFile = "series.json";

}  // namespace kiv

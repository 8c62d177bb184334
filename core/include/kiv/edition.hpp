#pragma once
// The edition model: one edition of a framework note (e.g. kiv/2022-2024) with its priorities
// and transversal themes, in one or more languages. Plain values, no I/O.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiv {

// A text in several languages: language code (two lowercase letters) -> text (UTF-8, NFC).
using LangText = std::map<std::string, std::string>;

enum class Section { priorities, themes };
inline constexpr Section kSections[] = {Section::priorities, Section::themes};
std::string_view section_name(Section section) noexcept;  // "priorities" or "themes"

// Where an item's key comes from. `given`: written in the source by a person, or fixed with
// kiv link: a fact the diff pairs by and never undoes. `inferred`: taken at import from the
// item of the previous edition the matcher paired it with, and `minted`: made at import from
// the item's title (kiv/keys.hpp): evidence, which the diff may overrule when the content says
// split or merge.
enum class KeyOrigin { given, inferred, minted };

std::string_view key_origin_name(KeyOrigin origin) noexcept;  // "given", "inferred", "minted"
std::optional<KeyOrigin> key_origin_named(std::string_view name) noexcept;

struct Item {
  int rank = 0;          // 1-based position within its section
  std::string key;       // stable id across editions; empty when none was given
  LangText title;        // required, at least the edition's languages
  LangText description;  // optional (empty map when absent)
  std::vector<LangText> subtopics;
  KeyOrigin key_origin = KeyOrigin::given;  // of `key`, when there is one
};

struct Period {
  int from = 0;
  int to = 0;

  bool operator==(const Period&) const = default;
};

struct Provenance {
  std::string source_url;  // empty when unknown
  std::string retrieved;   // ISO date, empty when unknown
  std::string note;        // empty when none

  bool operator==(const Provenance&) const = default;
};

// When an edition is in force, as recorded (each value optional; kiv/validity.hpp says what an
// edition without them is taken to be in force for: its period).
struct Validity {
  std::string from;           // ISO date it came into force
  std::string to;             // ISO date its term ended
  std::string extended_to;    // ISO date its term was extended to
  std::string superseded_by;  // id of the edition of the same series that replaced it

  bool empty() const {
    return from.empty() && to.empty() && extended_to.empty() && superseded_by.empty();
  }
  bool operator==(const Validity&) const = default;
};

struct Edition {
  std::string series;   // id, e.g. "kiv"
  std::string edition;  // id, e.g. "2022-2024"
  LangText title;
  std::optional<Period> period;
  std::string adopted;  // ISO date, empty when unknown
  Validity in_force;    // when it is in force ("in_force" in the canonical JSON)
  Provenance provenance;
  std::vector<Item> priorities;  // ordered by rank
  std::vector<Item> themes;      // ordered by rank

  const std::vector<Item>& items(Section section) const;
  // The languages of the edition: the languages of its title, sorted.
  std::vector<std::string> languages() const;
  std::string id() const { return series + "/" + edition; }
};

// The language kiv shows and compares texts in when none is asked for, among `languages`
// (sorted): nl when it is one of them, else the first; empty when there is none. The one rule
// of kiv's default language: everything below, and every command's default, follow it.
std::string default_language(const std::vector<std::string>& languages);

// The language two editions are best compared in: default_language of the languages both
// have; empty when they have none in common.
std::string common_language(const Edition& a, const Edition& b);

// The text in `lang`, or the empty string when the text has no such language.
const std::string& text_in(const LangText& text, std::string_view lang);

}  // namespace kiv

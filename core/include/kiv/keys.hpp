#pragma once
// Item keys: the stable ids that give an item its lineage across the editions of a series.

#include <string>
#include <string_view>
#include <vector>

#include "kiv/edition.hpp"

namespace kiv {

// Keys people can type, made from a title: the words of its head (before its first ':', '(',
// ',' or ';') without function words, at most three, in lowercase ASCII letters and digits
// joined by '-', diacritics dropped, at most 64 characters: "Cybercrime en cyber security" ->
// "cybercrime-cyber-security", "de bestuurlijke handhaving en informatie-uitwisseling: een
// essentieel onderdeel ..." -> "bestuurlijke-handhaving-informatie", "radicalisering,
// gewelddadig extremisme en terrorisme" -> "radicalisering". A head of function words only
// takes the title's first content words, a title without any its first words; "item" when
// nothing is left. key_candidates gives that key, then the same with each further content
// word of the title, for an edition in which a shorter one is taken.
std::vector<std::string> key_candidates(std::string_view title);
std::string slug_from_title(std::string_view title);  // key_candidates(title).front()

// Gives every item of `edition` without a key one: the key of the item it matches in
// `previous` (by diff_editions' one-to-one matching, in a language both have; its origin
// KeyOrigin::inferred), else a new key from its title (key_candidates: the first not taken in
// its section, else the first with a suffix -2, -3, ...; KeyOrigin::minted). Keys already present
// are kept, with their origin. `previous` may be null (no previous edition). Returns whether any
// key was added.
bool inherit_keys(Edition& edition, const Edition* previous);

}  // namespace kiv

#pragma once
// Item keys: the stable ids that give an item its lineage across the editions of a series.

#include <string>
#include <string_view>

#include "kiv/edition.hpp"

namespace kiv {

// A key made from a title: lowercase ASCII letters and digits joined by '-', diacritics
// dropped, at most 64 characters ("Cybercrime en cyber security" ->
// "cybercrime-en-cyber-security"). "item" when nothing is left.
std::string slug_from_title(std::string_view title);

// Gives every item of `edition` without a key one: the key of the item it matches in
// `previous` (by diff_editions' one-to-one matching, in a language both have; its origin
// KeyOrigin::inferred), else a new slug from its title made unique within its section
// (KeyOrigin::minted). Keys already present are kept, with their origin. `previous` may be null (no
// previous edition). Returns whether any key was added.
bool inherit_keys(Edition& edition, const Edition* previous);

}  // namespace kiv

#include "diff/pair_aspects.hpp"

#include "similarity.hpp"

namespace kiv {

std::vector<Aspect> pair_aspects(const PairSide& from, const PairSide& to, bool moved,
                                 bool same_subtopics) {
  std::vector<Aspect> aspects;
  if (from.title != to.title) {
    aspects.push_back(cosmetic_form(from.title) == cosmetic_form(to.title) ? Aspect::cosmetic
                                                                           : Aspect::wording);
  }
  if (moved) aspects.push_back(Aspect::rank);
  if (from.description != to.description) aspects.push_back(Aspect::description);
  if (!same_subtopics) aspects.push_back(Aspect::subtopics);
  return aspects;
}

}  // namespace kiv

// Scores of a tagged and parsed treebank against its gold, as the CoNLL 2018 shared task
// defines them on gold tokenisation: UPOS, XPOS, lemma, UAS and LAS (LAS on the universal
// part of the relation, "nsubj" for "nsubj:pass").
#pragma once

#include <cstddef>
#include <stdexcept>
#include <vector>

#include "chronicle/syntax.h"

namespace chronicle::eval {

/// Counts of words right per measure, over `words` words.
struct UdScores {
  std::size_t words = 0;
  std::size_t upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
  /// `count` as a percentage of the words (0 for none).
  double percent(std::size_t count) const { return words ? 100.0 * static_cast<double>(count) / static_cast<double>(words) : 0.0; }
};

/// Compares `system` with `gold`, word by word. Requires the same sentences with the same
/// words (forms); throws std::invalid_argument naming the first sentence that differs.
UdScores score_ud(const std::vector<syntax::ParsedSentence>& gold, const std::vector<syntax::ParsedSentence>& system);

/// The universal part of a dependency relation: "obl:agent" -> "obl".
std::string_view universal_relation(std::string_view deprel);

}  // namespace chronicle::eval

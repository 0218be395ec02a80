// Scores of a tagged and parsed treebank against its gold, as the CoNLL 2018 shared task
// defines them on gold tokenisation: UPOS, XPOS, lemma, UAS and LAS (LAS on the universal
// part of the relation, "nsubj" for "nsubj:pass").
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
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

/// The text a treebank was made from, as far as its comments give it: the `# text` of each
/// sentence, one space between sentences and a blank line before a new paragraph or
/// document. A sentence without `# text` contributes its word forms joined by spaces.
std::string treebank_text(const std::vector<syntax::ParsedSentence>& gold);

/// Scores of a system that read the raw text (its own tokens and sentences): each measure
/// as counts of gold items, system items and items right, for precision, recall and F1.
struct UdRawScores {
  struct Counts {
    std::size_t gold = 0, system = 0, right = 0;
    double precision() const { return system ? 100.0 * static_cast<double>(right) / static_cast<double>(system) : 0.0; }
    double recall() const { return gold ? 100.0 * static_cast<double>(right) / static_cast<double>(gold) : 0.0; }
    double f1() const;
  };
  Counts words, sentences, upos, xpos, lemma, uas, las;
  /// Gold words whose form was not found in their sentence's text (not alignable).
  std::size_t unplaced = 0;
};

/// Aligns system words to gold words by their bytes in `text` (a word is right when both
/// begin and end at the same offsets, as the CoNLL 2018 evaluator aligns words with the
/// same characters) and scores the aligned words; a head is right when it is the root in
/// both or the gold head's aligned word. Gold words are placed by finding their forms in
/// order in their sentence's part of `text` (laid out as treebank_text() lays it out);
/// system words carry "TokenRange=BEGIN:END" in MISC
/// (document_sentences). A sentence is right when it spans the same bytes.
UdRawScores score_ud_raw(const std::vector<syntax::ParsedSentence>& gold, std::string_view text,
                         const std::vector<syntax::ParsedSentence>& system);

}  // namespace chronicle::eval

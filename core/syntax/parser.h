// The dependency parser: greedy arc-hybrid transitions (Kuhlmann et al. 2011) scored by an
// averaged perceptron, trained with the dynamic oracle of Goldberg and Nivre (2013).
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/syntax.h"
#include "syntax/perceptron.h"

namespace chronicle::syntax::detail {

/// What the parser reads of a sentence: per word (index 0 is the root) its hashed
/// lowercase form and its hashed XPOS tag.
struct ParserInput {
  std::vector<std::uint64_t> word;
  std::vector<std::uint64_t> tag;
};

/// `forms` and `xpos` of a sentence's words as parser input.
ParserInput parser_input(const std::vector<std::string_view>& forms, const std::vector<std::string_view>& xpos);

/// A parse: per word (1-based, index 0 unused) its head (0 = root) and label index.
struct Parse {
  std::vector<int> head;
  std::vector<int> label;
};

class Parser {
 public:
  /// Learns from the gold trees of `train`, reading the tags in `train_tags` (one list of
  /// XPOS per sentence: predicted tags, so that it learns to live with tagging errors).
  /// Each epoch is scored (LAS) on `dev` with `dev_tags` when `dev` is not empty, and the best
  /// epoch is kept. Deterministic.
  static Parser train(const std::vector<ParsedSentence>& train, const std::vector<std::vector<std::string>>& train_tags,
                      const std::vector<ParsedSentence>& dev, const std::vector<std::vector<std::string>>& dev_tags,
                      int epochs, int min_count, float min_weight, std::ostream* log);

  /// The parse of a sentence of input.word.size() - 1 words: a single-rooted tree.
  Parse parse(const ParserInput& input) const;
  const std::string& label(int index) const { return labels_[index]; }

  /// Labelled attachment score of this parser on `sentences` tagged with `tags`.
  double las(const std::vector<ParsedSentence>& sentences, const std::vector<std::vector<std::string>>& tags) const;

  void write(std::string& out) const;
  static Parser read(std::string_view& in);

 private:
  std::vector<std::string> labels_;
  FrozenWeights weights_;
};

}  // namespace chronicle::syntax::detail

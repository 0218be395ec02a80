// The part-of-speech tagger: a greedy left-to-right averaged perceptron over word, affix,
// shape and context features, predicting UPOS and XPOS together as one tag.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chronicle/syntax.h"
#include "syntax/perceptron.h"
#include "syntax/word_keys.h"

namespace chronicle::syntax::detail {

class Tagger {
 public:
  /// Learns from the gold tags of `train`; each epoch is scored on `dev` (when not empty)
  /// and the best epoch is kept (else the last). Deterministic.
  static Tagger train(const std::vector<ParsedSentence>& train, const std::vector<ParsedSentence>& dev,
                      int epochs, int min_count, float min_weight, std::ostream* log);

  /// The tag of each word (indices for upos()/xpos()); `keys` from sentence_keys().
  std::vector<int> tag(const std::vector<WordKeys>& keys) const;
  const std::string& upos(int tag) const { return upos_[tag]; }
  const std::string& xpos(int tag) const { return xpos_[tag]; }
  int tags() const { return static_cast<int>(upos_.size()); }

  /// The share of words of `sentences` whose UPOS and XPOS both match.
  double accuracy(const std::vector<ParsedSentence>& sentences) const;

  void write(std::string& out) const;
  static Tagger read(std::string_view& in);

 private:
  /// Per position of `keys`, the hashed set of tags the word was seen with in training
  /// (its ambiguity class), or a fixed value for a word seen too rarely.
  std::vector<std::uint64_t> ambiguities(const std::vector<WordKeys>& keys) const;

  std::vector<std::string> upos_, xpos_;
  std::unordered_map<std::uint64_t, std::uint64_t> ambiguity_;  // lowercase form -> tag set
  FrozenWeights weights_;
};

/// The tagger's features of word `i` (an index into `keys`, padding included) given the two
/// tags before it (-1: none) and the ambiguity classes of every position.
void tagger_features(const std::vector<WordKeys>& keys, const std::vector<std::uint64_t>& ambiguity, std::size_t i,
                     int prev, int prev2, std::vector<Feature>& out);

/// Reads a length-prefixed string from the front of `in`; throws when it ends early.
std::string read_string(std::string_view& in);
/// Appends `s`, length-prefixed.
void write_string(std::string& out, std::string_view s);

/// A fixed-seed shuffle of 0..n-1 (the same on every platform).
std::vector<std::size_t> shuffled(std::size_t n, std::uint64_t seed);

}  // namespace chronicle::syntax::detail

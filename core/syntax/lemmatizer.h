// The lemmatiser: a lemma is the word's form changed by an edit script (lowercase or not,
// strip some final bytes, append a string), chosen by the most frequent script of the same
// word and tag in training, else of the longest final letters seen with that tag.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chronicle/syntax.h"

namespace chronicle::syntax::detail {

struct EditScript {
  bool lowercase = false;
  int strip = 0;
  std::string append;
  auto operator<=>(const EditScript&) const = default;
};

/// The script that turns `form` into `lemma` (keeping the longest common prefix).
EditScript edit_script(std::string_view form, std::string_view lemma);
/// `script` applied to `form` (unchanged when the script would strip more than there is).
std::string apply_script(const EditScript& script, std::string_view form);

class Lemmatizer {
 public:
  /// Learns from the gold lemmas of `train`, keyed by gold XPOS. Deterministic.
  static Lemmatizer train(const std::vector<ParsedSentence>& train);
  /// The lemma of `form` with tag `xpos`.
  std::string lemma(std::string_view form, std::string_view xpos) const;
  /// The share of words of `sentences` whose lemma (from their own gold XPOS) matches.
  double accuracy(const std::vector<ParsedSentence>& sentences) const;

  void write(std::string& out) const;
  static Lemmatizer read(std::string_view& in);

 private:
  std::vector<EditScript> scripts_;
  std::unordered_map<std::uint64_t, std::uint32_t> by_key_;  // hashed (kind, tag, text) -> script
};

}  // namespace chronicle::syntax::detail

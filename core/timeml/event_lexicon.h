// General English knowledge for the TimeML event tagger, from WordNet 3.0: the parts of
// speech a word can have and the lexicographer files of its first senses (a noun whose
// first sense is in noun.act or noun.event names a happening; a verb in
// verb.communication may report). Generated into core/data/en/timeml by
// scripts/gen_timeml_wordnet.py.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "util/text.h"

namespace chronicle::detail {

/// One reading of a word form: the WordNet lemma, the suffix rule that led to it ("" for
/// the form itself, "=" for an irregular form) and the lemma's classes ("n.act", "v.motion",
/// "a", ...).
struct WordReading {
  std::string lemma;
  std::string rule;
  const std::vector<std::string>* classes = nullptr;
};

/// The WordNet lexicon with WordNet's own lemmatisation (irregular forms, then the
/// detachment rules of its morphy). Immutable after construction; thread-safe.
class WordnetLexicon {
 public:
  /// Reads en/timeml/wordnet_lexicon.tsv and wordnet_exceptions.tsv; throws
  /// std::runtime_error naming file:line when they are broken.
  WordnetLexicon();

  /// The readings of a lowercase word form, the form itself first; empty when unknown.
  std::vector<WordReading> readings(std::string_view form) const;
  /// Whether readings(form) is not empty, without building the readings: asked of
  /// every capitalised word of a text, so it allocates nothing for short words.
  bool known(std::string_view form) const;
  /// The classes of `lemma` itself (no lemmatisation), or nullptr when it is no lemma.
  const std::vector<std::string>* classes_of(std::string_view lemma) const {
    auto it = classes_.find(lemma);
    return it == classes_.end() ? nullptr : &it->second;
  }

 private:
  StringMap<std::vector<std::string>> classes_;
  std::unordered_multimap<std::string, std::string, StringHash, std::equal_to<>> exceptions_;
};

/// The lexicon built from the embedded data files, once.
const WordnetLexicon& wordnet_lexicon();

}  // namespace chronicle::detail

// The tense of the clause around a time expression, read from cue words near it
// (core/data/en/lexicons/tense_cues.tsv); it decides whether "on Tuesday" and "in March"
// lie before or after the document date.
#pragma once

#include <string>
#include <vector>

#include "chronicle/analysis.h"
#include "time/time_rules.h"
#include "util/word_index.h"

namespace chronicle::detail {

/// Tense of the clause around an expression; `none` when no cue is near (weekdays then
/// look back, months stay near the document date).
enum class Tense { none, past, future };

/// The cue lexicon and the reading of it. Immutable after construction; thread-safe.
class TenseCues {
 public:
  /// Loads the cue lexicon; throws std::runtime_error naming file:line when it is broken.
  explicit TenseCues(const LanguageData& language);
  /// The examples of the cue lexicon ("text @DCT => VALUE"), for its test.
  const std::vector<std::string>& examples() const { return examples_; }
  /// The tense for the expression at tokens [first, end) of sentence `s`.
  Tense tense_near(const TokenTexts& tokens, const Sentence& s, std::size_t first, std::size_t end) const;

 private:
  enum class Scope {
    near,
    before,
    adjacent,
    after,
    governs,
    infinitive,
    participle,
    modal,
    perfect
  };
  // Modals and the perfect's "had" count as near cues besides what they do of their own.
  static bool near_like(Scope s) {
    return s == Scope::near || s == Scope::modal || s == Scope::perfect;
  }
  struct Cue {
    std::vector<std::string> words;  // a phrase, lowercase
    Tense tense = Tense::none;
    Scope scope = Scope::near;
  };
  // The cue whose phrase ends at token `i`, if any and within the scopes allowed.
  const Cue* cue_at(const TokenTexts& tokens, const Sentence& s, std::size_t i) const;
  bool infinitive_at(const TokenTexts& tokens, const Sentence& s, std::size_t i) const;
  // A past form that is also a participle is no cue after "be" or "have": "will be held".
  bool after_auxiliary(const TokenTexts& tokens, const Sentence& s, std::size_t i) const;
  bool after_present_be(const TokenTexts& tokens, const Sentence& s, std::size_t i) const;
  bool after_determiner(const TokenTexts& tokens, const Sentence& s, std::size_t i) const;
  // A word in -ed that is a past form: not "need", "succeed".
  bool past_form(std::string_view low) const;
  Tense governing(const TokenTexts& tokens, const Sentence& s, std::size_t first) const;
  Tense fronted(const TokenTexts& tokens, const Sentence& s, std::size_t first,
                std::size_t end) const;

  WordIndex last_words_;                       // the cues' last words
  std::vector<std::vector<Cue>> by_last_word_;  // by last_words_ id - 1, in file order
  StringSet not_verbs_;
  StringSet not_past_;
  StringSet auxiliaries_;  // forms of "be" and "have"
  StringSet present_be_;   // present forms of "be"
  std::vector<std::string> examples_;
};

}  // namespace chronicle::detail

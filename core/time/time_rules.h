// The temporal expression rules of core/data/en/rules/time.txt and the lexicons they
// use, and a matcher that finds the longest rule match at a token.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chronicle/analysis.h"
#include "util/data_files.h"
#include "util/text.h"
#include "util/word_index.h"

namespace chronicle::detail {

class LanguageData;
struct BoundAction;

/// The token classes rule patterns use (see the header of core/data/en/rules/time.txt).
enum class TokenClass : unsigned char {
  none,
  month,
  weekday,
  num,
  year,
  day,
  mm,
  dd,
  unit,
  part,
  season,
  ord,
  decade,
  hour,
  minute,
  quantity,
  word,
  unit1,
  monthname,
  holiday,
  holiday_day,
  tens,
  units
};

/// One element of a rule pattern.
struct PatternElement {
  std::vector<std::string> words;  ///< literal alternatives (lowercase); empty for a class
  std::vector<std::uint32_t> word_ids;  ///< the same as word ids (TimeRules::word_id)
  std::string cls;                 ///< class name when not a literal
  TokenClass id = TokenClass::none;  ///< the class, when not a literal
  std::string key;                 ///< capture name of a class (the class name unless <cls:key>)
  bool optional = false;
  bool context = false;  ///< must match, not part of the expression
  bool negated = false;  ///< the next token must not match; consumes nothing
};

/// A rule: pattern, action with its arguments, and executable examples.
struct TimeRule {
  std::string id;
  std::vector<PatternElement> pattern;
  std::string action;
  std::vector<std::string> args;
  /// The action and its arguments as checked against the table of time/time_actions.h.
  std::shared_ptr<const BoundAction> bound;
  std::vector<std::string> examples;
  int line = 0;
  /// The elements that can match the second token of a match (indices into pattern),
  /// unless `one_token`, when a match can end after its first token: a cheap test that
  /// rules out most candidates before backtracking.
  std::vector<std::size_t> second;
  bool one_token = false;
};

/// The rule of a row of the rules file `file` (id, pattern, action, examples), its action
/// bound (bind_time_action). Throws std::runtime_error naming `file`:row.line when the row
/// is broken: an unknown class or action, a wrong argument, no examples.
TimeRule parse_time_rule(const DataRow& row, std::string_view file);

/// What a rule matched: token range of the expression and the captured class values.
struct TimeMatch {
  const TimeRule* rule = nullptr;
  std::size_t first = 0;  ///< first token of the expression
  std::size_t end = 0;    ///< one past the last token
  std::map<std::string, std::string> captures;
  std::size_t content_end = 0;  ///< while matching: one past the last non-context token
  std::size_t scan_end = 0;     ///< one past the last token matched, trailing context included
};

/// The tokens of a document as the matcher reads them: original and lowercased text (views
/// of the document's text and its lowered copy) and the id of the lowercased word in the
/// rules' vocabulary (0 when no rule or lexicon names it), computed once per document so
/// matching allocates nothing per token. Valid while the document's text and tokens are
/// unchanged.
class TokenTexts {
 public:
  TokenTexts(const DocumentAnalysis& doc, std::vector<std::uint32_t> ids)
      : doc_(&doc), ids_(std::move(ids)) {}
  std::size_t size() const { return ids_.size(); }
  std::string_view text(std::size_t i) const { return doc_->text(doc_->tokens[i].span); }
  std::string_view low(std::size_t i) const { return doc_->lowered(doc_->tokens[i].span); }
  std::uint32_t id(std::size_t i) const { return ids_[i]; }

 private:
  const DocumentAnalysis* doc_;
  std::vector<std::uint32_t> ids_;
};

/// Rules and lexicons, loaded once; thread-safe after construction. Rules are indexed by
/// the words and classes that can start them, so a token that starts no rule costs one
/// hash lookup.
class TimeRules {
 public:
  /// Loads the language's time rules (rules/time.txt) and their lexicons; throws
  /// std::runtime_error naming file:line when one is broken.
  explicit TimeRules(const LanguageData& language);
  const std::vector<TimeRule>& rules() const { return rules_; }
  /// The token texts of `doc`, for match_at; fills doc.lower_text when it is missing.
  TokenTexts token_texts(DocumentAnalysis& doc) const;
  /// The longest match starting at token `i` (within [i, end)), if any.
  std::optional<TimeMatch> match_at(const TokenTexts& tokens, std::size_t i, std::size_t end) const;
  /// Where the expression of `m` begins once a modifier before it is taken in ("nearly
  /// two years"): m.first, or the first token of the modifier (not before `floor`).
  std::size_t modifier_start(const TokenTexts& tokens, const TimeMatch& m, std::size_t floor) const;
  /// A lexicon entry: lexicon("months", "july") == "7"; empty when absent.
  std::string lexicon(std::string_view name, std::string_view word) const;
  /// The role lexicons/time_signals.tsv gives a lowercase word ("later": "forward"), or
  /// "" for none; asked once per sentence, so without building a string.
  std::string_view signal(std::string_view low) const {
    auto it = signals_->find(low);
    return it == signals_->end() ? std::string_view() : std::string_view(it->second);
  }

 private:
  using Lexicon = StringMap<std::string>;
  bool element_matches(const PatternElement& e, const TokenTexts& tokens, std::size_t i,
                       std::optional<std::string>& value) const;
  bool match_from(const TokenTexts& tokens, const TimeRule& rule, std::size_t el, std::size_t tok,
                  std::size_t end, TimeMatch& m) const;
  std::optional<std::string> class_value(TokenClass cls, std::string_view tok, std::string_view low) const;
  std::optional<std::string> from_lexicon(const Lexicon* lex, std::string_view low) const;
  // The classes a token can be of, as bits (1 << class): a superset for numbers, exact
  // for words.
  std::uint32_t may_be(const TokenTexts& tokens, std::size_t i) const;
  void index_rule(std::size_t r);
  static void index_second(TimeRule& rule);
  void index_follow();
  // Whether the token may match the element: exact for literals, a superset for classes.
  bool may_match(const PatternElement& e, const TokenTexts& tokens, std::size_t i) const;
  void index_words();
  // Rules that may start at the token: a precomputed list for words, computed into
  // `scratch` for numbers.
  const std::vector<std::size_t>& candidates(const TokenTexts& tokens, std::size_t i,
                                             std::vector<std::size_t>& scratch) const;

  struct Modifier {
    std::vector<std::string> words;
    std::vector<std::string> actions;
  };
  std::vector<Modifier> modifiers_;
  std::string rules_file_;  ///< the data path of the rules, for errors
  std::vector<TimeRule> rules_;
  std::unordered_map<std::string, Lexicon> lexicons_;
  const Lexicon* months_ = nullptr;
  const Lexicon* signals_ = nullptr;
  const Lexicon* weekdays_ = nullptr;
  const Lexicon* numbers_ = nullptr;
  const Lexicon* units_ = nullptr;
  const Lexicon* parts_ = nullptr;
  const Lexicon* seasons_ = nullptr;
  const Lexicon* ordinals_ = nullptr;
  Lexicon holidays_;      // name -> date rule, for names that are holidays alone
  Lexicon holiday_days_;  // every holiday name, said with "Day" after it
  std::unordered_map<std::string, std::vector<std::size_t>> by_word_;  // first literal -> rules
  std::map<TokenClass, std::vector<std::size_t>> by_class_;           // first class -> rules
  // Every literal and lexicon word not starting with a digit has an id (from 1); by id,
  // the rules that can start at it and the classes it is of, written in lowercase [0]
  // and capitalised [1] (month and weekday names must be capitalised).
  WordIndex word_ids_;
  std::vector<std::array<std::vector<std::size_t>, 2>> word_candidates_;
  std::vector<std::array<std::uint32_t, 2>> word_classes_;
  // TimeRule::second flattened, by rule: the classes (bits) and words (ids) the token
  // after a match's first may be, so that most candidates are ruled out without reading
  // their patterns.
  struct Follow {
    bool one_token = false;
    std::uint32_t classes = 0;
    std::vector<std::uint32_t> words;
    // Whether a match can go on to a token of these classes (may_be) and word id (0 for
    // none: no token follows, or it is no vocabulary word), or end before it.
    bool allows(std::uint32_t next_classes, std::uint32_t next_id) const {
      return one_token || (next_classes & classes) != 0 ||
             (next_id != 0 && std::find(words.begin(), words.end(), next_id) != words.end());
    }
  };
  std::vector<Follow> follow_;
  // By word id and capitalisation, as word_candidates_: what may follow any of the rules
  // that can start at the word, to rule them all out at once.
  std::vector<std::array<Follow, 2>> word_follow_;
};

}  // namespace chronicle::detail

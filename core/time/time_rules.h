// The temporal expression rules of core/data/en/rules/time.txt and the lexicons they
// use, and a matcher that finds the longest rule match at a token.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chronicle/analysis.h"

namespace chronicle::detail {

/// One element of a rule pattern.
struct PatternElement {
  std::vector<std::string> words;  ///< literal alternatives (lowercase); empty for a class
  std::string cls;                 ///< class name when not a literal
  bool optional = false;
  bool context = false;  ///< must match, not part of the expression
};

/// A rule: pattern, action with its arguments, and executable examples.
struct TimeRule {
  std::string id;
  std::vector<PatternElement> pattern;
  std::string action;
  std::vector<std::string> args;
  std::vector<std::string> examples;
  int line = 0;
};

/// What a rule matched: token range of the expression and the captured class values.
struct TimeMatch {
  const TimeRule* rule = nullptr;
  std::size_t first = 0;  ///< first token of the expression
  std::size_t end = 0;    ///< one past the last token
  std::map<std::string, std::string> captures;
};

/// The tokens of a document as the matcher reads them: original and lowercased text,
/// computed once per document so matching allocates nothing per token.
struct TokenTexts {
  std::vector<std::string_view> text;
  std::vector<std::string> low;
};

/// Rules and lexicons, loaded once; thread-safe after construction. Rules are indexed by
/// the words and classes that can start them, so a token that starts no rule costs one
/// hash lookup.
class TimeRules {
 public:
  TimeRules();
  const std::vector<TimeRule>& rules() const { return rules_; }
  /// The token texts of `doc`, for match_at.
  static TokenTexts token_texts(const DocumentAnalysis& doc);
  /// The longest match starting at token `i` (within [i, end)), if any.
  std::optional<TimeMatch> match_at(const TokenTexts& tokens, std::size_t i, std::size_t end) const;
  /// A lexicon entry: lexicon("months", "july") == "7"; empty when absent.
  std::string lexicon(std::string_view name, std::string_view word) const;

 private:
  bool match_element(const PatternElement& e, std::string_view tok, const std::string& low,
                     TimeMatch& m) const;
  bool match_from(const TokenTexts& tokens, const TimeRule& rule, std::size_t el, std::size_t tok,
                  std::size_t end, TimeMatch& m) const;
  std::optional<std::string> class_value(std::string_view cls, std::string_view tok,
                                         const std::string& low) const;
  void index_rule(std::size_t r);
  std::vector<std::size_t> candidates(std::string_view tok, const std::string& low) const;

  std::vector<TimeRule> rules_;
  std::unordered_map<std::string, std::unordered_map<std::string, std::string>> lexicons_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_word_;   // first literal -> rules
  std::map<std::string, std::vector<std::size_t>> by_class_;            // first class -> rules
  std::unordered_map<std::string, bool> keywords_;  // every literal and lexicon word
};

}  // namespace chronicle::detail

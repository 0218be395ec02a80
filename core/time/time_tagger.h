// The time stage: finds temporal expressions sentence by sentence and normalises them
// against the document date and the narrative's reference time.
#pragma once

#include <optional>
#include <string>

#include "chronicle/analysis.h"
#include "time/tense.h"
#include "time/time_rules.h"
#include "time/time_values.h"
#include "util/text.h"

namespace chronicle::detail {

/// The words that show a document reports by quarter and which quarter it is at
/// (lexicons/quarter_cues.tsv of the language). Immutable after construction.
struct QuarterCues {
  /// Loads the lexicon; throws std::runtime_error naming file:line when it is broken.
  explicit QuarterCues(const LanguageData& language);
  StringSet heads;   // "quarter", "quarters"
  StringSet before;  // right before a head, they name a reported quarter ("the quarter")
  StringSet alone;   // "quarterly"
  StringSet fiscal;  // inside a quarter expression, a fiscal year's quarter
  WordFilter heads_or_alone;  // every word of heads and alone: most tokens are ruled out by it
};

/// Tags and normalises time expressions. Immutable; thread-safe.
class TimeTagger {
 public:
  /// Reads the language's time rules, tense cues and quarter cues.
  explicit TimeTagger(const LanguageData& language)
      : rules_(language), tense_(language), quarter_cues_(language) {}
  void process(DocumentAnalysis& doc) const;
  const TimeRules& rules() const { return rules_; }
  const TenseCues& tense_cues() const { return tense_; }
  /// The TIMEX3 type and value the action of the match's rule gives it
  /// (time/time_actions.h), or nullopt when it cannot resolve it.
  TimexValue normalize(const TimeMatch& m, const TimeContext& ctx) const;

 private:
  TimeRules rules_;
  TenseCues tense_;
  QuarterCues quarter_cues_;
};

}  // namespace chronicle::detail

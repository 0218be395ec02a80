// The time stage: finds temporal expressions sentence by sentence and normalises them
// against the document date and the narrative's reference time.
#pragma once

#include <optional>
#include <string>

#include "chronicle/analysis.h"
#include "time/tense.h"
#include "time/time_rules.h"
#include "util/text.h"

namespace chronicle::detail {

/// The context a value is computed in: the document date, the tense of the sentence,
/// and the last fully resolved date of the narrative.
struct TimeContext {
  std::optional<Day> dct;
  Tense tense = Tense::none;
  std::optional<Day> reference;
  Granularity reference_granularity = Granularity::none;
  /// The document reports by quarter ("third-quarter profit"), so "a year ago" means the
  /// same quarter a year before.
  bool quarterly = false;
  /// The quarter the report is at: the first one named ("the fourth quarter",
  /// "third-quarter") outside a future-tense clause, then the one that ended last or a
  /// fiscal one named later; "the quarter", "the latest period" and the prior-year
  /// periods follow it. Year and quarter (1-4); 0 when none is named.
  int report_year = 0;
  int report_quarter = 0;
  /// The last period a report named is a span of months ("the first nine months"), so
  /// its prior-year period ("a year earlier", "the 1988 period") is the year before.
  bool report_months = false;
  /// The day of the last expression resolved to one, and the token after it, for a day
  /// listed after it with its month left out ("April 24 and 25").
  std::optional<Day> listed_day;
  std::size_t listed_after = 0;
};

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
  /// The TIMEX3 type and value for a match, or nullopt when the rule cannot resolve it.
  std::optional<std::pair<TimexType, std::string>> normalize(const TimeMatch& m,
                                                             const TimeContext& ctx) const;

 private:
  TimeRules rules_;
  TenseCues tense_;
  QuarterCues quarter_cues_;
};

}  // namespace chronicle::detail

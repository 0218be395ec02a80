// The time stage: finds temporal expressions sentence by sentence and normalises them
// against the document date and the narrative's reference time.
#pragma once

#include <optional>
#include <string>

#include "chronicle/analysis.h"
#include "time/time_rules.h"

namespace chronicle::detail {

/// Tense of a sentence, used to resolve "on Tuesday" and "in July".
enum class Tense { past, future };

/// The context a value is computed in: the document date, the tense of the sentence,
/// and the last fully resolved date of the narrative.
struct TimeContext {
  std::optional<Day> dct;
  Tense tense = Tense::past;
  std::optional<Day> reference;
  Granularity reference_granularity = Granularity::none;
};

/// Tags and normalises time expressions. Immutable; thread-safe.
class TimeTagger {
 public:
  TimeTagger() = default;
  void process(DocumentAnalysis& doc) const;
  const TimeRules& rules() const { return rules_; }
  /// The TIMEX3 type and value for a match, or nullopt when the rule cannot resolve it.
  std::optional<std::pair<TimexType, std::string>> normalize(const TimeMatch& m,
                                                             const TimeContext& ctx) const;

 private:
  Tense sentence_tense(const DocumentAnalysis& doc, const Sentence& s) const;
  TimeRules rules_;
};

}  // namespace chronicle::detail

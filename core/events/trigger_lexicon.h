// Event triggers and the event taxonomy, read from core/data/en/patterns/event_triggers.tsv
// and core/data/common/event_types.tsv.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "chronicle/analysis.h"
#include "chronicle/event.h"
#include "util/text.h"
#include "util/word_index.h"

namespace chronicle::detail {

class LanguageData;
class Segmenter;
class WordClass;

/// Part of speech of a trigger.
enum class TriggerPos { verb, noun, light };

/// One trigger form.
struct TriggerEntry {
  std::vector<std::string> tokens;  ///< lowercase
  TriggerPos pos = TriggerPos::verb;
  std::string type;  ///< empty for light verbs that are never events by themselves
  EventClass event_class = EventClass::neutral;
  std::string merge_key;
  int line = 0;
};

/// A trigger found in text: the entry and its token range.
struct TriggerHit {
  const TriggerEntry* entry = nullptr;
  std::size_t first = 0;
  std::size_t end = 0;
};

/// An executable example of a trigger row.
struct TriggerExample {
  std::string sentence;
  std::string type;
  std::string agent;
  std::string patient;
  int line = 0;
};

/// Lookup of triggers by their first token. Thread-safe after construction.
class TriggerLexicon {
 public:
  /// Reads the language's triggers (patterns/event_triggers.tsv), checking their types
  /// against the taxonomy (common/event_types.tsv); `language` must outlive the lexicon.
  TriggerLexicon(const LanguageData& language, const Segmenter& segmenter);
  /// The longest trigger starting at token i (before `end`); `lower` holds the
  /// document's tokens lowercased.
  TriggerHit match(const std::vector<std::string>& lower, std::size_t i, std::size_t end) const;
  /// The same over an analysed document's tokens. Requires doc.lower_text.
  TriggerHit match(const DocumentAnalysis& doc, std::size_t i, std::size_t end) const;
  const std::vector<TriggerExample>& examples() const { return examples_; }

 private:
  /// `lowered(k)` gives token k lowercased.
  template <class Lowered>
  TriggerHit match_with(const Lowered& lowered, std::size_t i, std::size_t end) const;

  WordIndex first_words_;                          ///< every entry's first token
  std::vector<std::vector<TriggerEntry>> by_first_;  ///< by first_words_ id - 1
  std::unordered_map<std::string, EventClass> classes_;
  std::vector<TriggerExample> examples_;
  const LanguageData* language_;
  const WordClass* noun_context_;  ///< words before a form that make it the noun
};

}  // namespace chronicle::detail

// TimeML out and TimeML scores: writing Chronicle's time expressions and event mentions
// into a TempEval-3 document, and scoring a system document against a gold one the way
// the TempEval-3 scorer does (Task A: TIMEX3 spans, value and type; Task B: EVENT
// spans and class).
#pragma once

#include <string>
#include <string_view>

#include "chronicle/diagnostic.h"
#include "chronicle/pipeline.h"

namespace chronicle {

/// A TimeML EVENT mention (TempEval-3 Task B): a word of a document that is an event in
/// the TimeML sense, with its class. TimeML's notion is wider than Chronicle's events:
/// states, reporting and perception verbs and aspectual verbs count.
struct TimemlEvent {
  Span span;  ///< byte span of the event word in the document text
  std::string
      event_class;  ///< OCCURRENCE, REPORTING, PERCEPTION, ASPECTUAL, I_ACTION, I_STATE, STATE
  friend bool operator==(const TimemlEvent&, const TimemlEvent&) = default;
};

/// The TimeML document `xml` with every tag inside TEXT removed (their content kept);
/// every byte outside TEXT, and the text itself, unchanged.
/// Errors ("timeml-syntax", naming `name`:line:column): malformed markup, no TEXT.
/// Thread safety: reentrant.
Result<std::string> strip_timeml_text(std::string_view name, std::string_view xml);

/// The TimeML document `xml` annotated by `pipeline`: its TEXT (with any markup inside it
/// removed first) is analysed as a document dated by the DCT, and TIMEX3 tags (tid, type,
/// value, temporalFunction, functionInDocument, anchorTimeID when the value depends on
/// the DCT) and EVENT tags (eid, class) are inserted around the words found. Every byte
/// outside TEXT is unchanged; attribute values are escaped; the result is well-formed
/// whenever the input is. Requires: `pipeline` runs segment, time, actors and events.
/// Errors: as strip_timeml_text. Warnings: "no-date" when there is no DCT date (relative
/// expressions then stay underspecified). Thread safety: reentrant.
Result<std::string> annotate_timeml(std::string_view name, std::string_view xml,
                                    const Pipeline& pipeline);

/// Counts behind the TempEval-3 measures of one entity kind (TIMEX3 or EVENT). Spans are
/// compared as ranges of whitespace-separated words of TEXT, as the TempEval-3 scorer
/// does: strict = same first and last word, relaxed = any shared word.
struct EntityCounts {
  long gold = 0;            ///< gold entities
  long system = 0;          ///< system entities
  long strict_gold = 0;     ///< gold entities with a system entity of the same span
  long strict_system = 0;   ///< system entities with a gold entity of the same span
  long relaxed_gold = 0;    ///< gold entities overlapping a system entity
  long relaxed_system = 0;  ///< system entities overlapping a gold entity
  long attribute1 = 0;      ///< relaxed matches with the same first attribute (value / class)
  long attribute2 = 0;      ///< relaxed matches with the same second attribute (type / unused)

  EntityCounts& operator+=(const EntityCounts& other);
};

/// Precision, recall and F1 from counts; 0 when undefined.
struct Prf {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

Prf strict_prf(const EntityCounts& c);
Prf relaxed_prf(const EntityCounts& c);
/// Attribute measures as the TempEval-3 scorer defines them: P = correct attribute among
/// relaxed matches / system entities, R = the same / gold entities.
Prf attribute1_prf(const EntityCounts& c);
Prf attribute2_prf(const EntityCounts& c);

/// The Task A (TIMEX3: value, type) and Task B (EVENT: class) counts of one document.
struct TimemlCounts {
  EntityCounts timex;
  EntityCounts event;
  TimemlCounts& operator+=(const TimemlCounts& other);
};

/// Scores `system_xml` against `gold_xml`. Only elements inside TEXT count; the two
/// TEXTs must have the same plain text. Errors: "timeml-syntax" for either file,
/// "timeml-mismatch" when the texts differ. Thread safety: reentrant.
Result<TimemlCounts> score_timeml(std::string_view gold_name, std::string_view gold_xml,
                                  std::string_view system_name, std::string_view system_xml);

}  // namespace chronicle

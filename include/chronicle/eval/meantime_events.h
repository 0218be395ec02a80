// Event evaluation on MEANTIME (CAT XML): event mention detection, exact span and
// partial overlap, and event participants (HAS_PARTICIPANT), where an event-participant
// pair matches when both the event mention's and the entity mention's spans are those
// of a gold pair. Chronicle's events and their actors are the system output; the TimeML
// event tagger's mentions are scored alongside as a second detector.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "chronicle/eval/meantime_reader.h"
#include "chronicle/pipeline.h"

namespace chronicle::eval {

/// Counts for precision, recall and F1; matches are counted on each side, so partial
/// matches (one system span overlapping two gold spans) stay honest.
struct MatchCounts {
  long gold = 0;
  long system = 0;
  long gold_matched = 0;
  long system_matched = 0;
  double precision() const;
  double recall() const;
  double f1() const;
  MatchCounts& operator+=(const MatchCounts& other);
};

/// A mention as the sorted indices of the CAT tokens it covers, so that discontinuous
/// gold mentions ("arrange ... and settle") are compared word by word.
using TokenSet = std::vector<std::size_t>;

/// An event mention and a participant mention.
struct ParticipantPair {
  TokenSet event;
  TokenSet entity;
  friend auto operator<=>(const ParticipantPair&, const ParticipantPair&) = default;
};

/// What one document contributes, gold or system side.
struct EventAnnotation {
  std::vector<TokenSet> events;               ///< sorted, distinct
  std::vector<ParticipantPair> participants;  ///< sorted, distinct
  std::map<TokenSet, std::string> pos;        ///< gold only: the event mention's part of speech
};

/// The gold EVENT_MENTIONs and HAS_PARTICIPANT pairs whose target is an ENTITY_MENTION.
EventAnnotation gold_event_annotation(const CatDocument& doc);

/// The CAT tokens a byte span of the CAT text overlaps.
TokenSet tokens_of(const CatDocument& doc, Span span);

/// Chronicle's event mentions (trigger spans) in the annotated part of `doc`, and a pair
/// for each participant: the event's trigger with the mention of the participant's actor
/// in the event's sentence nearest to the trigger. `analysis` is the analysis of doc.text.
EventAnnotation system_event_annotation(const CatDocument& doc, const DocumentAnalysis& analysis);

struct MeantimeEventScores {
  std::size_t documents = 0;
  MatchCounts events_exact;
  MatchCounts events_partial;
  MatchCounts timeml_exact;  ///< the TimeML event tagger's mentions, exact span
  MatchCounts timeml_partial;
  MatchCounts participants_exact;    ///< event and entity spans both exact
  MatchCounts participants_partial;  ///< event and entity spans both overlapping
  /// Error kind -> example words -> count: "missed event (POS)", "spurious event",
  /// "event span", "participant: event missed", "participant: entity missed",
  /// "participant: not linked", "spurious participant".
  std::map<std::string, std::map<std::string, int>> errors;
};

/// The four counts of one document.
struct AnnotationCounts {
  MatchCounts events_exact, events_partial, participants_exact, participants_partial;
};

/// Scores `system` against `gold`.
AnnotationCounts score_event_annotation(const EventAnnotation& gold, const EventAnnotation& system);

/// Runs `pipeline` (all four stages) on every document and scores it.
MeantimeEventScores evaluate_meantime_events(const Pipeline& pipeline,
                                             const std::vector<CatDocument>& docs);

}  // namespace chronicle::eval

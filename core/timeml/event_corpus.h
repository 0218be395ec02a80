// TimeML gold events for training and measuring the event tagger: documents read from a
// folder of .tml files, analysed up to the time stage, with their gold EVENT mentions;
// and Task B counts (spans compared as whitespace-separated word ranges, as the
// TempEval-3 scorer does; class compared on overlapping matches).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "chronicle/analysis.h"
#include "chronicle/diagnostic.h"
#include "event_tagger.h"
#include "timeml_events.h"

namespace chronicle::detail {

/// A gold document: the analysis of its plain TEXT (segment and time stages) and its
/// gold EVENT mentions, in text order.
struct GoldEventDocument {
  std::string file;
  DocumentAnalysis analysis;
  std::vector<TimemlEvent> gold;
};

/// Every .tml file under `directory` (recursively, sorted by path). Files that cannot be
/// read or parsed are left out with an error diagnostic naming them.
std::vector<GoldEventDocument> read_event_gold(const std::string& directory,
                                               std::vector<Diagnostic>& diagnostics);

/// Some of the documents of a corpus, by address, so that a training set can be chosen
/// without copying analyses.
using GoldEventSelection = std::vector<const GoldEventDocument*>;

/// Every document of `docs`, in order.
GoldEventSelection select_all(const std::vector<GoldEventDocument>& docs);

/// The sentences of `docs` with a label per token: the class of the gold EVENT the token
/// lies in (the last word token inside it, so "re-election" is one event), else "O".
/// The result points into the documents, which must outlive it.
std::vector<LabelledSentence> labelled_sentences(const GoldEventSelection& docs);

/// Task B counts.
struct EventCounts {
  long gold = 0;
  long system = 0;
  long strict = 0;          ///< gold events with a system event over the same words
  long strict_system = 0;   ///< system events with a gold event over the same words
  long relaxed_gold = 0;    ///< gold events sharing a word with a system event
  long relaxed_system = 0;  ///< system events sharing a word with a gold event
  long class_correct = 0;   ///< relaxed gold matches whose system event has the same class

  EventCounts& operator+=(const EventCounts& other);
  double strict_precision() const;
  double strict_recall() const;
  double strict_f1() const;
  double relaxed_f1() const;
  /// Correct classes among relaxed matches.
  double class_accuracy() const;
};

/// The Task B errors behind EventCounts, by kind, then by the words concerned (ASCII
/// lowercased, whitespace squeezed), with how often each occurs. Kinds: "missed" (gold
/// events no system event shares a word with: gold - relaxed_gold), "spurious" (system
/// events sharing no word with a gold event: system - relaxed_system), "span" (relaxed
/// gold matches without a system event over the same words: relaxed_gold - strict;
/// "gold words / system words"), and "class GOLD as SYSTEM" (relaxed gold matches given
/// another class: relaxed_gold - class_correct).
using EventErrors = std::map<std::string, std::map<std::string, long>>;

/// Adds the counts of `more` to `errors`.
void add_event_errors(EventErrors& errors, const EventErrors& more);

/// Scores `system` against `gold`, both spans into `text`. As in the TempEval-3 scorer,
/// strict precision counts system events matched (strict_system / system) and strict
/// recall gold events matched (strict / gold). When `errors` is given, the errors of
/// this document are added to it.
EventCounts score_events(std::string_view text, const std::vector<TimemlEvent>& gold,
                         const std::vector<TimemlEvent>& system, EventErrors* errors = nullptr);

/// A model trained on gold documents and the margin it was made with.
struct TrainedEventTagger {
  EventTagger tagger;
  float margin = 0;  ///< the fraction given to EventTagger::favour_events
};

/// Trains the tagger on `docs` for `epochs` passes. The margin is `margin` when given;
/// otherwise it is chosen on the documents themselves, never on test data: a model
/// trained on four fifths of them (every fifth document held out) is scored on the held
/// out fifth for each candidate margin, and the best strict F1 wins. Deterministic.
TrainedEventTagger train_event_tagger(const GoldEventSelection& docs, int epochs,
                                      std::optional<float> margin);
TrainedEventTagger train_event_tagger(const std::vector<GoldEventDocument>& docs, int epochs,
                                      std::optional<float> margin);

/// The weights below which `chronicle train timeml-events` leaves a weight out of the
/// model it writes (its --min-weight default).
inline constexpr float kDefaultMinWeight = 0.05f;

/// The tagger as it is used once written: save(min_weight) read back with load(), so
/// pruned and rounded. Measures of a trained model are taken on this form.
EventTagger as_saved(const EventTagger& tagger, float min_weight);

}  // namespace chronicle::detail

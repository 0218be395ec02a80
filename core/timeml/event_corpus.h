// The event tagger's training internals: selections of gold documents, the labelled
// sentences the perceptron learns from, and the trained tagger before it is written.
// The public side (gold documents, Task B counts, cross-validation) is
// chronicle/eval/event_training.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "chronicle/eval/event_training.h"
#include "event_tagger.h"
#include "timeml_events.h"

namespace chronicle::detail {

using eval::add_event_errors;
using eval::EventCounts;
using eval::EventErrors;
using eval::GoldEventDocument;
using eval::kDefaultMinWeight;
using eval::read_event_gold;
using eval::score_events;

/// Some of the documents of a corpus, by address, so that a training set can be chosen
/// without copying analyses.
using GoldEventSelection = std::vector<const GoldEventDocument*>;

/// Every document of `docs`, in order.
GoldEventSelection select_all(const std::vector<GoldEventDocument>& docs);

/// The sentences of `docs` with a label per token: the class of the gold EVENT the token
/// lies in (the last word token inside it, so "re-election" is one event), else "O".
/// The result points into the documents, which must outlive it.
std::vector<LabelledSentence> labelled_sentences(const GoldEventSelection& docs);

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

/// The tagger as it is used once written: save(min_weight) read back with load(), so
/// pruned and rounded. Measures of a trained model are taken on this form.
EventTagger as_saved(const EventTagger& tagger, float min_weight);

}  // namespace chronicle::detail

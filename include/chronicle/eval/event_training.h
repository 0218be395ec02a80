// Training and measuring the TimeML event tagger (TempEval-3 Task B): gold documents read
// from a folder of .tml files, Task B counts and errors, document-level k-fold
// cross-validation, and training a model as `chronicle train timeml-events` writes it.
// Spans are compared as whitespace-separated word ranges, as the TempEval-3 scorer does;
// classes on overlapping matches.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/analysis.h"
#include "chronicle/diagnostic.h"
#include "chronicle/timeml.h"

namespace chronicle::eval {

/// A gold document: the analysis of its plain TEXT (segment and time stages) and its
/// gold EVENT mentions, in text order.
struct GoldEventDocument {
  std::string file;
  DocumentAnalysis analysis;
  std::vector<TimemlEvent> gold;
};

/// Every .tml file under `directory` (recursively, sorted by path). Files that cannot be
/// read or parsed are left out with an error diagnostic naming them.
/// Thread safety: reentrant.
std::vector<GoldEventDocument> read_event_gold(const std::string& directory,
                                               std::vector<Diagnostic>& diagnostics);

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

/// The weights below which `chronicle train timeml-events` leaves a weight out of the
/// model it writes (its --min-weight default).
inline constexpr float kDefaultMinWeight = 0.05f;

/// A model as `chronicle train timeml-events` writes it: the text of the model file
/// (pruned at the minimum weight and rounded), the margin it was made with, and the
/// number of features kept.
struct TrainedEventModel {
  std::string text;
  float margin = 0;
  std::size_t features = 0;
};

/// Trains the tagger on `docs` for `epochs` passes and writes it, leaving out weights
/// below `min_weight`. The margin is `margin` when given; otherwise it is chosen on the
/// documents themselves (a model trained on four fifths is scored on the other fifth for
/// each candidate margin). Deterministic: the same documents give the same bytes.
TrainedEventModel train_event_model(const std::vector<GoldEventDocument>& docs, int epochs,
                                    std::optional<float> margin,
                                    float min_weight = kDefaultMinWeight);

/// The Task B counts of the model `model_text` (a model file's contents) on `docs`, its
/// errors added to `errors` when given. Throws std::runtime_error, naming `name` and the
/// line, for a malformed model.
EventCounts score_event_model(std::string_view name, std::string_view model_text,
                              const std::vector<GoldEventDocument>& docs,
                              EventErrors* errors = nullptr);

/// How to cross-validate: the number of folds and the training options of
/// `chronicle train timeml-events` (epochs, margin, pruning), and how many folds to
/// train at once.
struct EventCrossValidationOptions {
  std::size_t folds = 10;
  int epochs = 10;
  std::optional<float> margin;  ///< chosen on each training set when absent
  float min_weight = kDefaultMinWeight;
  std::size_t jobs = 1;
};

/// The fold of each document of `docs`: the documents sorted by file path, the i-th of
/// them is in fold i mod k. Requires: 2 <= k <= docs.size().
std::vector<std::size_t> event_folds(const std::vector<GoldEventDocument>& docs, std::size_t k);

/// One fold: the documents trained on and tested on (indices into the corpus), the
/// margin its training chose, the size of its model and its Task B counts.
struct EventFold {
  std::vector<std::size_t> train;
  std::vector<std::size_t> test;
  float margin = 0;
  std::size_t features = 0;
  EventCounts counts;
};

/// The result: the folds, and per document (in corpus order) its fold, the events the
/// model of that fold tagged in it (its held-out predictions, in text order) and their
/// counts.
struct EventCrossValidation {
  std::vector<EventFold> folds;
  std::vector<std::size_t> fold_of;
  std::vector<std::vector<TimemlEvent>> document_events;
  std::vector<EventCounts> document_counts;
};

/// Cross-validates the tagger on `docs`: for each fold, trains on the documents of the
/// other folds exactly as `chronicle train timeml-events` does, and scores the fold's
/// documents with the model as written. Deterministic: the result does not depend on
/// `jobs`. Requires: 2 <= options.folds <= docs.size().
EventCrossValidation cross_validate_event_tagger(const std::vector<GoldEventDocument>& docs,
                                                 const EventCrossValidationOptions& options);

}  // namespace chronicle::eval

// Document-level k-fold cross-validation of the TimeML event tagger: an honest Task B
// figure for a corpus that is also the training data. Every document is scored once, by
// a model trained, with the code that makes the shipped model, on the other folds only.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "event_corpus.h"

namespace chronicle::detail {

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
/// other folds exactly as `chronicle train timeml-events` does (train_event_tagger, then
/// the saved form), and scores the fold's documents. Deterministic: the result does not
/// depend on `jobs`. Requires: 2 <= options.folds <= docs.size().
EventCrossValidation cross_validate_event_tagger(const std::vector<GoldEventDocument>& docs,
                                                 const EventCrossValidationOptions& options);

}  // namespace chronicle::detail

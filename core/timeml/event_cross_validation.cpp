// k-fold cross-validation of the TimeML event tagger. Folds are independent, so several
// are trained at once; each writes only its own slots (its fold, its documents), so the
// result does not depend on how many run together.
#include <algorithm>
#include <atomic>
#include <cassert>
#include <numeric>
#include <thread>

#include "chronicle/eval/event_training.h"
#include "timeml/event_corpus.h"

namespace chronicle::eval {

// The readers and stages this evaluation is built on are internals.
using namespace detail;

std::vector<std::size_t> event_folds(const std::vector<GoldEventDocument>& docs, std::size_t k) {
  assert(k >= 2 && k <= docs.size());
  std::vector<std::size_t> by_path(docs.size());
  std::iota(by_path.begin(), by_path.end(), std::size_t{0});
  std::stable_sort(by_path.begin(), by_path.end(),
                   [&](std::size_t a, std::size_t b) { return docs[a].file < docs[b].file; });
  std::vector<std::size_t> fold(docs.size());
  for (std::size_t i = 0; i < by_path.size(); ++i) fold[by_path[i]] = i % k;
  return fold;
}

namespace {

using detail::EventTagger;

void run_fold(const std::vector<GoldEventDocument>& docs, const EventCrossValidationOptions& o,
              EventFold& fold, EventCrossValidation& out) {
  detail::GoldEventSelection train;
  for (std::size_t i : fold.train) train.push_back(&docs[i]);
  const detail::TrainedEventTagger trained = detail::train_event_tagger(train, o.epochs, o.margin);
  const EventTagger tagger = detail::as_saved(trained.tagger, o.min_weight);
  fold.margin = trained.margin;
  fold.features = tagger.feature_count();
  for (std::size_t i : fold.test) {
    const GoldEventDocument& d = docs[i];
    out.document_events[i] = tagger.tag(d.analysis);
    out.document_counts[i] = score_events(d.analysis.document.text, d.gold, out.document_events[i]);
    fold.counts += out.document_counts[i];
  }
}

}  // namespace

EventCrossValidation cross_validate_event_tagger(const std::vector<GoldEventDocument>& docs,
                                                 const EventCrossValidationOptions& options) {
  EventCrossValidation out;
  out.fold_of = event_folds(docs, options.folds);
  out.folds.resize(options.folds);
  out.document_events.resize(docs.size());
  out.document_counts.resize(docs.size());
  for (std::size_t i = 0; i < docs.size(); ++i)
    for (std::size_t f = 0; f < options.folds; ++f)
      (out.fold_of[i] == f ? out.folds[f].test : out.folds[f].train).push_back(i);
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t f; (f = next++) < options.folds;) run_fold(docs, options, out.folds[f], out);
  };
  const std::size_t jobs = std::clamp<std::size_t>(options.jobs, 1, options.folds);
  std::vector<std::thread> threads;
  for (std::size_t j = 1; j < jobs; ++j) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();
  return out;
}

}  // namespace chronicle::eval

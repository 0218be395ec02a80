// The merged result of a run: documents, actors and events, as in the JSON contract
// of docs/JSON.md. Plain data; graph queries live in chronicle/graph.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "chronicle/actor.h"
#include "chronicle/document.h"
#include "chronicle/event.h"

namespace chronicle {

/// A document as listed in a result: everything but its text.
struct DocumentInfo {
  std::string id;
  std::optional<Day> dct;
  std::string title;
  std::string url;
  std::string source;
  friend bool operator==(const DocumentInfo&, const DocumentInfo&) = default;
};

/// Documents, actors and events, each sorted deterministically: documents by id,
/// actors by id, events by (first mention's document, offset, id).
///
/// A single result (one document's, or one imported file's, as extraction gives it) has
/// no `reports`. A merged result keeps in `reports` the single results it was merged
/// from, each sorted as sort_single_result() does and without reports of its own, sorted
/// by their documents' ids: merge() starts again from them, so that merging merged results
/// gives what one merge of all the single results gives. Views read only documents,
/// actors and events.
struct EventGraph {
  std::vector<DocumentInfo> documents;
  std::vector<Actor> actors;
  std::vector<Event> events;
  std::vector<EventGraph> reports;

  /// The actor with this id, or nullptr. Linear; build an index for many lookups.
  const Actor* find_actor(const std::string& id) const;
};

/// Sorts a single result as merge() keeps it and `extract --format jsonl` writes it:
/// actors by id, events by (first mention's document, trigger offset, id), the order of
/// equal keys kept. Thread safety: touches only `result`.
void sort_single_result(EventGraph& result);

/// The single results behind `parts`: each part's `reports`, or the part itself (sorted
/// by sort_single_result()) when it has none; in the order of `parts`, repeats kept.
std::vector<EventGraph> single_results(std::vector<EventGraph> parts);

/// True when two single results are the same: same documents, actors and events.
bool same_result(const EventGraph& a, const EventGraph& b);

/// Merges several results into one: actors that name the same real-world actor become
/// one actor, and events that report the same happening become one event with every
/// mention. The result is a function of the set of single results behind `parts`
/// (single_results()): independent of the order of `parts`, of how the single results
/// are grouped into parts, and of whether a part was merged before. A single result
/// given twice (a merged result merged with itself or with one of its parts) counts
/// once. Two different single results of the same document are both kept (their
/// mentions of the same trigger count once); callers that can, refuse such input.
/// `jobs` is the most threads it may use (0 counts as 1); the result does not depend on it.
/// Thread safety: pure function.
EventGraph merge(std::vector<EventGraph> parts, unsigned jobs = 1);

}  // namespace chronicle

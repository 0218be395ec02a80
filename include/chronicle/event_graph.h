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
};

/// Documents, actors and events, each sorted deterministically: documents by id,
/// actors by id, events by (first mention's document, offset, id).
struct EventGraph {
  std::vector<DocumentInfo> documents;
  std::vector<Actor> actors;
  std::vector<Event> events;

  /// The actor with this id, or nullptr. Linear; build an index for many lookups.
  const Actor* find_actor(const std::string& id) const;
};

/// Merges several results into one: actors that name the same real-world actor become
/// one actor, and events that report the same happening become one event with every
/// mention. Deterministic and independent of the order of `parts`, and of how
/// per-document results are grouped into parts. Merging results that were themselves
/// merged can cluster differently from one merge of all the single reports, because a
/// merged event no longer keeps each report's own participants and time.
/// Thread safety: pure function.
EventGraph merge(std::vector<EventGraph> parts);

}  // namespace chronicle

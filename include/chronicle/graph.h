// The event graph as a graph: actors, events and documents as vertices, with
// participates, mentions, before and interacts edges. Built on Boost.Graph inside;
// only plain types cross this header.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "chronicle/event_graph.h"

namespace chronicle {

/// Two actors that share events. `a` < `b` (actor ids); counts by event class.
struct Interaction {
  std::string a;
  std::string b;
  int events = 0;
  int cooperation = 0;
  int conflict = 0;
  std::vector<std::string> event_ids;  ///< sorted
  /// (cooperation - conflict) / events, in [-1, 1].
  double balance() const { return events ? double(cooperation - conflict) / events : 0.0; }
};

/// Which events a view shows. Every set criterion must hold; an empty filter keeps all.
struct EventFilter {
  /// Actor id, or a name or alias (case-insensitive); empty: any actor.
  std::string actor;
  /// With `actor`: also events of actors within this many interaction steps.
  int hops = 0;
  /// Events whose days overlap [from, to]; undated events fail a date criterion.
  std::optional<Day> from;
  std::optional<Day> to;
  /// Event types (taxonomy identifiers); empty: any type.
  std::vector<std::string> types;
  std::optional<EventClass> event_class;
  /// At least this many distinct documents report the event.
  int min_sources = 0;
  bool empty() const {
    return actor.empty() && !from && !to && types.empty() && !event_class && min_sources <= 0;
  }
};

/// Read-only graph model of an EventGraph. Requires: `graph` outlives the model.
/// Thread safety: const methods are safe to call concurrently.
class GraphModel {
 public:
  explicit GraphModel(const EventGraph& graph);
  ~GraphModel();
  GraphModel(const GraphModel&) = delete;
  GraphModel& operator=(const GraphModel&) = delete;

  /// Actor pairs sharing at least one event, sorted by (a, b).
  std::vector<Interaction> interactions() const;
  /// Betweenness centrality of each actor in the actor-interaction graph, normalised to
  /// [0, 1], indexed like graph.actors. Computed once, on first use: exactly up to 3,000
  /// actors, above that estimated from 256 evenly spaced source actors (deterministic).
  std::vector<double> actor_centrality() const;
  /// Connected component of each actor in the interaction graph, indexed like actors.
  std::vector<std::size_t> actor_components() const;
  /// Number of events each actor takes part in, indexed like graph.actors.
  std::vector<int> actor_event_counts() const;
  /// Pairs (i, j) of event indices where event i ends before event j begins and j is
  /// the next dated event after i (the chronological chain), sorted.
  std::vector<std::pair<std::size_t, std::size_t>> before_edges() const;
  /// Indices of events in which the actor with id `actor` takes part, within `hops`
  /// steps of interaction (0: the actor's own events), sorted.
  std::vector<std::size_t> events_near(const std::string& actor, int hops) const;
  /// The id of the actor `name` designates: an id, else a name or alias compared
  /// case-insensitively (ASCII), the actor in most events winning ties; nullopt if none.
  std::optional<std::string> resolve_actor(const std::string& name) const;
  /// Indices of the events that pass `filter`, sorted. An unknown actor selects nothing.
  std::vector<std::size_t> select(const EventFilter& filter) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// The part of `graph` that `filter` selects: the selected events, the actors they name
/// (and the affiliations of those), the documents that report them. Order is kept.
/// Thread safety: pure function.
EventGraph filter_graph(const EventGraph& graph, const EventFilter& filter);

/// The same, with the events given by index (sorted, distinct).
EventGraph subgraph(const EventGraph& graph, const std::vector<std::size_t>& events);

}  // namespace chronicle

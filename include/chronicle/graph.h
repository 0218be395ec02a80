// The event graph as a graph: actors, events and documents as vertices, with
// participates, mentions, before and interacts edges. Built on Boost.Graph inside;
// only plain types cross this header.
#pragma once

#include <cstddef>
#include <memory>
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
  /// [0, 1], indexed like graph.actors.
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

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace chronicle

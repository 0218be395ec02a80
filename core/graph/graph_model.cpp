// GraphModel: an EventGraph as a Boost.Graph adjacency_list of actor, event and document
// vertices, plus the undirected actor-interaction graph the actor analyses run on.
//
// Design note: both graphs are built once in the constructor and never change, so every
// const query works on local state only and is safe to call concurrently. Vertex and edge
// order follow the input order (vecS), which makes every Boost algorithm here visit in the
// same order on every run; results are then sorted or renumbered so they never depend on it.
#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/visitors.hpp>
#include <boost/property_map/property_map.hpp>
#include <cstddef>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "chronicle/graph.h"

namespace chronicle {
namespace detail {

enum class VertexKind { actor, event, document };
enum class EdgeKind { participates, mentions, before, interacts };

/// A vertex of the model: what it stands for and its index in the EventGraph's list.
struct ModelVertex {
  VertexKind kind = VertexKind::actor;
  std::size_t index = 0;
};

/// An edge of the model. `role` is set on participates edges, `weight` (shared events)
/// on interacts edges.
struct ModelEdge {
  EdgeKind kind = EdgeKind::participates;
  std::string role;
  int weight = 0;
};

/// Directed: participates actor -> event, mentions event -> document, before earlier ->
/// later event, interacts lower -> higher actor index. Vertices: actors, then events,
/// then documents, each in EventGraph order.
using ModelGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, ModelVertex, ModelEdge>;

/// Undirected actor-interaction graph: vertex i is graph.actors[i]; the edge weight is
/// the number of events the two actors share.
using ActorGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                          boost::property<boost::edge_weight_t, int>>;

using IndexMap = std::unordered_map<std::string, std::size_t>;

/// What two actors share, keyed by their actor indices.
struct PairTally {
  int events = 0;
  int cooperation = 0;
  int conflict = 0;
  std::vector<std::string> event_ids;
};
using PairTallies = std::map<std::pair<std::size_t, std::size_t>, PairTally>;

template <class T>
IndexMap index_by_id(const std::vector<T>& items) {
  IndexMap index;
  for (std::size_t i = 0; i < items.size(); ++i) index.emplace(items[i].id, i);  // first wins
  return index;
}

/// The distinct known actors of an event, by actor index, each with the first role
/// listed for it. Participants naming no known actor are left out.
std::vector<std::pair<std::size_t, std::string>> event_actors(const Event& event,
                                                              const IndexMap& actors) {
  std::vector<std::pair<std::size_t, std::string>> out;
  for (const auto& participant : event.participants) {
    auto it = actors.find(participant.actor);
    if (it == actors.end()) continue;
    bool seen = std::any_of(out.begin(), out.end(),
                            [&](const auto& entry) { return entry.first == it->second; });
    if (!seen) out.emplace_back(it->second, participant.role);
  }
  std::sort(out.begin(), out.end());
  return out;
}

void tally_pairs(const Event& event,
                 const std::vector<std::pair<std::size_t, std::string>>& members,
                 PairTallies& tallies) {
  for (std::size_t x = 0; x < members.size(); ++x) {
    for (std::size_t y = x + 1; y < members.size(); ++y) {
      PairTally& tally = tallies[{members[x].first, members[y].first}];
      ++tally.events;
      if (event.event_class == EventClass::cooperation) ++tally.cooperation;
      if (event.event_class == EventClass::conflict) ++tally.conflict;
      tally.event_ids.push_back(event.id);
    }
  }
}

std::vector<Interaction> make_interactions(const PairTallies& tallies,
                                           const std::vector<Actor>& actors) {
  std::vector<Interaction> out;
  out.reserve(tallies.size());
  for (const auto& [pair, tally] : tallies) {
    Interaction item;
    item.a = actors[pair.first].id;
    item.b = actors[pair.second].id;
    item.events = tally.events;
    item.cooperation = tally.cooperation;
    item.conflict = tally.conflict;
    item.event_ids = tally.event_ids;
    if (item.b < item.a) std::swap(item.a, item.b);  // actors need not be sorted by id
    std::sort(item.event_ids.begin(), item.event_ids.end());
    out.push_back(std::move(item));
  }
  std::sort(out.begin(), out.end(), [](const Interaction& x, const Interaction& y) {
    return std::tie(x.a, x.b) < std::tie(y.a, y.b);
  });
  return out;
}

/// The chronological chain. Dated events are those with time.begin set; an event's
/// interval is [begin, max(begin, end)] (end defaults to begin). They are sorted by
/// (begin, end, event index), and for each two neighbours i, j in that order the edge
/// (i, j) is emitted when i's last day is strictly before j's first day. Neighbours
/// whose intervals overlap (including the same day) get no edge, so the chain is broken
/// there rather than inventing an order the dates do not give. Sorted by (i, j).
std::vector<std::pair<std::size_t, std::size_t>> chronological_chain(
    const std::vector<Event>& events) {
  struct Dated {
    Day begin;
    Day end;
    std::size_t index;
  };
  std::vector<Dated> dated;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const EventTime& time = events[i].time;
    if (!time.begin) continue;
    Day end = time.end && *time.begin < *time.end ? *time.end : *time.begin;
    dated.push_back({*time.begin, end, i});
  }
  std::sort(dated.begin(), dated.end(), [](const Dated& x, const Dated& y) {
    return std::tie(x.begin, x.end, x.index) < std::tie(y.begin, y.end, y.index);
  });
  std::vector<std::pair<std::size_t, std::size_t>> chain;
  for (std::size_t k = 0; k + 1 < dated.size(); ++k) {
    if (dated[k].end < dated[k + 1].begin) chain.emplace_back(dated[k].index, dated[k + 1].index);
  }
  std::sort(chain.begin(), chain.end());
  return chain;
}

/// Exact betweenness up to this many actors; above it, an estimate from
/// kBetweennessSamples evenly spaced sources, so that large graphs stay near-linear.
constexpr std::size_t kExactBetweennessLimit = 3000;
constexpr std::size_t kBetweennessSamples = 256;

std::vector<double> betweenness(const ActorGraph& g);

}  // namespace detail

struct GraphModel::Impl {
  const EventGraph* graph = nullptr;
  detail::ModelGraph model;
  detail::ActorGraph actors;
  detail::IndexMap actor_index;  // actor id -> index; the first actor wins on duplicates
  std::vector<Interaction> interactions;
  std::vector<std::pair<std::size_t, std::size_t>> before;
  // Betweenness is O(actors x interactions): computed on first use, then shared.
  mutable std::once_flag centrality_once;
  mutable std::vector<double> centrality;

  explicit Impl(const EventGraph& source);
  std::size_t event_vertex(std::size_t event) const { return graph->actors.size() + event; }
  std::size_t document_vertex(std::size_t document) const {
    return graph->actors.size() + graph->events.size() + document;
  }
  void add_vertices();
  void add_event_edges(const detail::IndexMap& doc_index, detail::PairTallies& tallies);
  void add_interaction_edges(const detail::PairTallies& tallies);
  void add_before_edges();
  std::vector<std::size_t> events_of(std::size_t actor) const;
};

GraphModel::Impl::Impl(const EventGraph& source)
    : graph(&source),
      actors(source.actors.size()),
      actor_index(detail::index_by_id(source.actors)) {
  add_vertices();
  detail::PairTallies tallies;
  add_event_edges(detail::index_by_id(source.documents), tallies);
  add_interaction_edges(tallies);
  interactions = detail::make_interactions(tallies, source.actors);
  add_before_edges();
}

void GraphModel::Impl::add_vertices() {
  using detail::VertexKind;
  for (std::size_t i = 0; i < graph->actors.size(); ++i)
    boost::add_vertex({VertexKind::actor, i}, model);
  for (std::size_t i = 0; i < graph->events.size(); ++i)
    boost::add_vertex({VertexKind::event, i}, model);
  for (std::size_t i = 0; i < graph->documents.size(); ++i)
    boost::add_vertex({VertexKind::document, i}, model);
}

void GraphModel::Impl::add_event_edges(const detail::IndexMap& doc_index,
                                       detail::PairTallies& tallies) {
  using detail::EdgeKind;
  for (std::size_t e = 0; e < graph->events.size(); ++e) {
    const Event& event = graph->events[e];
    auto members = detail::event_actors(event, actor_index);
    for (const auto& [actor, role] : members)
      boost::add_edge(actor, event_vertex(e), {EdgeKind::participates, role, 0}, model);
    detail::tally_pairs(event, members, tallies);
    std::vector<std::size_t> docs;
    for (const auto& mention : event.mentions) {
      auto it = doc_index.find(mention.doc);
      if (it != doc_index.end()) docs.push_back(it->second);
    }
    std::sort(docs.begin(), docs.end());
    docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
    for (std::size_t d : docs)
      boost::add_edge(event_vertex(e), document_vertex(d), {EdgeKind::mentions, {}, 0}, model);
  }
}

void GraphModel::Impl::add_interaction_edges(const detail::PairTallies& tallies) {
  for (const auto& [pair, tally] : tallies) {
    boost::add_edge(pair.first, pair.second, tally.events, actors);
    boost::add_edge(pair.first, pair.second, {detail::EdgeKind::interacts, {}, tally.events},
                    model);
  }
}

void GraphModel::Impl::add_before_edges() {
  before = detail::chronological_chain(graph->events);
  for (const auto& [from, to] : before)
    boost::add_edge(event_vertex(from), event_vertex(to), {detail::EdgeKind::before, {}, 0}, model);
}

// Participates edges are unique per (actor, event), so these are distinct, and sorted
// because they were added in event order.
std::vector<std::size_t> GraphModel::Impl::events_of(std::size_t actor) const {
  std::vector<std::size_t> out;
  for (auto [it, end] = boost::out_edges(actor, model); it != end; ++it) {
    if (model[*it].kind != detail::EdgeKind::participates) continue;
    out.push_back(model[boost::target(*it, model)].index);
  }
  return out;
}

GraphModel::GraphModel(const EventGraph& graph) : impl_(std::make_unique<Impl>(graph)) {}
GraphModel::~GraphModel() = default;

std::vector<Interaction> GraphModel::interactions() const { return impl_->interactions; }

// Unweighted on purpose: betweenness asks who lies on the shortest routes between
// others, and a route through a broker is a route whether the pair met once or ten
// times. Weighting by 1/shared-events would let one busy pair reroute everything.
std::vector<double> GraphModel::actor_centrality() const {
  std::call_once(impl_->centrality_once,
                 [this] { impl_->centrality = detail::betweenness(impl_->actors); });
  return impl_->centrality;
}

namespace detail {

namespace {

// Brandes' accumulation from a chosen set of sources over the unweighted graph: the
// exact betweenness when every vertex is a source, an estimate proportional to it when
// the sources are an even sample (Brandes and Pich, "Centrality estimation in large
// networks", 2007).
std::vector<double> betweenness_from(const ActorGraph& g, const std::vector<std::size_t>& sources) {
  const std::size_t n = boost::num_vertices(g);
  std::vector<double> centrality(n, 0.0), sigma(n), delta(n);
  std::vector<long> distance(n);
  std::vector<std::vector<std::size_t>> predecessors(n);
  std::vector<std::size_t> order, queue;
  for (std::size_t s : sources) {
    std::fill(sigma.begin(), sigma.end(), 0.0);
    std::fill(delta.begin(), delta.end(), 0.0);
    std::fill(distance.begin(), distance.end(), -1L);
    for (auto& p : predecessors) p.clear();
    order.clear();
    queue.assign(1, s);
    sigma[s] = 1.0;
    distance[s] = 0;
    for (std::size_t head = 0; head < queue.size(); ++head) {
      std::size_t v = queue[head];
      order.push_back(v);
      for (auto [it, end] = boost::adjacent_vertices(v, g); it != end; ++it) {
        std::size_t w = *it;
        if (distance[w] < 0) {
          distance[w] = distance[v] + 1;
          queue.push_back(w);
        }
        if (distance[w] == distance[v] + 1) {
          sigma[w] += sigma[v];
          predecessors[w].push_back(v);
        }
      }
    }
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
      std::size_t w = *it;
      for (std::size_t v : predecessors[w]) delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
      if (w != s) centrality[w] += delta[w];
    }
  }
  return centrality;
}

}  // namespace

std::vector<double> betweenness(const ActorGraph& g) {
  const std::size_t n = boost::num_vertices(g);
  std::vector<double> centrality(n, 0.0);
  if (n == 0) return centrality;
  if (n <= kExactBetweennessLimit) {
    boost::brandes_betweenness_centrality(
        g, boost::centrality_map(boost::make_iterator_property_map(
               centrality.begin(), boost::get(boost::vertex_index, g))));
  } else {
    // Evenly spaced sources by actor index: deterministic, and independent of how
    // Boost orders adjacency.
    std::vector<std::size_t> sources;
    for (std::size_t k = 0; k < kBetweennessSamples; ++k) sources.push_back(k * n / kBetweennessSamples);
    centrality = betweenness_from(g, sources);
  }
  double max = *std::max_element(centrality.begin(), centrality.end());
  if (max <= 0.0) return std::vector<double>(n, 0.0);
  for (double& value : centrality) value /= max;
  return centrality;
}

}  // namespace detail

// Components are renumbered in order of their lowest actor index, so the numbering
// does not depend on how Boost happens to traverse.
std::vector<std::size_t> GraphModel::actor_components() const {
  const auto& g = impl_->actors;
  std::vector<std::size_t> raw(boost::num_vertices(g), 0);
  if (raw.empty()) return raw;
  boost::connected_components(
      g, boost::make_iterator_property_map(raw.begin(), boost::get(boost::vertex_index, g)));
  std::map<std::size_t, std::size_t> renumber;
  std::vector<std::size_t> out(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i)
    out[i] = renumber.emplace(raw[i], renumber.size()).first->second;
  return out;
}

std::vector<int> GraphModel::actor_event_counts() const {
  std::vector<int> counts(impl_->graph->actors.size(), 0);
  for (std::size_t a = 0; a < counts.size(); ++a)
    counts[a] = static_cast<int>(impl_->events_of(a).size());
  return counts;
}

std::vector<std::pair<std::size_t, std::size_t>> GraphModel::before_edges() const {
  return impl_->before;
}

// A full breadth-first search from the actor records hop distances; actors at distance
// <= hops contribute their events. Negative hops reach no actor, so the result is empty.
std::vector<std::size_t> GraphModel::events_near(const std::string& actor, int hops) const {
  auto found = impl_->actor_index.find(actor);
  if (found == impl_->actor_index.end() || hops < 0) return {};
  const auto& g = impl_->actors;
  std::size_t start = found->second;
  std::vector<int> distance(boost::num_vertices(g), -1);
  distance[start] = 0;
  auto distance_map =
      boost::make_iterator_property_map(distance.begin(), boost::get(boost::vertex_index, g));
  boost::breadth_first_search(g, start,
                              boost::visitor(boost::make_bfs_visitor(
                                  boost::record_distances(distance_map, boost::on_tree_edge()))));
  std::vector<std::size_t> out;
  for (std::size_t a = 0; a < distance.size(); ++a) {
    if (distance[a] < 0 || distance[a] > hops) continue;
    auto events = impl_->events_of(a);
    out.insert(out.end(), events.begin(), events.end());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

namespace {

std::string ascii_lower(std::string text) {
  for (char& c : text)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return text;
}

bool overlaps_dates(const Event& e, const EventFilter& f) {
  if (!f.from && !f.to) return true;
  if (!e.time.begin) return false;
  const Day last = e.time.end && *e.time.begin < *e.time.end ? *e.time.end : *e.time.begin;
  if (f.from && last < *f.from) return false;
  if (f.to && *f.to < *e.time.begin) return false;
  return true;
}

bool passes(const Event& e, const EventFilter& f) {
  if (!overlaps_dates(e, f)) return false;
  if (!f.types.empty() && std::find(f.types.begin(), f.types.end(), e.type) == f.types.end())
    return false;
  if (f.event_class && e.event_class != *f.event_class) return false;
  return e.sources >= f.min_sources;
}

}  // namespace

std::optional<std::string> GraphModel::resolve_actor(const std::string& name) const {
  const auto& actors = impl_->graph->actors;
  if (impl_->actor_index.count(name)) return name;
  const std::string wanted = ascii_lower(name);
  const std::vector<int> counts = actor_event_counts();
  std::optional<std::size_t> best;
  for (std::size_t i = 0; i < actors.size(); ++i) {
    bool named = ascii_lower(actors[i].name) == wanted;
    for (const auto& alias : actors[i].aliases) named = named || ascii_lower(alias) == wanted;
    if (named && (!best || counts[i] > counts[*best])) best = i;
  }
  if (!best) return std::nullopt;
  return actors[*best].id;
}

std::vector<std::size_t> GraphModel::select(const EventFilter& filter) const {
  std::vector<std::size_t> candidates;
  if (filter.actor.empty()) {
    candidates.resize(impl_->graph->events.size());
    for (std::size_t i = 0; i < candidates.size(); ++i) candidates[i] = i;
  } else if (auto id = resolve_actor(filter.actor)) {
    candidates = events_near(*id, filter.hops);
  }
  std::vector<std::size_t> out;
  for (std::size_t i : candidates)
    if (passes(impl_->graph->events[i], filter)) out.push_back(i);
  return out;
}

// Affiliations are followed (cycle-safe, by the visited set) so that the network can
// still group the kept actors; documents are those some kept event cites.
EventGraph subgraph(const EventGraph& graph, const std::vector<std::size_t>& events) {
  EventGraph out;
  std::set<std::string> actor_ids, doc_ids;
  for (std::size_t i : events) {
    const Event& e = graph.events[i];
    out.events.push_back(e);
    for (const auto& p : e.participants) actor_ids.insert(p.actor);
    for (const auto& m : e.mentions) doc_ids.insert(m.doc);
  }
  const detail::IndexMap index = detail::index_by_id(graph.actors);
  std::vector<std::string> pending(actor_ids.begin(), actor_ids.end());
  while (!pending.empty()) {
    const std::string id = pending.back();
    pending.pop_back();
    auto it = index.find(id);
    if (it == index.end()) continue;
    const auto& affiliation = graph.actors[it->second].affiliation;
    if (affiliation && actor_ids.insert(*affiliation).second) pending.push_back(*affiliation);
  }
  for (const Actor& a : graph.actors)
    if (actor_ids.count(a.id)) out.actors.push_back(a);
  for (const DocumentInfo& d : graph.documents)
    if (doc_ids.count(d.id)) out.documents.push_back(d);
  return out;
}

EventGraph filter_graph(const EventGraph& graph, const EventFilter& filter) {
  if (filter.empty()) return graph;
  return subgraph(graph, GraphModel(graph).select(filter));
}

}  // namespace chronicle

// The actor network as DOT for neato. Actors are sized by betweenness centrality (plus
// a little for their event count) and shaped by kind; edges are weighted by shared events
// and coloured by their cooperation/conflict balance. neato cannot draw clusters, so
// actors of one affiliation share a fill colour, and invisible short edges tie each
// member to its affiliation's head so the layout pulls the group together.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <set>
#include <unordered_map>
#include <vector>

#include "chronicle/graph.h"
#include "chronicle/render.h"
#include "dot_writer.h"
#include "escape.h"
#include "event_text.h"

namespace chronicle {
namespace {

using detail::DotAttrs;

constexpr std::size_t kNameChars = 28;
constexpr std::size_t kEdgeEvents = 10;
// Above this many actors, straight edges and a looser stress tolerance: neato's stress
// majorization is quadratic per iteration, and 2000 actors would otherwise take minutes.
constexpr std::size_t kLargeNetwork = 300;

std::string count_of(long n, const char* noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

const char* shape_of(ActorKind kind) {
  switch (kind) {
    case ActorKind::person:
      return "ellipse";
    case ActorKind::country:
      return "box";
    case ActorKind::organization:
      return "hexagon";
    case ActorKind::group:
      return "octagon";
    case ActorKind::place:
      return "house";
    default:
      return "ellipse";
  }
}

const char* balance_colour(double balance) {
  if (balance > 0.2) return "#3b8a3e";
  if (balance < -0.2) return "#c0392b";
  return "#8a8f94";
}

struct Shown {
  std::vector<std::size_t> actors;  ///< indices into graph.actors, ascending
  std::size_t total = 0;            ///< actors with at least one event
};

// Actors with events; the most central `max` of them when there are more.
Shown select_actors(const std::vector<double>& centrality, const std::vector<int>& counts,
                    std::size_t max) {
  Shown s;
  for (std::size_t i = 0; i < counts.size(); ++i)
    if (counts[i] > 0) s.actors.push_back(i);
  s.total = s.actors.size();
  if (s.actors.size() <= max) return s;
  std::sort(s.actors.begin(), s.actors.end(), [&](std::size_t a, std::size_t b) {
    if (centrality[a] != centrality[b]) return centrality[a] > centrality[b];
    if (counts[a] != counts[b]) return counts[a] > counts[b];
    return a < b;
  });
  s.actors.resize(max);
  std::sort(s.actors.begin(), s.actors.end());
  return s;
}

// The head of an actor's affiliation chain (itself when unaffiliated); cycle-safe.
std::string group_of(const Actor& actor, const detail::GraphIndex& index) {
  const Actor* current = &actor;
  for (int hop = 0; hop < 16 && current->affiliation; ++hop) {
    const Actor* next = index.actor(*current->affiliation);
    if (!next || next == &actor) break;
    current = next;
  }
  return current->id;
}

// A pale fill for each affiliation group with two or more shown members, in id order.
std::map<std::string, std::string> group_fills(
    const std::map<std::string, std::vector<std::size_t>>& groups) {
  static constexpr const char* kFills[] = {"#dbe9f6", "#fde4c8", "#dcefd9", "#f8d9e3", "#e6def3",
                                           "#d5f0f0", "#f3f0c8", "#eadfd8", "#e0e0e0", "#fbe3d3"};
  std::map<std::string, std::string> fills;
  std::size_t next = 0;
  for (const auto& [group, members] : groups)
    if (members.size() > 1) fills[group] = kFills[next++ % std::size(kFills)];
  return fills;
}

std::string actor_tooltip(const Actor& a, int events, double centrality,
                          const detail::GraphIndex& index) {
  std::string tip = a.name + " (" + to_string(a.kind) + ")\n" + count_of(events, "event") +
                    " \xC2\xB7 centrality " + detail::fixed(centrality, 2);
  if (a.affiliation) tip += "\naffiliation: " + index.actor_name(*a.affiliation);
  if (!a.roles.empty()) tip += "\nroles: " + detail::shorten(a.roles.front(), 60);
  std::string aliases;
  for (std::size_t i = 0; i < a.aliases.size() && i < 5; ++i)
    aliases += (i ? ", " : "") + detail::shorten(a.aliases[i], 40);
  if (!aliases.empty()) tip += "\nalso: " + aliases;
  return tip;
}

std::string actor_node(const Actor& a, int events, double centrality, const std::string& fill,
                       const detail::GraphIndex& index) {
  const double width = 0.55 + 1.2 * centrality + 0.12 * std::log2(1.0 + events);
  DotAttrs attrs;
  attrs.set("label", detail::shorten(a.name, kNameChars))
      .set("shape", shape_of(a.kind))
      .num("width", width, 3)
      .num("height", std::max(0.36, 0.55 * width), 3)
      .num("fontsize", 9 + 5 * centrality, 1)
      .set("fillcolor", fill)
      .set("tooltip", actor_tooltip(a, events, centrality, index))
      .set("id", "actor-" + a.id);
  return detail::dot_node("a:" + a.id, attrs);
}

std::string edge_tooltip(const Interaction& in, const EventGraph& graph,
                         const std::unordered_map<std::string, std::size_t>& event_index,
                         const detail::GraphIndex& index) {
  std::string tip = index.actor_name(in.a) + " \xE2\x80\x93 " + index.actor_name(in.b) + ": " +
                    count_of(in.events, "shared event") + " (" + std::to_string(in.cooperation) +
                    " cooperation, " + std::to_string(in.conflict) + " conflict)";
  for (std::size_t k = 0; k < in.event_ids.size() && k < kEdgeEvents; ++k) {
    auto it = event_index.find(in.event_ids[k]);
    if (it == event_index.end()) continue;
    const Event& e = graph.events[it->second];
    tip += "\n" + detail::event_date_text(e) + ": " + detail::shorten(detail::event_action(e), 60);
  }
  if (in.event_ids.size() > kEdgeEvents)
    tip += "\n(" + std::to_string(in.event_ids.size() - kEdgeEvents) + " more)";
  return tip;
}

// The links between shown actors, in interaction order; only the `max` strongest (most
// shared events, then by ids) when there are more.
std::vector<const Interaction*> shown_links(const std::vector<Interaction>& interactions,
                                            const std::map<std::string, std::size_t>& shown,
                                            std::size_t max) {
  std::vector<const Interaction*> links;
  for (const Interaction& in : interactions)
    if (shown.count(in.a) && shown.count(in.b)) links.push_back(&in);
  if (links.size() <= max) return links;
  std::vector<const Interaction*> strongest = links;
  std::stable_sort(strongest.begin(), strongest.end(),
                   [](const Interaction* x, const Interaction* y) { return x->events > y->events; });
  strongest.resize(max);
  std::set<const Interaction*> keep(strongest.begin(), strongest.end());
  std::erase_if(links, [&](const Interaction* in) { return !keep.count(in); });
  return links;
}

std::string interaction_edges(const EventGraph& graph, const std::vector<const Interaction*>& links,
                              const detail::GraphIndex& index) {
  std::unordered_map<std::string, std::size_t> event_index;
  for (std::size_t i = 0; i < graph.events.size(); ++i) event_index.emplace(graph.events[i].id, i);
  std::string out;
  for (const Interaction* link : links) {
    const Interaction& in = *link;
    DotAttrs attrs;
    attrs.num("penwidth", std::min(7.0, 1.0 + 1.2 * std::log2(static_cast<double>(in.events))), 2)
        .set("color", balance_colour(in.balance()))
        .num("weight", in.events, 0)
        .set("len", "1.6")
        .set("tooltip", edge_tooltip(in, graph, event_index, index));
    out += detail::dot_edge("a:" + in.a, "a:" + in.b, attrs);
  }
  return out;
}

// Invisible short edges from each member to its group's head (or first shown member).
std::string affiliation_edges(const std::map<std::string, std::vector<std::size_t>>& groups,
                              const EventGraph& graph) {
  std::string out;
  for (const auto& [group, members] : groups) {
    if (members.size() < 2) continue;
    std::string anchor = graph.actors[members.front()].id;
    for (std::size_t i : members)
      if (graph.actors[i].id == group) anchor = group;
    for (std::size_t i : members) {
      if (graph.actors[i].id == anchor) continue;
      DotAttrs attrs;
      attrs.set("style", "invis").set("weight", "2").set("len", "1.0");
      out += detail::dot_edge("a:" + graph.actors[i].id, "a:" + anchor, attrs);
    }
  }
  return out;
}

std::string graph_header(const NetworkOptions& options, const Shown& shown, std::size_t links_drawn,
                         std::size_t links_total) {
  std::string label = options.title;
  if (shown.actors.size() < shown.total) {
    label += (label.empty() ? "" : "\n") + std::string("showing the ") +
             std::to_string(shown.actors.size()) + " most central of " +
             std::to_string(shown.total) + " actors";
  }
  if (links_drawn < links_total) {
    label += (label.empty() ? "" : "\n") + std::string("drawing the ") + std::to_string(links_drawn) +
             " strongest of " + std::to_string(links_total) + " links";
  }
  label += (label.empty() ? "" : "\n") +
           std::string(
               "edges: green cooperation, red conflict, grey neutral; width: shared events; "
               "fill: affiliation");
  const bool large = shown.actors.size() > kLargeNetwork;
  DotAttrs g;
  g.set("layout", "neato")
      .set("start", "1")
      .set("overlap", "prism")
      .set("sep", "+8")
      .set("splines", large ? "false" : "true")
      .set("epsilon", large ? "0.01" : "0.0001")
      .set("outputorder", "edgesfirst")
      .set("pack", "true")
      .set("id", "actors")
      .set("fontname", "Helvetica")
      .set("fontsize", "11")
      .set("labelloc", "b")
      .set("label", label)
      .set("bgcolor", "white")
      .set("pad", "0.2");
  return "graph actors {\n  graph " + g.str() + ";\n" +
         "  node [fontname=\"Helvetica\", style=\"filled\", color=\"#555555\", "
         "margin=\"0.06,0.03\"];\n" +
         "  edge [fontname=\"Helvetica\"];\n";
}

}  // namespace

std::string actors_dot(const EventGraph& graph, const NetworkOptions& options) {
  const GraphModel model(graph);
  const std::vector<double> centrality = model.actor_centrality();
  const std::vector<int> counts = model.actor_event_counts();
  const detail::GraphIndex index(graph);
  const Shown shown = select_actors(centrality, counts, options.max_actors);
  std::map<std::string, std::size_t> shown_ids;
  std::map<std::string, std::vector<std::size_t>> groups;
  for (std::size_t i : shown.actors) {
    shown_ids.emplace(graph.actors[i].id, i);
    groups[group_of(graph.actors[i], index)].push_back(i);
  }
  const std::map<std::string, std::string> fills = group_fills(groups);
  const std::vector<Interaction> interactions = model.interactions();
  const std::size_t links_total = shown_links(interactions, shown_ids, SIZE_MAX).size();
  const std::vector<const Interaction*> links = shown_links(interactions, shown_ids, options.max_links);
  std::string out = graph_header(options, shown, links.size(), links_total);
  for (std::size_t i : shown.actors) {
    auto fill = fills.find(group_of(graph.actors[i], index));
    out += actor_node(graph.actors[i], counts[i], centrality[i],
                      fill == fills.end() ? "#ffffff" : fill->second, index);
  }
  out += interaction_edges(graph, links, index);
  out += affiliation_edges(groups, graph);
  return out + "}\n";
}

}  // namespace chronicle

// The actor network view: actors sized by betweenness centrality and shaped by kind,
// coloured by affiliation; edges weighted by shared events and coloured by their
// cooperation/conflict balance. neato cannot draw clusters, so actors of one affiliation
// share a fill colour and are tied by light invisible edges that pull them together.
#include <algorithm>
#include <map>

#include "chronicle/graph.h"
#include "chronicle/render.h"
#include "dot_writer.h"
#include "escape.h"
#include "event_text.h"

namespace chronicle {
namespace {

const char* shape_of(ActorKind kind) {
  switch (kind) {
    case ActorKind::person: return "ellipse";
    case ActorKind::country: return "box";
    case ActorKind::organization: return "hexagon";
    case ActorKind::group: return "octagon";
    case ActorKind::place: return "house";
    case ActorKind::other: return "ellipse";
  }
  return "ellipse";
}

const char* balance_colour(double balance) {
  if (balance > 0.2) return "#2e7d32";
  if (balance < -0.2) return "#c62828";
  return "#757575";
}

// A pale fill per affiliation group, stable for the same group id.
std::string group_fill(const std::string& group) {
  static const char* const kFills[] = {"#e3f2fd", "#fff3e0", "#e8f5e9", "#fce4ec", "#ede7f6",
                                       "#e0f7fa", "#f9fbe7", "#efebe9"};
  std::size_t h = 0;
  for (char c : group) h = h * 131 + static_cast<unsigned char>(c);
  return kFills[h % (sizeof kFills / sizeof *kFills)];
}

std::string node_id(std::size_t i) { return "a" + std::to_string(i); }

}  // namespace

std::string actors_dot(const EventGraph& graph, const NetworkOptions& options) {
  GraphModel model(graph);
  auto centrality = model.actor_centrality();
  auto counts = model.actor_event_counts();
  std::vector<std::size_t> shown;
  for (std::size_t i = 0; i < graph.actors.size(); ++i)
    if (counts[i] > 0) shown.push_back(i);
  std::stable_sort(shown.begin(), shown.end(), [&](std::size_t a, std::size_t b) {
    return centrality[a] != centrality[b] ? centrality[a] > centrality[b] : counts[a] > counts[b];
  });
  std::string note;
  if (shown.size() > options.max_actors) {
    note = "showing the " + std::to_string(options.max_actors) + " most central of " +
           std::to_string(shown.size()) + " actors";
    shown.resize(options.max_actors);
  }
  std::sort(shown.begin(), shown.end());
  std::map<std::string, std::size_t> index;
  for (std::size_t i : shown) index[graph.actors[i].id] = i;

  std::string out = "graph actors {\n  graph [layout=\"neato\", overlap=\"prism\", sep=\"+12\", start=\"1\", "
                    "splines=\"true\", outputorder=\"edgesfirst\", fontname=\"Helvetica\"";
  std::string label = options.title;
  if (!note.empty()) label += (label.empty() ? "" : "\n") + note;
  if (!label.empty()) out += ", labelloc=\"t\", label=" + detail::dot_quote(label);
  out += "];\n  node [fontname=\"Helvetica\", fontsize=\"10\", style=\"filled\"];\n";
  for (std::size_t i : shown) {
    const Actor& a = graph.actors[i];
    std::string group = a.affiliation ? *a.affiliation : a.id;
    double size = 0.5 + 1.5 * centrality[i] + 0.05 * std::min(counts[i], 20);
    detail::DotAttrs attrs;
    attrs.set("label", detail::shorten(a.name, 32)).set("shape", shape_of(a.kind))
        .set("fillcolor", group_fill(group)).num("width", size).num("height", size * 0.6)
        .set("tooltip", a.name + " (" + to_string(a.kind) + ", " + std::to_string(counts[i]) + " events)");
    out += detail::dot_node(node_id(i), attrs);
  }
  detail::GraphIndex names(graph);
  for (const Interaction& in : model.interactions()) {
    if (!index.count(in.a) || !index.count(in.b)) continue;
    std::string tip = names.actor_name(in.a) + " – " + names.actor_name(in.b) + ": " +
                      std::to_string(in.events) + " shared events";
    for (std::size_t k = 0; k < in.event_ids.size() && k < 8; ++k) {
      for (const Event& e : graph.events)
        if (e.id == in.event_ids[k]) tip += "\n" + detail::event_date_text(e) + " " + detail::event_action(e);
    }
    detail::DotAttrs attrs;
    attrs.num("penwidth", 1.0 + std::min(in.events, 10) * 0.6, 1).set("color", balance_colour(in.balance()))
        .set("tooltip", tip).num("len", 2.2);
    out += detail::dot_edge(node_id(index[in.a]), node_id(index[in.b]), attrs);
  }
  // members of an affiliation stay near it
  for (std::size_t i : shown) {
    const Actor& a = graph.actors[i];
    if (!a.affiliation || !index.count(*a.affiliation)) continue;
    detail::DotAttrs attrs;
    attrs.set("style", "invis").num("weight", 2, 0).num("len", 1.2);
    out += detail::dot_edge(node_id(i), node_id(index[*a.affiliation]), attrs);
  }
  out += "}\n";
  return out;
}

}  // namespace chronicle

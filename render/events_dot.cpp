// The event diagram as DOT for `dot`, left to right in time: one node per event, ranked by
// date (events of the same day share a rank), grey arrows along the chronological chain,
// and one coloured thread per actor through the events it takes part in. A thread links
// each event to the actor's next one only, so an actor in k events adds k - 1 edges and
// not k^2. Undated events come last, in a band of their own, joined by their threads.
#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <vector>

#include "chronicle/graph.h"
#include "chronicle/render.h"
#include "dot_writer.h"
#include "escape.h"
#include "event_text.h"

namespace chronicle {
namespace {

using detail::DotAttrs;

// Above this many events, only the coloured threads are drawn, with fewer crossing passes
// and straight edges: dot gives every edge a chain of virtual nodes through each rank it
// spans, even with constraint=false, and the threads of minor actors between far apart
// events made 300 events take minutes.
constexpr std::size_t kLargeDiagram = 80;

constexpr const char* kThreadColours[] = {"#4e79a7", "#f28e2b", "#76b7b2", "#b07aa1",
                                          "#edc948", "#9c755f", "#ff9da7", "#59a14f"};

const char* fill_of(EventClass c) {
  switch (c) {
    case EventClass::cooperation:
      return "#dcefd9";
    case EventClass::conflict:
      return "#f8d7d7";
    default:
      return "#eeeeee";
  }
}

std::string node_name(std::size_t event) { return "v" + std::to_string(event); }

// The events shown: all, or the `max` reported by most sources (ties: earlier index),
// returned in chronological order (undated last, then by index).
std::vector<std::size_t> shown_events(const EventGraph& graph, std::size_t max) {
  std::vector<std::size_t> order(graph.events.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  if (order.size() > max) {
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return graph.events[a].sources > graph.events[b].sources;
    });
    order.resize(max);
  }
  auto key = [&](std::size_t i) {
    const auto& t = graph.events[i].time;
    return std::make_tuple(!t.begin.has_value(), t.begin.value_or(Day{}), i);
  };
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
  return order;
}

// Actors in at least two shown events, most events first (ties by id), with their events
// in shown order.
std::vector<std::pair<std::string, std::vector<std::size_t>>> threads(
    const EventGraph& graph, const std::vector<std::size_t>& shown) {
  std::map<std::string, std::vector<std::size_t>> by_actor;
  for (std::size_t i : shown) {
    std::set<std::string> seen;
    for (const auto& p : graph.events[i].participants)
      if (seen.insert(p.actor).second) by_actor[p.actor].push_back(i);
  }
  std::vector<std::pair<std::string, std::vector<std::size_t>>> out;
  for (auto& [actor, events] : by_actor)
    if (events.size() > 1) out.emplace_back(actor, std::move(events));
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.second.size() > b.second.size(); });
  return out;
}

std::string event_node(const EventGraph& graph, std::size_t i, const detail::GraphIndex& index) {
  const Event& e = graph.events[i];
  DotAttrs a;
  a.set("label", detail::event_date_text(e) + "\n" + detail::event_label(e, index))
      .set("fillcolor", fill_of(e.event_class))
      .set("tooltip", detail::event_tooltip(e))
      .set("id", "event-" + e.id)
      .set("class", std::string("event ") + to_string(e.event_class));
  if (const std::string url = detail::event_url(e, index); !url.empty())
    a.set("URL", url).set("target", "_blank");
  return detail::dot_node(node_name(i), a);
}

// Same-day events share a rank so the horizontal order is the order of dates; undated
// events share the last rank, under a title.
std::string rank_groups(const EventGraph& graph, const std::vector<std::size_t>& shown) {
  std::map<Day, std::vector<std::size_t>> by_day;
  std::vector<std::size_t> undated;
  for (std::size_t i : shown) {
    if (graph.events[i].time.begin)
      by_day[*graph.events[i].time.begin].push_back(i);
    else
      undated.push_back(i);
  }
  std::string out;
  for (const auto& [day, events] : by_day) {
    if (events.size() < 2) continue;
    out += "  { rank=same;";
    for (std::size_t i : events) out += " " + detail::dot_quote(node_name(i)) + ";";
    out += " }\n";
  }
  if (undated.empty()) return out;
  out += "  { rank=sink; \"undated\" [shape=\"plaintext\", style=\"\", fontsize=\"11\", "
         "label=\"Undated\"];";
  for (std::size_t i : undated) out += " " + detail::dot_quote(node_name(i)) + ";";
  return out + " }\n";
}

std::string chain_edges(const EventGraph& graph, const std::vector<std::size_t>& shown) {
  // The chain is computed on the shown events only, so hidden events leave no gaps.
  std::vector<std::size_t> dated;
  for (std::size_t i : shown)
    if (graph.events[i].time.begin) dated.push_back(i);
  std::string out;
  for (std::size_t k = 0; k + 1 < dated.size(); ++k) {
    const Event& a = graph.events[dated[k]];
    const Event& b = graph.events[dated[k + 1]];
    const Day a_last = a.time.end && *a.time.begin < *a.time.end ? *a.time.end : *a.time.begin;
    DotAttrs e;
    e.set("dir", "forward").set("color", "#bbbbbb").set("arrowsize", "0.6");
    if (!(a_last < *b.time.begin)) e.set("style", "dotted").set("tooltip", "same or overlapping dates");
    else e.set("tooltip", "before");
    out += detail::dot_edge(node_name(dated[k]), node_name(dated[k + 1]), e);
  }
  return out;
}

// A thread does not jump from the last dated event to the undated band: such edges would
// cross the whole picture and say nothing about time.
std::string thread_edges(const EventGraph& graph,
                         const std::vector<std::pair<std::string, std::vector<std::size_t>>>& ts,
                         const detail::GraphIndex& index, std::size_t coloured,
                         bool minor_threads) {
  std::string out;
  for (std::size_t t = 0; t < ts.size(); ++t) {
    const bool own_colour = t < coloured;
    if (!own_colour && !minor_threads) break;
    const std::string name = index.actor_name(ts[t].first);
    for (std::size_t k = 0; k + 1 < ts[t].second.size(); ++k) {
      const std::size_t from = ts[t].second[k], to = ts[t].second[k + 1];
      if (graph.events[from].time.begin.has_value() != graph.events[to].time.begin.has_value())
        continue;
      DotAttrs e;
      e.set("dir", "forward")
          .set("color", own_colour ? kThreadColours[t] : "#c9c9c9")
          .set("penwidth", own_colour ? "1.8" : "0.8")
          .set("arrowsize", "0.5")
          .set("constraint", "false")
          .set("tooltip", name);
      out += detail::dot_edge(node_name(from), node_name(to), e);
    }
  }
  return out;
}

std::string legend(const std::vector<std::pair<std::string, std::vector<std::size_t>>>& ts,
                   const detail::GraphIndex& index, std::size_t coloured, bool minor_threads) {
  std::string label =
      "<<table border=\"0\" cellborder=\"0\" cellspacing=\"2\"><tr><td align=\"left\">"
      "<font color=\"#888888\">&#8594;</font> next in time (dotted: same dates)</td></tr>";
  for (std::size_t t = 0; t < ts.size() && t < coloured; ++t) {
    label += "<tr><td align=\"left\"><font color=\"" + std::string(kThreadColours[t]) +
             "\">&#9473;&#9473;</font> " +
             detail::html_escape(detail::shorten(index.actor_name(ts[t].first), 40)) + " (" +
             std::to_string(ts[t].second.size()) + " events)</td></tr>";
  }
  if (ts.size() > coloured && minor_threads)
    label += "<tr><td align=\"left\"><font color=\"#c9c9c9\">&#9473;&#9473;</font> other actors</td></tr>";
  else if (ts.size() > coloured)
    label += "<tr><td align=\"left\">threads of other actors left out (many events)</td></tr>";
  label += "</table>>";
  // An HTML-like label is written raw: every text in it went through html_escape.
  return "  \"legend\" [shape=\"box\", style=\"rounded\", color=\"#cccccc\", fillcolor=\"white\", "
         "label=" + label + "];\n";
}

std::string header(const EventsOptions& options, std::size_t shown, std::size_t total) {
  std::string label = options.title;
  if (shown < total) {
    label += (label.empty() ? "" : "\n") + std::string("showing the ") + std::to_string(shown) +
             " events reported by most sources, of " + std::to_string(total);
  }
  DotAttrs g;
  g.set("layout", "dot")
      .set("rankdir", "LR")
      .set("id", "events")
      .set("fontname", "Helvetica")
      .set("fontsize", "12")
      .set("labelloc", "t")
      .set("label", label)
      .set("bgcolor", "white")
      .set("nodesep", "0.15")
      .set("ranksep", "0.35")
      .set("outputorder", "edgesfirst")
      .set("pad", "0.2");
  if (shown > kLargeDiagram) g.set("mclimit", "0.1").set("remincross", "false").set("splines", "line");
  return "graph events {\n  graph " + g.str() + ";\n" +
         "  node [shape=\"box\", style=\"rounded,filled\", fontname=\"Helvetica\", "
         "fontsize=\"9\", color=\"#777777\", margin=\"0.08,0.04\"];\n"
         "  edge [fontname=\"Helvetica\"];\n";
}

}  // namespace

std::string events_dot(const EventGraph& graph, const EventsOptions& options) {
  const detail::GraphIndex index(graph);
  const std::vector<std::size_t> shown = shown_events(graph, options.max_events);
  const auto ts = threads(graph, shown);
  const std::size_t coloured = std::min<std::size_t>(ts.size(), std::size(kThreadColours));
  std::string out = header(options, shown.size(), graph.events.size());
  for (std::size_t i : shown) out += event_node(graph, i, index);
  out += rank_groups(graph, shown);
  out += chain_edges(graph, shown);
  const bool minor_threads = shown.size() <= kLargeDiagram;
  out += thread_edges(graph, ts, index, coloured, minor_threads);
  if (graph.events.empty())
    out += "  \"empty\" [shape=\"plaintext\", style=\"\", label=\"No events\"];\n";
  else
    out += legend(ts, index, coloured, minor_threads);
  return out + "}\n";
}

}  // namespace chronicle

// The event diagram: one node per event, the chronological chain, one thread per actor,
// undated events last, capped to the most reported events with a note, escaped text.
#include <catch2/catch.hpp>
#include <string>

#include "chronicle/render.h"
#include "render_fixtures.h"

using namespace chronicle;
using namespace chronicle::testing;

TEST_CASE("render: event diagram has a node per event, linked in time and by actors",
          "[render]") {
  const EventGraph g = small_story();
  const std::string dot = events_dot(g);
  const auto nodes = parse_dot_nodes(dot);
  for (std::size_t i = 0; i < g.events.size(); ++i) CHECK(nodes.count("v" + std::to_string(i)));
  // chain: e1 (08-24) -> e3 (09-01..30) -> e2 (09-03, overlapping e3: dotted).
  CHECK(dot.find("\"v0\" -- \"v2\" [dir=\"forward\", color=\"#bbbbbb\", arrowsize=\"0.6\", "
                 "tooltip=\"before\"]") != std::string::npos);
  CHECK(dot.find("\"v2\" -- \"v1\" [dir=\"forward\", color=\"#bbbbbb\", arrowsize=\"0.6\", "
                 "style=\"dotted\"") != std::string::npos);
  // Putin takes part in e1, e3 and e2: his thread has two edges.
  CHECK(occurrences(dot, "tooltip=\"Vladimir Putin\"") == 2);
  CHECK(dot.find("Vladimir Putin (3 events)") != std::string::npos);
  // The undated event sits in the last rank.
  CHECK(dot.find("rank=sink; \"undated\"") != std::string::npos);
  CHECK(dot.find("\"v3\"; }") != std::string::npos);
}

TEST_CASE("render: event diagram keeps the most reported events and says so", "[render]") {
  EventGraph g = synthetic_graph(50);
  g.events[7].sources = 9;
  EventsOptions options;
  options.max_events = 10;
  const std::string dot = events_dot(g, options);
  CHECK(parse_dot_nodes(dot).count("v7"));
  CHECK(occurrences(dot, "class=\"event ") == 10);
  CHECK(dot.find("showing the 10 events reported by most sources, of 50") != std::string::npos);
}

TEST_CASE("render: event diagram renders, deterministically", "[render]") {
  const EventGraph g = synthetic_graph(120);
  const std::string dot = events_dot(g);
  CHECK(dot == events_dot(g));
  auto svg = render_dot(dot, "svg", layout_engine(dot));
  REQUIRE(svg.ok());
  CHECK(svg.value().find("<svg") != std::string::npos);
  auto again = render_dot(dot, "svg", layout_engine(dot));
  REQUIRE(again.ok());
  CHECK(svg.value() == again.value());
  CHECK(events_dot(EventGraph{}).find("No events") != std::string::npos);
}

TEST_CASE("render: event diagram escapes quotes, braces, markup and long names", "[render]") {
  EventGraph g = small_story();
  g.actors[2].name = "Vladimir \"Vova\" {Putin} <script>alert(1)</script> " + std::string(3000, 'x');
  g.events[0].trigger = "said \"}\" \\N";
  g.events[0].mentions[0].text = "<script>alert(2)</script>";
  const std::string dot = events_dot(g);
  // The legend is an HTML-like label, written raw: its names must arrive escaped.
  const auto legend = dot.find("\"legend\" [");
  REQUIRE(legend != std::string::npos);
  const std::string legend_line = dot.substr(legend, dot.find('\n', legend) - legend);
  CHECK(legend_line.find("<script>") == std::string::npos);
  CHECK(legend_line.find("&lt;script&gt;") != std::string::npos);
  auto svg = render_dot(dot, "svg", layout_engine(dot));
  REQUIRE(svg.ok());
  CHECK(svg.value().find("<script>") == std::string::npos);
  CHECK(svg.value().find("&lt;script&gt;") != std::string::npos);
}

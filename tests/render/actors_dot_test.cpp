// The actor network DOT: who is shown, shapes by kind, sizes by centrality, edges with
// their events, the cap on actors, determinism.
#include <catch2/catch.hpp>
#include <string>

#include "chronicle/render.h"
#include "render_fixtures.h"

using namespace chronicle;
using namespace chronicle::testing;

namespace {

std::string edge_line(const std::string& dot, const std::string& a, const std::string& b) {
  const auto at = dot.find("\"a:" + a + "\" -- \"a:" + b + "\" [");
  if (at == std::string::npos) return {};
  return dot.substr(at, dot.find('\n', at) - at);
}

}  // namespace

TEST_CASE("render: actor network leaves out actors without events", "[render]") {
  const auto nodes = parse_dot_nodes(actors_dot(small_story()));
  CHECK(nodes.count("a:putin"));
  CHECK(nodes.count("a:modi"));
  CHECK_FALSE(nodes.count("a:russia"));  // an affiliation only, in no event
}

TEST_CASE("render: actor shapes follow their kind and size their centrality", "[render]") {
  const auto nodes = parse_dot_nodes(actors_dot(small_story()));
  CHECK(nodes.at("a:india").at("shape") == "box");
  CHECK(nodes.at("a:un").at("shape") == "hexagon");
  CHECK(nodes.at("a:modi").at("shape") == "ellipse");
  // Putin links Modi's side to the United Nations: the most central actor, drawn largest.
  CHECK(std::stod(nodes.at("a:putin").at("width")) > std::stod(nodes.at("a:modi").at("width")));
  CHECK(nodes.at("a:modi").at("tooltip").find("affiliation: India") != std::string::npos);
  CHECK(nodes.at("a:modi").at("fillcolor") == nodes.at("a:india").at("fillcolor"));
  CHECK(nodes.at("a:modi").at("fillcolor") != nodes.at("a:un").at("fillcolor"));
}

TEST_CASE("render: actor edges carry their events and their balance", "[render]") {
  const std::string dot = actors_dot(small_story());
  const std::string conflict = edge_line(dot, "putin", "un");
  REQUIRE_FALSE(conflict.empty());
  CHECK(conflict.find("color=\"#c0392b\"") != std::string::npos);
  CHECK(conflict.find("2021-09-03: criticised") != std::string::npos);
  const std::string cooperation = edge_line(dot, "modi", "putin");
  REQUIRE_FALSE(cooperation.empty());
  CHECK(cooperation.find("color=\"#3b8a3e\"") != std::string::npos);
  CHECK(cooperation.find("2 shared events") != std::string::npos);
  CHECK(cooperation.find("phone call") != std::string::npos);
}

TEST_CASE("render: the actor network keeps the most central actors when capped", "[render]") {
  NetworkOptions options;
  options.max_actors = 2;
  options.title = "Capped";
  const std::string dot = actors_dot(small_story(), options);
  const auto nodes = parse_dot_nodes(dot);
  CHECK(nodes.count("a:putin"));
  std::size_t actors = 0;
  for (const auto& [name, attrs] : nodes) actors += name.rfind("a:", 0) == 0;
  CHECK(actors == 2);
  CHECK(dot.find("showing the 2 most central of 4 actors") != std::string::npos);
  CHECK(dot.find("Capped") != std::string::npos);
}

TEST_CASE("render: actor network DOT is deterministic and escapes names", "[render]") {
  EventGraph g = synthetic_graph(200);
  g.actors[0].name = "Quote \" and \\ backslash <b>";
  CHECK(actors_dot(g) == actors_dot(g));
  const auto svg = render_dot(actors_dot(g), "svg", "neato");
  REQUIRE(svg.ok());
  CHECK(svg.value().find("Quote &quot; and \\ backslash &lt;b&gt;") != std::string::npos);
}

TEST_CASE("render: beyond the link cap only the strongest links are drawn, and said so", "[render]") {
  NetworkOptions options;
  options.max_links = 1;
  const std::string dot = actors_dot(small_story(), options);
  // Modi and Putin share two events, more than any other pair.
  CHECK_FALSE(edge_line(dot, "modi", "putin").empty());
  CHECK(edge_line(dot, "putin", "un").empty());
  CHECK(dot.find("drawing the 1 strongest of") != std::string::npos);
  CHECK(actors_dot(small_story()).find("strongest of") == std::string::npos);
}

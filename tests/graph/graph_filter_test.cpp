// The queries every view shares: by actor with its k-hop neighbourhood, by dates, type,
// class and number of sources, and the subgraph they select.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "../render/render_fixtures.h"
#include "chronicle/graph.h"

using namespace chronicle;
using namespace chronicle::testing;

namespace {

// modi - putin - un form a chain: modi and un are two interaction steps apart.
std::vector<std::string> ids(const EventGraph& g, const std::vector<std::size_t>& events) {
  std::vector<std::string> out;
  for (std::size_t i : events) out.push_back(g.events[i].id);
  return out;
}

}  // namespace

TEST_CASE("graph: select by actor follows the k-hop neighbourhood", "[graph]") {
  const EventGraph g = small_story();
  const GraphModel model(g);
  EventFilter f;
  f.actor = "un";
  CHECK(ids(g, model.select(f)) == std::vector<std::string>{"e2", "e4"});
  f.hops = 1;  // putin shares e2 with the UN
  CHECK(ids(g, model.select(f)) == std::vector<std::string>{"e1", "e2", "e3", "e4"});
  f.actor = "nobody";
  CHECK(model.select(f).empty());
}

TEST_CASE("graph: actors are found by id, name or alias, ignoring case", "[graph]") {
  EventGraph g = small_story();
  g.actors[2].aliases = {"President Putin"};
  const GraphModel model(g);
  CHECK(model.resolve_actor("putin") == std::optional<std::string>("putin"));
  CHECK(model.resolve_actor("vladimir PUTIN") == std::optional<std::string>("putin"));
  CHECK(model.resolve_actor("president putin") == std::optional<std::string>("putin"));
  CHECK_FALSE(model.resolve_actor("Putin V."));
}

TEST_CASE("graph: select by date range keeps overlapping events, not undated ones", "[graph]") {
  const EventGraph g = small_story();  // e1 08-24, e3 09-01..09-30, e2 09-03, e4 undated
  const GraphModel model(g);
  EventFilter f;
  f.from = day(2021, 9, 10);
  CHECK(ids(g, model.select(f)) == std::vector<std::string>{"e3"});
  f.from.reset();
  f.to = day(2021, 8, 31);
  CHECK(ids(g, model.select(f)) == std::vector<std::string>{"e1"});
  f.from = day(2021, 9, 2);
  f.to = day(2021, 9, 3);
  CHECK(ids(g, model.select(f)) == std::vector<std::string>{"e2", "e3"});
}

TEST_CASE("graph: select by type, class and sources", "[graph]") {
  EventGraph g = small_story();
  g.events[1].type = "criticize";
  const GraphModel model(g);
  EventFilter f;
  f.types = {"criticize"};
  CHECK(ids(g, model.select(f)) == std::vector<std::string>{"e2"});
  f = {};
  f.event_class = EventClass::cooperation;
  CHECK(ids(g, model.select(f)) == std::vector<std::string>{"e1", "e3"});
  f = {};
  f.min_sources = 2;
  CHECK(ids(g, model.select(f)) == std::vector<std::string>{"e1"});
  f.event_class = EventClass::conflict;  // both must hold
  CHECK(model.select(f).empty());
  CHECK(model.select(EventFilter{}).size() == g.events.size());
}

TEST_CASE("graph: the filtered graph keeps the actors, affiliations and documents it needs",
          "[graph]") {
  const EventGraph g = small_story();
  EventFilter f;
  f.actor = "Narendra Modi";
  f.event_class = EventClass::cooperation;
  f.min_sources = 2;
  const EventGraph sub = filter_graph(g, f);
  REQUIRE(sub.events.size() == 1);
  CHECK(sub.events[0].id == "e1");
  std::vector<std::string> actors;
  for (const auto& a : sub.actors) actors.push_back(a.id);
  // modi and putin take part; india and russia come in as their affiliations; the UN,
  // in no kept event, is left out.
  CHECK(actors == std::vector<std::string>{"india", "modi", "putin", "russia"});
  REQUIRE(sub.documents.size() == 2);
  CHECK(filter_graph(g, {}).events.size() == g.events.size());
}

TEST_CASE("graph: centrality is computed once and stays the same", "[graph]") {
  const EventGraph g = synthetic_graph(400);
  const GraphModel model(g);
  const auto first = model.actor_centrality();
  CHECK(model.actor_centrality() == first);
  CHECK(GraphModel(g).actor_centrality() == first);
}

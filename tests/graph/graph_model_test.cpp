// Tests for GraphModel: interactions, centrality, components, event counts, the
// chronological chain and actor neighbourhoods, on small hand-built event graphs.
#include <catch2/catch.hpp>
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "chronicle/graph.h"

namespace {

using chronicle::Actor;
using chronicle::Day;
using chronicle::Event;
using chronicle::EventClass;
using chronicle::EventGraph;
using chronicle::GraphModel;
using Pairs = std::vector<std::pair<std::size_t, std::size_t>>;
using Indices = std::vector<std::size_t>;

Day day(int year, unsigned month, unsigned d) {
  return Day{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{d}};
}

Actor actor(const std::string& id) {
  Actor out;
  out.id = id;
  out.name = id;
  return out;
}

Event event(const std::string& id, std::vector<std::string> actors,
            EventClass cls = EventClass::neutral) {
  Event out;
  out.id = id;
  out.type = "meet";
  out.event_class = cls;
  for (auto& name : actors) out.participants.push_back({std::move(name), "participant"});
  return out;
}

Event dated(const std::string& id, Day begin, std::optional<Day> end = std::nullopt) {
  Event out = event(id, {});
  out.time.begin = begin;
  out.time.end = end;
  return out;
}

EventGraph with_actors(std::vector<std::string> ids) {
  EventGraph graph;
  for (const auto& id : ids) graph.actors.push_back(actor(id));
  return graph;
}

// hub in the middle of four leaves.
EventGraph star() {
  EventGraph graph = with_actors({"hub", "l1", "l2", "l3", "l4"});
  graph.events = {event("e1", {"hub", "l1"}), event("e2", {"hub", "l2"}),
                  event("e3", {"hub", "l3"}), event("e4", {"l4", "hub"})};
  return graph;
}

// a - b - c - d in a line, e on its own.
EventGraph path() {
  EventGraph graph = with_actors({"a", "b", "c", "d", "e"});
  graph.events = {event("ab", {"a", "b"}), event("bc", {"b", "c"}), event("cd", {"c", "d"}),
                  event("e-alone", {"e"})};
  return graph;
}

}  // namespace

TEST_CASE("graph: interactions count shared events by class", "[graph]") {
  EventGraph graph = with_actors({"a", "b", "c"});
  graph.events = {event("e2", {"a", "b"}, EventClass::cooperation),
                  event("e1", {"a", "b", "c"}, EventClass::conflict),
                  event("e3", {"c"}, EventClass::cooperation),
                  event("e4", {"a", "ghost"}, EventClass::conflict)};
  GraphModel model(graph);
  auto found = model.interactions();
  REQUIRE(found.size() == 3);
  CHECK(found[0].a == "a");
  CHECK(found[0].b == "b");
  CHECK(found[0].events == 2);
  CHECK(found[0].cooperation == 1);
  CHECK(found[0].conflict == 1);
  CHECK(found[0].event_ids == std::vector<std::string>{"e1", "e2"});
  CHECK(found[0].balance() == Approx(0.0));
  CHECK((found[1].a == "a" && found[1].b == "c" && found[1].events == 1));
  CHECK((found[2].a == "b" && found[2].b == "c" && found[2].conflict == 1));
  CHECK(found[2].balance() == Approx(-1.0));
}

TEST_CASE("graph: an actor listed twice in one event does not interact with itself", "[graph]") {
  EventGraph graph = with_actors({"a", "b"});
  Event twice = event("e1", {"a", "b"});
  twice.participants.push_back({"a", "patient"});
  graph.events = {twice};
  GraphModel model(graph);
  auto found = model.interactions();
  REQUIRE(found.size() == 1);
  CHECK(found[0].events == 1);
  CHECK(model.actor_event_counts() == std::vector<int>{1, 1});
}

TEST_CASE("graph: interaction pairs are ordered by actor id", "[graph]") {
  EventGraph graph = with_actors({"zed", "amy", "max"});  // deliberately unsorted
  graph.events = {event("e1", {"zed", "amy"}), event("e2", {"max", "zed"})};
  auto found = GraphModel(graph).interactions();
  REQUIRE(found.size() == 2);
  CHECK((found[0].a == "amy" && found[0].b == "zed"));
  CHECK((found[1].a == "max" && found[1].b == "zed"));
}

TEST_CASE("graph: a star has centrality 1 at the centre and 0 at the leaves", "[graph]") {
  auto centrality = GraphModel(star()).actor_centrality();
  REQUIRE(centrality.size() == 5);
  CHECK(centrality[0] == Approx(1.0));
  for (std::size_t leaf = 1; leaf < 5; ++leaf) CHECK(centrality[leaf] == Approx(0.0));
}

TEST_CASE("graph: centrality is normalised by the largest value", "[graph]") {
  // On a - b - c - d, b and c each broker the same number of routes; a, d and e none.
  auto centrality = GraphModel(path()).actor_centrality();
  REQUIRE(centrality.size() == 5);
  CHECK(centrality[1] == Approx(1.0));
  CHECK(centrality[2] == Approx(1.0));
  CHECK(centrality[0] == Approx(0.0));
  CHECK(centrality[3] == Approx(0.0));
  CHECK(centrality[4] == Approx(0.0));
}

TEST_CASE("graph: centrality is all zero without brokers and empty without actors", "[graph]") {
  EventGraph pair = with_actors({"a", "b", "c"});
  pair.events = {event("e1", {"a", "b"})};
  CHECK(GraphModel(pair).actor_centrality() == std::vector<double>{0.0, 0.0, 0.0});
  CHECK(GraphModel(EventGraph{}).actor_centrality().empty());
}

TEST_CASE("graph: components are numbered from the lowest actor index", "[graph]") {
  EventGraph graph = with_actors({"a", "b", "c", "d", "e"});
  graph.events = {event("e1", {"b", "d"}), event("e2", {"e", "a"})};
  CHECK(GraphModel(graph).actor_components() == Indices{0, 1, 2, 1, 0});
  CHECK(GraphModel(path()).actor_components() == Indices{0, 0, 0, 0, 1});
  CHECK(GraphModel(EventGraph{}).actor_components().empty());
}

TEST_CASE("graph: actor event counts count each event once per actor", "[graph]") {
  EventGraph graph = path();
  graph.events.push_back(event("abc", {"a", "b", "c", "ghost"}));
  CHECK(GraphModel(graph).actor_event_counts() == std::vector<int>{2, 3, 3, 1, 1});
}

TEST_CASE("graph: before chain links consecutive dated events", "[graph]") {
  EventGraph graph;
  graph.events = {dated("late", day(2021, 9, 1)), event("undated", {}),
                  dated("early", day(2021, 8, 1)), dated("middle", day(2021, 8, 10))};
  CHECK(GraphModel(graph).before_edges() == Pairs{{2, 3}, {3, 0}});
}

TEST_CASE("graph: before chain skips overlapping intervals", "[graph]") {
  EventGraph graph;
  graph.events = {
      dated("week", day(2021, 8, 2), day(2021, 8, 8)),  // overlaps "inside"
      dated("inside", day(2021, 8, 5)),
      dated("after", day(2021, 8, 9)),
      dated("same-day-a", day(2021, 8, 20)),
      dated("same-day-b", day(2021, 8, 20)),
      dated("first", day(2021, 7, 1), day(2021, 7, 31)),
  };
  // Sorted: first, week, inside, after, same-day-a, same-day-b.
  // "week" ends before "after" but "inside" sits between them, so no edge.
  CHECK(GraphModel(graph).before_edges() == Pairs{{1, 2}, {2, 3}, {5, 0}});
}

TEST_CASE("graph: events near an actor widen with hops", "[graph]") {
  const EventGraph graph = path();  // events: 0 ab, 1 bc, 2 cd, 3 e-alone
  GraphModel model(graph);
  CHECK(model.events_near("a", 0) == Indices{0});
  CHECK(model.events_near("a", 1) == Indices{0, 1});
  CHECK(model.events_near("a", 2) == Indices{0, 1, 2});
  CHECK(model.events_near("a", 10) == Indices{0, 1, 2});
  CHECK(model.events_near("c", 0) == Indices{1, 2});
  CHECK(model.events_near("e", 5) == Indices{3});
  CHECK(model.events_near("nobody", 3).empty());
  CHECK(model.events_near("a", -1).empty());
}

TEST_CASE("graph: results are the same on every build", "[graph]") {
  EventGraph graph = star();
  for (auto& e : path().events) graph.events.push_back(e);
  graph.actors.push_back(actor("a"));
  graph.events[0].time.begin = day(2021, 1, 1);
  graph.events[2].time.begin = day(2021, 1, 3);
  graph.events[5].time.begin = day(2021, 1, 2);
  GraphModel first(graph);
  for (int run = 0; run < 3; ++run) {
    GraphModel again(graph);
    auto x = first.interactions();
    auto y = again.interactions();
    REQUIRE(x.size() == y.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
      CHECK((x[i].a == y[i].a && x[i].b == y[i].b && x[i].event_ids == y[i].event_ids));
    }
    CHECK(first.actor_centrality() == again.actor_centrality());
    CHECK(first.actor_components() == again.actor_components());
    CHECK(first.actor_event_counts() == again.actor_event_counts());
    CHECK(first.before_edges() == again.before_edges());
    CHECK(first.events_near("hub", 1) == again.events_near("hub", 1));
  }
}

TEST_CASE("graph: above the exact limit centrality is estimated and still finds the brokers", "[graph]") {
  // Two hubs joined by a bridge actor, each hub with 2,000 leaves: 4,003 actors, so the
  // sampled estimate runs. The bridge and the hubs broker every route between sides.
  std::vector<std::string> ids = {"hub-a", "hub-b", "bridge"};
  for (int i = 0; i < 4000; ++i) ids.push_back("leaf-" + std::to_string(i));
  EventGraph graph = with_actors(ids);
  graph.events.push_back(event("ea", {"hub-a", "bridge"}));
  graph.events.push_back(event("eb", {"bridge", "hub-b"}));
  for (int i = 0; i < 4000; ++i)
    graph.events.push_back(event("e" + std::to_string(i), {i < 2000 ? "hub-a" : "hub-b", "leaf-" + std::to_string(i)}));
  auto centrality = GraphModel(graph).actor_centrality();
  REQUIRE(centrality.size() == ids.size());
  CHECK(std::max(centrality[0], centrality[1]) == Approx(1.0));
  CHECK(centrality[2] > 0.3);
  for (std::size_t leaf = 3; leaf < ids.size(); ++leaf) REQUIRE(centrality[leaf] == 0.0);
  CHECK(GraphModel(graph).actor_centrality() == centrality);
}

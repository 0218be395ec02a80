// The timeline DOT: pinned positions proportional to dates, spans vs points, lanes, the
// undated band, labels, tooltips and links, breaks, determinism, hostile text.
#include <catch2/catch.hpp>
#include <string>

#include "chronicle/render.h"
#include "render_fixtures.h"

using namespace chronicle;
using namespace chronicle::testing;

namespace {

const Participant kModi{"modi", "agent"};

EventGraph three_dates(Day a, Day b, Day c) {
  EventGraph g = small_story();
  g.events = {make_event("a", "met", EventClass::neutral, {kModi}, a),
              make_event("b", "met", EventClass::neutral, {kModi}, b),
              make_event("c", "met", EventClass::neutral, {kModi}, c)};
  return g;
}

double x_of(const std::map<std::string, std::map<std::string, std::string>>& nodes,
            const std::string& name) {
  REQUIRE(nodes.count(name));
  return pos_of(nodes.at(name).at("pos")).first;
}

}  // namespace

TEST_CASE("render: timeline pins every event node to its date", "[render]") {
  const auto nodes = parse_dot_nodes(
      timeline_dot(three_dates(day(2021, 1, 1), day(2021, 1, 11), day(2021, 1, 31))));
  for (const auto& [name, attrs] : nodes) {
    INFO(name);
    REQUIRE(attrs.count("pos"));
    CHECK(attrs.at("pos").back() == '!');
  }
  const double x0 = x_of(nodes, "e0"), x1 = x_of(nodes, "e1"), x2 = x_of(nodes, "e2");
  CHECK(x0 < x1);
  CHECK((x1 - x0) / (x2 - x0) == Approx(10.0 / 30.0).epsilon(0.005));
  CHECK_FALSE(nodes.count("break0"));
}

TEST_CASE("render: timeline axis spans the events at the requested width", "[render]") {
  TimelineOptions options;
  options.width_points = 600;
  const auto nodes = parse_dot_nodes(
      timeline_dot(three_dates(day(2021, 1, 1), day(2021, 1, 11), day(2021, 1, 31)), options));
  CHECK(x_of(nodes, "axis_b") - x_of(nodes, "axis_a") == Approx(600));
  CHECK(nodes.count("tick0"));
}

TEST_CASE("render: timeline compresses a long empty stretch behind a break mark", "[render]") {
  const auto nodes = parse_dot_nodes(
      timeline_dot(three_dates(day(2021, 1, 1), day(2021, 1, 5), day(2021, 12, 20))));
  REQUIRE(nodes.count("break0"));
  CHECK(nodes.at("break0_mark").at("label") == "\xE2\x89\x88");
  const double x0 = x_of(nodes, "e0"), x1 = x_of(nodes, "e1"), x2 = x_of(nodes, "e2");
  // Proportionally e1 would sit at 4/353 of the way; without the gap it gets far more room.
  CHECK((x1 - x0) / (x2 - x0) > 0.1);
}

TEST_CASE("render: week and month dates are spans, days are points", "[render]") {
  EventGraph g = three_dates(day(2021, 1, 1), day(2021, 1, 11), day(2021, 3, 1));
  g.events[2].time.end = day(2021, 3, 31);
  g.events[2].time.granularity = Granularity::month;
  g.events.push_back(make_event("d", "met", EventClass::neutral, {kModi}, day(2021, 2, 1),
                                day(2021, 2, 7), Granularity::week));
  const auto nodes = parse_dot_nodes(timeline_dot(g));
  CHECK(nodes.at("e0").at("shape") == "circle");
  CHECK(nodes.at("e1").at("shape") == "circle");
  CHECK(nodes.at("e2").at("shape") == "box");
  CHECK(nodes.at("e3").at("shape") == "box");
  const double month = std::stod(nodes.at("e2").at("width"));
  const double week = std::stod(nodes.at("e3").at("width"));
  CHECK(month / week == Approx(31.0 / 7.0).epsilon(0.01));
  // A span starts at its first day: the month box's left edge is 59 days after Jan 1.
  const double per_day = (x_of(nodes, "e1") - x_of(nodes, "e0")) / 10;
  CHECK(x_of(nodes, "e2") - month * 36 - (x_of(nodes, "e0") - per_day / 2) ==
        Approx(59 * per_day).epsilon(0.01));
}

TEST_CASE("render: undated events go to their own band at the bottom", "[render]") {
  const auto nodes = parse_dot_nodes(timeline_dot(small_story()));
  REQUIRE(nodes.count("undated_title"));
  CHECK(nodes.at("undated_title").at("label") == "Undated\\l");
  const double undated_y = pos_of(nodes.at("e3").at("pos")).second;  // "talks" has no date
  for (const char* dated : {"e0", "e1", "e2"})
    CHECK(pos_of(nodes.at(dated).at("pos")).second > undated_y);
  CHECK(nodes.at("e3_label").at("label") == "United Nations: talks\\l");
}

TEST_CASE("render: events go to the lane of their first principal agent", "[render]") {
  TimelineOptions options;
  options.max_lanes = 1;  // only Putin (3 events) gets a lane
  EventGraph g = small_story();
  g.events.push_back(
      make_event("e5", "statement", EventClass::neutral, {{"un", "agent"}}, day(2021, 9, 10)));
  const auto nodes = parse_dot_nodes(timeline_dot(g, options));
  CHECK(nodes.at("lane0_title").at("label") == "Vladimir Putin\\l");
  CHECK(nodes.at("lane1_title").at("label") == "Other\\l");
  CHECK_FALSE(nodes.count("lane2"));
  const auto lane_of = [&](const char* event) {
    const double y = pos_of(nodes.at(event).at("pos")).second;
    const double top0 =
        pos_of(nodes.at("lane0").at("pos")).second + std::stod(nodes.at("lane0").at("height")) * 36;
    const double bottom0 = top0 - std::stod(nodes.at("lane0").at("height")) * 72;
    return y <= top0 && y >= bottom0 ? 0 : 1;
  };
  CHECK(lane_of("e0") == 0);  // Modi (agent, not principal) and Putin: Putin's lane
  CHECK(lane_of("e1") == 0);
  CHECK(lane_of("e4") == 1);  // the United Nations alone: Other
}

TEST_CASE("render: event labels name participants and count sources", "[render]") {
  const auto nodes = parse_dot_nodes(timeline_dot(small_story()));
  CHECK(nodes.at("e0_label").at("label") ==
        "Narendra Modi and Vladimir Putin: phone call \xC3\x97"
        "2\\l");
  CHECK(nodes.at("e1_label").at("label") == "Vladimir Putin and United Nations: criticised\\l");
  CHECK(nodes.at("e0").at("fillcolor") !=
        nodes.at("e1").at("fillcolor"));  // cooperation vs conflict
  CHECK(nodes.count("legend0_label"));
}

TEST_CASE("render: event tooltips carry the sources and links only safe URLs", "[render]") {
  EventGraph g = small_story();
  g.documents[1].url = "javascript:alert(1)";
  g.events[1].mentions[0].doc = "doc2";
  const auto nodes = parse_dot_nodes(timeline_dot(g));
  const auto& e0 = nodes.at("e0");
  CHECK(e0.at("tooltip").find("2021-08-24") == 0);
  CHECK(e0.at("tooltip").find("[doc2] A sentence in doc2 about phone call.") != std::string::npos);
  CHECK(e0.at("URL") == "https://example.com/a?x=1&y=2");
  CHECK(nodes.at("e0_label").at("URL") == e0.at("URL"));
  CHECK_FALSE(nodes.at("e1").count("URL"));
}

TEST_CASE("render: timeline title and empty graphs", "[render]") {
  TimelineOptions options;
  options.title = "Talks \"2021\"";
  auto nodes = parse_dot_nodes(timeline_dot(small_story(), options));
  CHECK(nodes.at("title").at("label") == "Talks \\\"2021\\\"\\l");
  nodes = parse_dot_nodes(timeline_dot(EventGraph{}));
  CHECK(nodes.count("empty"));
  CHECK_FALSE(nodes.count("axis_a"));
}

TEST_CASE("render: timeline DOT is deterministic", "[render]") {
  const EventGraph g = synthetic_graph(200);
  CHECK(timeline_dot(g) == timeline_dot(g));
  EventGraph copy = g;
  CHECK(timeline_dot(copy) == timeline_dot(g));
}

TEST_CASE("render: hostile names stay inside their quotes", "[render]") {
  EventGraph g = small_story();
  g.actors[1].name = "<script>alert(1)</script>\" ] ; x -- y [label=\"\\ {a|b}";
  const std::string dot = timeline_dot(g);
  const auto nodes = parse_dot_nodes(dot);
  CHECK(nodes.at("e0_label").at("label").find("<script>alert(1)</script>\\\"") == 0);
  const auto svg = render_dot(dot, "svg", "neato");
  REQUIRE(svg.ok());
  CHECK(svg.value().find("<script>") == std::string::npos);
  CHECK(svg.value().find("&lt;script&gt;alert(1)") != std::string::npos);
}

TEST_CASE("render: very long names give bounded labels", "[render]") {
  EventGraph g = small_story();
  g.actors[1].name = std::string(3000, 'N');
  g.events[0].trigger = std::string(3000, 't');
  const auto nodes = parse_dot_nodes(timeline_dot(g));
  CHECK(nodes.at("e0_label").at("label").size() < 80);
  CHECK(nodes.at("lane1_title").at("label").size() < 40);  // Modi's lane
}

TEST_CASE("render: timeline handles one day, no dates, old dates and unknown actors", "[render]") {
  EventGraph one_day = three_dates(day(2021, 5, 5), day(2021, 5, 5), day(2021, 5, 5));
  EventGraph undated = small_story();
  for (auto& e : undated.events) e.time = {};
  EventGraph old = three_dates(day(1066, 10, 14), day(1215, 6, 15), day(1969, 7, 20));
  old.events[0].participants = {{"no-such-actor", "agent"}};
  for (const EventGraph* g : {&one_day, &undated, &old}) {
    const std::string dot = timeline_dot(*g);
    const auto svg = render_dot(dot, "svg", layout_engine(dot));
    REQUIRE(svg.ok());
    CHECK(svg.value().find("</svg>") != std::string::npos);
  }
  CHECK(parse_dot_nodes(timeline_dot(old)).at("e0_label").at("label") == "no-such-actor: met\\l");
  CHECK_FALSE(parse_dot_nodes(timeline_dot(undated)).count("axis_a"));
}

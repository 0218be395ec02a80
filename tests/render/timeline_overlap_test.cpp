// Differential check of the timeline layout: Graphviz measures every label it draws (the
// "json" output carries each text's position and rendered width), and no two labels, and
// no label and a foreign marker, may intersect.
#include <catch2/catch.hpp>
#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "chronicle/graph.h"
#include "chronicle/json.h"
#include "chronicle/render.h"
#include "render_fixtures.h"
#include "test_support.h"

using namespace chronicle;
using namespace chronicle::testing;

namespace {

struct Box {
  double x0, y0, x1, y1;
  std::string owner;  // the node drawing it
  std::string text;
};

bool intersect(const Box& a, const Box& b) {
  constexpr double kTolerance = 0.05;
  return a.x0 < b.x1 - kTolerance && b.x0 < a.x1 - kTolerance && a.y0 < b.y1 - kTolerance &&
         b.y0 < a.y1 - kTolerance;
}

// Text boxes from an object's label drawing ops: baseline y, ascent and descent of the font.
void add_texts(const nlohmann::json& object, std::vector<Box>& out) {
  if (!object.contains("_ldraw_")) return;
  double size = 14;
  for (const auto& op : object["_ldraw_"]) {
    if (op["op"] == "F") size = op["size"].get<double>();
    if (op["op"] != "T") continue;
    const double x = op["pt"][0].get<double>(), y = op["pt"][1].get<double>();
    const double w = op["width"].get<double>();
    const std::string align = op["align"].get<std::string>();
    const double x0 = align == "l" ? x : align == "r" ? x - w : x - w / 2;
    out.push_back({x0, y - 0.24 * size, x0 + w, y + 0.93 * size, object["name"], op["text"]});
  }
}

// Marker boxes of event nodes ("e12"): ellipses and polygons.
void add_markers(const nlohmann::json& object, std::vector<Box>& out) {
  const std::string name = object["name"];
  if (name.size() < 2 || name[0] != 'e' || name.find('_') != std::string::npos ||
      !object.contains("_draw_"))
    return;
  for (const auto& op : object["_draw_"]) {
    if (op["op"] == "E" || op["op"] == "e") {
      const auto& r = op["rect"];
      const double cx = r[0], cy = r[1], rx = r[2], ry = r[3];
      out.push_back({cx - rx, cy - ry, cx + rx, cy + ry, name, "marker"});
    } else if (op["op"] == "P" || op["op"] == "p") {
      Box b{1e18, 1e18, -1e18, -1e18, name, "marker"};
      for (const auto& p : op["points"]) {
        b.x0 = std::min(b.x0, p[0].get<double>());
        b.x1 = std::max(b.x1, p[0].get<double>());
        b.y0 = std::min(b.y0, p[1].get<double>());
        b.y1 = std::max(b.y1, p[1].get<double>());
      }
      out.push_back(b);
    }
  }
}

// "e12_label" and "e12" belong to the same event (a label may sit inside its own span).
bool same_event(const Box& label, const Box& marker) {
  return label.owner == marker.owner + "_label";
}

void check_no_overlap(const EventGraph& graph, const TimelineOptions& options) {
  const auto rendered = render_dot(timeline_dot(graph, options), "json", "neato");
  REQUIRE(rendered.ok());
  const auto doc = nlohmann::json::parse(rendered.value());
  std::vector<Box> texts, markers;
  for (const auto& object : doc["objects"]) {
    add_texts(object, texts);
    add_markers(object, markers);
  }
  // Every event has its label, unless the timeline was aggregated by period.
  if (graph.events.size() <= options.max_markers) REQUIRE(texts.size() > graph.events.size());
  REQUIRE(texts.size() > 10);
  std::size_t overlaps = 0;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    for (std::size_t j = i + 1; j < texts.size(); ++j) {
      if (!intersect(texts[i], texts[j])) continue;
      ++overlaps;
      UNSCOPED_INFO("'" << texts[i].text << "' overlaps '" << texts[j].text << "'");
    }
    for (const Box& m : markers) {
      if (same_event(texts[i], m) || !intersect(texts[i], m)) continue;
      ++overlaps;
      UNSCOPED_INFO("'" << texts[i].text << "' covers marker " << m.owner);
    }
  }
  CHECK(overlaps == 0);
}

// `chronicle extract --format json` on `inputs`, read back.
EventGraph extracted(const std::vector<std::string>& inputs) {
  std::vector<std::string> args = {chronicle_binary().string(), "extract", "--format", "json"};
  args.insert(args.end(), inputs.begin(), inputs.end());
  const auto r = run(args);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto graph = from_json(r.out, "extract output");
  REQUIRE(graph.ok());
  return graph.value();
}

}  // namespace

TEST_CASE("render: labels do not overlap on the samples' timeline", "[render]") {
  std::vector<std::string> inputs;
  for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "samples"))
    if (entry.path().extension() == ".txt") inputs.push_back(entry.path().string());
  std::sort(inputs.begin(), inputs.end());
  REQUIRE_FALSE(inputs.empty());
  const EventGraph graph = extracted(inputs);
  REQUIRE(graph.events.size() >= 10);
  check_no_overlap(graph, {});
}

// 300 dated events from the first 90 BBC articles of the Syria story (extraction takes
// about a second; the whole story is a benchmark, not a test).
TEST_CASE("render: labels do not overlap on 300 events of the timeline17 Syria story",
          "[render]") {
  const auto shared = shared_dir();
  const auto story = shared ? *shared / "data" / "timeline17" / "SyrianCrisis_bbc" / "articles.json"
                            : std::filesystem::path();
  if (!shared || !std::filesystem::exists(story)) {
    WARN("timeline17 (../shared/data/timeline17) is absent: skipping the Syria timeline check");
    return;
  }
  auto articles = nlohmann::json::parse(read_file(story));
  REQUIRE(articles.size() >= 90);
  articles.erase(articles.begin() + 90, articles.end());
  TempDir dir;
  const EventGraph all = extracted({dir.write("syria90.json", articles.dump()).string()});
  std::vector<std::size_t> dated;
  for (std::size_t i = 0; i < all.events.size() && dated.size() < 300; ++i)
    if (all.events[i].time.begin) dated.push_back(i);
  REQUIRE(dated.size() == 300);
  TimelineOptions options;
  options.title = "Syria, 300 events";
  check_no_overlap(subgraph(all, dated), options);
}

TEST_CASE("render: labels do not overlap on an aggregated 5,000-event timeline", "[render]") {
  TimelineOptions options;
  options.max_markers = 1000;
  const EventGraph g = synthetic_graph(5000);
  const std::string dot = timeline_dot(g, options);
  CHECK(dot.find("each bar counts one lane's events in one") != std::string::npos);
  CHECK(dot.find("class=\"aggregate ") != std::string::npos);
  check_no_overlap(g, options);
}

TEST_CASE("render: labels of a 300-event timeline do not overlap", "[render]") {
  TimelineOptions options;
  options.title = "Three hundred events";
  check_no_overlap(synthetic_graph(300), options);
}

TEST_CASE("render: labels do not overlap on a narrow timeline with few lanes", "[render]") {
  TimelineOptions options;
  options.width_points = 400;
  options.max_lanes = 2;
  check_no_overlap(synthetic_graph(120, 11), options);
}

TEST_CASE("render: labels do not overlap around a compressed gap", "[render]") {
  EventGraph g = synthetic_graph(60, 3);
  for (std::size_t i = 0; i < 20; ++i) {
    g.events[i].time.begin = day(2019, 1, 1 + static_cast<unsigned>(i));
    g.events[i].time.end = g.events[i].time.begin;
    g.events[i].time.granularity = Granularity::day;
  }
  check_no_overlap(g, {});
}

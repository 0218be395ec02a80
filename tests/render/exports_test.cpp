// GraphML, CSV and TimelineJS exports: structure, escaping, determinism.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "chronicle/render.h"
#include "render_fixtures.h"

using namespace chronicle;
using namespace chronicle::testing;

namespace {


// RFC 4180 records: quoted cells may hold commas, quotes ("") and newlines.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        rows.back().back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        rows.back().back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\n') {
      rows.emplace_back(1);
    } else {
      rows.back().back() += c;
    }
  }
  if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
  return rows;
}

EventGraph hostile() {
  EventGraph g = small_story();
  g.actors[1].name = "<script>alert(\"x\")</script>, {Modi}";
  g.actors[2].name = "=HYPERLINK(\"http://evil\")";
  g.events[0].mentions[0].text = "Line one,\nline \"two\" \x01 & <b>three</b>";
  g.events[0].trigger = std::string(5000, 'w');
  return g;
}

}  // namespace

TEST_CASE("render: GraphML lists actors, events, documents and every edge kind", "[render]") {
  const EventGraph g = small_story();
  const std::string xml = to_graphml(g);
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml", 0) == 0);
  CHECK(occurrences(xml, "<data key=\"kind\">actor</data>") == g.actors.size());
  CHECK(occurrences(xml, "<data key=\"kind\">event</data>") == g.events.size());
  CHECK(occurrences(xml, "<data key=\"kind\">document</data>") == g.documents.size());
  CHECK(occurrences(xml, "<data key=\"edge_kind\">participates</data>") == 8);
  CHECK(occurrences(xml, "<data key=\"edge_kind\">mentions</data>") == 5);
  CHECK(occurrences(xml, "<data key=\"edge_kind\">before</data>") == 1);  // e1 -> e3 only
  CHECK(occurrences(xml, "<data key=\"edge_kind\">interacts</data>") == 4);
  CHECK(occurrences(xml, "<node ") == occurrences(xml, "</node>"));
  CHECK(occurrences(xml, "<edge ") == occurrences(xml, "</edge>"));
  CHECK(xml.find("<edge id=\"x0\" source=\"a:modi\" target=\"e:e1\">") != std::string::npos);
}

TEST_CASE("render: CSV has one row per event with GDELT-like columns", "[render]") {
  const EventGraph g = small_story();
  const auto rows = parse_csv(to_csv(g));
  REQUIRE(rows.size() == g.events.size() + 1);
  const auto& header = rows[0];
  CHECK(header[0] == "GLOBALEVENTID");
  CHECK(header[1] == "SQLDATE");
  for (const auto& row : rows) CHECK(row.size() == header.size());
  CHECK(rows[1][1] == "20210824");
  CHECK(rows[1][5] == "modi");           // Actor1Code: the agent
  CHECK(rows[1][9] == "Vladimir Putin");  // Actor2Name: the patient
  CHECK(rows[4][1].empty());              // undated
}

TEST_CASE("render: TimelineJS JSON has a slide per dated event", "[render]") {
  const auto doc = nlohmann::json::parse(to_timelinejs(small_story(), "Story"));
  CHECK(doc["title"]["text"]["headline"] == "Story");
  REQUIRE(doc["events"].size() == 3);  // e4 is undated
  const auto& first = doc["events"][0];
  CHECK(first["start_date"]["year"] == "2021");
  CHECK(first["start_date"]["month"] == "8");
  CHECK(first["start_date"]["day"] == "24");
  CHECK(first["text"]["text"].get<std::string>().find("https://example.com/a?x=1&amp;y=2") !=
        std::string::npos);
  const auto& month = doc["events"][2];  // e3, known to the month
  CHECK(month["unique_id"] == "e3");
  CHECK_FALSE(month["start_date"].contains("day"));
  CHECK(doc["title"]["text"]["text"].get<std::string>().find("1 undated") != std::string::npos);
}

TEST_CASE("render: exports escape hostile text and stay well formed", "[render]") {
  const EventGraph g = hostile();
  const std::string xml = to_graphml(g);
  CHECK(xml.find("<script>") == std::string::npos);
  CHECK(xml.find("&lt;script&gt;") != std::string::npos);
  CHECK(xml.find('\x01') == std::string::npos);
  const auto rows = parse_csv(to_csv(g));
  REQUIRE(rows.size() == g.events.size() + 1);
  for (const auto& row : rows) CHECK(row.size() == rows[0].size());
  CHECK(rows[1][19] == "Line one,\nline \"two\" \x01 & <b>three</b>");
  CHECK(rows[1][9] == "'=HYPERLINK(\"http://evil\")");  // never a formula
  const std::string tjs = to_timelinejs(g, "<b>t</b>");
  const auto doc = nlohmann::json::parse(tjs);
  CHECK(doc["title"]["text"]["headline"] == "&lt;b&gt;t&lt;/b&gt;");
  CHECK(tjs.find("<script>") == std::string::npos);
  CHECK(tjs.find("<b>three") == std::string::npos);
}

TEST_CASE("render: exports are deterministic", "[render]") {
  const EventGraph g = synthetic_graph(200);
  CHECK(to_graphml(g) == to_graphml(g));
  CHECK(to_csv(g) == to_csv(g));
  CHECK(to_timelinejs(g) == to_timelinejs(g));
}

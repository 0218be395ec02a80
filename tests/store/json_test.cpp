// JSON: what is written reads back to the same bytes; malformed input gives line and
// column; contract violations give the JSON path.
#include "chronicle/json.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

#include "chronicle/pipeline.h"

TEST_CASE("json: a result written and read back is written identically", "[json]") {
  chronicle::Document d;
  d.id = "doc";
  d.dct = chronicle::parse_day("2021-08-25");
  d.text = "Modi and Putin spoke on Tuesday about \"Afghanistan\" {and} <script>.";
  auto g = chronicle::Pipeline().extract({d});
  std::string once = chronicle::to_json(g);
  auto back = chronicle::from_json(once, "events.json");
  REQUIRE(back.ok());
  CHECK(chronicle::to_json(back.value()) == once);
}

TEST_CASE("json: malformed JSON names file, line and column", "[json]") {
  auto r = chronicle::from_json("{\n  \"events\": [\n    {,}\n  ]\n}", "bad.json");
  REQUIRE_FALSE(r.ok());
  const auto& d = r.diagnostics().front();
  CHECK(d.code == "json-syntax");
  CHECK(d.file == "bad.json");
  CHECK(d.line == 3);
  CHECK(d.column == 6);
}

TEST_CASE("json: a missing required field names its path", "[json]") {
  auto r = chronicle::from_json(R"({"events": [{"id": "e1", "mentions": [{"text": "x"}]}]})", "e.json");
  REQUIRE_FALSE(r.ok());
  std::string all;
  for (const auto& d : r.diagnostics()) all += d.to_string() + "\n";
  CHECK_THAT(all, Catch::Contains("$.events[0].type: missing"));
  CHECK_THAT(all, Catch::Contains("$.events[0].mentions[0].doc: missing"));
}

// The writer writes directly, not through nlohmann: its bytes must be what nlohmann's
// dump() gives for the same content, on one line and indented.
TEST_CASE("json: a result is written as the bytes nlohmann writes for it", "[json]") {
  chronicle::Document d;
  d.id = "doc \"1\"";
  d.dct = chronicle::parse_day("2021-08-25");
  d.title = "Tab\there, bell \x07, slash / and back\\slash";
  d.text = "Modi and Putin spoke on Tuesday about \"Afghanistan\" in Zürich 😀.\nPutin criticised NATO.";
  chronicle::Pipeline pipeline;
  auto g = chronicle::Pipeline::to_graph(pipeline.analyze(d));
  REQUIRE_FALSE(g.events.empty());
  g.actors.front().aliases.push_back("ctrl \x01\x1f");
  g.events.front().mentions.front().text += "\r\f\b";
  const std::string line = chronicle::to_json(g, -1);
  CHECK(line == nlohmann::ordered_json::parse(line).dump() + "\n");
  const std::string indented = chronicle::to_json(g, 2);
  CHECK(indented == nlohmann::ordered_json::parse(indented).dump(2) + "\n");
  chronicle::EventGraph empty;
  CHECK(chronicle::to_json(empty) == nlohmann::ordered_json::parse(chronicle::to_json(empty)).dump(2) + "\n");
  auto back = chronicle::from_json(line, "line.json");
  REQUIRE(back.ok());
  CHECK(chronicle::to_json(back.value(), 2) == chronicle::to_json(g, 2));
  g.events.front().trigger = "\xC3\x28";  // not UTF-8
  CHECK_THROWS(chronicle::to_json(g, -1));
}

TEST_CASE("json: written on several threads, a result gives the bytes of one thread", "[json]") {
  // Enough documents that every top-level array is cut into several slices.
  std::vector<chronicle::Document> docs;
  for (int i = 0; i < 700; ++i) {
    chronicle::Document d;
    d.id = "d" + std::to_string(i);
    d.dct = chronicle::parse_day("2021-08-25");
    d.text =
        "Modi and Putin spoke on Tuesday. Company " + std::to_string(i % 40) + " Inc. sued Apple.";
    docs.push_back(std::move(d));
  }
  const auto merged = chronicle::Pipeline().extract(docs);
  REQUIRE(merged.reports.size() == docs.size());
  const chronicle::EventGraph empty;
  for (const chronicle::EventGraph* g : {&merged, &empty}) {
    for (int indent : {2, -1}) {
      const std::string once = chronicle::to_json(*g, indent);
      for (unsigned jobs : {1u, 2u, 5u}) {
        std::ostringstream out;
        chronicle::write_json(out, *g, indent, jobs);
        CHECK(out.str() == once);
      }
    }
  }
  auto broken = merged;
  auto with_events = std::find_if(broken.reports.rbegin(), broken.reports.rend(),
                                  [](const chronicle::EventGraph& r) { return !r.events.empty(); });
  REQUIRE(with_events != broken.reports.rend());
  with_events->events.front().trigger = "\xC3\x28";  // not UTF-8
  std::ostringstream out;
  CHECK_THROWS(chronicle::write_json(out, broken, 2, 3));
}

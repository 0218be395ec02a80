// JSON: what is written reads back to the same bytes; malformed input gives line and
// column; contract violations give the JSON path.
#include <catch2/catch.hpp>

#include "chronicle/json.h"
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

// A word inside a time expression is no event trigger: "March" in "on 5 March" is a
// month, not a protest march.
#include <catch2/catch.hpp>

#include "chronicle/pipeline.h"

TEST_CASE("events: a month name is no trigger", "[events]") {
  chronicle::Document d;
  d.id = "t";
  d.dct = chronicle::parse_day("2024-03-12");
  d.text = "The group, set up at the talks on 5 March, met in Badajoz. Farmers will march on Friday.";
  chronicle::Pipeline p;
  auto a = p.analyze(d);
  int marches = 0;
  for (const auto& e : a.events) {
    CHECK(e.trigger != "March");
    marches += e.trigger == "march";
  }
  CHECK(marches == 1);
}

// Merge: reports of one happening become one event; different happenings stay apart;
// the result does not depend on input order.
#include <catch2/catch.hpp>

#include <algorithm>

#include "chronicle/json.h"
#include "chronicle/pipeline.h"
#include "merge_support.h"

using chronicle::testing::part;

TEST_CASE("merge: one happening reported in two articles is one event with both mentions", "[merge]") {
  auto a = part("a", "2021-08-25", "Prime Minister Narendra Modi and Vladimir Putin spoke on Tuesday.");
  auto b = part("b", "2021-08-24", "Modi talked with Putin on the phone today.");
  auto g = chronicle::merge({a, b});
  REQUIRE(g.events.size() == 1);
  CHECK(g.events[0].sources == 2);
  CHECK(g.events[0].mentions.size() == 2);
  REQUIRE(g.actors.size() == 2);  // "Modi" joined "Narendra Modi"
  CHECK(g.actors[0].id == "narendra-modi");
}

TEST_CASE("merge: different days or different actors stay different events", "[merge]") {
  auto a = part("a", "2021-08-25", "Modi spoke to Putin on Tuesday. Modi spoke to Merkel on Monday.");
  auto b = part("b", "2021-08-25", "Modi spoke to Putin on Friday.");
  auto g = chronicle::merge({a, b});
  CHECK(g.events.size() == 3);
}

TEST_CASE("merge: no chaining: a report contradicting one report of a happening stays out",
          "[merge]") {
  // Putin+Modi (Tuesday), Modi (undated), Modi+Merkel (Monday): the undated report fits
  // both, but the two dated ones must not end up together.
  auto g = chronicle::merge({part("a", "2021-08-25",
                                  "Modi spoke to Putin on Tuesday. Modi spoke. Modi spoke to Merkel on Monday.")});
  for (const auto& e : g.events) {
    bool putin = false, merkel = false;
    for (const auto& p : e.participants) {
      putin |= p.actor == "putin";
      merkel |= p.actor == "merkel";
    }
    CHECK_FALSE((putin && merkel));
  }
}

TEST_CASE("merge: the result is the same whatever the order of the parts", "[merge]") {
  auto a = part("a", "2021-08-25", "Modi and Putin spoke on Tuesday. India evacuated people this week.");
  auto b = part("b", "2021-08-24", "Modi spoke to Putin today. Putin criticised NATO.");
  auto c = part("c", "2021-08-26", "Russia hosted the Taliban in July.");
  std::string ref = chronicle::to_json(chronicle::merge({a, b, c}));
  CHECK(chronicle::to_json(chronicle::merge({c, b, a})) == ref);
  CHECK(chronicle::to_json(chronicle::merge({b, a, c})) == ref);
}

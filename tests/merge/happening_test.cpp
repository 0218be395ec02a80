// Merge policy: which reports count as one happening. A report joins a happening when it
// is linked to one of its reports and contradicts none of them.
#include <catch2/catch.hpp>

#include "chronicle/pipeline.h"
#include "merge_support.h"

namespace {

using chronicle::testing::part;

std::size_t events_of_type(const chronicle::EventGraph& g, const std::string& type) {
  std::size_t n = 0;
  for (const auto& e : g.events) n += e.type == type;
  return n;
}

}  // namespace

TEST_CASE("happening: two articles may date one happening a day apart", "[merge]") {
  // an overnight call: one article has it on Tuesday evening, the other on Wednesday
  auto a = part("a", "2021-08-25", "Modi spoke to Putin on Tuesday.");
  auto b = part("b", "2021-08-26", "Modi spoke to Putin on Wednesday.");
  CHECK(events_of_type(chronicle::merge({a, b}), "consult") == 1);
}

TEST_CASE("happening: two articles a day apart across the end of a week are one happening",
          "[merge]") {
  // no actors: linked only by both being dated to the day; Wednesday and Thursday are in
  // different weeks of the clustering's blocks
  auto a = part("a", "2021-08-25", "Farmers protested in the capital on Wednesday.");
  auto b = part("b", "2021-08-26", "Farmers protested in the capital on Thursday.");
  auto g = chronicle::merge({a, b});
  REQUIRE(events_of_type(g, "protest") == 1);
  CHECK(g.events[0].sources == 2);
}

TEST_CASE("happening: within one article different days are different happenings", "[merge]") {
  auto a = part("a", "2021-08-26", "Modi spoke to Putin on Tuesday. Modi spoke to Putin again on Wednesday.");
  CHECK(events_of_type(chronicle::merge({a}), "consult") == 2);
}

TEST_CASE("happening: a day apart with different counterparts is two happenings", "[merge]") {
  auto a = part("a", "2021-08-25", "Modi spoke to Putin on Tuesday.");
  auto b = part("b", "2021-08-26", "Modi spoke to Merkel on Wednesday.");
  CHECK(events_of_type(chronicle::merge({a, b}), "consult") == 2);
}

TEST_CASE("happening: more than a day apart is two happenings", "[merge]") {
  auto a = part("a", "2021-08-25", "Modi spoke to Putin on Monday.");
  auto b = part("b", "2021-08-26", "Modi spoke to Putin on Wednesday.");
  CHECK(events_of_type(chronicle::merge({a, b}), "consult") == 2);
}

TEST_CASE("happening: a killing and the death it caused are one happening", "[merge]") {
  auto a = part("a", "2021-08-25", "A gunman killed John Smith on Tuesday.");
  auto b = part("b", "2021-08-25", "John Smith died on Tuesday.");
  auto g = chronicle::merge({a, b});
  REQUIRE(g.events.size() == 1);
  CHECK(g.events[0].sources == 2);
}

TEST_CASE("happening: different agents with nothing in common stay apart", "[merge]") {
  auto a = part("a", "2021-08-25", "Spain signed an agreement on Tuesday.");
  auto b = part("b", "2021-08-25", "Japan signed an agreement on Tuesday.");
  CHECK(events_of_type(chronicle::merge({a, b}), "diplomatic_cooperation") == 2);
}

TEST_CASE("happening: a report joins through one linked report when none contradicts it",
          "[merge]") {
  // the third report shares no actor with the first, but names the second's counterpart
  // and contradicts neither
  auto a = part("a", "2021-08-25", "Lindsay Lohan checked into rehab on Tuesday.");
  auto b = part("b", "2021-08-25", "Lohan checked into a clinic with Shawn Holley on Tuesday.");
  auto c = part("c", "2021-08-25", "The actress checked into a clinic with Shawn Holley on Tuesday.");
  auto g = chronicle::merge({a, b, c});
  REQUIRE(events_of_type(g, "movement") == 1);
  CHECK(g.events[0].sources == 3);
}

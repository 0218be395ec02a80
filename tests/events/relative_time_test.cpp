// Event-relative time: "hours before the summit", "two days after the vote", "during the
// talks" date an event by the event they name, and say nothing when no date follows.
#include "events/relative_time.h"

#include <catch2/catch.hpp>
#include <map>
#include <string>

#include "chronicle/pipeline.h"
#include "events/sentence_frame.h"
#include "language/language_data.h"

using chronicle::Granularity;
using chronicle::detail::offset_of_duration;
using chronicle::detail::relative_time;
using chronicle::detail::RelativeOffset;
using chronicle::detail::RelativeOrder;

namespace {

chronicle::EventTime day_time(const char* day) {
  auto d = chronicle::parse_day(day);
  return {std::string(day), d, d, "on that day", Granularity::day};
}

std::string value_of(const std::optional<chronicle::EventTime>& t) {
  return t && t->value ? *t->value : "undated";
}

// Trigger -> time value of the events of one article dated `dct`.
std::multimap<std::string, std::string> times(const std::string& text) {
  chronicle::Document d;
  d.id = "rel";
  d.dct = chronicle::parse_day("2021-09-01");
  d.text = text;
  chronicle::Pipeline p;
  std::multimap<std::string, std::string> out;
  for (const auto& e : p.analyze(d).events)
    out.emplace(e.trigger, e.time.value ? *e.time.value : "undated");
  return out;
}

}  // namespace

TEST_CASE("relative time: order words and duration offsets", "[events]") {
  auto english = chronicle::detail::LanguageData::load("en");
  chronicle::detail::EventWords words(*english);
  auto relative_order = [&](const char* w) -> std::optional<RelativeOrder> {
    auto it = words.relative_order.find(w);
    if (it == words.relative_order.end()) return std::nullopt;
    return it->second;
  };
  CHECK(relative_order("before") == RelativeOrder::before);
  CHECK(relative_order("following") == RelativeOrder::after);
  CHECK(relative_order("during") == RelativeOrder::same);
  CHECK_FALSE(relative_order("despite"));
  CHECK(chronicle::detail::parse_relative_order("after") == RelativeOrder::after);
  CHECK_FALSE(chronicle::detail::parse_relative_order("following"));
  auto two_days = offset_of_duration("P2D");
  REQUIRE(two_days);
  CHECK(two_days->kind == RelativeOffset::Kind::units);
  CHECK(two_days->count == 2);
  CHECK(two_days->unit == Granularity::day);
  CHECK(offset_of_duration("P3W")->unit == Granularity::week);
  CHECK(offset_of_duration("PTXH")->kind == RelativeOffset::Kind::hours);
  CHECK(offset_of_duration("PT30M")->kind == RelativeOffset::Kind::hours);
  CHECK_FALSE(offset_of_duration("PXD"));  // "days after": how many?
  CHECK_FALSE(offset_of_duration("P1DT2H"));
  CHECK_FALSE(offset_of_duration("PRESENT_REF"));
}

TEST_CASE("relative time: dates moved by the offset", "[events]") {
  auto summit = day_time("2021-08-31");
  RelativeOffset two_days{RelativeOffset::Kind::units, 2, Granularity::day};
  RelativeOffset hours{RelativeOffset::Kind::hours, 0, Granularity::time_of_day};
  RelativeOffset three_weeks{RelativeOffset::Kind::units, 3, Granularity::week};
  RelativeOffset two_years{RelativeOffset::Kind::units, 2, Granularity::year};
  CHECK(value_of(relative_time(summit, RelativeOrder::after, two_days, "x")) == "2021-09-02");
  CHECK(value_of(relative_time(summit, RelativeOrder::before, two_days, "x")) == "2021-08-29");
  CHECK(value_of(relative_time(summit, RelativeOrder::before, hours, "x")) == "2021-08-31");
  CHECK(value_of(relative_time(summit, RelativeOrder::before, three_weeks, "x")) == "2021-W32");
  auto later = relative_time(summit, RelativeOrder::after, two_years, "two years after");
  REQUIRE(later);
  CHECK(*later->value == "2023");
  CHECK(later->granularity == Granularity::year);
  CHECK(later->begin == chronicle::parse_day("2023-01-01"));
  CHECK(later->end == chronicle::parse_day("2023-12-31"));
  CHECK(later->text == "two years after");
  auto during = relative_time(summit, RelativeOrder::same, {}, "during the summit");
  REQUIRE(during);
  CHECK(*during->value == "2021-08-31");
  CHECK(during->text == "during the summit");
}

TEST_CASE("relative time: no date is invented", "[events]") {
  auto summit = day_time("2021-08-31");
  CHECK_FALSE(relative_time(summit, RelativeOrder::after, {}, "after the summit"));
  CHECK_FALSE(relative_time({}, RelativeOrder::same, {}, "during the summit"));
  // a day count against a month could land in either month
  auto month = chronicle::parse_day("2021-03-01");
  chronicle::EventTime march{"2021-03", month, chronicle::parse_day("2021-03-31"), "March",
                             Granularity::month};
  RelativeOffset two_days{RelativeOffset::Kind::units, 2, Granularity::day};
  CHECK_FALSE(relative_time(march, RelativeOrder::after, two_days, "x"));
}

TEST_CASE("relative time: events placed by the event they name", "[events]") {
  auto t = times(
      "The summit opened in Geneva on Tuesday. Hours before the summit, protesters marched "
      "through the city. Putin met Biden two days after the summit. Modi spoke to Putin a day "
      "before the summit, and the two leaders signed a deal the day after the summit. "
      "Protesters were arrested during the summit.");
  auto one = [&](const char* trigger) {
    REQUIRE(t.count(trigger) == 1);
    return t.find(trigger)->second;
  };
  CHECK(one("marched") == "2021-08-31");
  CHECK(one("met") == "2021-09-02");
  CHECK(one("spoke") == "2021-08-30");
  CHECK(one("signed") == "2021-09-01");
  CHECK(one("arrested") == "2021-08-31");
}

TEST_CASE("relative time: what stays undated", "[events]") {
  // no count of days; an indefinite "a visit" is not the visit spoken of before; a
  // subordinate clause between ("that lasted") keeps "sued" from the phrase
  auto t = times(
      "The president visited Kyiv on Monday. Protesters marched days after the visit. Putin "
      "met Biden during a visit to Paris. Fishermen sued over the spill that lasted 100 days "
      "after the explosion.");
  for (const char* trigger : {"marched", "met", "sued"}) {
    INFO(trigger);
    REQUIRE(t.count(trigger) == 1);
    CHECK(t.find(trigger)->second == "undated");
  }
}

TEST_CASE("relative time: an amount of time later counts from the narrative", "[events]") {
  // the TIMEX3 stays the duration "two days" (P2D); the event is dated two days after
  // the last date the narrative reached, and the narrative moves there
  chronicle::Document d;
  d.id = "later";
  d.dct = chronicle::parse_day("2024-03-21");
  d.text =
      "The dispute began on 1 March. Farmers protested at Elvas two days later. The next day "
      "Portugal criticised Spain.";
  chronicle::Pipeline p;
  auto a = p.analyze(d);
  bool duration_seen = false;
  for (const auto& x : a.timexes) {
    if (x.text != "two days") continue;
    duration_seen = true;
    CHECK(x.type == chronicle::TimexType::duration);
    CHECK(x.value == "P2D");
    CHECK(x.begin == chronicle::parse_day("2024-03-03"));
  }
  CHECK(duration_seen);
  std::map<std::string, std::string> dated;
  for (const auto& e : a.events) dated[e.trigger] = e.time.value ? *e.time.value : "undated";
  CHECK(dated["protested"] == "2024-03-03");
  CHECK(dated["criticised"] == "2024-03-04");
}

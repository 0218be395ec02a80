// Time actions: each action of core/time/time_actions.cpp on captures and contexts of its
// own, and the load errors of a misspelt action or a wrong argument.
#include <catch2/catch.hpp>

#include <set>
#include <sstream>

#include "time/time_actions.h"
#include "time/time_rules.h"
#include "util/text.h"

using namespace chronicle::detail;
using chronicle::Granularity;
using chronicle::TimexType;

namespace {

constexpr const char* kRules = "en/rules/time.txt";

// A context dated `dct` ("" for none) in `tense`.
TimeContext at(const std::string& dct, Tense tense = Tense::none) {
  TimeContext ctx;
  ctx.dct = chronicle::parse_day(dct);
  ctx.tense = tense;
  return ctx;
}

TimeContext with_reference(TimeContext ctx, const std::string& day, Granularity g) {
  ctx.reference = chronicle::parse_day(day);
  ctx.reference_granularity = g;
  return ctx;
}

TimeContext reporting(TimeContext ctx, int year, int quarter) {
  ctx.quarterly = true;
  ctx.report_year = year;
  ctx.report_quarter = quarter;
  return ctx;
}

// "month=3 day=5" -> captures.
Captures captures(const std::string& text) {
  Captures c;
  std::istringstream in(text);
  for (std::string kv; in >> kv;) c[kv.substr(0, kv.find('='))] = kv.substr(kv.find('=') + 1);
  return c;
}

TimexValue run(const std::string& action, const std::string& caps, const TimeContext& ctx,
               std::size_t first = 0) {
  BoundAction bound = bind_time_action(split_nonempty(action, ' '), kRules, 1);
  return run_time_action(bound, captures(caps), first, ctx);
}

// The value, or "NONE".
std::string value(const std::string& action, const std::string& caps, const TimeContext& ctx) {
  auto v = run(action, caps, ctx);
  return v ? v->second : "NONE";
}

struct Case {
  const char* action;
  const char* captures;
  TimeContext ctx;
  const char* want;
};

// 2024-03-12 is a Tuesday, in the first quarter and in ISO week 11.
const TimeContext kPast = at("2024-03-12", Tense::past);
const TimeContext kNone = at("2024-03-12");
const TimeContext kFuture = at("2024-03-12", Tense::future);
const TimeContext kUndated = at("");
const TimeContext kAtDay = with_reference(kNone, "2024-03-01", Granularity::day);
const TimeContext kAtMonth = with_reference(kNone, "2024-03-01", Granularity::month);
const TimeContext kAtYear = with_reference(kNone, "2024-01-01", Granularity::year);

const std::vector<Case> kCases = {
    // dates written out
    {"date", "year=2021 month=8 day=24", kNone, "2021-08-24"},
    {"month_year", "year=2021 month=8", kNone, "2021-08"},
    {"year", "year=1998", kNone, "1998"},
    {"month_day", "month=3 day=5", kPast, "2024-03-05"},
    {"month_day", "month=12 day=30", kPast, "2023-12-30"},
    {"month_day", "month=3 day=5 year=2020", kPast, "2020-03-05"},
    {"month_day", "month=3 day=5", kUndated, "XXXX-03-05"},
    {"month_day", "month=2 day=30", kPast, "NONE"},
    {"month_day past", "month=12 day=30", kNone, "2023-12-30"},
    {"month", "month=7", kPast, "2023-07"},
    {"month", "month=7", kFuture, "2024-07"},
    {"month", "month=7", kUndated, "XXXX-07"},
    {"month this", "month=9", kPast, "2024-09"},
    {"month last", "month=2", kNone, "2023-02"},
    {"month last", "month=1", kNone, "2024-01"},
    {"month future", "month=2", kPast, "2025-02"},
    {"month_rel_year -1", "month=6", kNone, "2023-06"},
    {"month_rel_year 1", "month=6", kUndated, "XXXX-06"},
    // weekdays, weekends, holidays
    {"weekday", "weekday=5", kPast, "2024-03-08"},
    {"weekday", "weekday=5", kFuture, "2024-03-15"},
    {"weekday", "weekday=2", kNone, "2024-03-12"},
    {"weekday", "weekday=2", kUndated, "XXXX-WXX-2"},
    {"weekday before", "weekday=2", kFuture, "2024-03-05"},
    {"weekday before_reference", "weekday=5", kAtDay, "2024-02-23"},
    {"weekday before_reference", "weekday=5", kAtMonth, "2024-03-08"},
    {"weekday future", "weekday=5", kPast, "2024-03-15"},
    {"weekday_part", "weekday=5 part=NI", kPast, "2024-03-08TNI"},
    {"weekday_part before", "weekday=2 part=NI", kNone, "2024-03-05TNI"},
    {"weekday_part future", "weekday=5 part=MO", kPast, "2024-03-15TMO"},
    {"weekday_time 12:00", "weekday=4", kFuture, "2024-03-14T12:00"},
    {"weekend", "", kPast, "2024-W10-WE"},
    {"weekend", "", kFuture, "2024-W11-WE"},
    {"weekend", "", kUndated, "XXXX-WXX-WE"},
    {"holiday", "holiday=12-25", kPast, "2023-12-25"},
    {"holiday", "holiday=12-25", kFuture, "2024-12-25"},
    {"holiday past", "holiday=12-25", kNone, "2023-12-25"},
    {"holiday", "holiday=12-25", kUndated, "NONE"},
    {"listed_day", "day=25", kNone, "NONE"},  // no date listed before: more in its own case
    {"week_of", "month=3 day=6", kPast, "2024-W10"},
    {"week_of", "month=2 day=31", kPast, "NONE"},
    // days counted from the document date or the narrative
    {"offset_day -1", "", kNone, "2024-03-11"},
    {"offset_day 1", "part=MO", kNone, "2024-03-13TMO"},
    {"offset_day 0", "", kUndated, "NONE"},
    {"offset_day_part -1 NI", "", kNone, "2024-03-11TNI"},
    {"offset_day_part 1", "part=EV", kNone, "2024-03-13TEV"},
    {"offset_day_part -1 NI", "part=MO", kNone, "2024-03-11TMO"},
    {"part_today NI", "", kNone, "2024-03-12TNI"},
    {"part_today", "part=MO", kNone, "2024-03-12TMO"},
    {"part_today", "", kNone, "2024-03-12"},
    {"part_reference MO", "", kAtDay, "2024-03-01TMO"},
    {"part_reference", "part=AF", kNone, "2024-03-12TAF"},
    {"part_reference 12:00", "", kAtMonth, "2024-03-12T12:00"},
    {"part_reference", "part=AF", kUndated, "NONE"},
    {"ago", "num=3 unit=D", kNone, "2024-03-09"},
    {"ago", "num=X unit=Y", kNone, "PAST_REF"},
    {"ago", "num=2 unit=2W", kNone, "2024-W07"},
    {"ago", "num=1 unit=Y", kNone, "2023"},
    {"ago", "num=1 unit=Y", reporting(kNone, 2023, 4), "2022-Q4"},
    {"earlier Y Q DE CE", "num=1 unit=Y", kNone, "2023"},
    {"earlier Y Q DE CE", "num=1 unit=D", kNone, "P1D"},
    {"ahead", "num=2 unit=Y", kNone, "2026"},
    {"ahead", "num=3 unit=TH", kNone, "PT3H"},
    {"ahead", "num=1 unit=2W", kNone, "2024-W13"},
    {"ahead", "num=X unit=Y", kNone, "NONE"},
    {"ahead looking_ahead", "num=5 unit=Y", kPast, "P5Y"},
    {"ahead looking_ahead", "num=5 unit=Y", kFuture, "2029"},
    {"this_unit 0", "unit=W", kNone, "2024-W11"},
    {"this_unit 1 Y", "", kNone, "2025"},
    {"this_unit 0 DE", "", kNone, "202"},
    {"this_unit 0 CE", "", kNone, "20"},
    {"this_unit -1 Q", "", kNone, "2023-Q4"},
    {"this_unit -1 Q", "", reporting(kNone, 2023, 3), "2023-Q3"},
    {"this_unit 0 Q report", "", reporting(kNone, 2023, 3), "2023-Q3"},
    {"this_unit 0 Q report", "", reporting(kFuture, 2023, 3), "2024-Q1"},
    {"this_unit 0 Q report", "", kNone, "2024-Q1"},
    {"ref PAST_REF", "", kNone, "PAST_REF"},
    {"ref 199", "", kUndated, "199"},
    {"ref_offset 1", "", kAtDay, "2024-03-02"},
    {"ref_offset 1", "num=2", kAtMonth, "2024-05"},
    {"ref_offset -1", "", kNone, "2024-03-11"},
    {"ref_offset 1 Y", "", kAtMonth, "2025"},
    {"ref_offset 1", "", kUndated, "NONE"},
    {"ref_same D", "", kAtDay, "2024-03-01"},
    {"ref_same D", "", kAtMonth, "2024-03-XX"},
    {"ref_same D", "", kAtYear, "2024-XX-XX"},
    {"ref_same D", "", with_reference(kNone, "2024-01-01", Granularity::quarter), "NONE"},
    {"ref_same M", "", kAtDay, "2024-03"},
    {"ref_same", "", kAtYear, "2024"},
    {"shift_days -1 weekday before", "weekday=5", kNone, "2024-03-07"},
    {"shift_days 1 part_reference", "part=MO", kAtDay, "2024-03-02TMO"},
    {"shift_days 1 month", "month=7", kPast, "NONE"},
    {"week_containing holiday", "holiday=12-25", kPast, "2023-W52"},
    {"week_containing month", "month=7", kPast, "NONE"},
    // clock times
    {"clock pm", "hour=3 minute=30", kNone, "2024-03-12T15:30"},
    {"clock pm", "hour=13 minute=00", kNone, "2024-03-12T13:00"},
    {"clock am", "hour=12 minute=00", kNone, "2024-03-12T00:00"},
    {"clock am", "hour=9 minute=00 weekday=5", kPast, "2024-03-08T09:00"},
    {"clock", "hour=10 minute=35 month=3 day=5", kPast, "2024-03-05T10:35"},
    {"clock", "hour=10 minute=35", kAtDay, "2024-03-01T10:35"},
    {"clock", "hour=10 minute=35", kUndated, "XXXX-XX-XXT10:35"},
    {"clock", "hour=25 minute=00", kNone, "NONE"},
    // durations and sets
    {"duration", "num=3 unit=D", kNone, "P3D"},
    {"duration Y", "num=2", kNone, "P2Y"},
    {"duration", "unit=Y", kNone, "P1Y"},
    {"duration", "num=2 unit=DE", kNone, "P20Y"},
    {"duration", "num=3 unit=2W", kNone, "P6W"},
    {"duration", "num=X unit=TH", kNone, "PTXH"},
    {"duration", "num=3", kNone, "NONE"},
    {"duration Y", "tens=20 units=5", kNone, "P25Y"},
    {"duration_half", "num=2 unit=Y", kNone, "P2Y6M"},
    {"duration_half", "num=5 unit=TH", kNone, "PT5H30M"},
    {"duration_half", "num=X unit=Y", kNone, "NONE"},
    {"duration_half", "num=2 unit=W", kNone, "NONE"},
    {"vague_duration", "unit=Y", kNone, "PXY"},
    {"vague_duration", "", kNone, "NONE"},
    {"period", "num=9", kNone, "P9M"},
    {"set", "weekday=5", kNone, "XXXX-WXX-5"},
    {"set", "month=7", kNone, "XXXX-07"},
    {"set W", "", kNone, "P1W"},
    {"set", "num=2 unit=Y", kNone, "P2Y"},
    // years, seasons, quarters and longer
    {"year_end", "", kPast, "2023"},
    {"year_end", "", kNone, "2024"},
    {"year_end", "", kUndated, "NONE"},
    {"spoken_year 19", "tens=90 units=6", kNone, "1996"},
    {"spoken_year 19", "tens=90 units=6 month=3", kNone, "1996-03"},
    {"spoken_year 19", "tens=90 units=6 season=SU", kNone, "1996-SU"},
    {"spoken_year 19", "tens=5 units=6", kNone, "NONE"},
    {"half 2", "", kNone, "2024-H2"},
    {"half", "ord=1 year=1990", kNone, "1990-H1"},
    {"half", "ord=3", kNone, "NONE"},
    {"half 1", "", kUndated, "XXXX-H1"},
    {"season_year", "year=1998 season=SU", kNone, "1998-SU"},
    {"season", "season=SU", kPast, "2023-SU"},
    {"season", "season=SU", kNone, "2024-SU"},
    {"season", "season=SU", kUndated, "XXXX-SU"},
    {"season last", "season=WI", kNone, "2023-WI"},
    {"season this", "season=WI", kNone, "2024-WI"},
    {"season future", "season=SP", kPast, "2024-SP"},
    {"decade", "decade=199", kNone, "199"},
    {"century", "day=20", kNone, "19"},
    {"century", "day=5", kNone, "04"},
    {"quarter", "ord=3", kNone, "2023-Q3"},
    {"quarter", "ord=3", kFuture, "2024-Q3"},
    {"quarter", "ord=1", kNone, "2024-Q1"},
    {"quarter -1", "ord=4", kNone, "2023-Q4"},
    {"quarter", "ord=2 year=1988", kNone, "1988-Q2"},
    {"quarter", "ord=3", kUndated, "XXXX-Q3"},
    {"quarter_in_year", "year=1988", reporting(kNone, 1989, 3), "1988-Q3"},
    {"quarter_in_year", "year=1988", kNone, "1988-Q4"},
    {"quarter_in_year", "year=1988", kUndated, "NONE"},
    {"prior_year_period", "", kNone, "2023"},
    {"prior_year_period", "", reporting(kNone, 2023, 3), "2022-Q3"},
    {"ignore", "year=1998", kNone, "NONE"},
};

std::string name_of(const char* action) {
  std::string s = action;
  return s.substr(0, s.find(' '));
}

}  // namespace

TEST_CASE("time actions: each action gives the value its rules expect", "[time]") {
  for (const Case& c : kCases) {
    INFO(c.action << " with " << c.captures);
    CHECK(value(c.action, c.captures, c.ctx) == c.want);
  }
}

TEST_CASE("time actions: every action of the table has cases", "[time]") {
  std::set<std::string> covered;
  for (const Case& c : kCases) covered.insert(name_of(c.action));
  for (const TimeAction& a : time_actions()) {
    INFO(a.name);
    CHECK(covered.count(std::string(a.name)) == 1);
  }
}

TEST_CASE("time actions: clock times and parts of the day are times, spans durations, sets sets",
          "[time]") {
  CHECK(run("clock pm", "hour=3 minute=30", kNone)->first == TimexType::time);
  CHECK(run("offset_day_part -1 NI", "", kNone)->first == TimexType::time);
  CHECK(run("offset_day -1", "", kNone)->first == TimexType::date);
  CHECK(run("shift_days 1 part_reference", "part=MO", kAtDay)->first == TimexType::time);
  CHECK(run("shift_days -1 weekday", "weekday=5", kNone)->first == TimexType::date);
  CHECK(run("weekday_time 24:00", "weekday=4", kNone)->first == TimexType::time);
  CHECK(run("earlier Y", "num=1 unit=D", kNone)->first == TimexType::duration);
  CHECK(run("vague_duration", "unit=Y", kNone)->first == TimexType::duration);
  CHECK(run("set", "num=2 unit=Y", kNone)->first == TimexType::set);
  CHECK(run("set", "weekday=5", kNone)->first == TimexType::set);
}

TEST_CASE("time actions: a day listed after a date takes its month", "[time]") {
  TimeContext ctx = kNone;
  ctx.listed_day = chronicle::parse_day("2024-04-24");
  ctx.listed_after = 5;
  auto day = [&](const std::string& caps, std::size_t first) {
    auto v = run("listed_day", caps, ctx, first);
    return v ? v->second : "NONE";
  };
  CHECK(day("day=25", 6) == "2024-04-25");
  CHECK(day("day=25", 7) == "NONE");  // not right after the connecting word
  CHECK(day("day=23", 6) == "NONE");  // not after the listed day
  CHECK(day("day=31", 6) == "NONE");  // no April 31
}

TEST_CASE("time actions: the table says which actions are absolute and which are directed",
          "[time]") {
  for (const char* name : {"date", "month_year", "year", "season_year", "decade"})
    CHECK_FALSE(find_time_action(name)->relative);
  CHECK(find_time_action("month_day")->relative);
  CHECK(find_time_action("weekday")->directed);
  CHECK_FALSE(find_time_action("duration")->directed);
  CHECK(find_time_action("no_such_action") == nullptr);
  CHECK(action_usage(*find_time_action("offset_day_part")) == "offset_day_part N [PART]");
  CHECK(action_usage(*find_time_action("weekday")) ==
        "weekday [past|future] [before|before_reference]");
  CHECK(action_usage(*find_time_action("shift_days")) == "shift_days N ACTION ARGS");
}

TEST_CASE("time actions: a misspelt action or a wrong argument is a load error at file:line",
          "[time]") {
  auto bind = [](const std::string& words) {
    return bind_time_action(split_nonempty(words, ' '), kRules, 42);
  };
  using Catch::Contains;
  const std::string at = "core/data/en/rules/time.txt:42: ";
  CHECK_THROWS_WITH(bind("ofset_day 1"), at + "unknown action 'ofset_day'");
  CHECK_THROWS_WITH(bind("offset_day one"),
                    Contains(at + "action 'offset_day' takes N, not 'one'"));
  CHECK_THROWS_WITH(bind("offset_day"), Contains(at + "action 'offset_day' needs N"));
  CHECK_THROWS_WITH(bind("duration Y M"), Contains("takes no argument 'M'"));
  CHECK_THROWS_WITH(bind("duration YR"), Contains("takes UNIT, not 'YR'"));
  CHECK_THROWS_WITH(bind("clock noon"), Contains("takes am|pm, not 'noon'"));
  CHECK_THROWS_WITH(bind("weekday_time noon"), Contains("takes HH:MM, not 'noon'"));
  CHECK_THROWS_WITH(bind("earlier Y YR"), Contains("takes UNITS, not 'YR'"));
  CHECK_THROWS_WITH(bind("duration past"), Contains("takes UNIT, not 'past'"));
  CHECK_THROWS_WITH(bind("shift_days 1 weekdy"), at + "unknown action 'weekdy'");
  CHECK_THROWS_WITH(bind("shift_days 1 weekday after"), Contains("action 'weekday' takes"));
  CHECK_THROWS_WITH(bind(""), at + "empty action");
  CHECK_NOTHROW(bind("month past"));
  CHECK_NOTHROW(bind("shift_days -1 weekday before"));
}

TEST_CASE("time actions: a rule row with a misspelt action is refused with its line", "[time]") {
  DataRow row{17, {"month_alone", "<month>", "month_dya", "in March @2024-03-10 => 2024-03"}};
  CHECK_THROWS_WITH(parse_time_rule(row, kRules),
                    "core/data/en/rules/time.txt:17: unknown action 'month_dya'");
  row.fields[2] = "month lats";
  CHECK_THROWS_WITH(parse_time_rule(row, kRules),
                    Catch::Contains("core/data/en/rules/time.txt:17: action 'month' takes"));
  row.fields[2] = "month last";
  TimeRule rule = parse_time_rule(row, kRules);
  CHECK(rule.action == "month");
  REQUIRE(rule.bound);
  CHECK(rule.bound->action == find_time_action("month"));
  CHECK(rule.bound->args == std::vector<std::string>{"last"});
}

// Time stage: every example of core/data/en/rules/time.txt, and the policies that the
// examples cannot show (no document date, intervals, granularity).
#include <catch2/catch.hpp>

#include "language/language_data.h"
#include "stage_support.h"
#include "time/calendar.h"
#include "time/time_tagger.h"

using chronicle::testing::analyze_text;

namespace {

std::vector<std::string> values(const chronicle::DocumentAnalysis& a) {
  std::vector<std::string> out;
  for (const auto& t : a.timexes) out.push_back(t.value);
  return out;
}

}  // namespace

TEST_CASE("time: every rule example normalises to its expected value", "[time]") {
  chronicle::detail::TimeTagger tagger(*chronicle::detail::LanguageData::load("en"));
  int checked = 0;
  for (const auto& rule : tagger.rules().rules()) {
    for (const auto& ex : rule.examples) {
      auto at = ex.find(" @");
      auto arrow = ex.find(" => ");
      REQUIRE(at != std::string::npos);
      REQUIRE(arrow != std::string::npos);
      std::string text = ex.substr(0, at);
      std::string dct = ex.substr(at + 2, arrow - at - 2);
      std::string want = ex.substr(arrow + 4);
      auto a = analyze_text(text, dct, {"segment", "time"});
      auto got = values(a);
      INFO("rule " << rule.id << " (time.txt:" << rule.line << "): '" << text << "' @" << dct);
      if (want == "NONE") CHECK(got.empty());
      else CHECK(std::find(got.begin(), got.end(), want) != got.end());
      ++checked;
    }
  }
  CHECK(checked > 60);
}

TEST_CASE("time: relative dates stay unresolved without a document date", "[time]") {
  auto a = analyze_text("They met on Tuesday and again last week, in July.", "", {"segment", "time"});
  auto got = values(a);
  CHECK(std::find(got.begin(), got.end(), "XXXX-WXX-2") != got.end());
  CHECK(std::find(got.begin(), got.end(), "XXXX-07") != got.end());
  for (const auto& t : a.timexes) CHECK_FALSE(t.begin.has_value());
}

TEST_CASE("time: a range of years spans from the first to the end of the last", "[time]") {
  auto a = analyze_text("The 2009-2010 season was poor.", "2021-08-25", {"segment", "time"});
  REQUIRE(a.timexes.size() == 1);
  const auto& t = a.timexes[0];
  CHECK(t.value == "2009");
  CHECK(t.text == "2009-2010");
  CHECK(t.granularity == chronicle::Granularity::year);
  CHECK(chronicle::format_day(*t.begin) == "2009-01-01");
  CHECK(chronicle::format_day(*t.end) == "2010-12-31");
  // a second year before the first is no range: the first year alone
  auto b = analyze_text("The 2010-2009 figures were poor.", "2021-08-25", {"segment", "time"});
  REQUIRE(b.timexes.size() == 1);
  CHECK(chronicle::format_day(*b.timexes[0].end) == "2010-12-31");
}

TEST_CASE("time: a week is an interval of seven days with week granularity", "[time]") {
  auto a = analyze_text("The talks ended last week.", "2021-08-25", {"segment", "time"});
  REQUIRE(a.timexes.size() == 1);
  const auto& t = a.timexes[0];
  CHECK(t.value == "2021-W33");
  CHECK(t.granularity == chronicle::Granularity::week);
  CHECK(chronicle::format_day(*t.begin) == "2021-08-16");
  CHECK(chronicle::format_day(*t.end) == "2021-08-22");
  CHECK(t.text == "last week");
}

TEST_CASE("time: intervals of TIMEX3 values", "[time]") {
  using chronicle::detail::interval_of;
  struct Case { const char* value; const char* begin; const char* end; };
  const Case cases[] = {{"2024-02", "2024-02-01", "2024-02-29"}, {"2023-02", "2023-02-01", "2023-02-28"},
                        {"2021", "2021-01-01", "2021-12-31"},     {"2021-Q3", "2021-07-01", "2021-09-30"},
                        {"2020-W53", "2020-12-28", "2021-01-03"}, {"2021-WI", "2021-12-01", "2022-02-28"},
                        {"199", "1990-01-01", "1999-12-31"},      {"2021-08-24TEV", "2021-08-24", "2021-08-24"}};
  for (const auto& c : cases) {
    INFO(c.value);
    auto iv = interval_of(c.value);
    REQUIRE(iv.has_value());
    CHECK(chronicle::format_day(iv->begin) == c.begin);
    CHECK(chronicle::format_day(iv->end) == c.end);
  }
  CHECK_FALSE(interval_of("PAST_REF").has_value());
  CHECK_FALSE(interval_of("XXXX-07").has_value());
  CHECK_FALSE(interval_of("P3M").has_value());
  CHECK_FALSE(interval_of("2021-02-30").has_value());
}

TEST_CASE("time: 'may' the verb is not the month May", "[time]") {
  auto a = analyze_text("The ministers may meet again.", "2021-08-25", {"segment", "time"});
  CHECK(a.timexes.empty());
}

TEST_CASE("time: holidays fall on their day of the year", "[time]") {
  using chronicle::detail::holiday_date;
  struct Case { const char* rule; int year; const char* day; };
  const Case cases[] = {{"11-4-4", 1999, "1999-11-25"}, {"11-1-1+1", 1998, "1998-11-03"},
                        {"05-L-1", 1999, "1999-05-31"}, {"12-25", 2000, "2000-12-25"},
                        // Easter Sunday: the extremes of its range and a century's turn
                        {"easter", 2000, "2000-04-23"}, {"easter", 2008, "2008-03-23"},
                        {"easter", 2011, "2011-04-24"}, {"easter", 1943, "1943-04-25"},
                        {"easter", 1818, "1818-03-22"}, {"easter", 2024, "2024-03-31"},
                        {"easter", 2100, "2100-03-28"}};
  for (const auto& c : cases) {
    INFO(c.rule << " in " << c.year);
    auto d = holiday_date(c.year, c.rule);
    REQUIRE(d.has_value());
    CHECK(chronicle::format_day(*d) == c.day);
  }
  CHECK_FALSE(holiday_date(2000, "13-01").has_value());
  CHECK_FALSE(holiday_date(2000, "11-9-4").has_value());
}

TEST_CASE("time: a modifier such as 'nearly' belongs to the expression's span", "[time]") {
  auto a = analyze_text("The talks lasted nearly two years.", "1998-03-01", {"segment", "time"});
  REQUIRE(a.timexes.size() == 1);
  CHECK(a.timexes[0].text == "nearly two years");
  CHECK(a.timexes[0].value == "P2Y");
  auto b = analyze_text("The talks lasted about two years.", "1998-03-01", {"segment", "time"});
  REQUIRE(b.timexes.size() == 1);
  CHECK(b.timexes[0].text == "two years");
}

TEST_CASE("time: tense cues decide the direction of a weekday", "[time]") {
  // Monday 2000-04-03: "as soon as" governs over the nearer "leave"; a possessive
  // weekday names a day already past
  auto a = analyze_text("He could leave as soon as Tuesday.", "2000-04-03", {"segment", "time"});
  REQUIRE(a.timexes.size() == 1);
  CHECK(a.timexes[0].value == "2000-04-04");
  auto b = analyze_text("They will appeal Friday's ruling.", "2000-04-03", {"segment", "time"});
  REQUIRE(b.timexes.size() == 1);
  CHECK(b.timexes[0].value == "2000-03-31");
}

TEST_CASE("time: a capitalised unit inside an expression is a title", "[time]") {
  auto a = analyze_text("Baker said on ABC's \"This Week\" that talks would go on.", "1990-08-13",
                        {"segment", "time"});
  CHECK(a.timexes.empty());
}

TEST_CASE("time: 'that day' names the narrative's day, unspecified when it is at a month",
          "[time]") {
  auto a = analyze_text("On March 5 they met. Earlier that day they spoke.", "2024-03-10",
                        {"segment", "time"});
  CHECK(values(a) == std::vector<std::string>{"2024-03-05", "2024-03-05"});
  a = analyze_text("In October his name was posted. It was crossed out that same day.",
                   "1999-02-06", {"segment", "time"});
  CHECK(values(a) == std::vector<std::string>{"1998-10", "1998-10-XX"});
}

TEST_CASE("time: a span of days before 'earlier' is a duration, a year a date", "[time]") {
  auto a = analyze_text("On Aug. 15 trucks left. A day earlier, ships came.", "1990-08-16",
                        {"segment", "time"});
  REQUIRE(a.timexes.size() == 2);
  CHECK(a.timexes[1].value == "P1D");
  CHECK(a.timexes[1].type == chronicle::TimexType::duration);
  // the day it points to, from the narrative's, is its interval
  REQUIRE(a.timexes[1].begin.has_value());
  CHECK(chronicle::format_day(*a.timexes[1].begin) == "1990-08-14");
  CHECK(values(analyze_text("A year earlier, they met.", "1989-11-02", {"segment", "time"})) ==
        std::vector<std::string>{"1988"});
}

TEST_CASE("time: references and anchors the narrative and the report give", "[time]") {
  auto one = [](const std::string& text, const std::string& dct) {
    auto got = values(analyze_text(text, dct, {"segment", "time"}));
    return got.empty() ? std::string("NONE") : got.back();
  };
  // the month just before the document's is "last month", so "last February" is a year back
  CHECK(one("Two helicopters crashed last February.", "1998-03-01") == "1997-02");
  CHECK(one("They met last April.", "1989-10-26") == "1989-04");
  // "this quarter" in a report that named its quarter is that quarter, ahead the current one
  CHECK(one("Sales for the third quarter fell. This quarter's loss includes charges.",
            "1989-11-01") == "1989-Q3");
  CHECK(one("Sales for the third quarter fell. It expects a loss this quarter.", "1989-11-01") ==
        "1989-Q4");
  // "one day" after a modal is some time ahead; "then current" a time gone
  CHECK(one("Islam will one day be the second largest religion.", "1998-03-03") == "FUTURE_REF");
  CHECK(one("He had only been in the job one day.", "1989-10-30") == "P1D");
  CHECK(one("They can buy shares at half the then current price.", "1989-10-26") == "PAST_REF");
  CHECK(one("The quarter-to-quarter comparison was enhanced.", "1989-11-01") == "NONE");
  // "is to resume" looks ahead, over a passive farther back
  CHECK(one("The stock is being traded in London and is to resume trading in Paris Tuesday.",
            "1989-10-27") == "1989-10-31");
}

TEST_CASE("time: a number said in two words counts its tens and units", "[time]") {
  auto one = [](const std::string& text) {
    auto got = values(analyze_text(text, "1998-01-08", {"segment", "time"}));
    return got.empty() ? std::string("NONE") : got.back();
  };
  CHECK(one("He served for twenty-five years.") == "P25Y");
  CHECK(one("In the last twenty four hours, stocks fell.") == "PT24H");
  CHECK(one("He left twenty-five years ago.") == "1973");
  // a number before a number is no compound: "a five year low", "seven a year ago"
  CHECK(one("Stocks hit a five year low.") == "P5Y");
  CHECK(one("In nineteen ninety-one he was convicted.") == "1991");
}

TEST_CASE("time: a part of a weekday said with next or last keeps both", "[time]") {
  // Friday 2013-03-15
  CHECK(values(analyze_text("We will meet next Tuesday morning.", "2013-03-15",
                            {"segment", "time"})) == std::vector<std::string>{"2013-03-19TMO"});
  CHECK(values(analyze_text("He said so last Friday night.", "2013-03-15", {"segment", "time"})) ==
        std::vector<std::string>{"2013-03-08TNI"});
}

TEST_CASE("time: a span said ahead of the document date is a date, else a duration", "[time]") {
  auto one = [](const std::string& text, const std::string& dct) {
    auto a = analyze_text(text, dct, {"segment", "time"});
    REQUIRE(a.timexes.size() == 1);
    return a.timexes[0];
  };
  CHECK(one("The stock would be redeemed in five years.", "1989-11-02").value == "1994");
  CHECK(one("Two years from now, it will end.", "2013-03-14").value == "2015");
  auto took = one("He wrote the letter in two weeks.", "2000-02-16");
  CHECK(took.value == "P2W");
  CHECK(took.type == chronicle::TimexType::duration);
  auto every = one("They vote every two years.", "2013-03-14");
  CHECK(every.value == "P2Y");
  CHECK(every.type == chronicle::TimexType::set);
}

TEST_CASE("time: 'twice a week' is a set, 'once a year ago' a date", "[time]") {
  auto a = analyze_text("They meet twice a week.", "2013-03-14", {"segment", "time"});
  REQUIRE(a.timexes.size() == 1);
  CHECK(a.timexes[0].value == "P1W");
  CHECK(a.timexes[0].type == chronicle::TimexType::set);
  CHECK(a.timexes[0].text == "twice a week");
  CHECK(values(analyze_text("Once a year ago they met.", "2013-03-14", {"segment", "time"})) ==
        std::vector<std::string>{"2012"});
}

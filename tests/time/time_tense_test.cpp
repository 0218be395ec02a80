// Time stage: how the clause's tense and the matcher's word index decide values, beyond
// what the rule examples of core/data/en/rules/time.txt show.
#include <catch2/catch.hpp>

#include "language/language_data.h"
#include "stage_support.h"
#include "time/calendar.h"
#include "time/time_tagger.h"

using chronicle::testing::analyze_text;

namespace {

std::string only_value(const std::string& text, const std::string& dct) {
  auto a = analyze_text(text, dct, {"segment", "time"});
  REQUIRE(a.timexes.size() == 1);
  return a.timexes[0].value;
}

}  // namespace

TEST_CASE("time: a deadline looks ahead unless a past verb comes before it", "[time]") {
  // Thursday 1990-08-16
  CHECK(only_value("Two members will file reports by Wednesday.", "1990-08-16") == "1990-08-22");
  CHECK(only_value("Two members had filed reports by Wednesday.", "1990-08-16") == "1990-08-15");
  // a past verb after the deadline belongs to another clause
  CHECK(only_value("The talks that are supposed to conclude by May, invited them.", "1998-03-22") == "1998-05");
}

TEST_CASE("time: with no cue near, the nearest verb further back decides", "[time]") {
  // Wednesday 2000-04-05: "would" is six tokens before "Thursday"
  CHECK(only_value("He would be traveling to the United States Thursday.", "2000-04-05") == "2000-04-06");
  // what follows the expression beyond the near window is another clause
  CHECK(only_value("On Friday, the Kenyan government planned to pay the claims.", "1998-09-30") ==
        "1998-09-25");
}

TEST_CASE("time: words in -ed that are no past forms are no past cues", "[time]") {
  // "succeed" would otherwise make Feb. 1 the past one
  CHECK(only_value("He will succeed him Feb. 1.", "1989-10-26") == "1990-02-01");
  // a distinct irregular past form is a past cue
  CHECK(only_value("In January, the company drove out its chief.", "1989-10-27") == "1989-01");
}

TEST_CASE("time: a half year is an interval of six months", "[time]") {
  auto iv = chronicle::detail::interval_of("1990-H2");
  REQUIRE(iv.has_value());
  CHECK(chronicle::format_day(iv->begin) == "1990-07-01");
  CHECK(chronicle::format_day(iv->end) == "1990-12-31");
  CHECK_FALSE(chronicle::detail::interval_of("1990-H3").has_value());
}

TEST_CASE("time: rule words match in any case, month names only capitalised", "[time]") {
  auto a = analyze_text("Last week talks ended. They resume in July, may be.", "2021-08-25",
                        {"segment", "time"});
  std::vector<std::string> got;
  for (const auto& t : a.timexes) got.push_back(t.value);
  CHECK(got == std::vector<std::string>{"2021-W33", "2021-07"});
}

TEST_CASE("time: 'a year earlier' is the reported quarter only in a quarterly report", "[time]") {
  auto a = analyze_text("Profit rose in the third quarter from a year earlier.", "1989-10-26", {"segment", "time"});
  REQUIRE(a.timexes.size() == 2);
  CHECK(a.timexes[1].value == "1988-Q3");
  // "quarter-century" names no quarter of a report
  CHECK(only_value("The rate fell to its quarter-century low, from a year earlier.", "1998-02-06") == "1997");
}

TEST_CASE("time: a dividend payable on a date is paid after the document's", "[time]") {
  auto a = analyze_text("The dividend is payable Jan. 2 to stock of record Dec. 15.", "1989-11-02",
                        {"segment", "time"});
  REQUIRE(a.timexes.size() == 2);
  CHECK(a.timexes[0].value == "1990-01-02");
  CHECK(a.timexes[1].value == "1989-12-15");
}

TEST_CASE("time: every example of the tense cue lexicon gives its expected value", "[time]") {
  chronicle::detail::TimeTagger tagger(*chronicle::detail::LanguageData::load("en"));
  int checked = 0;
  for (const auto& ex : tagger.tense_cues().examples()) {
    auto at = ex.find(" @");
    auto arrow = ex.find(" => ");
    REQUIRE(at != std::string::npos);
    REQUIRE(arrow != std::string::npos);
    auto a = analyze_text(ex.substr(0, at), ex.substr(at + 2, arrow - at - 2), {"segment", "time"});
    std::vector<std::string> got;
    for (const auto& t : a.timexes) got.push_back(t.value);
    INFO("tense_cues.tsv example: " << ex);
    CHECK(std::find(got.begin(), got.end(), ex.substr(arrow + 4)) != got.end());
    ++checked;
  }
  CHECK(checked > 40);
}

TEST_CASE("time: a quarterly report's periods follow the quarter its lead names", "[time]") {
  auto values_of = [](const std::string& text, const std::string& dct) {
    std::vector<std::string> got;
    for (const auto& t : analyze_text(text, dct, {"segment", "time"}).timexes)
      got.push_back(t.value);
    return got;
  };
  // a fiscal fourth quarter reported in November: "the latest period" and "a year earlier"
  CHECK(values_of("Ralston reported a decline in fourth-quarter earnings from a year earlier. "
                  "Sales in the latest period rose.",
                  "1989-11-02") == std::vector<std::string>{"1989-Q4", "1988-Q4", "1989-Q4"});
  // a quarter named ahead, or as background, leaves the report at its quarter
  CHECK(values_of("Net rose in the third quarter. It will take a fourth-quarter charge. "
                  "After a flat second quarter, sales rose from a year ago.",
                  "1989-11-02") ==
        std::vector<std::string>{"1989-Q3", "1989-Q4", "1989-Q2", "1988-Q3"});
  // another company's fiscal quarter, then the quarter that ended last
  CHECK(values_of("Delta's net rose in the fiscal first quarter. For the quarter, sales rose. "
                  "America West reported third-quarter profit, up from a year earlier.",
                  "1989-10-26") ==
        std::vector<std::string>{"1989-Q1", "1989-Q1", "1989-Q3", "1988-Q3"});
  // after a span of months the prior-year period is the year before
  CHECK(
      values_of("Net rose in the third quarter from a year ago. In the first nine months, net fell "
                "from a year earlier.",
                "1989-10-26") == std::vector<std::string>{"1989-Q3", "1988-Q3", "P9M", "1988"});
}

TEST_CASE("time: the past perfect governs a time seen ahead from a past moment", "[time]") {
  // Monday 1989-10-30
  CHECK(only_value("The offer had been scheduled to expire at midnight Friday.", "1989-10-30") ==
        "1989-10-27T24:00");
  // a modal between the perfect and the expression is a verb of its own
  CHECK(only_value("He had said he would meet them Friday.", "1989-10-30") == "1989-11-03");
}

TEST_CASE("time: a passive after a present form of 'be' is no past cue", "[time]") {
  CHECK(only_value("It will be finished in December.", "1998-03-04") == "1998-12");
  // "could", the past of "can" as often as a conditional, is no cue
  CHECK(only_value("His family could not be located Wednesday.", "2000-01-06") == "2000-01-05");
}

TEST_CASE("time: an expression opening the sentence takes the tense of the clause after it",
          "[time]") {
  // Friday 1999-05-07: "until" alone looks ahead
  CHECK(only_value("Until Thursday, they had not called him a suspect.", "1999-05-07") ==
        "1999-05-06");
  CHECK(only_value("They will not call him a suspect until Thursday.", "1999-05-07") ==
        "1999-05-13");
  // a verb beyond the near window after the comma is left to the usual reading
  CHECK(only_value("On Friday, the Kenyan government planned to pay the claims.", "1998-09-30") ==
        "1998-09-25");
}

TEST_CASE("time: a past auxiliary before a cue of the future looks ahead", "[time]") {
  // Friday 2000-01-07
  CHECK(only_value("The meeting on Saturday was expected to draw thousands.", "2000-01-07") ==
        "2000-01-08");
  CHECK(only_value("The meeting on Saturday was attended by thousands.", "2000-01-07") ==
        "2000-01-01");
}

TEST_CASE("time: a fiscal quarter named later turns the report to it, in any case", "[time]") {
  auto a = analyze_text(
      "Net rose in the third quarter. Fiscal first-quarter net at Delta rose from a year earlier.",
      "1989-10-26", {"segment", "time"});
  REQUIRE(a.timexes.size() == 3);
  CHECK(a.timexes[1].value == "1989-Q1");
  CHECK(a.timexes[2].value == "1988-Q1");
}

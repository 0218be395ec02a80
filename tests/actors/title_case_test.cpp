// Headlines in title case: capitals there say nothing about names, so common words are
// not read as parts of names, while the names themselves are kept.
#include <catch2/catch.hpp>

#include <algorithm>

#include "chronicle/pipeline.h"

namespace {

std::vector<std::string> actor_names(const std::string& text) {
  chronicle::Document d;
  d.id = "t";
  d.dct = chronicle::parse_day("2013-06-07");
  d.text = text;
  chronicle::Pipeline p;
  std::vector<std::string> names;
  for (const auto& a : p.analyze(d).actors) names.push_back(a.name);
  std::sort(names.begin(), names.end());
  return names;
}

bool has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

}  // namespace

TEST_CASE("actors: a title-case headline names its people, not its verbs", "[actors]") {
  auto names = actor_names(
      "Tara Reid Finally Checks Into Rehab For Undisclosed Reasons\n\n"
      "Actress Tara Reid checked into a clinic on Thursday, her representative said.\n");
  CHECK(has(names, "Tara Reid"));
  for (const auto& n : names) CHECK(n.find("Checks") == std::string::npos);
}

TEST_CASE("actors: a headline word the article capitalises as a name stays a name",
          "[actors]") {
  auto names = actor_names(
      "Lindsay Lohan Leaves Betty Ford For Malibu Clinic\n\n"
      "The actress Lindsay Lohan left the Betty Ford Center on Friday.\n");
  CHECK(has(names, "Lindsay Lohan"));
  CHECK(std::none_of(names.begin(), names.end(),
                     [](const std::string& n) { return n.find("Leaves") != std::string::npos; }));
  CHECK(std::any_of(names.begin(), names.end(),
                    [](const std::string& n) { return n.find("Betty Ford") != std::string::npos; }));
}

TEST_CASE("actors: a document of headlines alone keeps the words that are no common word",
          "[actors]") {
  auto names = actor_names("Tara Reid Finally Checks Into Rehab\n\nEsther Williams Dies At 91\n");
  CHECK(has(names, "Tara Reid"));
  for (const auto& n : names) CHECK(n.find("Checks") == std::string::npos);
}

TEST_CASE("actors: ordinary sentences keep capitalised common words in names", "[actors]") {
  // not title case: "Ford" and "Bush" stay names
  auto names = actor_names("President George Bush met Gerald Ford in Washington on Monday.\n");
  CHECK(has(names, "George Bush"));
  CHECK(has(names, "Gerald Ford"));
}

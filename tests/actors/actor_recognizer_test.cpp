// Actors stage: names, titles, demonyms, surnames and title-only references.
#include <catch2/catch.hpp>

#include "stage_support.h"

using chronicle::testing::analyze_text;

namespace {

const chronicle::Actor* find(const chronicle::DocumentAnalysis& a, const std::string& name) {
  for (const auto& x : a.actors)
    if (x.name == name) return &x;
  return nullptr;
}

}  // namespace

TEST_CASE("actors: a titled full name and its surname are one person with role and affiliation", "[actors]") {
  auto a = analyze_text("Russian President Vladimir Putin spoke. Later Putin left. The talks with Putin ended.",
                        "2021-08-24", {"segment", "time", "actors"});
  const auto* putin = find(a, "Vladimir Putin");
  REQUIRE(putin);
  CHECK(putin->kind == chronicle::ActorKind::person);
  CHECK(putin->mentions == 3);
  CHECK(putin->affiliation == std::optional<std::string>("russia"));
  CHECK(putin->roles == std::vector<std::string>{"President of Russia"});
  CHECK_FALSE(find(a, "Putin"));
}

TEST_CASE("actors: countries, organisations, groups and demonyms standing for states", "[actors]") {
  auto a = analyze_text("The Taliban met NATO and the Indian side in Qatar. A Russian vaccine arrived.",
                        "", {"segment", "time", "actors"});
  REQUIRE(find(a, "Taliban"));
  CHECK(find(a, "Taliban")->kind == chronicle::ActorKind::group);
  CHECK(find(a, "NATO")->kind == chronicle::ActorKind::organization);
  CHECK(find(a, "India")->kind == chronicle::ActorKind::country);
  CHECK(find(a, "Qatar")->kind == chronicle::ActorKind::country);
  CHECK_FALSE(find(a, "Russia"));  // an adjective, not the state
}

TEST_CASE("actors: a title alone refers to its only holder in the document", "[actors]") {
  auto a = analyze_text("Prime Minister Narendra Modi spoke. Meanwhile, the Prime Minister also wrote.",
                        "", {"segment", "time", "actors"});
  const auto* modi = find(a, "Narendra Modi");
  REQUIRE(modi);
  CHECK(modi->mentions == 2);
}

TEST_CASE("actors: months, weekdays and sentence-initial words are not actors", "[actors]") {
  auto a = analyze_text("On Monday, officials met. Meanwhile in July nothing happened.", "",
                        {"segment", "time", "actors"});
  CHECK(a.actors.empty());
}

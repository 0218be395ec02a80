// Actors stage: "the company", "the firm" and it/its refer back to the organisation
// named last (organization_references.txt), within the sentence and the one before.
#include <catch2/catch.hpp>

#include "stage_support.h"

using chronicle::testing::analyze_text;

namespace {

const std::vector<std::string> kActors = {"segment", "time", "actors"};

// The text of every mention of the actor named `name`, in document order.
std::vector<std::string> mentions_of(const chronicle::DocumentAnalysis& a, const std::string& name) {
  std::vector<std::string> out;
  for (const auto& m : a.actor_mentions)
    if (a.actors[m.actor].name == name) out.emplace_back(a.text(m.span));
  return out;
}

}  // namespace

TEST_CASE("actors: the company and its refer to the organisation named last", "[actors]") {
  auto a = analyze_text("Zorvex Inc. cut prices in May. The company said its sales rose.", "", kActors);
  CHECK(mentions_of(a, "Zorvex Inc.") == std::vector<std::string>{"Zorvex Inc.", "The company", "its"});
  // a reference is no name: it adds no alias
  for (const auto& actor : a.actors) CHECK(actor.aliases != std::vector<std::string>{"The company"});
}

TEST_CASE("actors: modifiers between the and the noun are part of the reference", "[actors]") {
  auto a = analyze_text("Zorvex Inc. cut prices in May. The Ohio-based firm said so.", "", kActors);
  CHECK(mentions_of(a, "Zorvex Inc.") == std::vector<std::string>{"Zorvex Inc.", "The Ohio-based firm"});
}

TEST_CASE("actors: organisation references do not reach far or name a new company", "[actors]") {
  // two sentences later the organisation is out of reach
  auto far = analyze_text("Zorvex Inc. cut prices. Rain fell. Snow fell. The company said so.", "", kActors);
  CHECK(mentions_of(far, "Zorvex Inc.") == std::vector<std::string>{"Zorvex Inc."});
  // "the firm Quandrel" introduces another organisation
  auto apposition = analyze_text("Zorvex Inc. cut prices. The firm Quandrel said so.", "", kActors);
  CHECK(mentions_of(apposition, "Zorvex Inc.") == std::vector<std::string>{"Zorvex Inc."});
  // with no organisation named, "it" is nobody
  auto none = analyze_text("It rained in May. The company said so.", "", kActors);
  CHECK(none.actor_mentions.empty());
}

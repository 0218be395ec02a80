// Actors stage: he/she skip a person whose title tells the other sex (gendered_titles.tsv).
#include <catch2/catch.hpp>

#include "stage_support.h"

using chronicle::testing::analyze_text;

namespace {

const std::vector<std::string> kActors = {"segment", "time", "actors"};

// The actor a pronoun mention at `word` (its first occurrence) belongs to, or "".
std::string pronoun_target(const chronicle::DocumentAnalysis& a, const std::string& word) {
  for (const auto& m : a.actor_mentions)
    if (!m.named && a.text(m.span) == word) return a.actors[m.actor].name;
  return "";
}

}  // namespace

TEST_CASE("actors: she skips the man named last for the woman before him", "[actors]") {
  auto a = analyze_text("Ms Dana Whitfield met Mr Tom Harlow in Paris. She spoke first.", "", kActors);
  CHECK(pronoun_target(a, "She") == "Dana Whitfield");
}

TEST_CASE("actors: he keeps the man named last, and no title keeps the old rule", "[actors]") {
  auto he = analyze_text("Ms Dana Whitfield met Mr Tom Harlow in Paris. He spoke first.", "", kActors);
  CHECK(pronoun_target(he, "He") == "Tom Harlow");
  auto untitled = analyze_text("Dana Whitfield met Tom Harlow in Paris. She spoke first.", "", kActors);
  CHECK(pronoun_target(untitled, "She") == "Tom Harlow");
  // only men in reach: "she" is nobody
  auto nobody = analyze_text("Mr Tom Harlow spoke in Paris. She left.", "", kActors);
  CHECK(pronoun_target(nobody, "She").empty());
}

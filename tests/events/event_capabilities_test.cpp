// Events stage: the capabilities news needs beyond single triggers: coordinated actions,
// "talks between", relative clauses, attribution, planned and hypothetical events.
#include <catch2/catch.hpp>

#include "events/event_extractor.h"
#include "stage_support.h"

using chronicle::testing::analyze_text;

namespace {

std::string name_of(const chronicle::DocumentAnalysis& a, const std::string& id) {
  for (const auto& x : a.actors)
    if (x.id == id) return x.name;
  return id;
}

bool has(const chronicle::DocumentAnalysis& a, const chronicle::Event& e, const std::string& name,
         const std::string& role) {
  for (const auto& p : e.participants)
    if (p.role == role && name_of(a, p.actor) == name) return true;
  return false;
}

const chronicle::Event* find(const chronicle::DocumentAnalysis& a, const std::string& trigger) {
  for (const auto& e : a.events)
    if (e.trigger == trigger) return &e;
  return nullptr;
}

}  // namespace

TEST_CASE("events: one event per coordinated action", "[events]") {
  auto a =
      analyze_text("On Tuesday, India and Russia agreed to form a working group and to hold talks.",
                   "2021-08-25");
  const auto* form = find(a, "agreed to form");
  REQUIRE(form);
  const auto* talks = find(a, "talks");
  REQUIRE(talks);
  CHECK(form->lemma != talks->lemma);
  CHECK(has(a, *form, "India", "agent"));
  CHECK(has(a, *form, "Russia", "agent"));
}

TEST_CASE("events: talks between X and Y make both agents", "[events]") {
  auto a = analyze_text("The talks between France and Germany lasted an hour.", "2024-03-10");
  const auto* e = find(a, "talks");
  REQUIRE(e);
  CHECK(has(a, *e, "France", "agent"));
  CHECK(has(a, *e, "Germany", "agent"));
}

TEST_CASE("events: a relative clause takes its antecedent as agent", "[events]") {
  auto a = analyze_text("Yesterday, France, which criticised Germany in May, thanked Spain.",
                        "2024-06-10");
  const auto* criticised = find(a, "criticised");
  REQUIRE(criticised);
  CHECK(has(a, *criticised, "France", "agent"));
  CHECK(has(a, *criticised, "Germany", "patient"));
}

TEST_CASE("events: an attribution after the clause makes it reported", "[events]") {
  auto a = analyze_text("France criticised Germany on Monday, the statement said.", "2024-03-10");
  const auto* e = find(a, "criticised");
  REQUIRE(e);
  CHECK(e->factuality == chronicle::Factuality::reported);
  auto b = analyze_text("France criticised Germany, according to officials.", "2024-03-10");
  REQUIRE(find(b, "criticised"));
  CHECK(find(b, "criticised")->factuality == chronicle::Factuality::reported);
  auto c = analyze_text("France criticised Germany and said it would act.", "2024-03-10");
  REQUIRE(find(c, "criticised"));
  CHECK(find(c, "criticised")->factuality == chronicle::Factuality::actual);
}

TEST_CASE("events: planned and hypothetical events", "[events]") {
  auto a = analyze_text(
      "Narendra Modi will fly back to India. Narendra Modi is expected to visit Japan. "
      "Militants could infiltrate Kashmir.",
      "2024-03-10");
  REQUIRE(find(a, "fly"));
  CHECK(find(a, "fly")->factuality == chronicle::Factuality::future);
  REQUIRE(find(a, "visit"));
  CHECK(find(a, "visit")->factuality == chronicle::Factuality::future);
  REQUIRE(find(a, "infiltrate"));
  CHECK(find(a, "infiltrate")->factuality == chronicle::Factuality::hypothetical);
}

TEST_CASE("events: nominal triggers of several kinds", "[events]") {
  for (const char* t : {"siege", "collapse", "summit", "conversation", "takeover"}) {
    INFO(t);
    auto a = analyze_text(std::string("They discussed the ") + t + " of Kabul.", "2024-03-10");
    CHECK(find(a, t));
  }
}

// Events stage: every example of core/data/en/patterns/event_triggers.tsv, roles,
// time anchors, narrative time and factuality.
#include "events/event_extractor.h"

#include <catch2/catch.hpp>

#include "language/language_data.h"
#include "stage_support.h"

using chronicle::testing::analyze_text;

namespace {

std::string actor_name(const chronicle::DocumentAnalysis& a, const std::string& id) {
  for (const auto& x : a.actors)
    if (x.id == id) return x.name;
  return id;
}

bool has_role(const chronicle::DocumentAnalysis& a, const chronicle::Event& e, const std::string& name,
              std::initializer_list<const char*> roles) {
  for (const auto& p : e.participants)
    for (const char* r : roles)
      if (p.role == r && actor_name(a, p.actor) == name) return true;
  return false;
}

const chronicle::Event* by_trigger(const chronicle::DocumentAnalysis& a, const std::string& trigger) {
  for (const auto& e : a.events)
    if (e.trigger == trigger) return &e;
  return nullptr;
}

}  // namespace

TEST_CASE("events: every trigger example gives its type, agent and patient", "[events]") {
  chronicle::detail::EventExtractor extractor(chronicle::detail::LanguageData::load("en"));
  int checked = 0;
  for (const auto& ex : extractor.lexicon().examples()) {
    INFO("event_triggers.tsv:" << ex.line << ": " << ex.sentence);
    auto a = analyze_text(ex.sentence, "2024-03-10");
    bool found = false;
    for (const auto& e : a.events) {
      if (e.type != ex.type) continue;
      bool agent_ok = ex.agent.empty() || has_role(a, e, ex.agent, {"agent"});
      bool patient_ok = ex.patient.empty() || has_role(a, e, ex.patient, {"patient", "location", "participant", "agent"});
      found |= agent_ok && patient_ok;
    }
    CHECK(found);
    ++checked;
  }
  CHECK(checked > 80);
}

TEST_CASE("events: passive voice puts the by-phrase in the agent role", "[events]") {
  auto a = analyze_text("Portugal was criticised by Spain.", "2024-03-10");
  const auto* e = by_trigger(a, "criticised");
  REQUIRE(e);
  CHECK(has_role(a, *e, "Spain", {"agent"}));
  CHECK(has_role(a, *e, "Portugal", {"patient"}));
}

TEST_CASE("events: the time expression after the trigger anchors it", "[events]") {
  auto a = analyze_text("Modi spoke to Putin on Tuesday.", "2021-08-25");
  const auto* e = by_trigger(a, "spoke");
  REQUIRE(e);
  CHECK(e->time.value == std::optional<std::string>("2021-08-24"));
}

TEST_CASE("events: a plural reference takes the last group and its narrative time", "[events]") {
  auto a = analyze_text("Modi and Putin spoke on Tuesday. The two leaders agreed to form a channel.", "2021-08-25");
  const auto* e = by_trigger(a, "agreed to form");
  REQUIRE(e);
  CHECK(has_role(a, *e, "Modi", {"agent"}));
  CHECK(has_role(a, *e, "Putin", {"agent"}));
  CHECK(e->time.value == std::optional<std::string>("2021-08-24"));
  CHECK(e->lemma == "agree/form");
}

TEST_CASE("events: no usable time leaves the event undated", "[events]") {
  auto a = analyze_text("Russia criticised China.", "2021-08-25");
  REQUIRE(a.events.size() == 1);
  CHECK_FALSE(a.events[0].time.value.has_value());
}

TEST_CASE("events: factuality from modal, negation and hedging cues", "[events]") {
  auto a = analyze_text("Spain will sign the deal. Spain did not criticise Portugal. Ferrandis could visit Lisbon. "
                        "Spain reportedly rejected it.", "2024-03-10");
  CHECK(by_trigger(a, "sign")->factuality == chronicle::Factuality::future);
  CHECK(by_trigger(a, "criticise")->factuality == chronicle::Factuality::negated);
  CHECK(by_trigger(a, "visit")->factuality == chronicle::Factuality::hypothetical);
  CHECK(by_trigger(a, "rejected")->factuality == chronicle::Factuality::reported);
}

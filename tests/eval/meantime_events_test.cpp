// MEANTIME event scoring: gold events and participants read from a hand-made CAT file,
// Chronicle's events placed on its tokens, and the counts with known values.
#include "chronicle/eval/meantime_events.h"

#include <catch2/catch.hpp>
#include <filesystem>

#include "test_support.h"

using namespace chronicle;
using namespace chronicle::eval;
namespace fs = std::filesystem;

namespace {

// "Apple sued Samsung over patents ." / "The lawsuit was dropped ." Events: "sued",
// "lawsuit" and the two-token "was dropped"; participants: sued/Apple, sued/Samsung, and
// sued/patents, whose target is a VALUE, not an entity, and does not count.
constexpr const char* kCat =
    R"(<?xml version="1.0" ?><Document doc_id="1" doc_name="t" lang="en" url="u">
<token number="0" sentence="0" t_id="1">Apple</token>
<token number="1" sentence="0" t_id="2">sued</token>
<token number="2" sentence="0" t_id="3">Samsung</token>
<token number="3" sentence="0" t_id="4">over</token>
<token number="4" sentence="0" t_id="5">patents</token>
<token number="5" sentence="0" t_id="6">.</token>
<token number="6" sentence="1" t_id="7">The</token>
<token number="7" sentence="1" t_id="8">lawsuit</token>
<token number="8" sentence="1" t_id="9">was</token>
<token number="9" sentence="1" t_id="10">dropped</token>
<token number="10" sentence="1" t_id="11">.</token>
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="3"/></ENTITY_MENTION>
<VALUE m_id="3"><token_anchor t_id="5"/></VALUE>
<EVENT_MENTION m_id="4" pos="VERB"><token_anchor t_id="2"/></EVENT_MENTION>
<EVENT_MENTION m_id="5" pos="NOUN"><token_anchor t_id="8"/></EVENT_MENTION>
<EVENT_MENTION m_id="6" pos="VERB"><token_anchor t_id="9"/><token_anchor t_id="10"/></EVENT_MENTION>
</Markables>
<Relations>
<HAS_PARTICIPANT r_id="1" sem_role="Arg0"><source m_id="4"/><target m_id="1"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT r_id="2" sem_role="Arg1"><source m_id="4"/><target m_id="2"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT r_id="3" sem_role="Arg2"><source m_id="4"/><target m_id="3"/></HAS_PARTICIPANT>
</Relations>
</Document>
)";

CatDocument cat() {
  auto doc = parse_cat_document(kCat, "t.xml");
  REQUIRE(doc.ok());
  return doc.value();
}

// Token indices are 0-based positions in the CAT file: Apple 0, sued 1, ... dropped 9.
}  // namespace

TEST_CASE("meantime events: gold events and entity participants from CAT",
          "[eval][meantime-events]") {
  const EventAnnotation gold = gold_event_annotation(cat());
  CHECK(gold.events == std::vector<TokenSet>{{1}, {7}, {8, 9}});
  REQUIRE(gold.participants.size() == 2);  // the VALUE target is not an entity
  CHECK(gold.participants[0] == ParticipantPair{{1}, {0}});
  CHECK(gold.participants[1] == ParticipantPair{{1}, {2}});
  CHECK(gold.pos.at({7}) == "NOUN");
}

TEST_CASE("meantime events: exact and overlap counts of a known system",
          "[eval][meantime-events]") {
  const EventAnnotation gold = gold_event_annotation(cat());
  EventAnnotation system;
  // "sued" exact, "dropped" overlapping the two-token gold mention, "patents" spurious
  system.events = {{1}, {4}, {9}};
  // sued/Apple right, sued/Samsung placed on "Samsung over" (overlap only), lawsuit/Apple wrong
  system.participants = {{{1}, {0}}, {{1}, {2, 3}}, {{7}, {0}}};
  const AnnotationCounts c = score_event_annotation(gold, system);
  CHECK(c.events_exact.gold == 3);
  CHECK(c.events_exact.system == 3);
  CHECK(c.events_exact.gold_matched == 1);
  CHECK(c.events_exact.f1() == Approx(1.0 / 3.0));
  CHECK(c.events_partial.gold_matched == 2);
  CHECK(c.events_partial.system_matched == 2);
  CHECK(c.participants_exact.gold_matched == 1);
  CHECK(c.participants_exact.precision() == Approx(1.0 / 3.0));
  CHECK(c.participants_exact.recall() == Approx(0.5));
  CHECK(c.participants_partial.gold_matched == 2);
  CHECK(c.participants_partial.system_matched == 2);
}

TEST_CASE("meantime events: Chronicle's participants sit on the nearest actor mention",
          "[eval][meantime-events]") {
  const CatDocument doc = cat();
  DocumentAnalysis a;
  a.document.text = doc.text;
  a.sentences = {{{0, doc.tokens[5].span.end}, 0, 0},
                 {{doc.tokens[6].span.begin, doc.text.size()}, 0, 0}};
  a.actors.resize(2);
  a.actors[0].id = "apple";
  a.actors[1].id = "samsung";
  a.actor_mentions.resize(2);
  a.actor_mentions[0].span = doc.tokens[0].span;
  a.actor_mentions[0].actor = 0;
  a.actor_mentions[1].span = doc.tokens[2].span;
  a.actor_mentions[1].actor = 1;
  Event e;
  e.participants = {{"apple", "agent"}, {"samsung", "patient"}};
  e.mentions = {EventMention{"1", a.sentences[0].span, doc.tokens[1].span, ""}};
  a.events = {e};
  const EventAnnotation system = system_event_annotation(doc, a);
  CHECK(system.events == std::vector<TokenSet>{{1}});
  const AnnotationCounts c = score_event_annotation(gold_event_annotation(doc), system);
  CHECK(c.participants_exact.gold_matched == 2);
  CHECK(c.participants_exact.system_matched == 2);
}

TEST_CASE("meantime events: the Apple corpus is scored per document set",
          "[eval][meantime-events]") {
  auto shared = testing::shared_dir();
  const fs::path dir = shared ? *shared / "data/meantime/intra-doc_apple" : fs::path();
  if (!shared || !fs::exists(dir)) {
    WARN("../shared/data/meantime is absent: skipping the MEANTIME event evaluation");
    return;
  }
  std::vector<CatDocument> docs;
  for (const auto& file : cat_files(dir.string())) {
    if (docs.size() == 3) break;
    auto doc = read_cat_document(file);
    REQUIRE(doc.ok());
    docs.push_back(std::move(doc).value());
  }
  const Pipeline pipeline;
  const auto s = evaluate_meantime_events(pipeline, docs);
  CHECK(s.documents == 3);
  CHECK(s.events_exact.gold > 0);
  CHECK(s.events_exact.system_matched > 0);
  CHECK(s.participants_exact.gold > 0);
  CHECK(s.timeml_partial.gold_matched >= s.timeml_exact.gold_matched);
  CHECK(evaluate_meantime_events(pipeline, docs).events_exact.system == s.events_exact.system);
}

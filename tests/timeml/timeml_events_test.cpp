// The TimeML event tagger: the shipped model on plain sentences, the model text format,
// the WordNet readings it uses, Task B counting, and training reproduced on small data.
#include "timeml/timeml_events.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <stdexcept>

#include "chronicle/pipeline.h"
#include "test_support.h"
#include "timeml/event_corpus.h"
#include "timeml/event_lexicon.h"
#include "timeml/event_tagger.h"

using namespace chronicle;
using namespace chronicle::detail;
namespace fs = std::filesystem;

namespace {

// word -> class of the TimeML events found in `text`
std::map<std::string, std::string> events_of(const std::string& text) {
  static const Pipeline pipeline;
  Document d;
  d.id = "t";
  d.dct = parse_day("2024-03-12");
  d.text = text;
  const DocumentAnalysis a = pipeline.analyze(d);
  std::map<std::string, std::string> out;
  for (const auto& e : timeml_events(a)) out[std::string(a.text(e.span))] = e.event_class;
  return out;
}

constexpr const char* kGold = R"(<?xml version="1.0" ?>
<TimeML>
<DOCID>D1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
Officials <EVENT eid="e1" class="REPORTING">said</EVENT> the <EVENT eid="e2" class="OCCURRENCE">attack</EVENT> <EVENT eid="e3" class="OCCURRENCE">killed</EVENT> two soldiers.
The rebels <EVENT eid="e4" class="I_ACTION">tried</EVENT> to <EVENT eid="e5" class="OCCURRENCE">flee</EVENT> the city.
</TEXT>
</TimeML>
)";

}  // namespace

TEST_CASE("timeml events: the shipped model finds verbs and event nouns with their class",
          "[timeml]") {
  const auto found = events_of(
      "The minister said on Tuesday that the attack killed five soldiers near the border.");
  CHECK(found.at("said") == "REPORTING");
  CHECK(found.at("killed") == "OCCURRENCE");
  CHECK(found.count("attack") == 1);
  for (const char* word : {"The", "minister", "Tuesday", "the", "five", "border"})
    CHECK(found.count(word) == 0);
}

TEST_CASE("timeml events: spans are words of the text, in order, without overlap", "[timeml]") {
  static const Pipeline pipeline;
  Document d;
  d.id = "t";
  d.text = "Talks collapsed after the election, and protesters marched to the capital.";
  const DocumentAnalysis a = pipeline.analyze(d);
  const auto events = timeml_events(a);
  REQUIRE(!events.empty());
  for (std::size_t i = 1; i < events.size(); ++i)
    CHECK(events[i - 1].span.end <= events[i].span.begin);
  for (const auto& e : events) CHECK(event_label(e.event_class) < kLabelCount);
}

TEST_CASE("timeml events: a model survives save and load unchanged", "[timeml]") {
  const std::string text =
      "# FORMAT: timeml-event-model 1\nbias\tO:2 OCCURRENCE:-1.5\nw=said\tREPORTING:3.25\n";
  const EventTagger tagger = EventTagger::load("m.tsv", text);
  CHECK(tagger.feature_count() == 2);
  CHECK(tagger.predict({"bias", "w=said"}) == event_label("REPORTING"));
  CHECK(tagger.predict({"bias"}) == 0);
  CHECK(EventTagger::load("again", tagger.save(0)).save(0) == tagger.save(0));
}

TEST_CASE("timeml events: a broken model names its file and line", "[timeml]") {
  auto message = [](const std::string& text) {
    try {
      EventTagger::load("m.tsv", text);
    } catch (const std::runtime_error& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  CHECK(message("# FORMAT: timeml-event-model 1\nw=a\tNOPE:1\n") == "m.tsv:2: malformed weight");
  CHECK(message("# FORMAT: timeml-event-model 1\nw=a\tO:x\n") == "m.tsv:2: malformed weight");
  CHECK(message("# FORMAT: timeml-event-model 1\n\nw=a O:1\n") == "m.tsv:3: malformed weight");
  CHECK(message("# FORMAT: other 1\n").starts_with("m.tsv:1:"));
  CHECK(message("w=a\tO:1\n").starts_with("m.tsv:1:"));
}

TEST_CASE("timeml events: WordNet readings follow irregular forms and suffix rules", "[timeml]") {
  const WordnetLexicon& lexicon = wordnet_lexicon();
  auto lemmas = [&](const char* form) {
    std::vector<std::string> out;
    for (const auto& r : lexicon.readings(form)) out.push_back(r.lemma + "/" + r.rule);
    return out;
  };
  CHECK(lemmas("went") == std::vector<std::string>{"go/="});
  const auto attacked = lemmas("attacked");
  CHECK(std::find(attacked.begin(), attacked.end(), "attack/ed") != attacked.end());
  CHECK(lemmas("zzqx").empty());
  const auto readings = lexicon.readings("election");
  REQUIRE(!readings.empty());
  CHECK(std::find(readings[0].classes->begin(), readings[0].classes->end(), "n.act") !=
        readings[0].classes->end());
}

TEST_CASE("timeml events: Task B counts compare whitespace-separated words", "[timeml]") {
  const std::string text = "They re-elected him and talks began.";
  // gold: "re-elected" (OCCURRENCE), "talks" (OCCURRENCE), "began" (ASPECTUAL)
  const std::vector<TimemlEvent> gold = {
      {{5, 15}, "OCCURRENCE"}, {{24, 29}, "OCCURRENCE"}, {{30, 35}, "ASPECTUAL"}};
  // system: "elected" inside the same word, "began" with another class, "him" spurious
  const std::vector<TimemlEvent> system = {
      {{8, 15}, "OCCURRENCE"}, {{16, 19}, "OCCURRENCE"}, {{30, 35}, "OCCURRENCE"}};
  const EventCounts c = score_events(text, gold, system);
  CHECK(c.gold == 3);
  CHECK(c.system == 3);
  CHECK(c.strict == 2);
  CHECK(c.strict_system == 2);
  CHECK(c.relaxed_gold == 2);
  CHECK(c.relaxed_system == 2);
  CHECK(c.class_correct == 1);
  CHECK(c.strict_f1() == Approx(2.0 / 3.0));
  CHECK(c.class_accuracy() == Approx(0.5));
}

TEST_CASE("timeml events: Task B errors name the words behind each count", "[timeml]") {
  const std::string text = "They re-elected him and peace\n talks began, officials Said.";
  auto at = [&](const char* words) {
    const std::size_t b = text.find(words);
    return Span{b, b + std::string_view(words).size()};
  };
  const std::vector<TimemlEvent> gold = {{at("re-elected"), "OCCURRENCE"},
                                         {at("peace\n talks"), "OCCURRENCE"},
                                         {at("began"), "ASPECTUAL"},
                                         {at("Said"), "REPORTING"}};
  const std::vector<TimemlEvent> system = {{at("elected"), "OCCURRENCE"},
                                           {at("him"), "STATE"},
                                           {at("talks"), "OCCURRENCE"},
                                           {at("began"), "OCCURRENCE"}};
  EventErrors errors = {{"missed", {{"said", 2}}}};  // added to, not replaced
  const EventCounts c = score_events(text, gold, system, &errors);
  const EventErrors expected = {{"missed", {{"said", 3}}},
                                {"spurious", {{"him", 1}}},
                                {"span", {{"peace talks / talks", 1}}},
                                {"class ASPECTUAL as OCCURRENCE", {{"began", 1}}}};
  CHECK(errors == expected);
  // each kind is the difference of two counts
  CHECK(c.gold - c.relaxed_gold == 1);
  CHECK(c.system - c.relaxed_system == 1);
  CHECK(c.relaxed_gold - c.strict == 1);
  CHECK(c.relaxed_gold - c.class_correct == 1);
  // and the counts are those of the call without errors
  const EventCounts plain = score_events(text, gold, system);
  CHECK(plain.strict == c.strict);
  CHECK(plain.class_correct == c.class_correct);
  EventErrors sum;
  add_event_errors(sum, expected);
  add_event_errors(sum, expected);
  CHECK(sum.at("missed").at("said") == 6);
  CHECK(sum.at("span").at("peace talks / talks") == 2);
}

TEST_CASE("timeml events: training learns a small gold set and is deterministic", "[timeml]") {
  testing::TempDir dir;
  dir.write("d1.tml", kGold);
  std::vector<Diagnostic> diagnostics;
  const auto docs = read_event_gold(dir.path().string(), diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].gold.size() == 5);
  const auto first = train_event_tagger(docs, 5, 0.0f);
  const auto second = train_event_tagger(docs, 5, 0.0f);
  CHECK(first.tagger.save(0) == second.tagger.save(0));
  const auto tagged = first.tagger.tag(docs[0].analysis);
  const EventCounts c = score_events(docs[0].analysis.document.text, docs[0].gold, tagged);
  CHECK(c.strict == 5);
  CHECK(c.system == 5);
  CHECK(c.class_correct == 5);
}

TEST_CASE("timeml events: a malformed gold file is reported, not trained on", "[timeml]") {
  testing::TempDir dir;
  dir.write("bad.tml", "<TimeML><TEXT>unclosed <EVENT eid=\"e1\">tag</TEXT></TimeML>");
  std::vector<Diagnostic> diagnostics;
  CHECK(read_event_gold(dir.path().string(), diagnostics).empty());
  REQUIRE(!diagnostics.empty());
  CHECK(diagnostics[0].file.find("bad.tml") != std::string::npos);
}

TEST_CASE("timeml events: training on a slice of TimeBank reproduces and fits it", "[timeml]") {
  auto shared = testing::shared_dir();
  const fs::path timebank = shared ? *shared / "data/tempeval3/TBAQ-cleaned/TimeBank" : fs::path();
  if (!shared || !fs::exists(timebank)) {
    WARN("../shared/data/tempeval3 is absent: skipping training on TimeBank");
    return;
  }
  testing::TempDir slice;
  int n = 0;
  for (const auto& e : fs::directory_iterator(timebank))
    if (e.path().extension() == ".tml" && n < 4 &&
        e.path().filename().string().starts_with("wsj_00")) {
      fs::copy_file(e.path(), slice.path() / e.path().filename());
      ++n;
    }
  REQUIRE(n > 0);
  std::vector<Diagnostic> diagnostics;
  const auto docs = read_event_gold(slice.path().string(), diagnostics);
  CHECK(diagnostics.empty());
  const auto a = train_event_tagger(docs, 8, std::nullopt);
  const auto b = train_event_tagger(docs, 8, std::nullopt);
  CHECK(a.margin == b.margin);
  CHECK(a.tagger.save(0.05f) == b.tagger.save(0.05f));
  EventCounts c;
  for (const auto& d : docs)
    c += score_events(d.analysis.document.text, d.gold, a.tagger.tag(d.analysis));
  CHECK(c.strict_f1() > 0.9);
  CHECK(c.class_accuracy() > 0.9);
}

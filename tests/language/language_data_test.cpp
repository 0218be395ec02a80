// Language data: one LanguageData per language, refused when absent; every example of
// lexicons/word_classes.tsv run through the pipeline; the one possessive; case folding.
#include "language/language_data.h"

#include <catch2/catch.hpp>
#include <map>
#include <stdexcept>

#include "stage_support.h"
#include "util/text.h"

using chronicle::detail::LanguageData;
using chronicle::testing::analyze_text;

namespace {

std::string trim(std::string s) {
  while (!s.empty() && s.front() == ' ') s.erase(s.begin());
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

// "key=value; key=value" -> {key: value}
std::map<std::string, std::string> parse_pairs(const std::string& text) {
  std::map<std::string, std::string> out;
  for (const auto& item : chronicle::detail::split_nonempty(text, ';')) {
    std::size_t eq = item.find('=');
    REQUIRE(eq != std::string::npos);
    out[trim(item.substr(0, eq))] = trim(item.substr(eq + 1));
  }
  return out;
}

std::string actor_name(const chronicle::DocumentAnalysis& a, const std::string& id) {
  for (const auto& x : a.actors)
    if (x.id == id) return x.name;
  return id;
}

bool event_fits(const chronicle::DocumentAnalysis& a, const chronicle::Event& e,
                const std::string& key, const std::string& value) {
  if (key == "factuality") return chronicle::to_string(e.factuality) == value;
  if (key == "time") return e.time.value.value_or("-") == value;
  bool agent = key == "agent";
  if (!agent && key != "patient") FAIL("unknown key " << key);
  bool any = false;
  for (const auto& p : e.participants) {
    if ((p.role == "agent") != agent) continue;
    any = true;
    if (actor_name(a, p.actor) == value) return true;
  }
  return value == "-" && !any;
}

bool actor_fits(const chronicle::Actor& x, const std::string& key, const std::string& value) {
  if (key == "kind") return chronicle::to_string(x.kind) == value;
  if (key == "mentions") return std::to_string(x.mentions) == value;
  if (key == "roles")
    return value == "-" ? x.roles.empty() : !x.roles.empty() && x.roles[0] == value;
  FAIL("unknown key " << key);
  return false;
}

// Runs one example's check ("TRIGGER: ..." or "actor NAME: ...") on its sentence.
bool example_holds(const chronicle::detail::WordClassExample& ex) {
  auto a = analyze_text(ex.sentence, "2021-08-31");
  std::size_t colon = ex.check.find(": ");
  REQUIRE(colon != std::string::npos);
  std::string subject = ex.check.substr(0, colon);
  auto pairs = parse_pairs(ex.check.substr(colon + 2));
  if (subject.rfind("actor ", 0) == 0) {
    for (const auto& x : a.actors) {
      if (x.name != subject.substr(6)) continue;
      bool all = true;
      for (const auto& [k, v] : pairs) all = all && actor_fits(x, k, v);
      if (all) return true;
    }
    return false;
  }
  for (const auto& e : a.events) {
    if (e.trigger != subject) continue;
    bool all = true;
    for (const auto& [k, v] : pairs) all = all && event_fits(a, e, k, v);
    if (all) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("language: English loads, an unknown language is refused", "[language]") {
  auto en = LanguageData::load("en");
  REQUIRE(en);
  CHECK(en->code() == "en");
  CHECK(LanguageData::load("en") == en);  // loaded once, shared
  CHECK(en->path("lexicons/countries.tsv") == "en/lexicons/countries.tsv");
  CHECK_FALSE(en->table("lexicons/countries.tsv", "gazetteer", 2).empty());
  CHECK_FALSE(chronicle::detail::common_table("event_types.tsv", "event-types", 3).empty());
  CHECK_THROWS_WITH(LanguageData::load("xx"), Catch::Contains("language 'xx'"));
  CHECK_THROWS_AS(LanguageData::load("common"), std::runtime_error);
  CHECK_THROWS_AS(LanguageData::load(""), std::runtime_error);
  CHECK_THROWS_WITH(en->words("no_such_class"), Catch::Contains("word_classes.tsv"));
  // English tables are not under common/, nor the taxonomy under en/
  CHECK_THROWS_AS(en->table("lexicons/event_types.tsv", "event-types"), std::runtime_error);
}

TEST_CASE("language: a pipeline for a language with no data is refused", "[language]") {
  chronicle::Options options;
  options.language = "xx";
  CHECK_THROWS_WITH(chronicle::Pipeline(options), Catch::Contains("'xx'"));
}

TEST_CASE("language: every example of the word classes holds", "[language]") {
  auto en = LanguageData::load("en");
  std::map<std::string, int> examples_of;
  for (const auto& ex : en->examples()) {
    INFO("word_classes.tsv:" << ex.line << ": " << ex.sentence << " => " << ex.check);
    CHECK(example_holds(ex));
    ++examples_of[ex.word_class];
  }
  CHECK(examples_of.size() >= 24);
  // every class the file lists has an example
  const char* classes[] = {
      "possessive",           "passive_auxiliary",    "verb_adverb",         "first_person",
      "reporting_verb",       "attribution_mark",     "factuality_cue",      "coordination",
      "nonperson_possessive", "relative_order",       "definite_determiner", "hours_word",
      "offset_unit",          "clause_end",           "clause_opener",       "noun_context",
      "place_preposition",    "agent_verb",           "name_connector",      "courtesy_title",
      "person_pronoun",       "organization_pronoun", "definite_article",    "company_suffix"};
  for (const char* c : classes) {
    INFO(c);
    CHECK_FALSE(en->words(c).words().empty());
    CHECK(examples_of[c] > 0);
  }
}

TEST_CASE("language: one possessive, straight or curly, any case", "[language]") {
  auto en = LanguageData::load("en");
  for (const char* p : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"}) {
    INFO(p);
    CHECK(en->is_possessive(p));
  }
  CHECK(en->is_possessive(chronicle::detail::lower("'S")));
  CHECK(en->is_possessive(chronicle::detail::lower("\xE2\x80\x99S")));
  for (const char* p : {"s", "is", "\"", "`s", ""}) {
    INFO(p);
    CHECK_FALSE(en->is_possessive(p));
  }
}

TEST_CASE("language: company suffixes end a name, an abbreviation with or without its stop",
          "[language]") {
  auto en = LanguageData::load("en");
  chronicle::detail::CompanySuffixes suffixes(*en);
  for (const char* w : {"Inc", "Inc.", "INC.", "Corp.", "Ltd", "Co.", "Holdings", "Computer"}) {
    INFO(w);
    CHECK(suffixes.ends_name(w));
  }
  for (const char* w : {"Holdings.", "Apple", "Inc..", ""}) {
    INFO(w);
    CHECK_FALSE(suffixes.ends_name(w));
  }
  CHECK(suffixes.takes_stop("inc"));
  CHECK_FALSE(suffixes.takes_stop("holdings"));
}

TEST_CASE("language: case folding lowercases every letter and keeps byte offsets", "[language]") {
  using chronicle::detail::lower;
  CHECK(lower("ÉTAT") == "état");
  CHECK(lower("Ärzte") == "ärzte");
  CHECK(lower("ΣΟΦΊΑ") == "σοφία");
  CHECK(lower("ПУТИН") == "путин");
  CHECK(lower("São Tomé") == "são tomé");
  // a lowercase of another UTF-8 length stays as written, so lengths hold
  CHECK(lower("İstanbul") == "İstanbul");
  CHECK(lower("\xE2\x84\xAA") == "\xE2\x84\xAA");  // KELVIN SIGN: its lowercase "k" is 1 byte
  CHECK(lower("A\xC3") == "a\xC3");                // a malformed tail is left alone
  auto a = analyze_text("Le Président ÉMILE Zola à Zürich.", "", {"segment"});
  REQUIRE(a.lower_text.size() == a.document.text.size());
  CHECK(a.lower_text == "le président émile zola à zürich.");
  for (const auto& t : a.tokens) CHECK(a.lowered(t.span) == lower(a.text(t.span)));
}

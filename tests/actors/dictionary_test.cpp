// The user actor dictionary: parsing with file:line errors, aliases, kinds,
// affiliations, and dated roles resolving a title alone by the sentence's date.
#include <catch2/catch.hpp>

#include <memory>

#include "chronicle/pipeline.h"

using namespace chronicle;

namespace {

const char* const kDictionary = R"({
  "actors": [
    {"name": "Narendra Modi", "kind": "person", "aliases": ["NaMo"], "affiliation": "India",
     "roles": [{"title": "Prime Minister", "of": "India", "from": "2014-05-26"}]},
    {"name": "Manmohan Singh", "kind": "person",
     "roles": [{"title": "Prime Minister", "of": "India", "from": "2004-05-22", "to": "2014-05-26"}]},
    {"name": "Rashtriya Swayamsevak Sangh", "kind": "organization", "aliases": ["RSS"]}
  ]
})";

DocumentAnalysis analyze(const std::string& text, const std::string& dct) {
  auto dict = parse_actor_dictionary(kDictionary, "dict.json");
  REQUIRE(dict.ok());
  Options o;
  o.stages = {"segment", "time", "actors"};
  o.actor_dictionary = std::make_shared<const ActorDictionary>(dict.value());
  Document d;
  d.id = "t";
  d.text = text;
  d.dct = parse_day(dct);
  return Pipeline(o).analyze(std::move(d));
}

const Actor* actor_at(const DocumentAnalysis& a, const std::string& surface) {
  for (const auto& m : a.actor_mentions)
    if (a.text(m.span) == surface) return &a.actors[m.actor];
  return nullptr;
}

Diagnostic first_error(const std::string& json) {
  auto r = parse_actor_dictionary(json, "d.json");
  REQUIRE_FALSE(r.ok());
  return r.diagnostics().front();
}

}  // namespace

TEST_CASE("dictionary: the title alone is whoever held it on the document's date", "[actors][dictionary]") {
  auto now = analyze("The Indian Prime Minister visited Dhaka.", "2021-03-26");
  REQUIRE(actor_at(now, "Prime Minister"));
  CHECK(actor_at(now, "Prime Minister")->name == "Narendra Modi");
  auto then = analyze("The Indian Prime Minister visited Dhaka.", "2011-09-06");
  REQUIRE(actor_at(then, "Prime Minister"));
  CHECK(actor_at(then, "Prime Minister")->name == "Manmohan Singh");
}

TEST_CASE("dictionary: a date in the sentence wins over the document date", "[actors][dictionary]") {
  auto a = analyze("On 6 September 2011 the Prime Minister of India visited Dhaka.", "2021-03-26");
  REQUIRE(actor_at(a, "Prime Minister"));
  CHECK(actor_at(a, "Prime Minister")->name == "Manmohan Singh");
}

TEST_CASE("dictionary: aliases, kinds, affiliations and roles of known actors", "[actors][dictionary]") {
  auto a = analyze("NaMo addressed the RSS.", "2021-03-26");
  const Actor* modi = actor_at(a, "NaMo");
  REQUIRE(modi);
  CHECK(modi->name == "Narendra Modi");
  CHECK(modi->kind == ActorKind::person);
  CHECK(modi->affiliation == std::optional<std::string>("india"));
  CHECK(modi->roles == std::vector<std::string>{"Prime Minister of India"});
  REQUIRE(actor_at(a, "RSS"));
  CHECK(actor_at(a, "RSS")->kind == ActorKind::organization);
}

TEST_CASE("dictionary: errors name the file and the line of the entry", "[actors][dictionary]") {
  auto e = first_error("{\"actors\": [\n  {\"name\": \"A\"},\n  {\"name\": \"B\", \"kind\": \"robot\"}\n]}");
  CHECK(e.file == "d.json");
  CHECK(e.line == 3);
  CHECK_THAT(e.message, Catch::Contains("unknown kind 'robot'"));
  CHECK(first_error("{\"actors\": [\n{\"name\": \"A\",\n \"roles\": [{\"title\": \"X\", \"from\": \"2020-13-01\"}]}]}").line == 2);
  CHECK(first_error("{\"actors\": [\n{\"name\": \"A\"}\n").line >= 2);  // truncated JSON
  CHECK_THAT(first_error("{\"people\": []}").message, Catch::Contains("expected an object"));
  CHECK_THAT(first_error("{\"actors\": [{\"kind\": \"person\"}]}").message, Catch::Contains("missing \"name\""));
  CHECK_THAT(first_error("{\"actors\": [{\"name\": \"A\", \"roles\": [{\"title\": \"X\", \"from\": \"2020-01-02\", "
                         "\"to\": \"2020-01-01\"}]}]}").message,
             Catch::Contains("ends before it starts"));
}

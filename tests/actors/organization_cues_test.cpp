// Actors stage: organisations known by the words around their names rather than by a
// list (organization_cues.tsv), one cue typing every mention in the document; names of
// products and things that are not people; abbreviations that are not organisations.
#include <catch2/catch.hpp>

#include "stage_support.h"

using chronicle::ActorKind;
using chronicle::testing::analyze_text;

namespace {

const std::vector<std::string> kActors = {"segment", "time", "actors"};

const chronicle::Actor* find(const chronicle::DocumentAnalysis& a, const std::string& name) {
  for (const auto& x : a.actors)
    if (x.name == name) return &x;
  return nullptr;
}

std::size_t mentions_of(const chronicle::DocumentAnalysis& a, const std::string& name) {
  const auto* actor = find(a, name);
  return actor ? actor->mentions : 0;
}

}  // namespace

TEST_CASE("actors: a cue after a one-word name makes it an organisation in every mention", "[actors]") {
  // "Zorvex" is in no list; "'s shares" says it is a company, and the cue-less
  // mentions follow.
  auto a = analyze_text("Analysts praised Zorvex in May. Zorvex's shares rose. Buyers liked Zorvex.", "", kActors);
  const auto* z = find(a, "Zorvex");
  REQUIRE(z);
  CHECK(z->kind == ActorKind::organization);
  CHECK(z->mentions == 3);
}

TEST_CASE("actors: cues before a name and product verbs after one", "[actors]") {
  auto shares = analyze_text("Investors bought shares of Quandrel on Monday.", "", kActors);
  REQUIRE(find(shares, "Quandrel"));
  CHECK(find(shares, "Quandrel")->kind == ActorKind::organization);

  auto retailer = analyze_text("The electronics retailer Brindle Mart cut prices.", "", kActors);
  REQUIRE(find(retailer, "Brindle Mart"));
  CHECK(find(retailer, "Brindle Mart")->kind == ActorKind::organization);

  auto verb = analyze_text("Last week Zorvex unveiled a phone.", "", kActors);
  REQUIRE(find(verb, "Zorvex"));
  CHECK(find(verb, "Zorvex")->kind == ActorKind::organization);

  auto employer = analyze_text("The keynote was given by Zorvex CEO Dana Whitfield on Monday.", "", kActors);
  REQUIRE(find(employer, "Zorvex"));
  CHECK(find(employer, "Zorvex")->kind == ActorKind::organization);
  REQUIRE(find(employer, "Dana Whitfield"));
  CHECK(find(employer, "Dana Whitfield")->kind == ActorKind::person);
}

TEST_CASE("actors: a common noun needs two cues to become an organisation", "[actors]") {
  auto once = analyze_text("Traders said Oil executives met in May.", "", kActors);
  CHECK((!find(once, "Oil") || find(once, "Oil")->kind != ActorKind::organization));
  auto twice = analyze_text("Traders said Apple executives met in May. Later Apple unveiled a phone.", "", kActors);
  REQUIRE(find(twice, "Apple"));
  CHECK(find(twice, "Apple")->kind == ActorKind::organization);
  CHECK(find(twice, "Apple")->mentions == 2);
}

TEST_CASE("actors: without a cue a one-word name stays untyped", "[actors]") {
  auto a = analyze_text("Analysts praised Zorvex in May.", "", kActors);
  REQUIRE(find(a, "Zorvex"));
  CHECK(find(a, "Zorvex")->kind == ActorKind::other);
}

TEST_CASE("actors: a person's surname beats an organisation cue", "[actors]") {
  // "Whitfield announced" has a product verb after it, but Whitfield is the surname of
  // the person named just before.
  auto a = analyze_text("Dana Whitfield spoke in Paris. Later Whitfield announced a plan.", "", kActors);
  const auto* p = find(a, "Dana Whitfield");
  REQUIRE(p);
  CHECK(p->kind == ActorKind::person);
  CHECK(p->mentions == 2);
  CHECK_FALSE(find(a, "Whitfield"));
}

TEST_CASE("actors: a verb cue does not make a full name an organisation", "[actors]") {
  auto a = analyze_text("Yesterday Dana Whitfield announced a plan.", "", kActors);
  REQUIRE(find(a, "Dana Whitfield"));
  CHECK(find(a, "Dana Whitfield")->kind == ActorKind::person);
}

TEST_CASE("actors: a cue at one mention retypes a name first taken for a person", "[actors]") {
  auto a = analyze_text("Buyers went to Brindle Mart on Friday. The retailer Brindle Mart said sales rose.", "",
                        kActors);
  const auto* b = find(a, "Brindle Mart");
  REQUIRE(b);
  CHECK(b->kind == ActorKind::organization);
  CHECK(b->mentions == 2);
}

TEST_CASE("actors: capitals joined by an ampersand name a company", "[actors]") {
  auto a = analyze_text("Buyers queued at AT&T stores on Friday.", "", kActors);
  const auto* att = find(a, "AT&T");
  REQUIRE(att);
  CHECK(att->kind == ActorKind::organization);
  CHECK_FALSE(find(a, "T"));
}

TEST_CASE("actors: names of things are not persons", "[actors]") {
  // after a determiner or "new", before a noun, or made of common words only
  CHECK_FALSE(find(analyze_text("Buyers liked the new Zentrix Vale on Monday.", "", kActors), "Zentrix Vale"));
  CHECK_FALSE(find(analyze_text("Stores sold Zentrix Vale computers on Monday.", "", kActors), "Zentrix Vale"));
  CHECK_FALSE(find(analyze_text("Stores closed for Golden Harvest Day on Monday.", "", kActors), "Golden Harvest Day"));
  CHECK_FALSE(find(analyze_text("A report in Zentrix Vale praised it.", "", kActors), "Zentrix Vale"));
  // and a plain full name still is one, also before the noun for a person's government
  auto person = analyze_text("Reporters met Dana Whitfield on Monday.", "", kActors);
  REQUIRE(find(person, "Dana Whitfield"));
  CHECK(find(person, "Dana Whitfield")->kind == ActorKind::person);
  auto two_common = analyze_text("Reporters met Carol Browner on Monday.", "", kActors);
  REQUIRE(find(two_common, "Carol Browner"));
  CHECK(find(two_common, "Carol Browner")->kind == ActorKind::person);
  auto government = analyze_text("Reporters met the Dana Whitfield government on Monday.", "", kActors);
  REQUIRE(find(government, "Dana Whitfield"));
  CHECK(find(government, "Dana Whitfield")->kind == ActorKind::person);
}

TEST_CASE("actors: abbreviations that are not organisations", "[actors]") {
  // WordNet knows TV as a thing; an abbreviation spelled out as a conference names an
  // event in every mention; a currency code after a price is no actor; "US$" is money.
  auto a = analyze_text(
      "Viewers watched TV with Zorvex. The Global Makers Conference ( GMC ) opened. GMC ended. "
      "It cost 99 USD, or US$ 99. The FBI arrived.",
      "", kActors);
  CHECK_FALSE(find(a, "TV"));
  CHECK_FALSE(find(a, "GMC"));
  CHECK_FALSE(find(a, "USD"));
  CHECK_FALSE(find(a, "United States"));
  REQUIRE(find(a, "FBI"));
  CHECK(find(a, "FBI")->kind == ActorKind::organization);
  CHECK(mentions_of(a, "FBI") == 1);
}

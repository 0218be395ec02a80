// Structured event import: GDELT 1.0/2.0 and ICEWS rows become documents, actors and
// events; malformed rows are reported at their line and skipped; the real samples in
// ../shared import with every row accounted for.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "chronicle/ingest.h"
#include "chronicle/json.h"
#include "chronicle/pipeline.h"
#include "ingest/structured_codes.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace chronicle;

namespace {

// A GDELT row with `columns` fields: event id, day, the two actor blocks, the CAMEO code,
// Goldstein score, the action place, the date added and the URL; everything else empty.
std::string gdelt_row(std::size_t columns, const std::string& id, const std::string& day,
                      const std::string& actor1, const std::string& actor2, const std::string& code,
                      const std::string& goldstein) {
  std::vector<std::string> f(columns);
  const bool v2 = columns == 61;
  f[0] = id;
  f[1] = day;
  auto block = [&](std::size_t at, const std::string& country, const std::string& name,
                   const std::string& type) {
    f[at] = country + type;
    f[at + 1] = name;
    f[at + 2] = country;
    f[at + 7] = type;
  };
  if (!actor1.empty()) block(5, actor1, actor1 == "USA" ? "UNITED STATES" : "RUSSIA", "");
  if (!actor2.empty()) block(15, actor2, "GOVERNMENT", "GOV");
  f[26] = code;
  f[30] = goldstein;
  f[v2 ? 52 : 50] = "Geneva, Geneve, Switzerland";
  f[v2 ? 59 : 56] = v2 ? "20150218230000" : "20130203";
  if (columns > 57) f[v2 ? 60 : 57] = "https://example.org/" + id;
  std::string line;
  for (std::size_t i = 0; i < f.size(); ++i) line += (i ? "\t" : "") + f[i];
  return line + "\n";
}

const Event& only_event(const Ingested& in) {
  REQUIRE(in.imported.size() == 1);
  REQUIRE(in.imported[0].events.size() == 1);
  return in.imported[0].events[0];
}

std::vector<const Diagnostic*> with_code(const Ingested& in, const std::string& code) {
  std::vector<const Diagnostic*> out;
  for (const auto& d : in.diagnostics)
    if (d.code == code) out.push_back(&d);
  return out;
}

const char* const kIcewsHeader =
    "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\t"
    "Intensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\t"
    "Publisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude\n";

}  // namespace

TEST_CASE("structured: CAMEO codes map onto Chronicle's event types", "[structured]") {
  const auto& t = detail::CameoTables::get();
  REQUIRE(t.event("040") != nullptr);
  CHECK(t.event("040")->type == "consult");
  CHECK(t.event("190")->type == "fight");
  CHECK(t.event("115")->type == "legal_action");
  CHECK(t.event("193")->event_class == EventClass::conflict);
  CHECK(t.event("0834") != nullptr);
  CHECK(t.event("0839") != nullptr);  // unknown sub-code: its base code 083
  CHECK(t.event("2099") == nullptr);
  CHECK(t.event("21") == nullptr);
  CHECK(t.event("---") == nullptr);
  REQUIRE(t.country_code("USA") != nullptr);
  CHECK(t.country_code("USA")->name == "United States");
  CHECK(t.country_code("AFR")->kind == ActorKind::place);
  CHECK(t.country_name("russian federation") == std::optional<std::string>("Russia"));
}

TEST_CASE("structured: a GDELT 1.0 row becomes a document, actors and a dated event",
          "[structured]") {
  const std::string bytes = gdelt_row(58, "101", "20130201", "USA", "RUS", "042", "1.9");
  Ingested in = parse_input("day.export.csv", bytes);
  CHECK(in.documents.empty());
  const Event& e = only_event(in);
  const EventGraph& g = in.imported[0];
  CHECK(e.type == "consult");
  CHECK(e.lemma == "cameo:042");
  CHECK(e.time.value == std::optional<std::string>("2013-02-01"));
  CHECK(e.time.granularity == Granularity::day);
  REQUIRE(e.participants.size() == 3);
  CHECK(e.participants[0] == Participant{"united-states", "agent"});
  CHECK(e.participants[1] == Participant{"russia-government", "patient"});
  CHECK(e.participants[2] == Participant{"geneva", "location"});
  REQUIRE(g.find_actor("russia-government") != nullptr);
  CHECK(g.find_actor("russia-government")->affiliation == std::optional<std::string>("russia"));
  CHECK(g.find_actor("united-states")->kind == ActorKind::country);
  CHECK(g.find_actor("geneva")->affiliation == std::optional<std::string>("switzerland"));
  REQUIRE(g.documents.size() == 1);
  CHECK(g.documents[0].id == "gdelt-101");
  CHECK(g.documents[0].url == "https://example.org/101");
  CHECK(g.documents[0].source == "day.export.csv:1");
  CHECK_THAT(e.mentions[0].text, Catch::Contains("Goldstein 1.9"));
  CHECK(with_code(in, "import-summary").size() == 1);
}

TEST_CASE("structured: GDELT 1.0 rows of 57 columns and 2.0 rows of 61 are read", "[structured]") {
  Ingested old = parse_input("old.csv", gdelt_row(57, "7", "19820102", "USA", "", "030", "4"));
  CHECK(only_event(old).type == "express_intent_to_cooperate");
  CHECK(old.imported[0].documents[0].url.empty());
  Ingested v2 = parse_input("v2.csv", gdelt_row(61, "8", "20150218", "RUS", "USA", "1123", "-4.4"));
  const Event& e = only_event(v2);
  CHECK(e.type == "disapprove");
  CHECK(v2.imported[0].documents[0].dct == parse_day("2015-02-18"));
  CHECK(e.participants.back() == Participant{"geneva", "location"});
}

TEST_CASE("structured: malformed rows are reported at file:line, skipped and counted",
          "[structured]") {
  std::string bytes = gdelt_row(58, "1", "20130201", "USA", "RUS", "042", "1.9");
  bytes += "2\t20130201\tonly three\n";                                 // line 2
  bytes += gdelt_row(58, "3", "20131301", "USA", "RUS", "042", "1.9");  // bad date
  bytes += gdelt_row(58, "4", "20130201", "USA", "RUS", "---", "1.9");  // bad code
  bytes += gdelt_row(58, "5", "20130201", "USA", "RUS", "042", "12");   // bad score
  bytes += gdelt_row(58, "6", "20130202", "USA", "", "190", "-10");
  Ingested in = parse_input("mixed.csv", bytes);
  auto bad = with_code(in, "bad-row");
  REQUIRE(bad.size() == 4);
  CHECK(bad[0]->line == 2);
  CHECK_THAT(bad[0]->message, Catch::Contains("found 3"));
  CHECK(bad[1]->line == 3);
  CHECK_THAT(bad[1]->message, Catch::Contains("bad date '20131301'"));
  CHECK(bad[2]->line == 4);
  CHECK_THAT(bad[2]->message, Catch::Contains("bad CAMEO event code '---'"));
  CHECK(bad[3]->line == 5);
  CHECK_THAT(bad[3]->to_string(), Catch::StartsWith("mixed.csv:5:"));
  auto summary = with_code(in, "import-summary");
  REQUIRE(summary.size() == 1);
  CHECK(summary[0]->severity == Severity::warning);
  CHECK_THAT(summary[0]->message,
             Catch::Contains("2 of 6 rows imported, 4 malformed rows skipped"));
  REQUIRE(in.imported.size() == 1);
  CHECK(in.imported[0].events.size() == 2);
}

TEST_CASE("structured: an ICEWS file is read by its header", "[structured]") {
  std::string bytes = kIcewsHeader;
  bytes +=
      "11\t2018-06-01\tNarendra Modi\tGovernment\tIndia\tMake a visit\t042\t1.9\tRussia\t\tRussia\t"
      "900\t2\tPublisher A\tSochi\tNA\tKrasnodar\tRussia\t43.6\t39.7\n";
  bytes +=
      "12\t2018-06-01\tCitizen (India)\t\tIndia\tProtest\t141\t-6.5\tPolice "
      "(India)\tPolice\tIndia\t"
      "901\t1\tPublisher B\t\tNA\t\tIndia\t20\t77\n";
  bytes +=
      "13\t2018-06-"
      "31\tIndia\t\tIndia\tConsult\t040\t1\tRussia\t\tRussia\t902\t1\tP\t\t\t\tRussia\t0\t0\n";
  Ingested in = parse_input("events.tab", bytes);
  REQUIRE(in.imported.size() == 1);
  const EventGraph& g = in.imported[0];
  REQUIRE(g.events.size() == 2);
  CHECK(g.events[0].type == "consult");
  CHECK(g.events[0].participants[0] == Participant{"narendra-modi", "agent"});
  CHECK(g.events[0].participants[1] == Participant{"russia", "patient"});
  CHECK(g.events[0].participants[2] == Participant{"sochi", "location"});
  CHECK(g.find_actor("narendra-modi")->affiliation == std::optional<std::string>("india"));
  CHECK(g.events[1].type == "protest");
  CHECK(g.find_actor("citizen-india")->kind == ActorKind::group);
  CHECK(g.events[1].participants.back() == Participant{"india", "location"});
  CHECK(g.documents[0].title == "Publisher A");
  auto bad = with_code(in, "bad-row");
  REQUIRE(bad.size() == 1);
  CHECK(bad[0]->line == 4);
  CHECK_THAT(bad[0]->message, Catch::Contains("bad date '2018-06-31'"));
}

TEST_CASE("structured: an ICEWS header without required columns is an error", "[structured]") {
  Ingested in = parse_input("x.tab", "Event ID\tEvent Date\tSource Name\n1\t2018-01-01\tIndia\n");
  auto bad = with_code(in, "bad-row");
  REQUIRE(bad.size() >= 1);
  CHECK_THAT(bad[0]->message, Catch::Contains("lacks the columns"));
  auto summary = with_code(in, "import-summary");
  REQUIRE(summary.size() == 1);
  CHECK(summary[0]->severity == Severity::error);
}

TEST_CASE("structured: imported rows and extracted text live in one graph", "[structured]") {
  Ingested in = parse_input("one.csv", gdelt_row(58, "9", "20210824", "USA", "RUS", "042", "1.9"));
  Document d{"article",    parse_day("2021-08-25"), "", "Russia criticised NATO on Tuesday.", "",
             "article.txt"};
  std::vector<EventGraph> parts = in.imported;
  parts.push_back(Pipeline::to_graph(Pipeline().analyze(d)));
  EventGraph g = merge(std::move(parts));
  CHECK(g.documents.size() == 2);
  REQUIRE(g.find_actor("russia") != nullptr);  // one actor for the row's country and the text's
  // The same row imported twice (two copies of a file) is one event with one source.
  EventGraph twice = merge({in.imported[0], in.imported[0]});
  CHECK(twice.events.size() == 1);
  CHECK(twice.events[0].sources == 1);
}

TEST_CASE("structured: rows of the same happening from two reports merge", "[structured]") {
  std::string bytes = kIcewsHeader;
  bytes +=
      "21\t2018-06-"
      "01\tIndia\t\tIndia\tConsult\t040\t1\tRussia\t\tRussia\t1\t1\tA\t\t\t\tRussia\t0\t0\n";
  bytes +=
      "22\t2018-06-"
      "01\tIndia\t\tIndia\tConsult\t040\t1\tRussia\t\tRussia\t2\t1\tB\t\t\t\tRussia\t0\t0\n";
  bytes +=
      "23\t2018-06-01\tIndia\t\tIndia\tThreaten\t130\t-"
      "4\tRussia\t\tRussia\t3\t1\tC\t\t\t\tRussia\t0\t0\n";
  Ingested in = parse_input("two.tab", bytes);
  EventGraph g = merge(std::move(in.imported));
  REQUIRE(g.events.size() == 2);
  CHECK(g.events[0].sources == 2);
  CHECK(g.events[1].sources == 1);
}

TEST_CASE("structured: the ICEWS and GDELT samples import with every row accounted for",
          "[structured]") {
  auto shared = testing::shared_dir();
  if (!shared || !fs::exists(*shared / "data" / "structured")) {
    WARN("../shared/data/structured is absent: skipping the structured samples test");
    return;
  }
  const fs::path dir = *shared / "data" / "structured";
  for (const auto& [file, rows] : std::vector<std::pair<std::string, std::size_t>>{
           {"icews/events.2018.sample.tab", 3705}, {"gdelt/events.sample.csv", 710}}) {
    Ingested in = read_inputs({(dir / file).string()});
    INFO(file);
    REQUIRE(in.imported.size() == 1);
    const std::size_t bad = with_code(in, "bad-row").size();
    CHECK(in.imported[0].events.size() + bad == rows);
    CHECK(in.imported[0].documents.size() == in.imported[0].events.size());
    CHECK(bad * 100 < rows);  // real exports are almost all usable
    const std::string json = to_json(in.imported[0]);
    auto back = from_json(json, "roundtrip");
    REQUIRE(back.ok());
    CHECK(to_json(back.value()) == json);
  }
}

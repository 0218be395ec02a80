// JSON and JSON Lines records: fields, default ids, skipped records, syntax errors with
// line and column, and the real timeline17 corpus when ../shared is present.
#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <vector>

#include "chronicle/ingest.h"
#include "test_support.h"

using namespace chronicle;

namespace {

Day day(int y, unsigned m, unsigned d) {
  return Day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

const Diagnostic& only(const Ingested& in) {
  REQUIRE(in.diagnostics.size() == 1);
  return in.diagnostics.front();
}

}  // namespace

TEST_CASE("ingest: a JSON array gives one document per record", "[ingest]") {
  const Ingested in = parse_input("feeds/batch.json", R"([
    {"id": "a1", "date": "2021-08-24", "title": "Talks", "text": "Leaders spoke.", "url": "https://example.org/a1"},
    {"uid": 558, "dct": "2009-04-25", "dates": [null], "text": "Experts are concerned."}
  ])");
  REQUIRE(in.documents.size() == 2);
  CHECK(in.diagnostics.empty());
  const Document& a = in.documents[0];
  CHECK(a.id == "a1");
  CHECK(a.dct == day(2021, 8, 24));
  CHECK(a.title == "Talks");
  CHECK(a.text == "Leaders spoke.");
  CHECK(a.url == "https://example.org/a1");
  CHECK(a.source == "feeds/batch.json#0");
  const Document& b = in.documents[1];
  CHECK(b.id == "558");
  CHECK(b.dct == day(2009, 4, 25));
  CHECK(b.source == "feeds/batch.json#1");
}

TEST_CASE("ingest: JSON dates may be ISO timestamps; others warn bad-date", "[ingest]") {
  const Ingested in = parse_input("t.jsonl",
                                  "{\"text\": \"a\", \"date\": \"2021-08-24T10:15:00Z\"}\n"
                                  "{\"text\": \"b\", \"dct\": \"2021-08-24 10:15\"}\n"
                                  "{\"text\": \"c\", \"date\": \"24/08/2021\"}\n");
  REQUIRE(in.documents.size() == 3);
  CHECK(in.documents[0].dct == day(2021, 8, 24));
  CHECK(in.documents[1].dct == day(2021, 8, 24));
  CHECK_FALSE(in.documents[2].dct.has_value());
  const Diagnostic& d = only(in);
  CHECK(d.code == "bad-date");
  CHECK(d.severity == Severity::warning);
  CHECK(d.line == 3);
}

TEST_CASE("ingest: records without ids are numbered from the file name", "[ingest]") {
  const Ingested array =
      parse_input("dir/wire.json", R"([{"text": "a"}, {"text": "b", "id": ""}])");
  REQUIRE(array.documents.size() == 2);
  CHECK(array.documents[0].id == "wire-1");
  CHECK(array.documents[1].id == "wire-2");
  const Ingested lines = parse_input("wire.jsonl", "{\"text\": \"a\"}\n\n{\"text\": \"b\"}\n");
  REQUIRE(lines.documents.size() == 2);
  CHECK(lines.documents[1].id == "wire-2");
  CHECK(lines.documents[1].source == "wire.jsonl:3");
  const Ingested single = parse_input("story.json", R"({"text": "a", "date": "2021-01-01"})");
  REQUIRE(single.documents.size() == 1);
  CHECK(single.documents[0].id == "story");
  CHECK(single.documents[0].source == "story.json");
}

TEST_CASE("ingest: undated records give one no-date warning per file", "[ingest]") {
  const Ingested in = parse_input(
      "f.json", R"([{"text": "a"}, {"text": "b", "date": "2021-01-01"}, {"text": "c"}])");
  REQUIRE(in.documents.size() == 3);
  const Diagnostic& d = only(in);
  CHECK(d.code == "no-date");
  CHECK(d.message ==
        "2 of 3 documents have no document date; relative dates stay unresolved (use --dct)");
}

TEST_CASE("ingest: malformed JSON is refused with line and column", "[ingest]") {
  const Ingested in = parse_input("bad.json", "[\n  {\"text\": \"a\"},\n  {\"text\": x}\n]");
  CHECK(in.documents.empty());
  const Diagnostic& d = only(in);
  CHECK(d.code == "json-syntax");
  CHECK(d.severity == Severity::error);
  CHECK(d.line == 3);
  CHECK(d.column == 12);
  CHECK(d.offset == 30);
  CHECK(d.to_string().rfind("bad.json:3:12: error: invalid JSON: ", 0) == 0);
  const Ingested truncated = parse_input("cut.json", "[{\"text\": \"a\"");
  CHECK(only(truncated).line == 1);
  CHECK(only(truncated).column == 14);  // the end of the input
}

TEST_CASE("ingest: a lone surrogate escape is a JSON error, so text stays valid UTF-8",
          "[ingest]") {
  const Ingested in = parse_input("s.json", R"({"text": "broken \ud800 pair"})");
  CHECK(in.documents.empty());
  CHECK(only(in).code == "json-syntax");
}

TEST_CASE("ingest: a bad JSON Lines line is skipped with its line number", "[ingest]") {
  const Ingested in = parse_input("feed.jsonl",
                                  "{\"id\": \"a\", \"text\": \"one\"}\n"
                                  "{\"id\": \"b\", \"text\": \"two\",}\n"
                                  "\n"
                                  "{\"id\": \"c\", \"text\": \"three\"}\n");
  REQUIRE(in.documents.size() == 2);
  CHECK(in.documents[0].id == "a");
  CHECK(in.documents[1].id == "c");
  CHECK(in.documents[1].source == "feed.jsonl:4");
  REQUIRE(in.diagnostics.size() == 2);  // the syntax error, then no-date
  const Diagnostic& d = in.diagnostics[0];
  CHECK(d.code == "json-syntax");
  CHECK(d.line == 2);
  CHECK(d.column == 27);  // the '}' after a trailing comma
  CHECK(in.diagnostics[1].code == "no-date");
}

TEST_CASE("ingest: a record without text is skipped, the others kept", "[ingest]") {
  SECTION("array: named by its index") {
    const Ingested in = parse_input(
        "a.json",
        R"([{"text": "ok", "date": "2021-01-01"}, {"title": "no text"}, 7, {"text": 3}])");
    REQUIRE(in.documents.size() == 1);
    REQUIRE(in.diagnostics.size() == 3);
    for (const Diagnostic& d : in.diagnostics) {
      CHECK(d.code == "json-record");
      CHECK(d.severity == Severity::error);
      CHECK(d.file == "a.json");
    }
    CHECK(in.diagnostics[0].message.rfind("record #1: ", 0) == 0);
    CHECK(in.diagnostics[1].message.rfind("record #2: ", 0) == 0);
    CHECK(in.diagnostics[2].to_string() ==
          "a.json: error: record #3: record has no string \"text\" field; skipped [json-record]");
  }
  SECTION("JSON Lines: named by its line") {
    const Ingested in =
        parse_input("a.jsonl", "{\"text\": \"ok\", \"date\": \"2021-01-01\"}\n{\"body\": \"x\"}\n");
    REQUIRE(in.documents.size() == 1);
    const Diagnostic& d = only(in);
    CHECK(d.code == "json-record");
    CHECK(d.to_string().rfind("a.jsonl:2:1: error: ", 0) == 0);
  }
  SECTION("an empty array") { CHECK(only(parse_input("e.json", "[]")).code == "empty"); }
  SECTION("a top-level value that is no record") {
    CHECK(only(parse_input("n.json", "42")).code == "json-record");
  }
}

TEST_CASE("ingest: a real timeline17 file reads every article", "[ingest]") {
  const auto shared = chronicle::testing::shared_dir();
  if (!shared) {
    WARN("skipped: ../shared is absent (timeline17 corpus)");
    return;
  }
  const auto bbc = *shared / "data/timeline17/H1N1_bbc/articles.json";
  const auto guardian = *shared / "data/timeline17/H1N1_guardian/articles.json";
  const Ingested in = read_inputs({bbc.string(), guardian.string()});
  CHECK(in.diagnostics.empty());
  REQUIRE(in.documents.size() == 122 + 76);
  const Document& first = in.documents.front();
  CHECK(first.id == "558");
  CHECK(first.dct == day(2009, 4, 25));
  CHECK(first.source == bbc.string() + "#0");
  CHECK(first.text.rfind("Susan Watts | 18:00 UK time", 0) == 0);
  std::set<std::string> unique;
  for (const Document& doc : in.documents) {
    unique.insert(doc.id);
    CHECK(doc.dct.has_value());
  }
  CHECK(unique.size() == in.documents.size());
}

// The two JSON readers side by side: simdjson's fast path for plain records and the
// nlohmann reader must give the same documents and the same diagnostics on every input,
// and the fast path must leave to nlohmann whatever needs a diagnostic.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "ingest/json_reader.h"
#include "ingest/json_records_fast.h"

using namespace chronicle;

namespace {

std::string documents_of(const Ingested& in) {
  std::string s;
  for (const Document& d : in.documents)
    s += d.id + "|" + (d.dct ? format_day(*d.dct) : "-") + "|" + d.title + "|" + d.text + "|" +
         d.url + "|" + d.source + "\n";
  for (const Diagnostic& d : in.diagnostics) s += d.to_string() + "\n";
  return s;
}

Ingested read(std::string_view text, bool lines, bool fast) {
  const IngestOptions options;
  const detail::SourceFile source{lines ? "in.jsonl" : "in.json", text, options};
  Ingested out;
  if (lines)
    detail::read_json_lines(source, out, fast);
  else
    detail::read_json(source, out, fast);
  return out;
}

}  // namespace

TEST_CASE("ingest: the fast JSON reader gives what the nlohmann reader gives", "[ingest]") {
  const std::vector<std::string> inputs = {
      R"([{"id": "a", "date": "2021-08-24", "title": "T", "text": "One.", "url": "u"}])",
      R"([{"uid": 558, "dct": "2009-04-25T10:00:00Z", "text": "Two."}, {"text": "Three."}])",
      R"([{"id": null, "uid": "u1", "text": "x"}, {"id": -4, "text": "y"}, {"id": 18446744073709551615, "text": "z"}])",
      R"([{"uid": "u", "id": "i", "text": "id beats uid"}, {"id": "a", "id": "b", "text": "first", "text": "last", "date": null}])",
      R"([{"title": 3, "url": ["x"], "text": "non-string title and url read as empty"}])",
      R"({"id": "solo", "text": "caf\u00e9 \"quoted\" \n line", "date": "2020-02-29"})",
      R"([{"id": "e", "text": "emoji \ud83d\ude00"}])",
      R"([{"id": "", "text": "empty id"}, {"id": 1.5, "text": "float id"}, {"id": true, "text": "b"}])",
      R"([{"text": "bad date", "date": "yesterday"}, {"text": "number date", "date": 20200101}])",
      R"([{"text": 5}, 7, {"id": "kept", "text": "ok"}])",
      R"([])",
      R"([{"text": "unterminated")",
      R"([{"text": "trailing"}] x)",
      R"("just a string")",
      R"([{"text": "deep", "extra": [[[[[[[[[[]]]]]]]]]], "n": -0.5e10}])",
  };
  for (const auto& input : inputs) {
    INFO(input);
    CHECK(documents_of(read(input, false, true)) == documents_of(read(input, false, false)));
  }
  const std::string lines =
      "{\"id\": \"l1\", \"text\": \"a\", \"date\": \"2021-01-02\"}\n"
      "\n"
      "[{\"text\": \"an array on a line\"}]\n"
      "{\"text\": \"no id\"}\n"
      "{\"text\": broken}\n"
      "{\"uid\": 9, \"text\": \"b\"}\n";
  CHECK(documents_of(read(lines, true, true)) == documents_of(read(lines, true, false)));
}

TEST_CASE("ingest: the fast JSON reader takes plain records and leaves the rest", "[ingest]") {
  bool array = false;
  auto plain = detail::plain_records(
      R"([{"id": 7, "text": "a", "date": "2021-08-24"}, {"text": "b"}])", array);
  REQUIRE(plain);
  CHECK(array);
  REQUIRE(plain->size() == 2);
  CHECK((*plain)[0].id == "7");
  CHECK((*plain)[0].dated);
  CHECK((*plain)[0].dct == parse_day("2021-08-24"));
  CHECK_FALSE((*plain)[1].id);
  CHECK_FALSE((*plain)[1].dated);
  // Each of these needs a diagnostic or a reading that only the nlohmann reader makes.
  for (const char* other :
       {R"([{"text": "a"}, 3])", R"([{"title": "no text"}])", R"([{"text": "a", "date": "soon"}])",
        R"([{"id": 2.5, "text": "a"}])", R"([])", R"([{"text": "a"})", R"({"text": "\udc00"})"}) {
    INFO(other);
    CHECK_FALSE(detail::plain_records(other, array));
  }
}

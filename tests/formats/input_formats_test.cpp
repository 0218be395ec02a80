// The format tables: their names in order, and the detection of each input format on
// small inline inputs, first match wins.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "chronicle/formats.h"
#include "chronicle/ingest.h"

using namespace chronicle;

namespace {

using Names = std::vector<std::string>;

// A tab-separated row of `columns` fields that starts like a GDELT event row.
std::string gdelt_row(int columns) {
  std::string row = "410412347\t20150218";
  for (int i = 2; i < columns; ++i) row += "\tx";
  return row + "\n";
}

struct Sample {
  const char* file_name;
  std::string bytes;
  const char* format;
};

}  // namespace

TEST_CASE("formats: the input formats, in detection order", "[formats]") {
  CHECK(format_names(input_formats()) ==
        Names{"gdelt", "icews", "timeml", "other_xml", "json_lines", "json", "text"});
  for (const auto& f : input_formats()) {
    CAPTURE(f.name);
    CHECK_FALSE(f.help.empty());
    CHECK(f.help.find('\n') == std::string::npos);
  }
  CHECK(input_formats().back().detect("anything at all", ".bin"));
}

TEST_CASE("formats: the output format tables, the default first", "[formats]") {
  CHECK(format_names(result_formats()) == Names{"json", "jsonl"});
  CHECK(format_names(timeline_formats()) == Names{"semeval2015", "json"});
  CHECK(format_names(render_formats()) ==
        Names{"svg", "png", "pdf", "dot", "json", "graphml", "csv", "timelinejs", "html"});
  CHECK(find_format(render_formats(), "dot")->draws_view);
  CHECK_FALSE(find_format(render_formats(), "csv")->draws_view);
  CHECK(find_format(render_formats(), "gif") == nullptr);
  CHECK(find_format(result_formats(), "jsonl")->lines);
  CHECK_FALSE(find_format(result_formats(), "json")->lines);
}

TEST_CASE("formats: each input format is recognised from a small example", "[formats]") {
  const std::vector<Sample> samples = {
      {"events.csv", gdelt_row(58), "gdelt"},
      {"events.csv", gdelt_row(57), "gdelt"},
      {"events.csv", gdelt_row(61), "gdelt"},
      {"events.tab", "Event ID\tEvent Date\tSource Name\n1\t2018-06-01\tX\n", "icews"},
      {"doc.tml", "Modi spoke.", "timeml"},
      {"doc.xml", "<doc><TEXT>Modi spoke.</TEXT></doc>", "timeml"},
      {"doc.txt", "  <TimeML><TEXT>Modi spoke.</TEXT></TimeML>", "timeml"},
      {"doc.txt", "<?xml version=\"1.0\"?><NAF/>", "other_xml"},
      {"doc.xml", "<Document><token>Modi</token></Document>", "other_xml"},
      {"feed.jsonl", "anything", "json_lines"},
      {"feed.ndjson", "anything", "json_lines"},
      {"feed.txt", "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\", \"text\": \"y\"}\n",
       "json_lines"},
      {"feed.json", "{\"id\": \"a\"}\n{\"id\": \"b\"}\n", "json_lines"},
      {"feed.json", "[]", "json"},
      {"feed.txt", "[{\"id\": \"a\", \"text\": \"x\"}]", "json"},
      {"feed.txt", "{\n  \"id\": \"a\",\n  \"text\": \"x\"\n}\n", "json"},
      {"feed.txt", "{}", "json"},
      {"doc.txt", "[Reuters] Modi spoke on Tuesday.", "text"},
      {"doc.txt", " date 2021-08-25 Modi spoke.", "text"},
      {"doc", "{Modi} spoke.", "text"},
  };
  for (const auto& s : samples) {
    CAPTURE(s.file_name, s.bytes);
    CHECK(detect_input_format(s.file_name, s.bytes) == s.format);
  }
}

TEST_CASE("formats: the first matching input format wins", "[formats]") {
  // A GDELT row in a file named .tml is still GDELT; an .xml file with TEXT is TimeML,
  // not other XML; a .json file of object lines is JSON Lines.
  CHECK(detect_input_format("rows.tml", gdelt_row(58)) == "gdelt");
  CHECK(detect_input_format("doc.xml", "<?xml version=\"1.0\"?><TEXT>x</TEXT>") == "timeml");
  CHECK(detect_input_format("feed.json", "{\"id\": 1}\n{\"id\": 2}") == "json_lines");
  // The rule of a later format alone would accept these too.
  const auto& json = *find_format(input_formats(), "json");
  CHECK(json.detect("{\"id\": 1}\n{\"id\": 2}", ".json"));
  const auto& other_xml = *find_format(input_formats(), "other_xml");
  CHECK(other_xml.detect("<?xml version=\"1.0\"?><TEXT>x</TEXT>", ".xml"));
}

TEST_CASE("formats: the detected format's reader reads the input", "[formats]") {
  const Ingested lines = parse_input(
      "feed.txt", "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\", \"text\": \"y\"}\n");
  CHECK(lines.documents.size() == 2);
  const Ingested xml = parse_input("doc.xml", "<Document><token>Modi</token></Document>");
  REQUIRE(xml.diagnostics.size() == 1);
  CHECK(xml.diagnostics[0].code == "unsupported-format");
  const Ingested text = parse_input("doc.txt", "[Reuters] Modi spoke on Tuesday.");
  REQUIRE(text.documents.size() == 1);
  CHECK(text.documents[0].text == "[Reuters] Modi spoke on Tuesday.");
}

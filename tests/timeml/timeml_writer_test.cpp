// TimeML out: annotating keeps every byte outside the inserted tags, the result parses
// as TimeML, ids are unique, and references in TEXT stay as written.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

#include "chronicle/timeml.h"
#include "ingest/timeml_reader.h"
#include "test_support.h"

namespace {

const char* const kInput =
    "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>APW0001</DOCID>\n"
    "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-08-07\" functionInDocument=\"CREATION_TIME\">"
    "1998-08-07</TIMEX3></DCT>\n<TITLE>Bombs &amp; talks</TITLE>\n<EXTRAINFO>x &amp;Cx1f; y</EXTRAINFO>\n"
    "<TEXT>\nAT&amp;T said on Friday that profits rose 5% in the third quarter, and\n"
    "talks will resume next week &lt;as planned&gt;. Two days later, &#233;lan was gone.\n</TEXT>\n"
    "<!-- a comment -->\n</TimeML>\n";

chronicle::detail::TimemlDocument parse(const std::string& xml) {
  auto r = chronicle::detail::parse_timeml("out.tml", xml);
  REQUIRE(r.ok());
  return r.value();
}

std::set<std::string> ids(const chronicle::detail::TimemlDocument& d, const char* key) {
  std::set<std::string> out;
  for (const auto& e : d.elements) {
    if (e.attribute(key).empty()) continue;
    CHECK(out.insert(e.attribute(key)).second);
  }
  return out;
}

}  // namespace

TEST_CASE("timeml: annotate inserts tags and changes no other byte", "[timeml]") {
  chronicle::Pipeline pipeline;
  auto r = chronicle::annotate_timeml("in.tml", kInput, pipeline);
  REQUIRE(r.ok());
  const std::string& out = r.value();
  auto back = chronicle::strip_timeml_text("out.tml", out);
  REQUIRE(back.ok());
  CHECK(back.value() == kInput);
  auto doc = parse(out);
  CHECK(doc.text == parse(kInput).text);
  CHECK_THAT(out, Catch::Contains("AT&amp;T"));
  CHECK_THAT(out, Catch::Contains("&lt;as "));
  CHECK_THAT(out, Catch::Contains("&gt;. "));
  CHECK_THAT(out, Catch::Contains("type=\"DATE\" value=\"1998-08-07\""));
  CHECK_THAT(out, Catch::Contains(">Friday</TIMEX3>"));
  CHECK_THAT(out, Catch::Contains("value=\"1998-Q3\""));
  CHECK_THAT(out, Catch::Contains("anchorTimeID=\"t0\""));
  auto tids = ids(doc, "tid");
  CHECK(tids.size() >= 3);
  CHECK_FALSE(tids.count("t0"));  // the DCT keeps its own id
  ids(doc, "eid");
}

TEST_CASE("timeml: annotating replaces tags already in TEXT", "[timeml]") {
  std::string tagged = kInput;
  auto at = tagged.find("Friday");
  tagged.replace(at, 6, "<TIMEX3 tid=\"t9\" type=\"DATE\" value=\"X\">Friday</TIMEX3>");
  chronicle::Pipeline pipeline;
  auto a = chronicle::annotate_timeml("in.tml", tagged, pipeline);
  auto b = chronicle::annotate_timeml("in.tml", kInput, pipeline);
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(a.value() == b.value());
}

TEST_CASE("timeml: malformed TimeML is refused with its line", "[timeml]") {
  chronicle::Pipeline pipeline;
  auto r = chronicle::annotate_timeml("bad.tml", "<TimeML>\n<TEXT>\nsome <b>text\n</TEXT>\n</TimeML>\n", pipeline);
  REQUIRE_FALSE(r.ok());
  CHECK(r.diagnostics()[0].file == "bad.tml");
  CHECK(r.diagnostics()[0].line == 4);
}

TEST_CASE("timeml: TBAQ documents round-trip through strip and annotate", "[timeml]") {
  auto shared = chronicle::testing::shared_dir();
  if (!shared || !std::filesystem::exists(*shared / "data/tempeval3/TBAQ-cleaned")) {
    WARN("SKIP: TBAQ-cleaned is not available");
    return;
  }
  chronicle::Pipeline pipeline;
  for (const char* name : {"TimeBank/ABC19980108.1830.0711.tml", "AQUAINT/APW19980807.0261.tml"}) {
    auto path = *shared / "data/tempeval3/TBAQ-cleaned" / name;
    if (!std::filesystem::exists(path)) continue;
    std::string gold = chronicle::testing::read_file(path);
    auto input = chronicle::strip_timeml_text(name, gold);
    REQUIRE(input.ok());
    auto out = chronicle::annotate_timeml(name, input.value(), pipeline);
    REQUIRE(out.ok());
    auto back = chronicle::strip_timeml_text(name, out.value());
    REQUIRE(back.ok());
    CHECK(back.value() == input.value());
    auto scored = chronicle::score_timeml(name, gold, name, out.value());
    REQUIRE(scored.ok());
    CHECK(scored.value().timex.gold > 0);
    CHECK(scored.value().timex.relaxed_gold > 0);
  }
}

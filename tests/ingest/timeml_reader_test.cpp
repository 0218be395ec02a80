// TimeML: DOCID, DCT and TEXT as a Document, element spans in the stripped text (what
// TempEval scoring lines gold annotations up with), errors, and the real TBAQ corpus.
#include "ingest/timeml_reader.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "chronicle/ingest.h"
#include "test_support.h"

using namespace chronicle;
using chronicle::detail::parse_timeml;
using chronicle::detail::TimemlDocument;

namespace {

const char* const kSample = R"(<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<!-- a comment with <TEXT> inside -->
<DOCID>APW19980807.0261</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="1998-08-07T06:18:00" functionInDocument="CREATION_TIME">08/07/1998</TIMEX3></DCT>
<TITLE>Explosions rock U.S. embassies &amp; more</TITLE>
<TEXT>
Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>, AT&amp;T &lt;said&gt; &#233;&#xE9; <EVENT eid="e2" class="REPORTING">said</EVENT>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST"/>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>
)";

}  // namespace

TEST_CASE("ingest: TimeML gives id, date, title and plain text", "[ingest]") {
  const Ingested in = parse_input("corpus/x.tml", kSample);
  REQUIRE(in.documents.size() == 1);
  CHECK(in.diagnostics.empty());
  const Document& doc = in.documents[0];
  CHECK(doc.id == "APW19980807.0261");
  CHECK(doc.dct == Day{std::chrono::year{1998}, std::chrono::month{8}, std::chrono::day{7}});
  CHECK(doc.title == "Explosions rock U.S. embassies & more");
  CHECK(doc.text == "\nBombs exploded Friday, AT&T <said> \xC3\xA9\xC3\xA9 said.\n");
  CHECK(doc.source == "corpus/x.tml");
}

TEST_CASE("ingest: TimeML elements keep their spans in the plain text", "[ingest]") {
  const auto parsed = parse_timeml("x.tml", kSample);
  REQUIRE(parsed.ok());
  const TimemlDocument& doc = parsed.value();
  REQUIRE(doc.elements.size() == 3);
  auto text_of = [&](std::size_t i) {
    return doc.text.substr(doc.elements[i].span.begin, doc.elements[i].span.size());
  };
  CHECK(doc.elements[0].name == "EVENT");
  CHECK(doc.elements[0].attribute("eid") == "e1");
  CHECK(text_of(0) == "exploded");
  CHECK(doc.elements[1].name == "TIMEX3");
  CHECK(doc.elements[1].attribute("value") == "1998-08-07");
  CHECK(text_of(1) == "Friday");
  CHECK(text_of(2) == "said");  // after decoded references, offsets still line up
  CHECK(doc.elements[2].attribute("missing").empty());
  CHECK(doc.dct_timex.attribute("tid") == "t0");
  REQUIRE(doc.annotations.size() == 2);
  CHECK(doc.annotations[0].name == "MAKEINSTANCE");
  CHECK(doc.annotations[1].attribute("relType") == "BEFORE");
}

TEST_CASE("ingest: nested TimeML elements and empty ones get spans too", "[ingest]") {
  const auto parsed = parse_timeml(
      "n.tml", "<TimeML><TEXT>a <X k='v &quot;q&quot;'>b <Y>c</Y></X><Z/> d</TEXT></TimeML>");
  REQUIRE(parsed.ok());
  const TimemlDocument& doc = parsed.value();
  CHECK(doc.text == "a b c d");
  REQUIRE(doc.elements.size() == 3);
  CHECK(doc.elements[0].name == "X");
  CHECK(doc.elements[0].attribute("k") == "v \"q\"");
  CHECK(doc.elements[0].span == Span{2, 5});
  CHECK(doc.elements[1].span == Span{4, 5});
  CHECK(doc.elements[2].name == "Z");
  CHECK(doc.elements[2].span == Span{5, 5});
}

TEST_CASE("ingest: SemEval sentence elements do not run together", "[ingest]") {
  const auto parsed =
      parse_timeml("s.tml",
                   "<TimeML><TEXT><s id=\"1\">June 9</s><s id=\"2\">Apple <EVENT "
                   "eid=\"e1\">announced</EVENT> it.</s>\n<s>End.</s></TEXT></TimeML>");
  REQUIRE(parsed.ok());
  const TimemlDocument& doc = parsed.value();
  CHECK(doc.text == "June 9\nApple announced it.\nEnd.\n");
  REQUIRE(doc.elements.size() == 4);
  CHECK(doc.elements[0].span == Span{0, 6});
  CHECK(doc.text.substr(doc.elements[2].span.begin, doc.elements[2].span.size()) == "announced");
}

TEST_CASE("ingest: XML other than TimeML is refused, not read as text", "[ingest]") {
  const Ingested cat = parse_input(
      "doc.xml", "<?xml version=\"1.0\"?>\n<Document><token t_id=\"1\">Apple</token></Document>");
  CHECK(cat.documents.empty());
  REQUIRE(cat.diagnostics.size() == 1);
  CHECK(cat.diagnostics[0].code == "unsupported-format");
}

TEST_CASE("ingest: TimeML without a DOCID or DCT falls back to the file name and warns",
          "[ingest]") {
  const Ingested in = parse_input("dir/doc7.tml", "<TimeML><TEXT>Hello.</TEXT></TimeML>");
  REQUIRE(in.documents.size() == 1);
  CHECK(in.documents[0].id == "doc7");
  REQUIRE(in.diagnostics.size() == 1);
  CHECK(in.diagnostics[0].code == "no-date");
}

TEST_CASE("ingest: malformed TimeML is refused with its place", "[ingest]") {
  struct Case {
    const char* xml;
    int line;
    int column;
  };
  const Case cases[] = {
      {"<TimeML>\n<TEXT>a <EVENT>b</TIMEX3></TEXT></TimeML>", 2, 17},        // mismatched end tag
      {"<TimeML>\n<TEXT>a <EVENT>b</TEXT></TimeML>", 2, 17},                 // EVENT left open
      {"<TimeML>\n<TEXT>1 < 2</TEXT></TimeML>", 2, 9},                       // a bare '<'
      {"<TimeML>\n<TEXT>a <EVENT eid=e1>b</EVENT></TEXT></TimeML>", 2, 16},  // unquoted value
      {"<TimeML>\n<TEXT>a", 2, 1},                                           // TEXT never closed
      {"<TimeML><DOCID>x</DOCID></TimeML>", 1, 1},                           // no TEXT
  };
  for (const Case& c : cases) {
    INFO(c.xml);
    const Ingested in = parse_input("bad.tml", c.xml);
    CHECK(in.documents.empty());
    REQUIRE(in.diagnostics.size() == 1);
    CHECK(in.diagnostics[0].code == "timeml-syntax");
    CHECK(in.diagnostics[0].line == c.line);
    CHECK(in.diagnostics[0].column == c.column);
  }
}

TEST_CASE("ingest: a real TimeML file lines up every TIMEX3 and EVENT", "[ingest]") {
  const auto shared = chronicle::testing::shared_dir();
  if (!shared) {
    WARN("skipped: ../shared is absent (TempEval-3 TBAQ corpus)");
    return;
  }
  const auto path = *shared / "data/tempeval3/TBAQ-cleaned/AQUAINT/APW19980807.0261.tml";
  const Ingested in = read_inputs({path.string()});
  CHECK(in.diagnostics.empty());
  REQUIRE(in.documents.size() == 1);
  CHECK(in.documents[0].id == "APW19980807.0261");
  CHECK(in.documents[0].title == "Explosions rock U.S. embassies in Tanzania, Kenya");
  CHECK(in.documents[0].text.find("Suspected bombs exploded outside the U.S. embassies") !=
        std::string::npos);

  const auto parsed = parse_timeml(path.string(), chronicle::testing::read_file(path));
  REQUIRE(parsed.ok());
  const TimemlDocument& doc = parsed.value();
  CHECK(doc.text == in.documents[0].text);
  REQUIRE_FALSE(doc.elements.empty());
  CHECK(doc.elements[0].name == "EVENT");
  CHECK(doc.text.substr(doc.elements[0].span.begin, doc.elements[0].span.size()) == "exploded");
  CHECK(doc.elements[1].name == "TIMEX3");
  CHECK(doc.text.substr(doc.elements[1].span.begin, doc.elements[1].span.size()) == "Friday");
  CHECK(doc.dct_timex.attribute("value") == "1998-08-07");
  CHECK_FALSE(doc.annotations.empty());
}

TEST_CASE("ingest: every TBAQ file parses with spans inside its text", "[ingest]") {
  const auto shared = chronicle::testing::shared_dir();
  if (!shared) {
    WARN("skipped: ../shared is absent (TempEval-3 TBAQ corpus)");
    return;
  }
  const auto root = *shared / "data/tempeval3/TBAQ-cleaned";
  const Ingested in = read_inputs({(root / "AQUAINT").string(), (root / "TimeBank").string()});
  CHECK(in.diagnostics.empty());
  CHECK(in.documents.size() == 256);
  std::size_t timexes = 0, events = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.path().extension() != ".tml") continue;
    const auto parsed =
        parse_timeml(entry.path().string(), chronicle::testing::read_file(entry.path()));
    REQUIRE(parsed.ok());
    for (const auto& element : parsed.value().elements) {
      CHECK(element.span.end <= parsed.value().text.size());
      timexes += element.name == "TIMEX3";
      events += element.name == "EVENT";
    }
  }
  // The corpus README counts 1,822 TIMEX3 (DCTs aside) and 11,145 EVENT, 16 of them in
  // headlines outside TEXT (TimeBank APW19980213.1380 and WSJ910225-0066).
  CHECK(events == 11145 - 16);
  CHECK(timexes == 1822);
}

// The MEANTIME (CAT XML) reader and the entity scores built on it.
#include <catch2/catch.hpp>
#include <filesystem>

#include "chronicle/eval/meantime_entities.h"
#include "chronicle/eval/meantime_reader.h"
#include "test_support.h"

using namespace chronicle;
using namespace chronicle::eval;

namespace {

const char* const kCat = R"(<?xml version="1.0" ?>
<Document doc_id="7" doc_name="7_test" url="http://x">
<token number="0" sentence="0" t_id="1">Steve</token>
<token number="1" sentence="0" t_id="2">Jobs</token>
<token number="2" sentence="0" t_id="3">visited</token>
<token number="3" sentence="0" t_id="4">London</token>
<token number="4" sentence="1" t_id="5">He</token>
<token number="5" sentence="1" t_id="6">left</token>
<token number="6" sentence="2" t_id="7">Unannotated</token>
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/><token_anchor t_id="2"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="4"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="3" syntactic_type="PRO"><token_anchor t_id="5"/></ENTITY_MENTION>
<ENTITY m_id="10" ent_type="PER" instance_id="PER1"/>
<ENTITY m_id="11" ent_type="LOC" instance_id="LOC1"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="1"/><source m_id="3"/><target m_id="10"/></REFERS_TO>
<REFERS_TO r_id="2"><source m_id="2"/><target m_id="11"/></REFERS_TO>
</Relations>
</Document>
)";

}  // namespace

TEST_CASE("meantime: the reader rebuilds the text and keeps markables and relations",
          "[meantime]") {
  auto r = parse_cat_document(kCat, "t.xml");
  REQUIRE(r.ok());
  const CatDocument& d = r.value();
  CHECK(d.doc_id == "7");
  CHECK(d.text == "Steve Jobs visited London\n\nHe left\n\nUnannotated");
  CHECK(d.markables.size() == 5);
  REQUIRE(d.markable("1"));
  CHECK(d.words(*d.markable("1")) == "Steve Jobs");
  CHECK(d.text.substr(d.span(*d.markable("2")).begin, 6) == "London");
  CHECK(d.annotated_end() == std::string("Steve Jobs visited London\n\nHe left").size());
  auto gold = gold_entity_mentions(d);
  REQUIRE(gold.size() == 3);
  CHECK(gold[0].type == "PER");
  CHECK(gold[0].entity == gold[1].entity);
  CHECK(gold[2].type == "LOC");
}

TEST_CASE("meantime: broken CAT XML is refused with its line", "[meantime]") {
  auto r = parse_cat_document(
      "<Document>\n<token sentence=\"0\" t_id=\"1\">A</token>\n<Markables>\n"
      "<ENTITY_MENTION m_id=\"1\"><token_anchor t_id=\"9\"/></ENTITY_MENTION>\n",
      "bad.xml");
  REQUIRE_FALSE(r.ok());
  CHECK(r.diagnostics().front().file == "bad.xml");
  CHECK(r.diagnostics().front().line == 4);
  CHECK_FALSE(parse_cat_document("<Document></Document>", "empty.xml").ok());
}

TEST_CASE("meantime: scores on a small document, pronoun linked and kinds mapped", "[meantime]") {
  auto d = parse_cat_document(kCat, "t.xml");
  REQUIRE(d.ok());
  Options o;
  o.stages = {"segment", "time", "actors"};
  auto s = evaluate_meantime_entities(Pipeline(o), {d.value()}, {d.value()});
  CHECK(s.detection["all"].gold == 2);
  CHECK(s.detection["PER"].tp == 1);
  CHECK(s.detection["LOC"].tp == 1);
  CHECK(s.detection["all"].precision() == 1.0);  // the unannotated sentence is not scored
  CHECK(s.within_document.f1() == Approx(1.0));
  CHECK(s.cross_document.f1() == Approx(1.0));
}

TEST_CASE("meantime: named mention F1 on the Apple corpus stays above the bar",
          "[meantime][corpus]") {
  auto shared = testing::shared_dir();
  auto dir = shared ? *shared / "data" / "meantime" / "intra-doc_apple" : std::filesystem::path();
  if (!shared || !std::filesystem::is_directory(dir)) {
    WARN("MEANTIME is absent from ../shared/data: skipping the corpus check");
    return;
  }
  std::vector<CatDocument> docs;
  for (const auto& f : cat_files(dir.string())) {
    auto d = read_cat_document(f);
    REQUIRE(d.ok());
    docs.push_back(d.value());
  }
  Options o;
  o.stages = {"segment", "time", "actors"};
  auto s = evaluate_meantime_entities(Pipeline(o), docs, {});
  CHECK(s.detection["all"].f1() >= 0.80);
}

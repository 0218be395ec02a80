// TempEval-3 scoring on small hand-made gold/system pairs whose measures are worked out
// by hand: strict and relaxed spans by words, attributes over relaxed matches.
#include <catch2/catch.hpp>

#include "chronicle/timeml.h"

namespace {

std::string tml(const std::string& text) {
  return "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>d1</DOCID>\n"
         "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-08-07\">1998-08-07</TIMEX3></DCT>\n"
         "<TEXT>" + text + "</TEXT>\n</TimeML>\n";
}

chronicle::TimemlCounts score(const std::string& gold, const std::string& system) {
  auto r = chronicle::score_timeml("gold.tml", tml(gold), "sys.tml", tml(system));
  REQUIRE(r.ok());
  return r.value();
}

}  // namespace

TEST_CASE("timeml: identical annotations score 1 everywhere", "[timeml]") {
  std::string t = "They met <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-08-06\">Thursday</TIMEX3> and "
                  "<EVENT eid=\"e1\" class=\"OCCURRENCE\">talked</EVENT>.";
  auto c = score(t, t);
  CHECK(strict_prf(c.timex).f1 == Approx(1.0));
  CHECK(attribute1_prf(c.timex).f1 == Approx(1.0));
  CHECK(attribute2_prf(c.timex).f1 == Approx(1.0));
  CHECK(strict_prf(c.event).f1 == Approx(1.0));
  CHECK(attribute1_prf(c.event).f1 == Approx(1.0));
}

TEST_CASE("timeml: a partial span is a relaxed match, not a strict one", "[timeml]") {
  // gold: "Friday evening" (value right in system), "last year"; system: "Friday" with the
  // wrong type, "two weeks" (spurious).
  std::string gold = "He left <TIMEX3 tid=\"t1\" type=\"TIME\" value=\"1998-08-07TEV\">Friday evening</TIMEX3>"
                     " after <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1997\">last year</TIMEX3> for two weeks.";
  std::string sys = "He left <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-08-07TEV\">Friday</TIMEX3> evening"
                    " after last year for <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P2W\">two weeks</TIMEX3>.";
  auto c = score(gold, sys).timex;
  CHECK(c.gold == 2);
  CHECK(c.system == 2);
  CHECK(c.strict_gold == 0);
  CHECK(c.relaxed_gold == 1);
  CHECK(c.relaxed_system == 1);
  CHECK(strict_prf(c).f1 == Approx(0.0));
  CHECK(relaxed_prf(c).precision == Approx(0.5));
  CHECK(relaxed_prf(c).recall == Approx(0.5));
  CHECK(relaxed_prf(c).f1 == Approx(0.5));
  // value right on the one relaxed match: P = 1/2, R = 1/2; type wrong: 0
  CHECK(attribute1_prf(c).f1 == Approx(0.5));
  CHECK(attribute2_prf(c).f1 == Approx(0.0));
}

TEST_CASE("timeml: spans compare by words, so punctuation inside a word does not matter", "[timeml]") {
  std::string gold = "On <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-08-03\">Monday</TIMEX3>, it rained.";
  std::string sys = "On <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-08-03\">Monday,</TIMEX3> it rained.";
  auto c = score(gold, sys).timex;
  CHECK(c.strict_gold == 1);
  CHECK(c.strict_system == 1);
}

TEST_CASE("timeml: precision and recall of events with three gold and two system", "[timeml]") {
  std::string gold = "<EVENT eid=\"e1\" class=\"REPORTING\">said</EVENT> the <EVENT eid=\"e2\" class=\"OCCURRENCE\">"
                     "attack</EVENT> <EVENT eid=\"e3\" class=\"STATE\">continues</EVENT>";
  std::string sys = "<EVENT eid=\"e1\" class=\"REPORTING\">said</EVENT> the <EVENT eid=\"e2\" class=\"STATE\">"
                    "attack</EVENT> continues";
  auto c = score(gold, sys).event;
  CHECK(strict_prf(c).precision == Approx(1.0));
  CHECK(strict_prf(c).recall == Approx(2.0 / 3.0));
  CHECK(strict_prf(c).f1 == Approx(0.8));
  // class right once: P = 1/2, R = 1/3, F1 = 0.4
  CHECK(attribute1_prf(c).f1 == Approx(0.4));
}

TEST_CASE("timeml: documents with different text cannot be scored", "[timeml]") {
  auto r = chronicle::score_timeml("gold.tml", tml("one text"), "sys.tml", tml("another text"));
  REQUIRE_FALSE(r.ok());
  CHECK(r.diagnostics()[0].code == "timeml-mismatch");
}

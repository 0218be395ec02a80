// The SemEval-2015 Task 4 timeline format and temporal awareness on small timelines whose
// reduced graphs and closures are worked out by hand.
#include "chronicle/eval/semeval2015.h"

#include <catch2/catch.hpp>

using namespace chronicle::eval;
using Catch::Detail::Approx;

namespace {
Timeline parse(const std::string& text) {
  auto r = parse_timeline("t.txt", text);
  REQUIRE(r.ok());
  return r.value();
}
}  // namespace

TEST_CASE("eval: a timeline file round-trips through parse and format", "[eval]") {
  std::string text =
      "iPhone "
      "4\n0\tXXXX-XX-XX\t17036-11-issue\n2\t2010-06-07\t16844-5-introducing\t16900-11-introduced\n";
  Timeline t = parse(text);
  CHECK(t.target == "iPhone 4");
  REQUIRE(t.entries.size() == 2);
  CHECK(t.entries[1].mentions.size() == 2);
  CHECK(format_timeline(t) == text);
}

TEST_CASE("eval: a malformed timeline line is reported with its line number", "[eval]") {
  auto r = parse_timeline("bad.txt", "Target\n1\t2010\tdoc-1-x\nnot a line\n");
  REQUIRE_FALSE(r.ok());
  CHECK(r.diagnostics().front().line == 3);
}

TEST_CASE("eval: temporal awareness of identical, partial and reversed timelines", "[eval]") {
  Timeline ref = parse("T\n1\t2010-01-01\td-1-a\n2\t2010-02-01\td-2-b\n");
  // reduced reference: a = 2010-01-01, b = 2010-02-01, a before b
  auto same = temporal_awareness(ref, ref);
  CHECK(same.system_total == 3);
  CHECK(same.f1() == Approx(1));

  auto partial = temporal_awareness(ref, parse("T\n1\t2010-02-01\td-2-b\n"));
  CHECK(partial.precision() == Approx(1));
  CHECK(partial.recall() == Approx(1.0 / 3));

  auto reversed = temporal_awareness(ref, parse("T\n1\t2010-02-01\td-2-b\n2\t2010-01-01\td-1-a\n"));
  CHECK(reversed.precision() == Approx(2.0 / 3));  // the anchors hold, the order does not
  CHECK(reversed.recall() == Approx(2.0 / 3));
}

TEST_CASE("eval: the closure credits an order that the reduced graph only implies", "[eval]") {
  // reference a < b < c; the system says only a < c (b missing): entailed by the closure
  Timeline ref = parse("T\n1\tXXXX-XX-XX\td-1-a\n2\tXXXX-XX-XX\td-2-b\n3\tXXXX-XX-XX\td-3-c\n");
  auto s = temporal_awareness(ref, parse("T\n1\tXXXX-XX-XX\td-1-a\n2\tXXXX-XX-XX\td-3-c\n"));
  CHECK(s.system_total == 1);
  CHECK(s.precision() == Approx(1));
  CHECK(s.reference_total == 2);  // a<b and b<c; a<c is implied, not counted
  CHECK(s.recall() == 0);
}

// Coreference metrics on small clusterings whose scores are worked out by hand, including
// the reference scorer's corner cases (all singletons, mentions on one side only, empty
// response).
#include "chronicle/eval/coref_metrics.h"

#include <catch2/catch.hpp>

using Catch::Detail::Approx;
using chronicle::eval::Clusters;

TEST_CASE("eval: metrics of a split-and-merge response", "[eval]") {
  Clusters key = {{"a", "b", "c"}, {"d", "e"}};
  Clusters response = {{"a", "b"}, {"c", "d", "e"}};
  auto s = chronicle::eval::score_all(key, response);
  // MUC: each side needs 2 of its 3 links
  CHECK(s.muc.recall == Approx(2.0 / 3));
  CHECK(s.muc.precision == Approx(2.0 / 3));
  // B3: ((4 + 1) / 3 + 4 / 2) / 5 both ways
  CHECK(s.b_cubed.recall == Approx(11.0 / 15));
  CHECK(s.b_cubed.precision == Approx(11.0 / 15));
  // CEAF-e: {abc}-{ab} 0.8 + {de}-{cde} 0.8 over 2 entities
  CHECK(s.ceaf_e.recall == Approx(0.8));
  CHECK(s.ceaf_e.precision == Approx(0.8));
  CHECK(s.conll_f1() == Approx((2.0 / 3 + 11.0 / 15 + 0.8) / 3));
}

TEST_CASE("eval: identical clusterings score 1 everywhere", "[eval]") {
  Clusters key = {{"a", "b"}, {"c"}, {"d", "e", "f"}};
  auto s = chronicle::eval::score_all(key, key);
  CHECK(s.muc.f1() == Approx(1));
  CHECK(s.b_cubed.f1() == Approx(1));
  CHECK(s.ceaf_e.f1() == Approx(1));
}

TEST_CASE("eval: all singletons give MUC 0 (no links) but B3 and CEAF-e 1", "[eval]") {
  Clusters key = {{"a"}, {"b"}, {"c"}};
  auto s = chronicle::eval::score_all(key, key);
  CHECK(s.muc.recall == 0);
  CHECK(s.muc.precision == 0);
  CHECK(s.b_cubed.f1() == Approx(1));
  CHECK(s.ceaf_e.f1() == Approx(1));
}

TEST_CASE("eval: mentions on one side only (predicted mentions)", "[eval]") {
  Clusters key = {{"a", "b"}};
  Clusters response = {{"a", "c"}};
  auto s = chronicle::eval::score_all(key, response);
  CHECK(s.muc.recall == 0);  // b is missing: {a,b} falls into two parts
  CHECK(s.muc.precision == 0);
  CHECK(s.b_cubed.recall == Approx(0.25));
  CHECK(s.b_cubed.precision == Approx(0.25));
  CHECK(s.ceaf_e.recall == Approx(0.5));
  CHECK(s.ceaf_e.precision == Approx(0.5));
}

TEST_CASE("eval: an empty response scores 0", "[eval]") {
  Clusters key = {{"a", "b"}, {"c"}};
  auto s = chronicle::eval::score_all(key, {});
  CHECK(s.muc.recall == 0);
  CHECK(s.b_cubed.recall == 0);
  CHECK(s.b_cubed.precision == 0);
  CHECK(s.ceaf_e.f1() == 0);
}

TEST_CASE("eval: one response cluster over everything", "[eval]") {
  Clusters key = {{"a", "b"}, {"c", "d"}};
  Clusters response = {{"a", "b", "c", "d"}};
  auto s = chronicle::eval::score_all(key, response);
  CHECK(s.muc.recall == Approx(1));
  CHECK(s.muc.precision == Approx(2.0 / 3));
  CHECK(s.b_cubed.recall == Approx(1));
  CHECK(s.b_cubed.precision == Approx(0.5));  // (4/4 + 4/4) / 4
  CHECK(s.ceaf_e.recall == Approx(2.0 * 2 / 6 / 2));
  CHECK(s.ceaf_e.precision == Approx(2.0 * 2 / 6));
}

TEST_CASE("eval: the assignment takes the best one-to-one pairing, not the greedy one", "[eval]") {
  // greedy would take 0.9 and then 0.1; the optimum is 0.8 + 0.7
  CHECK(chronicle::eval::max_assignment({{0.9, 0.8}, {0.7, 0.1}}) == Approx(1.5));
  CHECK(chronicle::eval::max_assignment({{0.5, 0.2, 0.9}}) == Approx(0.9));
  CHECK(chronicle::eval::max_assignment({{0.5}, {0.6}}) == Approx(0.6));
}

// chronicle timeline and the ECB+ evaluation from the command line: the SemEval-2015
// format on a small article, and clear failures on bad arguments.
#include <catch2/catch.hpp>

#include "test_support.h"

using namespace chronicle::testing;

TEST_CASE("eval: timeline writes the SemEval-2015 format for a target", "[eval]") {
  TempDir dir;
  // mentions are DOCID-LINE-WORD; the blank line counts
  auto file = dir.write(
      "1001.txt", "France criticised Germany on Tuesday.\n\nFrance thanked Spain on Friday.\n");
  auto r = run({chronicle_binary().string(), "timeline", file.string(), "--target", "France",
                "--dct", "2024-03-10"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out == "France\n1\t2024-03-05\t1001-1-criticised\n2\t2024-03-08\t1001-3-thanked\n");
}

TEST_CASE("eval: timeline and eval ecbplus refuse bad arguments clearly", "[eval]") {
  auto no_target = run({chronicle_binary().string(), "timeline", "x.txt"});
  CHECK(no_target.exit_code == 2);
  CHECK(no_target.err.find("--target") != std::string::npos);
  TempDir dir;
  auto empty = run({chronicle_binary().string(), "eval", "ecbplus", dir.path().string()});
  CHECK(empty.exit_code == 1);
  CHECK(empty.err.find("no ECB+ documents") != std::string::npos);
}

// Acceptance: `chronicle extract --format json` on the seed articles, scored by the
// project's gold annotation with ../shared/tools/score_events.py. Skips when ../shared
// is absent.
#include <catch2/catch.hpp>

#include <filesystem>
#include <iostream>

#include "test_support.h"

namespace fs = std::filesystem;
using namespace chronicle::testing;

TEST_CASE("acceptance: the seed articles score on the gold annotation", "[acceptance]") {
  auto shared = shared_dir();
  if (!shared || !fs::exists(*shared / "tools" / "score_events.py")) {
    WARN("../shared (seeds, gold, scorer) is absent: skipping the seeds acceptance test");
    return;
  }
  std::vector<std::string> args = {chronicle_binary().string(), "extract", "--format", "json"};
  std::vector<std::string> seeds;
  for (const auto& e : fs::directory_iterator(*shared / "seeds"))
    if (e.path().extension() == ".txt") seeds.push_back(e.path().string());
  std::sort(seeds.begin(), seeds.end());
  args.insert(args.end(), seeds.begin(), seeds.end());
  auto ex = run(args);
  REQUIRE(ex.exit_code == 0);
  TempDir dir;
  auto out = dir.write("seeds.json", ex.out);
  auto score = run({CHRONICLE_PYTHON, (*shared / "tools" / "score_events.py").string(),
                    (*shared / "gold" / "seeds.gold.json").string(), out.string(),
                    "--min-events", "0.9375", "--min-dates", "0.909", "--min-merges", "1", "--min-actors", "1"});
  std::string last = score.out.substr(score.out.rfind('\n', score.out.size() - 2) + 1);
  std::cout << "seeds: " << last;
  INFO(score.out << score.err);
  CHECK(score.exit_code == 0);
}

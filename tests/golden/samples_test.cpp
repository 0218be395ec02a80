// Golden end-to-end test: `chronicle build` on samples/*.txt must reproduce the expected
// events.json, timeline.dot and actors.dot in tests/golden/samples/ byte for byte, and
// every output (SVG and HTML too) must be the same on a second run.
// After an intended change: scripts/update-golden.sh, then review the diff.
#include <catch2/catch.hpp>

#include <filesystem>

#include "test_support.h"

namespace fs = std::filesystem;
using namespace chronicle::testing;

namespace {

// Relative input paths, as scripts/update-golden.sh uses, so the recorded sources do not
// depend on where the repository is.
std::vector<std::string> sample_args(const fs::path& out) {
  fs::current_path(source_dir());
  std::vector<std::string> args = {chronicle_binary().string(), "build"};
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(source_dir() / "samples"))
    if (e.path().extension() == ".txt") files.push_back("samples/" + e.path().filename().string());
  std::sort(files.begin(), files.end());
  args.insert(args.end(), files.begin(), files.end());
  args.insert(args.end(), {"-o", out.string(), "--title", "Guadiana water dispute"});
  return args;
}

}  // namespace

TEST_CASE("golden: build on samples/ reproduces the expected outputs", "[golden]") {
  TempDir dir;
  auto r = run(sample_args(dir.path()));
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  for (const char* name : {"events.json", "timeline.dot", "actors.dot"}) {
    INFO(name << " differs from tests/golden/samples/" << name << " (scripts/update-golden.sh)");
    CHECK(read_file(dir.path() / name) == read_file(source_dir() / "tests/golden/samples" / name));
  }
}

TEST_CASE("golden: every output is byte-identical on a second run", "[golden]") {
  TempDir a, b;
  REQUIRE(run(sample_args(a.path())).exit_code == 0);
  REQUIRE(run(sample_args(b.path())).exit_code == 0);
  for (const char* name : {"events.json", "timeline.dot", "timeline.svg", "actors.dot", "actors.svg", "report.html"}) {
    INFO(name);
    CHECK(read_file(a.path() / name) == read_file(b.path() / name));
  }
}

TEST_CASE("golden: the samples tell a story with merged, dated and undated events", "[golden]") {
  auto json = read_file(source_dir() / "tests/golden/samples/events.json");
  CHECK_THAT(json, Catch::Contains("\"sources\": 3"));
  CHECK_THAT(json, Catch::Contains("\"value\": null"));
  CHECK_THAT(json, Catch::Contains("\"value\": \"2024-03-05\""));
}

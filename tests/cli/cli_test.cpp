// The chronicle command on bad input: a clear message naming the file and place, a
// documented exit code, and never a partial output file.
#include <catch2/catch.hpp>

#include <filesystem>

#include "test_support.h"

namespace fs = std::filesystem;
using chronicle::testing::CommandResult;
using chronicle::testing::TempDir;
using chronicle::testing::chronicle_binary;
using chronicle::testing::run;

namespace {

CommandResult chronicle_cmd(std::vector<std::string> args, const std::string& input = "") {
  args.insert(args.begin(), chronicle_binary().string());
  return run(args, input);
}

const char* const kArticle = " date 2021-08-25 Modi and Putin spoke on Tuesday. Russia criticised NATO.";

}  // namespace

TEST_CASE("cli: --help documents the exit codes", "[cli]") {
  auto r = chronicle_cmd({"--help"});
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("Exit codes:"));
  CHECK_THAT(r.out, Catch::Contains("3  an output file could not be written"));
}

TEST_CASE("cli: unknown command or flag is a usage error", "[cli]") {
  CHECK(chronicle_cmd({"frobnicate"}).exit_code == 2);
  auto r = chronicle_cmd({"extract", "--bogus", "x"});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("unknown flag '--bogus'"));
  CHECK(chronicle_cmd({"extract", "--dct", "2021-02-30", "x"}).exit_code == 2);
}

TEST_CASE("cli: a missing file is named and nothing is done", "[cli]") {
  TempDir dir;
  auto r = chronicle_cmd({"build", (dir.path() / "nope.txt").string(), "-o", (dir.path() / "out").string()});
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("nope.txt"));
  CHECK_FALSE(fs::exists(dir.path() / "out" / "events.json"));
}

TEST_CASE("cli: empty, binary and invalid UTF-8 files are refused with their place", "[cli]") {
  TempDir dir;
  auto empty = dir.write("empty.txt", "");
  auto binary = dir.write("blob.txt", std::string("\x7f" "ELF\0\0\x01\x02", 8));
  auto bad = dir.write("bad.txt", " date 2021-08-25 Caf\xc3 au lait.");
  auto r = chronicle_cmd({"extract", empty.string(), binary.string(), bad.string()});
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("empty.txt"));
  CHECK_THAT(r.err, Catch::Contains("blob.txt"));
  CHECK_THAT(r.err, Catch::Contains("bad.txt"));
  CHECK_THAT(r.err, Catch::Contains("offset 20"));
  CHECK(r.out.empty());
}

TEST_CASE("cli: a directory with nothing readable is an error", "[cli]") {
  TempDir dir;
  dir.write("sub/.hidden.txt", "text");
  auto r = chronicle_cmd({"extract", (dir.path() / "sub").string()});
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("sub"));
}

TEST_CASE("cli: malformed JSON names file, line and column", "[cli]") {
  TempDir dir;
  auto f = dir.write("feed.json", "[\n  {\"id\": \"a\", \"text\": \"x\"},\n  {\"id\": }\n]");
  auto r = chronicle_cmd({"extract", f.string()});
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("feed.json:3:"));
}

TEST_CASE("cli: a document with no date warns and leaves relative dates unresolved", "[cli]") {
  TempDir dir;
  auto f = dir.write("nodate.txt", "Modi and Putin spoke on Tuesday.");
  auto r = chronicle_cmd({"extract", f.string()});
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("nodate.txt"));
  CHECK_THAT(r.err, Catch::Contains("warning"));
  CHECK_THAT(r.out, Catch::Contains("\"value\": \"XXXX-WXX-2\""));
  CHECK_THAT(r.out, !Catch::Contains("2021-"));
}

TEST_CASE("cli: --dct gives every document its date", "[cli]") {
  TempDir dir;
  auto f = dir.write("nodate.txt", "Modi and Putin spoke on Tuesday.");
  auto r = chronicle_cmd({"extract", "--dct", "2021-08-25", f.string()});
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("\"value\": \"2021-08-24\""));
}

TEST_CASE("cli: standard input is read with '-'", "[cli]") {
  auto r = chronicle_cmd({"extract", "-"}, kArticle);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("\"id\": \"stdin\""));
}

TEST_CASE("cli: an output directory that cannot be written leaves no file", "[cli]") {
  TempDir dir;
  auto f = dir.write("a.txt", kArticle);
  auto blocker = dir.write("blocker", "a file, not a directory");
  auto r = chronicle_cmd({"build", f.string(), "-o", (blocker / "out").string()});
  CHECK(r.exit_code == 3);
  CHECK_THAT(r.err, Catch::Contains("blocker"));
  CHECK(fs::is_regular_file(blocker));
}

TEST_CASE("cli: build writes every output and no temporary file", "[cli]") {
  TempDir dir;
  auto f = dir.write("a.txt", kArticle);
  auto out = dir.path() / "out";
  auto r = chronicle_cmd({"build", f.string(), "-o", out.string()});
  REQUIRE(r.exit_code == 0);
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(out)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{"actors.dot", "actors.svg", "events.json", "report.html",
                                          "timeline.dot", "timeline.svg"});
}

TEST_CASE("cli: some bad inputs among good ones give exit 5 and output from the rest", "[cli]") {
  TempDir dir;
  auto good = dir.write("a.txt", kArticle);
  auto r = chronicle_cmd({"extract", good.string(), (dir.path() / "missing.txt").string()});
  CHECK(r.exit_code == 5);
  CHECK_THAT(r.out, Catch::Contains("\"events\""));
}

TEST_CASE("cli: render redraws a view from events.json; a broken file is named", "[cli]") {
  TempDir dir;
  auto f = dir.write("a.txt", kArticle);
  auto ex = chronicle_cmd({"extract", f.string()});
  REQUIRE(ex.exit_code == 0);
  auto json = dir.write("events.json", ex.out);
  auto r = chronicle_cmd({"render", json.string(), "--view", "actors", "--format", "dot"});
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("graph"));
  auto broken = dir.write("broken.json", "{\"events\": [");
  auto b = chronicle_cmd({"render", broken.string()});
  CHECK(b.exit_code == 1);
  CHECK_THAT(b.err, Catch::Contains("broken.json:1:"));
}

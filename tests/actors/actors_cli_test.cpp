// `chronicle actors`: the table and JSON listings, deterministic, and --dictionary errors.
#include <catch2/catch.hpp>

#include "test_support.h"

using namespace chronicle::testing;

namespace {

CommandResult chronicle_cmd(std::vector<std::string> args) {
  args.insert(args.begin(), chronicle_binary().string());
  return run(args);
}

const char* const kArticle =
    " date 2021-08-25 Russian President Vladimir Putin met Prime Minister Narendra Modi in Moscow. "
    "Putin praised India. Modi thanked him.";

}  // namespace

TEST_CASE("actors command: a table of actors, most mentioned first", "[actors][cli]") {
  TempDir dir;
  auto file = dir.write("a.txt", kArticle);
  auto r = chronicle_cmd({"actors", file.string()});
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::StartsWith("mentions\tkind\tname\taffiliation\troles\taliases\n"));
  CHECK_THAT(r.out, Catch::Contains("3\tperson\tVladimir Putin\trussia\tPresident of Russia\tPutin; Vladimir Putin\n"));
  CHECK(r.out.find("Vladimir Putin") < r.out.find("Moscow"));
}

TEST_CASE("actors command: JSON output is stable and complete", "[actors][cli]") {
  TempDir dir;
  auto file = dir.write("a.txt", kArticle);
  auto first = chronicle_cmd({"actors", "--format", "json", file.string()});
  auto second = chronicle_cmd({"actors", "--format", "json", file.string()});
  REQUIRE(first.exit_code == 0);
  CHECK(first.out == second.out);
  CHECK_THAT(first.out, Catch::Contains("{\"id\": \"narendra-modi\", \"name\": \"Narendra Modi\", \"kind\": \"person\""));
  CHECK_THAT(first.out, Catch::Contains("\"aliases\": [\"Modi\", \"Narendra Modi\"]"));
  CHECK(chronicle_cmd({"actors", "--format", "xml", file.string()}).exit_code == 2);
}

TEST_CASE("actors command: a bad dictionary is reported with file:line and exit 2", "[actors][cli]") {
  TempDir dir;
  auto file = dir.write("a.txt", kArticle);
  auto dict = dir.write("d.json", "{\"actors\": [\n  {\"name\": \"X\", \"kind\": \"robot\"}\n]}\n");
  auto r = chronicle_cmd({"actors", "--dictionary", dict.string(), file.string()});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains(dict.string() + ":2"));
  CHECK_THAT(r.err, Catch::Contains("unknown kind 'robot'"));
  CHECK(r.out.empty());
  auto good = dir.write("g.json", "{\"actors\": [{\"name\": \"Vladimir Putin\", \"aliases\": [\"VVP\"]}]}");
  auto ok = chronicle_cmd({"actors", "--dictionary", good.string(), file.string()});
  CHECK(ok.exit_code == 0);
}

TEST_CASE("extract and build take --dictionary: a title alone resolves to its holder by date", "[actors][cli]") {
  TempDir dir;
  auto file = dir.write("a.txt", " date 2010-03-01 The Indian Prime Minister met officials in Delhi on Monday.");
  auto dict = source_dir() / "docs" / "examples" / "actors.json";
  auto with = chronicle_cmd({"extract", "--dictionary", dict.string(), file.string()});
  REQUIRE(with.exit_code == 0);
  CHECK_THAT(with.out, Catch::Contains("Manmohan Singh"));
  auto without = chronicle_cmd({"extract", file.string()});
  REQUIRE(without.exit_code == 0);
  CHECK(without.out.find("Manmohan Singh") == std::string::npos);
  auto bad = dir.write("d.json", "{\"actors\": [\n  {\"name\": \"X\", \"kind\": \"robot\"}\n]}\n");
  auto refused = chronicle_cmd({"build", "--dictionary", bad.string(), file.string(), "-o", (dir.path() / "out").string()});
  CHECK(refused.exit_code == 2);
  CHECK_THAT(refused.err, Catch::Contains(bad.string() + ":2"));
}

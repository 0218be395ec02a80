// chronicle annotate / eval timeml on bad input: a clear message naming the file and
// line, a non-zero exit, and nothing on standard output.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "test_support.h"

using chronicle::testing::TempDir;
using chronicle::testing::chronicle_binary;
using chronicle::testing::run;

namespace {

chronicle::testing::CommandResult chronicle_cmd(std::vector<std::string> args) {
  args.insert(args.begin(), chronicle_binary().string());
  return run(args);
}

const char* const kGood =
    "<TimeML>\n<DOCID>d1</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2021-08-25\">2021-08-25</TIMEX3></DCT>\n"
    "<TEXT>\nThe talks ended <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2021-W33\">last week</TIMEX3>.\n</TEXT>\n</TimeML>\n";

}  // namespace

TEST_CASE("cli: annotate writes the annotated document", "[cli][timeml]") {
  TempDir dir;
  auto in = dir.write("doc.tml", kGood);
  auto r = chronicle_cmd({"annotate", "--format", "timeml", in.string()});
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2021-W33\""));
  CHECK_THAT(r.out, Catch::Contains("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2021-08-25\">2021-08-25</TIMEX3></DCT>"));
}

TEST_CASE("cli: annotate refuses malformed XML with file:line", "[cli][timeml]") {
  TempDir dir;
  auto bad = dir.write("bad.tml", "<TimeML>\n<TEXT>\nhello\n</TXT>\n</TimeML>\n");
  auto r = chronicle_cmd({"annotate", "--format", "timeml", bad.string()});
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("bad.tml:4"));
  CHECK(r.out.empty());
  auto notext = dir.write("notext.tml", "<TimeML>\n<DOCID>x</DOCID>\n</TimeML>\n");
  r = chronicle_cmd({"annotate", "--format", "timeml", notext.string()});
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("no <TEXT> element"));
  CHECK(chronicle_cmd({"annotate", "--format", "json", notext.string()}).exit_code == 2);
}

TEST_CASE("cli: annotate warns about a document without DCT", "[cli][timeml]") {
  TempDir dir;
  auto nodct = dir.write("nodct.tml", "<TimeML>\n<TEXT>They met on Tuesday.</TEXT>\n</TimeML>\n");
  auto r = chronicle_cmd({"annotate", "--format", "timeml", nodct.string()});
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("nodct.tml"));
  CHECK_THAT(r.out, Catch::Contains("value=\"XXXX-WXX-2\""));
}

TEST_CASE("cli: eval timeml on a missing or empty folder fails clearly", "[cli][timeml]") {
  TempDir dir;
  auto r = chronicle_cmd({"eval", "timeml", (dir.path() / "nope").string()});
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("nope"));
  r = chronicle_cmd({"eval", "timeml", dir.path().string()});
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("no TimeML document"));
}

TEST_CASE("cli: eval timeml scores good files and names the bad one", "[cli][timeml]") {
  TempDir dir;
  dir.write("A/good.tml", kGood);
  dir.write("A/broken.tml", "<TimeML>\n<TEXT>\n<TIMEX3 tid=\"t1\">x\n</TEXT>\n</TimeML>\n");
  auto r = chronicle_cmd({"eval", "timeml", dir.path().string(), "--format", "json"});
  CHECK(r.exit_code == 5);
  CHECK_THAT(r.err, Catch::Contains("broken.tml:4"));
  CHECK_THAT(r.out, Catch::Contains("\"A\""));
  CHECK_THAT(r.out, Catch::Contains("\"strict\""));
}

// The shipped model must be what the train command makes of TBAQ-cleaned: a change to the
// time rules changes the "timex" feature of some tokens, and so the model.
TEST_CASE("cli: the shipped event model is what training on TBAQ-cleaned gives", "[cli][timeml]") {
  auto shared = chronicle::testing::shared_dir();
  const auto tbaq = shared ? *shared / "data/tempeval3/TBAQ-cleaned" : std::filesystem::path();
  if (!shared || !std::filesystem::exists(tbaq)) {
    WARN("SKIP: ../shared/data/tempeval3/TBAQ-cleaned is not available");
    return;
  }
  TempDir dir;
  const auto model = dir.path() / "event_model.tsv";
  auto r = chronicle_cmd({"train", "timeml-events", tbaq.string(), "-o", model.string()});
  REQUIRE(r.exit_code == 0);
  auto slurp = [](const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  const auto shipped = chronicle::testing::source_dir() / "core/data/en/timeml/event_model.tsv";
  INFO("remake it: chronicle train timeml-events " << tbaq.string() << " -o " << shipped.string());
  CHECK(slurp(model) == slurp(shipped));
}

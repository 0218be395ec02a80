// chronicle annotate --format conllu, chronicle eval ud and chronicle train ud: what they
// write, how they refuse bad input, and that the shipped model is what training gives.
#include <catch2/catch.hpp>
#include <filesystem>
#include <regex>

#include "chronicle/syntax.h"
#include "test_support.h"

using chronicle::testing::chronicle_binary;
using chronicle::testing::read_file;
using chronicle::testing::run;
using chronicle::testing::shared_dir;
using chronicle::testing::source_dir;
using chronicle::testing::TempDir;

namespace {

chronicle::testing::CommandResult chronicle_cmd(std::vector<std::string> args) {
  args.insert(args.begin(), chronicle_binary().string());
  return run(args);
}

const char* const kGold =
    "# text = Regulators approved the deal.\n"
    "1\tRegulators\tregulator\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tapproved\tapprove\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tdeal\tdeal\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

double measure(const std::string& out, const std::string& name) {
  std::smatch m;
  REQUIRE(std::regex_search(out, m, std::regex("  " + name + " +([0-9.]+)")));
  return std::stod(m[1]);
}

}  // namespace

TEST_CASE("cli: annotate --format conllu writes every sentence on Chronicle's tokens with offsets", "[cli][syntax]") {
  TempDir dir;
  const std::string text = " date 2024-03-12 \nThe court ordered the company to pay on Monday.\nShares fell.\n";
  const auto in = dir.write("a.txt", text);
  const auto r = chronicle_cmd({"annotate", "--format", "conllu", in.string()});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.rfind("# newdoc id = ", 0) == 0);
  const auto sentences = chronicle::syntax::read_conllu(r.out, "out");
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[1].text == "Shares fell.");
  for (const auto& s : sentences)
    for (const auto& w : s.words) {
      std::smatch m;
      REQUIRE(std::regex_match(w.misc, m, std::regex("TokenRange=([0-9]+):([0-9]+)")));
      INFO(w.form);
      CHECK(w.head >= 0);
      CHECK(!w.upos.empty());
      CHECK(!w.lemma.empty());
    }
  CHECK(sentences[0].words[2].lemma == "order");
  CHECK(sentences[0].words[2].deprel == "root");
}

TEST_CASE("cli: annotate --format conllu keeps offsets into the article's text", "[cli][syntax]") {
  TempDir dir;
  const std::string text = "Protesters marched in Paris. Police watched.";
  const auto in = dir.write("b.txt", text);
  const auto r = chronicle_cmd({"annotate", "--format", "conllu", in.string()});
  REQUIRE(r.exit_code == 0);
  for (const auto& s : chronicle::syntax::read_conllu(r.out, "out"))
    for (const auto& w : s.words) {
      std::smatch m;
      REQUIRE(std::regex_match(w.misc, m, std::regex("TokenRange=([0-9]+):([0-9]+)")));
      const std::size_t begin = std::stoul(m[1]), end = std::stoul(m[2]);
      CHECK(text.substr(begin, end - begin) == w.form);
    }
}

TEST_CASE("cli: eval ud scores a treebank on its gold words", "[cli][syntax]") {
  TempDir dir;
  const auto gold = dir.write("g.conllu", kGold);
  const auto system = dir.path() / "s.conllu";
  const auto r = chronicle_cmd({"eval", "ud", gold.string(), "--system", system.string()});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("5 words") != std::string::npos);
  for (const char* m : {"UPOS", "XPOS", "Lemmas", "UAS", "LAS"}) CHECK(measure(r.out, m) >= 60.0);
  const auto predicted = chronicle::syntax::read_conllu(read_file(system), "s");
  REQUIRE(predicted.size() == 1);
  CHECK(predicted[0].words.size() == 5);
}

TEST_CASE("cli: eval ud --raw reads the treebank's text with Chronicle's own tokens", "[cli][syntax]") {
  TempDir dir;
  const auto gold = dir.write("g.conllu", kGold);
  const auto r = chronicle_cmd({"eval", "ud", gold.string(), "--raw"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("from raw text: 5 gold words, 5 system words") != std::string::npos);
  std::smatch m;
  REQUIRE(std::regex_search(r.out, m, std::regex("  Words +([0-9.]+) +([0-9.]+) +([0-9.]+)")));
  CHECK(std::stod(m[3]) == 100.0);
  REQUIRE(std::regex_search(r.out, m, std::regex("  Sentences +([0-9.]+) +([0-9.]+) +([0-9.]+)")));
  CHECK(std::stod(m[3]) == 100.0);
}

TEST_CASE("cli: eval ud and train ud refuse a malformed treebank with its file and line", "[cli][syntax]") {
  TempDir dir;
  const auto bad = dir.write("bad.conllu", "1\tA\ta\tX\n");
  auto r = chronicle_cmd({"eval", "ud", bad.string()});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("bad.conllu:1: expected 10 tab-separated fields") != std::string::npos);
  CHECK(r.out.empty());
  const auto model = dir.path() / "m.model";
  r = chronicle_cmd({"train", "ud", bad.string(), "-o", model.string()});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("bad.conllu:1:") != std::string::npos);
  CHECK(!std::filesystem::exists(model));
  r = chronicle_cmd({"eval", "ud", dir.write("g.conllu", kGold).string(), "--model", bad.string()});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("not a language model") != std::string::npos);
}

TEST_CASE("cli: the shipped model scores on EWT dev what docs/EVALUATION.md says", "[cli][syntax]") {
  const auto shared = shared_dir();
  const auto dev = shared ? *shared / "data/ud-english-ewt/en_ewt-ud-dev.conllu" : std::filesystem::path();
  if (!shared || !std::filesystem::exists(dev)) {
    WARN("SKIP: ../shared/data/ud-english-ewt is not available");
    return;
  }
  const auto r = chronicle_cmd({"eval", "ud", dev.string()});
  REQUIRE(r.exit_code == 0);
  // the figures of the EWT dev row of docs/EVALUATION.md, less a tenth for rounding
  CHECK(measure(r.out, "UPOS") >= 94.9);
  CHECK(measure(r.out, "UAS") >= 84.8);
  CHECK(measure(r.out, "LAS") >= 81.6);
}

// Training on the same data gives the same bytes, so the shipped model must be what
// scripts/train-ud.sh makes: a change to the features or the training changes it.
TEST_CASE("cli: the shipped language model is what training on EWT and GUM gives", "[cli][syntax]") {
  const auto shared = shared_dir();
  if (!shared || !std::filesystem::exists(*shared / "data/ud-english-ewt") ||
      !std::filesystem::exists(*shared / "data/gum")) {
    WARN("SKIP: ../shared/data/ud-english-ewt or ../shared/data/gum is not available");
    return;
  }
  TempDir dir;
  const auto model = dir.path() / "en_ud.model";
  const auto r = run({"bash", (source_dir() / "scripts/train-ud.sh").string(), "--shared", shared->string(),
                      "--binary", chronicle_binary().string(), "-o", model.string()});
  REQUIRE(r.exit_code == 0);
  const auto shipped = source_dir() / "core/models/en_ud.model";
  INFO("remake it: scripts/train-ud.sh");
  CHECK(read_file(model) == read_file(shipped));
}

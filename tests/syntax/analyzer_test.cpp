// The shipped language model: it loads, and it tags, lemmatises and parses news sentences
// the way a reader would; the model file is checked when loaded.
#include <catch2/catch.hpp>

#include "chronicle/syntax.h"

using namespace chronicle::syntax;

namespace {

ParsedSentence analyzed(const std::vector<std::string>& forms) {
  ParsedSentence s;
  for (const auto& f : forms) s.words.push_back(Word{f, {}, {}, {}, {}, -1, {}, {}});
  Analyzer::english()->analyze(s);
  return s;
}

}  // namespace

TEST_CASE("analyzer: the shipped model says what it was trained on", "[syntax]") {
  const std::string& d = Analyzer::english()->description();
  CHECK(d.find("UD English EWT") != std::string::npos);
  CHECK(d.find("CC BY-SA 4.0") != std::string::npos);
}

TEST_CASE("analyzer: a news sentence gets tags, lemmas and a tree", "[syntax]") {
  const auto s = analyzed({"The", "company", "sued", "its", "rivals", "on", "Tuesday", "."});
  CHECK(s.words[1].upos == "NOUN");
  CHECK(s.words[2].upos == "VERB");
  CHECK(s.words[2].xpos == "VBD");
  CHECK(s.words[2].lemma == "sue");
  CHECK(s.words[4].lemma == "rival");
  CHECK(s.words[0].lemma == "the");
  CHECK(s.words[2].head == 0);
  CHECK(s.words[2].deprel == "root");
  CHECK(s.words[1].head == 3);
  CHECK(s.words[1].deprel == "nsubj");
  CHECK(s.words[4].head == 3);
  CHECK(s.words[4].deprel == "obj");
  CHECK(s.words[6].head == 3);
  CHECK(s.words[6].deprel.substr(0, 3) == "obl");
}

TEST_CASE("analyzer: a passive with its agent", "[syntax]") {
  const auto s = analyzed({"The", "deal", "was", "approved", "by", "regulators", "."});
  CHECK(s.words[1].deprel == "nsubj:pass");
  CHECK(s.words[2].deprel == "aux:pass");
  CHECK(s.words[5].head == 4);
  CHECK(s.words[5].deprel == "obl:agent");
}

TEST_CASE("analyzer: every parse is a tree with one root", "[syntax]") {
  const auto s = analyzed({"Shares", "fell", ",", "traders", "said", ",", "and", "then", "rose", "again", "."});
  int roots = 0;
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    roots += s.words[i].head == 0;
    // following heads from any word reaches the root without a cycle
    int at = static_cast<int>(i) + 1, steps = 0;
    while (at != 0 && steps++ <= static_cast<int>(s.words.size())) at = s.words[static_cast<std::size_t>(at - 1)].head;
    CHECK(at == 0);
  }
  CHECK(roots == 1);
}

TEST_CASE("analyzer: bytes that are not a model are refused with the name", "[syntax]") {
  CHECK_THROWS_WITH(Analyzer::load("hello", "x.model"), Catch::Contains("x.model: not a language model"));
  CHECK_THROWS_WITH(Analyzer::load("chronicle-ud-model 1\n# a\n\nxx", "y.model"),
                    Catch::Contains("y.model: not a language model"));
}

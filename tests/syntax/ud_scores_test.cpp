// The CoNLL 2018 measures: on gold tokens, and from raw text with words aligned by bytes.
#include <catch2/catch.hpp>

#include "chronicle/eval/ud_scores.h"

using namespace chronicle;
using syntax::ParsedSentence;
using syntax::Word;

namespace {

Word word(std::string form, int head, std::string deprel, std::string upos = "X") {
  Word w;
  w.form = std::move(form);
  w.head = head;
  w.deprel = std::move(deprel);
  w.upos = std::move(upos);
  return w;
}

Word at(Word w, std::size_t begin) {
  w.misc = "TokenRange=" + std::to_string(begin) + ":" + std::to_string(begin + w.form.size());
  return w;
}

}  // namespace

TEST_CASE("ud scores: gold tokens count heads, universal labels and tags per word", "[syntax]") {
  ParsedSentence g, s;
  g.words = {word("Shares", 2, "nsubj", "NOUN"), word("fell", 0, "root", "VERB"), word(".", 2, "punct", "PUNCT")};
  s.words = {word("Shares", 2, "nsubj:pass", "NOUN"), word("fell", 0, "root", "NOUN"), word(".", 1, "punct", "PUNCT")};
  const auto r = eval::score_ud({g}, {s});
  CHECK(r.words == 3);
  CHECK(r.upos == 2);
  CHECK(r.uas == 2);
  CHECK(r.las == 2);  // nsubj:pass counts as nsubj
  s.words.pop_back();
  CHECK_THROWS_AS(eval::score_ud({g}, {s}), std::invalid_argument);
}

TEST_CASE("ud scores: from raw text, words align by their bytes and heads through the alignment", "[syntax]") {
  ParsedSentence g1, g2;
  g1.text = "I'm here.";
  g1.words = {word("I", 3, "nsubj"), word("'m", 3, "cop"), word("here", 0, "root"), word(".", 3, "punct")};
  g2.text = "Go.";
  g2.new_paragraph = true;
  g2.words = {word("Go", 0, "root"), word(".", 1, "punct")};
  const std::string text = eval::treebank_text({g1, g2});
  CHECK(text == "I'm here.\n\nGo.\n");
  // the system keeps "I'm" whole and reads both sentences as one
  ParsedSentence s;
  s.words = {at(word("I'm", 2, "nsubj"), 0), at(word("here", 0, "root"), 4), at(word(".", 2, "punct"), 8),
             at(word("Go", 2, "conj"), 11), at(word(".", 4, "punct"), 13)};
  const auto r = eval::score_ud_raw({g1, g2}, text, {s});
  CHECK(r.unplaced == 0);
  CHECK(r.words.gold == 6);
  CHECK(r.words.system == 5);
  CHECK(r.words.right == 4);  // here . Go .
  CHECK(r.uas.right == 3);    // here (root), "." -> here, "." -> Go; Go is not the root here
  CHECK(r.las.right == 3);
  CHECK(r.sentences.gold == 2);
  CHECK(r.sentences.system == 1);
  CHECK(r.sentences.right == 0);
  CHECK(r.words.f1() == Approx(2 * (80.0 * 66.6667) / (80.0 + 66.6667)).epsilon(1e-4));
}

// CoNLL-U reading and writing: the format the language layer learns from and writes.
#include <catch2/catch.hpp>

#include "chronicle/syntax.h"

using chronicle::syntax::ConlluError;
using chronicle::syntax::read_conllu;
using chronicle::syntax::write_conllu;

namespace {

const char* const kTwoSentences =
    "# sent_id = a-1\n"
    "# text = Don't go.\n"
    "1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\tDo\tdo\tAUX\tVB\tMood=Imp\t3\taux\t3:aux\t_\n"
    "2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t3:advmod\t_\n"
    "3\tgo\tgo\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No\n"
    "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t3:punct\t_\n"
    "\n"
    "# sent_id = a-2\n"
    "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t0:root\t_\n"
    "1.1\tgone\tgo\tVERB\tVBN\t_\t_\t_\t1:dep\t_\n"
    "\n";

}  // namespace

TEST_CASE("conllu: words, heads and comments are read; multiword tokens and empty nodes skipped", "[syntax]") {
  const auto s = read_conllu(kTwoSentences, "t.conllu");
  REQUIRE(s.size() == 2);
  CHECK(s[0].id == "a-1");
  CHECK(s[0].text == "Don't go.");
  CHECK(s[0].line == 1);
  REQUIRE(s[0].words.size() == 4);
  CHECK(s[0].words[1].form == "n't");
  CHECK(s[0].words[1].lemma == "not");
  CHECK(s[0].words[1].head == 3);
  CHECK(s[0].words[2].head == 0);
  CHECK(s[0].words[2].misc == "SpaceAfter=No");
  CHECK(s[0].words[1].feats.empty());
  REQUIRE(s[1].words.size() == 1);
  CHECK(s[1].line == 9);
}

TEST_CASE("conllu: writing what was read gives the words back", "[syntax]") {
  const auto s = read_conllu(kTwoSentences, "t.conllu");
  const auto again = read_conllu(write_conllu(s), "again");
  REQUIRE(again.size() == s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    REQUIRE(again[i].words.size() == s[i].words.size());
    for (std::size_t w = 0; w < s[i].words.size(); ++w) {
      CHECK(again[i].words[w].form == s[i].words[w].form);
      CHECK(again[i].words[w].head == s[i].words[w].head);
      CHECK(again[i].words[w].deprel == s[i].words[w].deprel);
      CHECK(again[i].words[w].xpos == s[i].words[w].xpos);
    }
  }
  CHECK(write_conllu(again) == write_conllu(s));
}

TEST_CASE("conllu: a malformed line is refused with the file name and line", "[syntax]") {
  const auto error_of = [](const std::string& text) {
    try {
      read_conllu(text, "bad.conllu");
    } catch (const ConlluError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  CHECK(error_of("1\tA\ta\tX\n") == "bad.conllu:1: expected 10 tab-separated fields, found 4");
  CHECK(error_of("# c\n2\tA\ta\tX\tX\t_\t0\troot\t_\t_\n") == "bad.conllu:2: word index '2' out of sequence");
  CHECK(error_of("1\tA\ta\tX\tX\t_\tx\troot\t_\t_\n") == "bad.conllu:1: head 'x' is not a word index");
  CHECK(error_of("1\tA\ta\tX\tX\t_\t5\troot\t_\t_\n\n") ==
        "bad.conllu:2: head 5 beyond the sentence's 1 words");
}

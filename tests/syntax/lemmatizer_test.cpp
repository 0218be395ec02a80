// The lemmatiser's edit scripts and what it learns from a few words.
#include <catch2/catch.hpp>

#include "syntax/lemmatizer.h"

using namespace chronicle::syntax;
using chronicle::syntax::detail::apply_script;
using chronicle::syntax::detail::edit_script;
using chronicle::syntax::detail::Lemmatizer;

TEST_CASE("lemmatizer: an edit script turns the form into the lemma", "[syntax]") {
  const std::pair<const char*, const char*> pairs[] = {
      {"running", "run"}, {"The", "the"}, {"Apple", "Apple"}, {"went", "go"}, {"mice", "mouse"}, {"ÉTATS", "état"}};
  for (const auto& [form, lemma] : pairs) {
    INFO(form << " -> " << lemma);
    CHECK(apply_script(edit_script(form, lemma), form) == lemma);
  }
  CHECK(edit_script("The", "the").lowercase);
  CHECK(edit_script("sued", "sue").strip == 1);
  CHECK(apply_script({false, 9, ""}, "short") == "short");
}

TEST_CASE("lemmatizer: an unseen word takes the script of its ending with the same tag", "[syntax]") {
  std::vector<ParsedSentence> train(1);
  for (const auto& [form, lemma, xpos] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"walked", "walk", "VBD"}, {"talked", "talk", "VBD"}, {"went", "go", "VBD"}, {"walked", "walked", "JJ"},
           {"The", "the", "DT"}}) {
    Word w;
    w.form = form;
    w.lemma = lemma;
    w.xpos = xpos;
    train[0].words.push_back(w);
  }
  const Lemmatizer lem = Lemmatizer::train(train);
  CHECK(lem.lemma("went", "VBD") == "go");
  CHECK(lem.lemma("parked", "VBD") == "park");
  CHECK(lem.lemma("walked", "JJ") == "walked");
  CHECK(lem.lemma("THE", "DT") == "the");
  std::string bytes;
  lem.write(bytes);
  std::string_view in = bytes;
  const Lemmatizer again = Lemmatizer::read(in);
  CHECK(in.empty());
  CHECK(again.lemma("parked", "VBD") == "park");
  CHECK(again.accuracy(train) == lem.accuracy(train));
}

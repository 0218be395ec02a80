// Cross-validation of the TimeML event tagger on a synthetic corpus built so that a leak
// shows: every document's only event word is its own, with a class that no document of
// another fold has, so a model that did not see the document cannot get a class right.
#include <algorithm>
#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "chronicle/eval/event_training.h"
#include "test_support.h"
#include "timeml/event_corpus.h"

using namespace chronicle;
using namespace chronicle::detail;
using namespace chronicle::eval;

namespace {

constexpr std::size_t kDocuments = 14;
constexpr std::size_t kFolds = 7;  // document j (by path) is in fold j % 7 and has class j % 7

std::string word_of(std::size_t j) { return std::string("zq") + char('a' + j) + "ed"; }

std::string document(std::size_t j) {
  const std::string cls(kEventLabels[j % kFolds + 1]);
  const std::string event = "<EVENT eid=\"e1\" class=\"" + cls + "\">" + word_of(j) + "</EVENT>";
  std::string text;
  for (const char* who : {"The committee", "Their neighbours", "Some officials"})
    text += std::string(who) + " " + event + " the plan near the river.\n";
  return "<TimeML>\n<DOCID>d" + std::to_string(j) +
         "</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2001-02-03\">2001-02-03</TIMEX3>"
         "</DCT>\n<TEXT>\n" +
         text + "</TEXT>\n</TimeML>\n";
}

// The corpus in two subfolders; names sort as the documents are numbered.
void write_corpus(const testing::TempDir& dir) {
  for (std::size_t j = 0; j < kDocuments; ++j) {
    const std::string name =
        std::string(j < 8 ? "A" : "B") + "/d" + (j < 10 ? "0" : "") + std::to_string(j) + ".tml";
    dir.write(name, document(j));
  }
}

std::vector<GoldEventDocument> read_corpus(const testing::TempDir& dir) {
  std::vector<Diagnostic> diagnostics;
  auto docs = read_event_gold(dir.path().string(), diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(docs.size() == kDocuments);
  return docs;
}

EventCrossValidationOptions options(std::size_t jobs) {
  EventCrossValidationOptions o;
  o.folds = kFolds;
  o.epochs = 5;
  o.jobs = jobs;
  return o;
}

}  // namespace

TEST_CASE("timeml cross-validation: folds follow path order whatever the input order", "[timeml]") {
  testing::TempDir dir;
  write_corpus(dir);
  auto docs = read_corpus(dir);
  std::reverse(docs.begin(), docs.end());
  const auto folds = event_folds(docs, kFolds);
  for (std::size_t i = 0; i < docs.size(); ++i) CHECK(folds[i] == (kDocuments - 1 - i) % kFolds);
}

TEST_CASE("timeml cross-validation: each document is tested once, by a model not trained on it",
          "[timeml]") {
  testing::TempDir dir;
  write_corpus(dir);
  const auto docs = read_corpus(dir);
  const auto cv = cross_validate_event_tagger(docs, options(1));
  REQUIRE(cv.folds.size() == kFolds);
  std::multiset<std::size_t> tested;
  EventCounts pooled;
  for (std::size_t f = 0; f < kFolds; ++f) {
    const EventFold& fold = cv.folds[f];
    const std::set<std::size_t> train(fold.train.begin(), fold.train.end());
    CHECK(fold.train.size() + fold.test.size() == kDocuments);
    for (std::size_t i : fold.test) {
      CHECK(train.count(i) == 0);
      CHECK(cv.fold_of[i] == f);
      tested.insert(i);
    }
    for (std::size_t i : fold.train) CHECK(cv.fold_of[i] != f);
    pooled += fold.counts;
  }
  CHECK(tested.size() == kDocuments);
  CHECK(std::set<std::size_t>(tested.begin(), tested.end()).size() == kDocuments);
  EventCounts by_document;
  for (const auto& c : cv.document_counts) by_document += c;
  CHECK(by_document.gold == pooled.gold);
  CHECK(by_document.strict == pooled.strict);
  CHECK(pooled.gold == long(3 * kDocuments));

  // a class is learned only from the documents of its fold: held out, none is right ...
  CHECK(pooled.class_correct == 0);
  // ... while the same training on every document gets them right, so a leak would show
  const auto all = as_saved(train_event_tagger(docs, 5, std::nullopt).tagger, kDefaultMinWeight);
  EventCounts seen;
  for (const auto& d : docs)
    seen += score_events(d.analysis.document.text, d.gold, all.tag(d.analysis));
  CHECK(seen.class_accuracy() > 0.9);

  // fold 3 again by hand: trained on the documents outside it, scored on those inside
  GoldEventSelection train;
  for (std::size_t i = 0; i < docs.size(); ++i)
    if (cv.fold_of[i] != 3) train.push_back(&docs[i]);
  const auto trained = train_event_tagger(train, 5, std::nullopt);
  const auto tagger = as_saved(trained.tagger, kDefaultMinWeight);
  EventCounts fold3;
  for (std::size_t i : cv.folds[3].test) {
    const auto events = tagger.tag(docs[i].analysis);
    CHECK(cv.document_events[i] == events);  // the held-out predictions are kept as tagged
    fold3 += score_events(docs[i].analysis.document.text, docs[i].gold, events);
  }
  CHECK(cv.folds[3].margin == trained.margin);
  CHECK(fold3.system == cv.folds[3].counts.system);
  CHECK(fold3.strict == cv.folds[3].counts.strict);
  CHECK(fold3.relaxed_gold == cv.folds[3].counts.relaxed_gold);
}

TEST_CASE("timeml cross-validation: the same figures for any number of jobs", "[timeml]") {
  testing::TempDir dir;
  write_corpus(dir);
  const auto docs = read_corpus(dir);
  const auto one = cross_validate_event_tagger(docs, options(1));
  const auto three = cross_validate_event_tagger(docs, options(3));
  for (std::size_t f = 0; f < kFolds; ++f) {
    CHECK(one.folds[f].features == three.folds[f].features);
    CHECK(one.folds[f].margin == three.folds[f].margin);
    CHECK(one.folds[f].counts.system == three.folds[f].counts.system);
    CHECK(one.folds[f].counts.strict == three.folds[f].counts.strict);
  }
  CHECK(one.document_events == three.document_events);
}

TEST_CASE("cli: train timeml-events --cross-validate prints per subfolder, same bytes each run",
          "[cli][timeml]") {
  testing::TempDir dir;
  write_corpus(dir);
  auto train = [&](const char* jobs) {
    return testing::run({testing::chronicle_binary().string(), "train", "timeml-events",
                         dir.path().string(), "--cross-validate", "7", "--epochs", "5", "--jobs",
                         jobs});
  };
  const auto first = train("1");
  CHECK(first.exit_code == 0);
  CHECK_THAT(first.out, Catch::Contains("14 documents in 7 folds"));
  CHECK_THAT(first.out, Catch::Contains("fold 6: trained on 12, tested on 2 documents"));
  CHECK_THAT(first.out, Catch::Contains("A (8 documents, each held out): EVENT gold 24"));
  CHECK_THAT(first.out, Catch::Contains("B (6 documents, each held out): EVENT gold 18"));
  CHECK_THAT(first.out, Catch::Contains("overall (14 documents, each held out): EVENT gold 42"));
  CHECK_THAT(first.out, Catch::Contains("class accuracy (relaxed matches) 0.0000"));
  CHECK(train("2").out == first.out);
  const auto too_many =
      testing::run({testing::chronicle_binary().string(), "train", "timeml-events",
                    dir.path().string(), "--cross-validate", "15"});
  CHECK(too_many.exit_code == 1);
  CHECK_THAT(too_many.err, Catch::Contains("15 folds for 14 documents"));
  const auto with_output = testing::run({testing::chronicle_binary().string(), "train",
                                         "timeml-events", dir.path().string(), "--cross-validate",
                                         "7", "-o", (dir.path() / "m.tsv").string()});
  CHECK(with_output.exit_code == 2);
  const auto twice =
      testing::run({testing::chronicle_binary().string(), "train", "timeml-events",
                    dir.path().string(), (dir.path() / "B").string(), "--cross-validate", "7"});
  CHECK(twice.exit_code == 1);
  CHECK_THAT(twice.err, Catch::Contains("read twice"));
  CHECK(twice.out.empty());
}

TEST_CASE("cli: train timeml-events --cross-validate --errors lists the held-out errors",
          "[cli][timeml]") {
  testing::TempDir dir;
  write_corpus(dir);
  auto train = [&](std::vector<std::string> more) {
    std::vector<std::string> args = {testing::chronicle_binary().string(),
                                     "train",
                                     "timeml-events",
                                     dir.path().string(),
                                     "--epochs",
                                     "5"};
    args.insert(args.end(), more.begin(), more.end());
    return testing::run(args);
  };
  const auto first = train({"--cross-validate", "7", "--errors", "3", "--jobs", "1"});
  CHECK(first.exit_code == 0);
  CHECK(train({"--cross-validate", "7", "--errors", "3", "--jobs", "3"}).out == first.out);
  // without --errors the output is that of before, and the listing follows it
  const auto plain = train({"--cross-validate", "7"});
  REQUIRE(first.out.size() > plain.out.size());
  CHECK(first.out.substr(0, plain.out.size()) == plain.out);
  const std::string listing = first.out.substr(plain.out.size());
  CHECK(listing.rfind("errors, A (8 documents, each held out):\n", 0) == 0);
  CHECK_THAT(listing, Catch::Contains("errors, B (6 documents, each held out):\n"));
  CHECK_THAT(listing, Catch::Contains("errors, overall (14 documents, each held out):\n"));

  // the overall kinds and totals are those of the held-out predictions
  const auto docs = read_corpus(dir);
  const auto cv = cross_validate_event_tagger(docs, options(1));
  EventErrors errors;
  EventCounts counts;
  for (std::size_t i = 0; i < docs.size(); ++i)
    counts +=
        score_events(docs[i].analysis.document.text, docs[i].gold, cv.document_events[i], &errors);
  const std::string overall = listing.substr(listing.find("errors, overall"));
  long class_errors = 0;
  for (const auto& [kind, items] : errors) {
    long total = 0;
    for (const auto& item : items) total += item.second;
    if (kind.rfind("class ", 0) == 0) class_errors += total;
    CHECK_THAT(overall, Catch::Contains("\n  " + kind + " (" + std::to_string(total) + "):"));
  }
  // no class is ever right held out, so every match is a confusion, of one of these words
  CHECK(class_errors == counts.relaxed_gold);
  if (counts.relaxed_gold > 0) CHECK_THAT(overall, Catch::Contains(" zq"));

  const auto no_test = train({"--errors", "3", "-o", (dir.path() / "m.tsv").string()});
  CHECK(no_test.exit_code == 2);
  const auto zero = train({"--cross-validate", "7", "--errors", "0"});
  CHECK(zero.exit_code == 2);
}

// chronicle train timeml-events GOLD_DIR... -o MODEL: learns the TimeML event tagger's
// weights from gold TimeML documents; with --test DIR, measures the learned model on
// other gold documents (Task B event spans and class), and with --cross-validate K on
// the training documents themselves, each scored by a model that did not see it, so
// that held-out figures come from the same command that makes the model; --errors N
// lists the most frequent errors of those held-out predictions.
#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>
#include <optional>
#include <tuple>

#include "chronicle/eval/event_training.h"
#include "commands.h"

namespace chronicle::cli {
namespace {

namespace fs = std::filesystem;
using eval::EventCounts;
using eval::EventErrors;

// The subcorpus of a gold file: the first folder under the folder given, or that
// folder's own name for a file directly in it (as `chronicle eval timeml` groups them).
std::string subcorpus(const std::string& file, const std::string& dir) {
  const fs::path rel = fs::path(file).lexically_relative(dir);
  if (!rel.empty() && std::next(rel.begin()) != rel.end()) return rel.begin()->string();
  const fs::path folder = fs::path(dir).lexically_normal();
  return (folder.has_filename() ? folder : folder.parent_path()).filename().string();
}

std::vector<eval::GoldEventDocument> read_gold(const std::vector<std::string>& dirs, bool& ok,
                                               std::vector<std::string>* corpora = nullptr) {
  std::vector<eval::GoldEventDocument> docs;
  for (const auto& dir : dirs) {
    std::vector<Diagnostic> diagnostics;
    auto more = eval::read_event_gold(dir, diagnostics);
    ok = !report(diagnostics) && ok;
    if (more.empty()) {
      std::cerr << dir << ": error: no TimeML (.tml) gold documents\n";
      ok = false;
    }
    for (auto& d : more) {
      if (corpora) corpora->push_back(subcorpus(d.file, dir));
      docs.push_back(std::move(d));
    }
  }
  return docs;
}

void print_counts(const std::string& name, const EventCounts& c) {
  std::cout << std::fixed << std::setprecision(4) << name << ": EVENT gold " << c.gold
            << ", system " << c.system << "\n  strict P " << c.strict_precision() << "  R "
            << c.strict_recall() << "  F1 " << c.strict_f1() << "\n  relaxed F1 " << c.relaxed_f1()
            << "\n  class accuracy (relaxed matches) " << c.class_accuracy() << "\n";
}

// The error kinds of `errors`, each with its total and its `limit` most frequent words:
// missed, spurious and span first, then the class confusions, most frequent first; ties
// by name, so the listing is the same bytes on every run.
void print_errors(const std::string& name, const EventErrors& errors, int limit) {
  auto total = [](const std::map<std::string, long>& items) {
    long n = 0;
    for (const auto& item : items) n += item.second;
    return n;
  };
  auto rank = [](const std::string& kind) {
    return kind == "missed" ? 0 : kind == "spurious" ? 1 : kind == "span" ? 2 : 3;
  };
  std::vector<std::tuple<int, long, std::string>> kinds;
  for (const auto& [kind, items] : errors) kinds.emplace_back(rank(kind), -total(items), kind);
  std::sort(kinds.begin(), kinds.end());
  std::cout << "errors, " << name << ":\n";
  for (const auto& [r, minus_total, kind] : kinds) {
    std::cout << "  " << kind << " (" << -minus_total << "):";
    std::vector<std::pair<long, std::string>> items;
    for (const auto& [words, n] : errors.at(kind)) items.emplace_back(-n, words);
    std::sort(items.begin(), items.end());
    for (std::size_t i = 0; i < items.size() && i < static_cast<std::size_t>(limit); ++i)
      std::cout << (i ? ", " : " ") << items[i].second << " " << -items[i].first;
    std::cout << "\n";
  }
}

int test_model(const std::string& model, const std::string& dir, int error_limit) {
  bool ok = true;
  auto docs = read_gold({dir}, ok);
  if (!ok) return 1;
  EventErrors errors;
  const EventCounts all = eval::score_event_model("model", model, docs, &errors);
  const std::string name = "held-out " + dir + " (" + std::to_string(docs.size()) + " documents)";
  print_counts(name, all);
  if (error_limit > 0) print_errors(name, errors, error_limit);
  return 0;
}

int cross_validate(const std::vector<std::string>& dirs,
                   const eval::EventCrossValidationOptions& options, int error_limit) {
  bool ok = true;
  std::vector<std::string> corpora;
  auto docs = read_gold(dirs, ok, &corpora);
  if (!ok) return 1;
  // a document read twice (folders inside one another) could land in a training fold and
  // in the test fold at once
  std::map<fs::path, std::string> seen;
  for (const auto& d : docs) {
    std::error_code ec;
    const auto [it, added] = seen.emplace(fs::weakly_canonical(d.file, ec), d.file);
    if (!added) {
      std::cerr << d.file << ": error: read twice (also as " << it->second << ")\n";
      return 1;
    }
  }
  const std::size_t k = options.folds;
  if (k > docs.size()) {
    std::cerr << "error: " << k << " folds for " << docs.size() << " documents\n";
    return 1;
  }
  const auto cv = eval::cross_validate_event_tagger(docs, options);
  std::cout << "cross-validation: " << docs.size() << " documents in " << k
            << " folds (sorted by path, the i-th in fold i mod " << k << "), " << options.epochs
            << " epochs\n";
  for (std::size_t i = 0; i < k; ++i) {
    const auto& fold = cv.folds[i];
    std::cout << std::fixed << std::setprecision(4) << "fold " << i << ": trained on "
              << fold.train.size() << ", tested on " << fold.test.size()
              << " documents; event margin " << std::setprecision(2) << fold.margin << "; "
              << fold.features << " features; strict F1 " << std::setprecision(4)
              << fold.counts.strict_f1() << ", class accuracy " << fold.counts.class_accuracy()
              << "\n";
  }
  struct Corpus {
    EventCounts counts;
    EventErrors errors;
    std::size_t documents = 0;
  };
  std::map<std::string, Corpus> by_corpus;
  Corpus all;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    Corpus& corpus = by_corpus[corpora[i]];
    EventErrors errors;
    // the held-out predictions scored again, now for their errors
    if (error_limit > 0)
      eval::score_events(docs[i].analysis.document.text, docs[i].gold, cv.document_events[i],
                         &errors);
    for (Corpus* c : {&corpus, &all}) {
      c->counts += cv.document_counts[i];
      eval::add_event_errors(c->errors, errors);
      ++c->documents;
    }
  }
  std::vector<std::pair<std::string, const Corpus*>> rows;
  for (const auto& [name, c] : by_corpus) rows.emplace_back(name, &c);
  rows.emplace_back("overall", &all);
  for (const auto& [name, c] : rows)
    print_counts(name + " (" + std::to_string(c->documents) + " documents, each held out)",
                 c->counts);
  if (error_limit > 0)
    for (const auto& [name, c] : rows)
      print_errors(name + " (" + std::to_string(c->documents) + " documents, each held out)",
                   c->errors, error_limit);
  return 0;
}

int train_timeml_events(const std::vector<std::string>& args) {
  Flags f = parse(args, {"-o", "--output", "--test", "--epochs", "--min-weight", "--event-margin",
                         "--cross-validate", "--jobs", "--errors"});
  if (f.positional.empty()) throw UsageError("train timeml-events needs at least one gold folder");
  const std::string output = f.get_any({"-o", "--output"});
  const bool cv = f.has("--cross-validate");
  if (output.empty() && !f.has("--test") && !cv)
    throw UsageError("train timeml-events needs -o MODEL, --test DIR or --cross-validate K");
  if (cv && (!output.empty() || f.has("--test")))
    throw UsageError("--cross-validate does not go with -o or --test");
  eval::EventCrossValidationOptions options;
  int folds = 0, jobs = 1, error_limit = 0;
  try {
    options.epochs = std::stoi(f.get("--epochs", "10"));
    if (f.has("--min-weight")) options.min_weight = std::stof(f.get("--min-weight"));
    if (f.has("--event-margin")) options.margin = std::stof(f.get("--event-margin"));
    if (cv) folds = std::stoi(f.get("--cross-validate"));
    if (f.has("--jobs")) jobs = std::stoi(f.get("--jobs"));
    if (f.has("--errors")) error_limit = std::stoi(f.get("--errors"));
  } catch (const std::exception&) {
    throw UsageError(
        "--epochs, --min-weight, --event-margin, --cross-validate, --jobs and --errors take "
        "numbers");
  }
  const auto margin = options.margin;
  if (options.epochs < 1) throw UsageError("--epochs must be at least 1");
  if (margin && (*margin < 0 || *margin >= 1)) throw UsageError("--event-margin must be in [0, 1)");
  if (cv && folds < 2) throw UsageError("--cross-validate needs at least 2 folds");
  if (jobs < 1) throw UsageError("--jobs must be at least 1");
  if (f.has("--errors") && (error_limit < 1 || !(cv || f.has("--test"))))
    throw UsageError("--errors N needs N >= 1 and --cross-validate K or --test DIR");
  options.folds = static_cast<std::size_t>(folds);
  options.jobs = static_cast<std::size_t>(jobs);
  if (cv) return cross_validate(f.positional, options, error_limit);
  bool ok = true;
  auto docs = read_gold(f.positional, ok);
  if (!ok) return 1;
  const auto trained = eval::train_event_model(docs, options.epochs, margin, options.min_weight);
  std::cerr << "trained on " << docs.size() << " documents; event margin " << trained.margin << "; "
            << trained.features << " features kept\n";
  if (!output.empty() && !write_or_report(output, trained.text)) return 1;
  // the test uses the model as written (pruned, rounded), exactly as it would be shipped
  return f.has("--test") ? test_model(trained.text, f.get("--test"), error_limit) : 0;
}

int train(const std::vector<std::string>& args) {
  if (args.empty()) throw UsageError("train needs a model kind (timeml-events, ud)");
  if (args[0] == "ud") return train_ud(std::vector<std::string>(args.begin() + 1, args.end()));
  if (args[0] != "timeml-events") throw UsageError("unknown model kind '" + args[0] + "'");
  return train_timeml_events(std::vector<std::string>(args.begin() + 1, args.end()));
}

CHRONICLE_COMMAND(
    {"train", 95,
     "  chronicle train timeml-events GOLD_DIR... [-o MODEL] [--test DIR] [--epochs N]\n"
     "                  [--min-weight W] [--event-margin F] [--cross-validate K [--jobs N]]\n"
     "                  [--errors N]\n"
     "      Learn the TimeML event tagger from gold TimeML documents (.tml, searched\n"
     "      recursively) and write its weights to MODEL (the shipped model is\n"
     "      core/data/en/timeml/event_model.tsv). --test DIR scores the learned model\n"
     "      on other gold documents: EVENT strict P/R/F1, relaxed F1, class accuracy.\n"
     "      --event-margin F lowers the score of 'no event' by the fraction F (default:\n"
     "      chosen on a held-out fifth of the training documents). --cross-validate K\n"
     "      writes no model: the documents, sorted by path, go to K folds (the i-th to\n"
     "      fold i mod K); each fold is scored by a model trained the same way on the\n"
     "      other folds, and the scores are summed per subfolder and overall; --jobs N\n"
     "      trains N folds at once (the output does not depend on it). --errors N (with\n"
     "      --test or --cross-validate) lists, per subfolder and overall, the error kinds\n"
     "      of the held-out predictions (missed, spurious, span, class GOLD as SYSTEM)\n"
     "      with their counts and N most frequent words each.\n"
     "  chronicle train ud TRAIN.conllu... [--dev DEV.conllu] -o MODEL [--note TEXT]...\n"
     "                  [--tagger-epochs N] [--parser-epochs N] [--min-count N]\n"
     "                  [--min-weight W]\n"
     "      Learn the language layer (part-of-speech tagger, lemmatiser, dependency\n"
     "      parser) from Universal Dependencies treebanks; each model keeps its best\n"
     "      epoch on DEV. The shipped model is core/models/en_ud.model, made by\n"
     "      scripts/train-ud.sh. --note adds a header line (training data, licence);\n"
     "      --min-count drops features seen fewer than N times in the first epoch,\n"
     "      --min-weight parser weights smaller than W (the defaults make the shipped\n"
     "      model).\n",
     &train});

}  // namespace
}  // namespace chronicle::cli

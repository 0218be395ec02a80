// chronicle train timeml-events GOLD_DIR... -o MODEL: learns the TimeML event tagger's
// weights from gold TimeML documents; with --test DIR, measures the learned model on
// other gold documents (Task B event spans and class), and with --cross-validate K on
// the training documents themselves, each scored by a model that did not see it, so
// that held-out figures come from the same command that makes the model.
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>
#include <optional>

#include "commands.h"
#include "timeml/event_corpus.h"
#include "timeml/event_cross_validation.h"

namespace chronicle::cli {
namespace {

namespace fs = std::filesystem;
using detail::EventCounts;

// The subcorpus of a gold file: the first folder under the folder given, or that
// folder's own name for a file directly in it (as `chronicle eval timeml` groups them).
std::string subcorpus(const std::string& file, const std::string& dir) {
  const fs::path rel = fs::path(file).lexically_relative(dir);
  if (!rel.empty() && std::next(rel.begin()) != rel.end()) return rel.begin()->string();
  const fs::path folder = fs::path(dir).lexically_normal();
  return (folder.has_filename() ? folder : folder.parent_path()).filename().string();
}

std::vector<detail::GoldEventDocument> read_gold(const std::vector<std::string>& dirs, bool& ok,
                                                 std::vector<std::string>* corpora = nullptr) {
  std::vector<detail::GoldEventDocument> docs;
  for (const auto& dir : dirs) {
    std::vector<Diagnostic> diagnostics;
    auto more = detail::read_event_gold(dir, diagnostics);
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

int test_model(const detail::EventTagger& tagger, const std::string& dir) {
  bool ok = true;
  auto docs = read_gold({dir}, ok);
  if (!ok) return 1;
  EventCounts all;
  for (const auto& d : docs)
    all += detail::score_events(d.analysis.document.text, d.gold, tagger.tag(d.analysis));
  print_counts("held-out " + dir + " (" + std::to_string(docs.size()) + " documents)", all);
  return 0;
}

int cross_validate(const std::vector<std::string>& dirs,
                   const detail::EventCrossValidationOptions& options) {
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
  const auto cv = detail::cross_validate_event_tagger(docs, options);
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
  std::map<std::string, std::pair<EventCounts, std::size_t>> by_corpus;
  EventCounts all;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    auto& [counts, n] = by_corpus[corpora[i]];
    counts += cv.document_counts[i];
    ++n;
    all += cv.document_counts[i];
  }
  for (const auto& [name, c] : by_corpus)
    print_counts(name + " (" + std::to_string(c.second) + " documents, each held out)", c.first);
  print_counts("overall (" + std::to_string(docs.size()) + " documents, each held out)", all);
  return 0;
}

int train_timeml_events(const std::vector<std::string>& args) {
  Flags f = parse(args, {"-o", "--output", "--test", "--epochs", "--min-weight", "--event-margin",
                         "--cross-validate", "--jobs"});
  if (f.positional.empty()) throw UsageError("train timeml-events needs at least one gold folder");
  const std::string output = f.get_any({"-o", "--output"});
  const bool cv = f.has("--cross-validate");
  if (output.empty() && !f.has("--test") && !cv)
    throw UsageError("train timeml-events needs -o MODEL, --test DIR or --cross-validate K");
  if (cv && (!output.empty() || f.has("--test")))
    throw UsageError("--cross-validate does not go with -o or --test");
  detail::EventCrossValidationOptions options;
  int folds = 0, jobs = 1;
  try {
    options.epochs = std::stoi(f.get("--epochs", "10"));
    if (f.has("--min-weight")) options.min_weight = std::stof(f.get("--min-weight"));
    if (f.has("--event-margin")) options.margin = std::stof(f.get("--event-margin"));
    if (cv) folds = std::stoi(f.get("--cross-validate"));
    if (f.has("--jobs")) jobs = std::stoi(f.get("--jobs"));
  } catch (const std::exception&) {
    throw UsageError(
        "--epochs, --min-weight, --event-margin, --cross-validate and --jobs take numbers");
  }
  const auto margin = options.margin;
  if (options.epochs < 1) throw UsageError("--epochs must be at least 1");
  if (margin && (*margin < 0 || *margin >= 1)) throw UsageError("--event-margin must be in [0, 1)");
  if (cv && folds < 2) throw UsageError("--cross-validate needs at least 2 folds");
  if (jobs < 1) throw UsageError("--jobs must be at least 1");
  options.folds = static_cast<std::size_t>(folds);
  options.jobs = static_cast<std::size_t>(jobs);
  if (cv) return cross_validate(f.positional, options);
  bool ok = true;
  auto docs = read_gold(f.positional, ok);
  if (!ok) return 1;
  const auto trained = detail::train_event_tagger(docs, options.epochs, margin);
  const std::string text = trained.tagger.save(options.min_weight);
  // the test uses the model as saved (pruned, rounded), exactly as it would be shipped
  const auto tagger = detail::EventTagger::load("model", text);
  std::cerr << "trained on " << docs.size() << " documents; event margin " << trained.margin << "; "
            << tagger.feature_count() << " features kept\n";
  if (!output.empty() && !write_or_report(output, text)) return 1;
  return f.has("--test") ? test_model(tagger, f.get("--test")) : 0;
}

int train(const std::vector<std::string>& args) {
  if (args.empty()) throw UsageError("train needs a model kind (timeml-events)");
  if (args[0] != "timeml-events") throw UsageError("unknown model kind '" + args[0] + "'");
  return train_timeml_events(std::vector<std::string>(args.begin() + 1, args.end()));
}

CHRONICLE_COMMAND(
    {"train", 95,
     "  chronicle train timeml-events GOLD_DIR... [-o MODEL] [--test DIR] [--epochs N]\n"
     "                  [--min-weight W] [--event-margin F] [--cross-validate K [--jobs N]]\n"
     "      Learn the TimeML event tagger from gold TimeML documents (.tml, searched\n"
     "      recursively) and write its weights to MODEL (the shipped model is\n"
     "      core/data/en/timeml/event_model.tsv). --test DIR scores the learned model\n"
     "      on other gold documents: EVENT strict P/R/F1, relaxed F1, class accuracy.\n"
     "      --event-margin F lowers the score of 'no event' by the fraction F (default:\n"
     "      chosen on a held-out fifth of the training documents). --cross-validate K\n"
     "      writes no model: the documents, sorted by path, go to K folds (the i-th to\n"
     "      fold i mod K); each fold is scored by a model trained the same way on the\n"
     "      other folds, and the scores are summed per subfolder and overall; --jobs N\n"
     "      trains N folds at once (the output does not depend on it).\n",
     &train});

}  // namespace
}  // namespace chronicle::cli

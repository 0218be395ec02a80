// chronicle train timeml-events GOLD_DIR... -o MODEL: learns the TimeML event tagger's
// weights from gold TimeML documents; with --test DIR, measures the learned model on
// other gold documents (Task B event spans and class), so that held-out figures come
// from the same command that makes the model.
#include <iomanip>
#include <iostream>
#include <optional>

#include "timeml/event_corpus.h"
#include "commands.h"

namespace chronicle::cli {
namespace {

using detail::EventCounts;

std::vector<detail::GoldEventDocument> read_gold(const std::vector<std::string>& dirs, bool& ok) {
  std::vector<detail::GoldEventDocument> docs;
  for (const auto& dir : dirs) {
    std::vector<Diagnostic> diagnostics;
    auto more = detail::read_event_gold(dir, diagnostics);
    ok = !report(diagnostics) && ok;
    if (more.empty()) {
      std::cerr << dir << ": error: no TimeML (.tml) gold documents\n";
      ok = false;
    }
    for (auto& d : more) docs.push_back(std::move(d));
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

int train_timeml_events(const std::vector<std::string>& args) {
  Flags f = parse(args, {"-o", "--output", "--test", "--epochs", "--min-weight", "--event-margin"});
  if (f.positional.empty()) throw UsageError("train timeml-events needs at least one gold folder");
  const std::string output = f.get_any({"-o", "--output"});
  if (output.empty() && !f.has("--test"))
    throw UsageError("train timeml-events needs -o MODEL or --test DIR");
  int epochs = 0;
  float min_weight = 0;
  std::optional<float> margin;
  try {
    epochs = std::stoi(f.get("--epochs", "10"));
    min_weight = std::stof(f.get("--min-weight", "0.05"));
    if (f.has("--event-margin")) margin = std::stof(f.get("--event-margin"));
  } catch (const std::exception&) {
    throw UsageError("--epochs and --min-weight take numbers");
  }
  if (epochs < 1) throw UsageError("--epochs must be at least 1");
  if (margin && (*margin < 0 || *margin >= 1)) throw UsageError("--event-margin must be in [0, 1)");
  bool ok = true;
  auto docs = read_gold(f.positional, ok);
  if (!ok) return 1;
  const auto trained = detail::train_event_tagger(docs, epochs, margin);
  const std::string text = trained.tagger.save(min_weight);
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
     "                  [--min-weight W] [--event-margin F]\n"
     "      Learn the TimeML event tagger from gold TimeML documents (.tml, searched\n"
     "      recursively) and write its weights to MODEL (the shipped model is\n"
     "      core/data/en/timeml/event_model.tsv). --test DIR scores the learned model\n"
     "      on other gold documents: EVENT strict P/R/F1, relaxed F1, class accuracy.\n"
     "      --event-margin F lowers the score of 'no event' by the fraction F (default:\n"
     "      chosen on a held-out fifth of the training documents).\n",
     &train});

}  // namespace
}  // namespace chronicle::cli

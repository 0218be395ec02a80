// chronicle train ud TRAIN.conllu... --dev DEV.conllu -o MODEL: learns the language
// layer (tagger, lemmatiser, parser) from Universal Dependencies treebanks.
#include <iostream>

#include "chronicle/syntax.h"
#include "commands.h"

namespace chronicle::cli {

namespace {

std::vector<syntax::ParsedSentence> read_all(const std::vector<std::string>& paths) {
  std::vector<syntax::ParsedSentence> out;
  for (const auto& p : paths) {
    auto more = syntax::read_conllu_file(p);
    if (more.empty()) throw syntax::ConlluError(p + ": no sentences");
    for (auto& s : more) out.push_back(std::move(s));
  }
  return out;
}

int positive(const Flags& f, const std::string& name, int fallback) {
  if (!f.has(name)) return fallback;
  try {
    const int n = std::stoi(f.get(name));
    if (n >= 1) return n;
  } catch (const std::exception&) {
  }
  throw UsageError(name + " takes a number of at least 1");
}

}  // namespace

int train_ud(const std::vector<std::string>& args) {
  const Flags f = parse(args, {"-o", "--output", "--dev", "--note", "--tagger-epochs", "--parser-epochs", "--min-count", "--min-weight"});
  if (f.positional.empty()) throw UsageError("train ud needs at least one CoNLL-U training file");
  const std::string output = f.get_any({"-o", "--output"});
  if (output.empty()) throw UsageError("train ud needs -o MODEL");
  syntax::TrainOptions options;
  options.tagger_epochs = positive(f, "--tagger-epochs", options.tagger_epochs);
  options.parser_epochs = positive(f, "--parser-epochs", options.parser_epochs);
  options.min_feature_count = positive(f, "--min-count", options.min_feature_count);
  for (std::size_t i = 0; i + 1 < args.size(); ++i)
    if (args[i] == "--note") options.notes.push_back(args[i + 1]);
  if (f.has("--min-weight")) {
    try {
      options.min_weight = std::stof(f.get("--min-weight"));
    } catch (const std::exception&) {
      throw UsageError("--min-weight takes a number");
    }
  }
  options.log = &std::cerr;
  std::vector<syntax::ParsedSentence> train, dev;
  try {
    train = read_all(f.positional);
    if (f.has("--dev")) dev = read_all({f.get("--dev")});
  } catch (const syntax::ConlluError& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
  const std::string model = syntax::train_ud(train, dev, options);
  return write_or_report(output, model) ? 0 : 3;
}

}  // namespace chronicle::cli

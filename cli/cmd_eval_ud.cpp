// chronicle eval ud GOLD.conllu: tags, lemmatises and parses the gold words of a
// treebank and prints the CoNLL 2018 measures.
#include <cstdio>
#include <iostream>

#include "chronicle/eval/ud_scores.h"
#include "chronicle/pipeline.h"
#include "chronicle/syntax.h"
#include "commands.h"

namespace chronicle::cli {
namespace {

std::shared_ptr<const syntax::Analyzer> model_of(const Flags& f) {
  if (!f.has("--model")) return syntax::Analyzer::english();
  std::string bytes;
  if (!read_whole_file(f.get("--model"), bytes)) return nullptr;
  return syntax::Analyzer::load(bytes, f.get("--model"));
}

void print(const std::string& name, const eval::UdScores& s) {
  std::printf("%s: %zu words\n", name.c_str(), s.words);
  const std::pair<const char*, std::size_t> rows[] = {
      {"UPOS", s.upos}, {"XPOS", s.xpos}, {"Lemmas", s.lemma}, {"UAS", s.uas}, {"LAS", s.las}};
  for (const auto& [measure, count] : rows) std::printf("  %-7s %6.2f\n", measure, s.percent(count));
}

void print_raw(const std::string& name, const eval::UdRawScores& s) {
  std::printf("%s, from raw text: %zu gold words, %zu system words (%zu gold words not found in the text)\n",
              name.c_str(), s.words.gold, s.words.system, s.unplaced);
  std::printf("  %-9s %6s %6s %6s\n", "", "P", "R", "F1");
  const std::pair<const char*, const eval::UdRawScores::Counts*> rows[] = {
      {"Words", &s.words}, {"Sentences", &s.sentences}, {"UPOS", &s.upos}, {"XPOS", &s.xpos},
      {"Lemmas", &s.lemma}, {"UAS", &s.uas}, {"LAS", &s.las}};
  for (const auto& [measure, c] : rows)
    std::printf("  %-9s %6.2f %6.2f %6.2f\n", measure, c->precision(), c->recall(), c->f1());
}

// The treebank's text segmented by Chronicle, then tagged and parsed: its own sentences.
std::vector<syntax::ParsedSentence> read_raw(const std::string& text, const syntax::Analyzer& model) {
  Options options;
  options.stages = {"segment"};
  Document doc;
  doc.id = "treebank";
  doc.text = text;
  auto sentences = syntax::document_sentences(Pipeline(options).analyze(std::move(doc)));
  for (auto& s : sentences) model.analyze(s);
  return sentences;
}

int eval_ud(const std::vector<std::string>& args) {
  const Flags f = parse(args, {"--model", "--system"}, {"--raw"});
  if (f.positional.empty()) throw UsageError("eval ud needs a gold CoNLL-U file");
  std::shared_ptr<const syntax::Analyzer> model;
  try {
    model = model_of(f);
  } catch (const std::runtime_error& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
  if (!model) return 1;
  for (const auto& path : f.positional) {
    std::vector<syntax::ParsedSentence> gold;
    try {
      gold = syntax::read_conllu_file(path);
    } catch (const syntax::ConlluError& e) {
      std::cerr << e.what() << "\n";
      return 1;
    }
    if (f.has("--raw")) {
      const std::string text = eval::treebank_text(gold);
      const auto system = read_raw(text, *model);
      if (f.has("--system") && !write_or_report(f.get("--system"), syntax::write_conllu(system))) return 3;
      print_raw(path, eval::score_ud_raw(gold, text, system));
      continue;
    }
    auto system = gold;
    for (auto& s : system) {
      for (auto& w : s.words) w = syntax::Word{w.form, {}, {}, {}, {}, -1, {}, {}};
      model->analyze(s);
    }
    if (f.has("--system") && !write_or_report(f.get("--system"), syntax::write_conllu(system))) return 3;
    print(path, eval::score_ud(gold, system));
  }
  return 0;
}

CHRONICLE_EVAL({"ud", 60,
                "  chronicle eval ud GOLD.conllu... [--raw] [--model MODEL] [--system OUT.conllu]\n"
                "      Tag, lemmatise and parse the gold words of a treebank and print UPOS,\n"
                "      XPOS, lemma, UAS and LAS (CoNLL 2018 definitions, gold tokens; LAS on\n"
                "      the universal relation). --raw reads the treebank's text instead (its\n"
                "      # text comments) with Chronicle's own tokens and sentences, and prints\n"
                "      precision, recall and F1 of words, sentences and each measure, words\n"
                "      aligned by their bytes. --model uses another model than the built-in\n"
                "      one; --system writes the predictions as CoNLL-U.\n",
                &eval_ud});

}  // namespace
}  // namespace chronicle::cli

// chronicle eval ecbplus DIR: cross-document event coreference on ECB+ (topics 1-35 by
// default), Chronicle's merge next to the same-lemma baseline, on gold and on predicted
// mentions.
#include <cstdio>
#include <iostream>

#include "chronicle/eval/ecbplus.h"
#include "chronicle/pipeline.h"
#include "commands.h"

namespace chronicle::cli {
namespace {

std::pair<int, int> topic_range(const std::string& text) {
  int first = 0, last = 0;
  char dash = 0;
  if (std::sscanf(text.c_str(), "%d%c%d", &first, &dash, &last) != 3 || dash != '-' || first < 1 ||
      last < first)
    throw UsageError("--topics must be FIRST-LAST, e.g. 1-35");
  return {first, last};
}

std::string row(const eval::EcbResult& r) {
  auto pct = [](double x) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%5.1f", 100 * x);
    return std::string(buf);
  };
  auto prf = [&](const eval::Score& s) {
    return pct(s.recall) + " " + pct(s.precision) + " " + pct(s.f1());
  };
  char head[64];
  std::snprintf(head, sizeof head, "%-10s %-10s", r.mentions.c_str(), r.system.c_str());
  return std::string(head) + " | " + prf(r.scores.muc) + " | " + prf(r.scores.b_cubed) + " | " +
         prf(r.scores.ceaf_e) + " | " + pct(r.scores.conll_f1()) + " | " +
         std::to_string(r.key_mentions) + " " + std::to_string(r.response_mentions) + "\n";
}

int eval_ecbplus(const std::vector<std::string>& args) {
  Flags f = parse(args, {"--topics"});
  if (f.positional.size() != 1)
    throw UsageError("eval ecbplus needs the ECB+ folder (the one holding 1/, 2/, ...)");
  auto [first, last] = topic_range(f.get("--topics", "1-35"));
  eval::EcbCorpus corpus = eval::read_ecbplus(f.positional[0], first, last);
  report(corpus.diagnostics);
  if (corpus.documents.empty()) {
    std::cerr << f.positional[0] << ": error: no ECB+ documents for topics " << first << "-" << last
              << "\n";
    return 1;
  }
  std::cout << "ECB+ topics " << first << "-" << last << ": " << corpus.documents.size()
            << " documents, " << corpus.mentions.size()
            << " gold event mentions; merge within each topic\n"
            << "mentions   system     |   MUC R     P     F1 |    B3 R     P     F1 |"
               " CEAF-e R    P     F1 | CoNLL | key response\n";
  for (const auto& r : eval::evaluate_ecbplus(corpus, Pipeline())) std::cout << row(r);
  return corpus.diagnostics.empty() ? 0 : 5;
}

CHRONICLE_EVAL(
    {"ecbplus", 30,
     "  chronicle eval ecbplus DIR [--topics 1-35]\n"
     "      Cross-document event coreference on ECB+ (MUC, B3, CEAF-e, CoNLL F1), Chronicle\n"
     "      and the same-lemma baseline, on gold and on predicted event mentions.\n",
     &eval_ecbplus});

}  // namespace
}  // namespace chronicle::cli

// Gold-token scoring of the language layer (CoNLL 2018 shared task measures).
#include "chronicle/eval/ud_scores.h"

#include <string>

namespace chronicle::eval {

std::string_view universal_relation(std::string_view deprel) { return deprel.substr(0, deprel.find(':')); }

UdScores score_ud(const std::vector<syntax::ParsedSentence>& gold, const std::vector<syntax::ParsedSentence>& system) {
  if (gold.size() != system.size())
    throw std::invalid_argument("gold has " + std::to_string(gold.size()) + " sentences, system " +
                                std::to_string(system.size()));
  UdScores s;
  for (std::size_t i = 0; i < gold.size(); ++i) {
    const auto& g = gold[i].words;
    const auto& p = system[i].words;
    if (g.size() != p.size())
      throw std::invalid_argument("sentence " + std::to_string(i + 1) + " (line " + std::to_string(gold[i].line) +
                                  ") has " + std::to_string(g.size()) + " gold words and " +
                                  std::to_string(p.size()) + " system words");
    for (std::size_t w = 0; w < g.size(); ++w) {
      ++s.words;
      s.upos += g[w].upos == p[w].upos;
      s.xpos += g[w].xpos == p[w].xpos;
      s.lemma += g[w].lemma == p[w].lemma;
      const bool head = g[w].head == p[w].head;
      s.uas += head;
      s.las += head && universal_relation(g[w].deprel) == universal_relation(p[w].deprel);
    }
  }
  return s;
}

}  // namespace chronicle::eval

// Speed of the language layer alone, in words per second on one core: the built-in model
// tags, then tags and lemmatises, then tags, lemmatises and parses the words of a CoNLL-U
// file (gold tokens, so tokenisation is not timed). Best of N rounds per layer.
// Usage: syntax_throughput FILE.conllu [ROUNDS]
#include <chrono>
#include <cstdio>
#include <string>

#include "chronicle/syntax.h"

namespace {

using chronicle::syntax::Analyzer;
using chronicle::syntax::Layers;
using chronicle::syntax::ParsedSentence;

double seconds_for(const Analyzer& model, std::vector<ParsedSentence> sentences, Layers layers) {
  const auto start = std::chrono::steady_clock::now();
  for (auto& s : sentences) model.analyze(s, layers);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: syntax_throughput FILE.conllu [ROUNDS]\n");
    return 2;
  }
  const int rounds = argc > 2 ? std::stoi(argv[2]) : 3;
  const auto load_start = std::chrono::steady_clock::now();
  const auto model = Analyzer::english();
  const double load = std::chrono::duration<double>(std::chrono::steady_clock::now() - load_start).count();
  auto sentences = chronicle::syntax::read_conllu_file(argv[1]);
  std::size_t words = 0;
  for (auto& s : sentences) {
    words += s.words.size();
    for (auto& w : s.words) w = chronicle::syntax::Word{w.form, {}, {}, {}, {}, -1, {}, {}};
  }
  std::printf("model load: %.3f s\n%zu sentences, %zu words\n", load, sentences.size(), words);
  const std::pair<const char*, Layers> layers[] = {
      {"tagger", Layers::tags}, {"tagger+lemmatiser", Layers::tags_and_lemmas}, {"tagger+lemmatiser+parser", Layers::all}};
  for (const auto& [name, layer] : layers) {
    double best = 1e300;
    for (int r = 0; r < rounds; ++r) best = std::min(best, seconds_for(*model, sentences, layer));
    std::printf("%-26s %10.0f words/s  (%.3f s)\n", name, static_cast<double>(words) / best, best);
  }
  return 0;
}

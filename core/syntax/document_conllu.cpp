// A document's sentences as the language layer sees them, on Chronicle's own tokens with
// their byte offsets, and as CoNLL-U (`chronicle annotate --format conllu`).
#include "chronicle/syntax.h"
#include "util/text.h"

namespace chronicle::syntax {

std::vector<ParsedSentence> document_sentences(const DocumentAnalysis& analysis) {
  std::vector<ParsedSentence> out;
  for (const Sentence& sentence : analysis.sentences) {
    ParsedSentence s;
    s.id = analysis.document.id + "-" + std::to_string(out.size() + 1);
    s.text = chronicle::detail::squeeze_space(analysis.text(sentence.span));
    for (std::size_t t = sentence.first_token; t < sentence.end_token; ++t) {
      const Span span = analysis.tokens[t].span;
      Word w;
      w.form = std::string(analysis.text(span));
      w.misc = "TokenRange=" + std::to_string(span.begin) + ":" + std::to_string(span.end);
      s.words.push_back(std::move(w));
    }
    if (!s.words.empty()) out.push_back(std::move(s));
  }
  return out;
}

std::string document_conllu(const DocumentAnalysis& analysis, const Analyzer& model) {
  auto sentences = document_sentences(analysis);
  for (auto& s : sentences) model.analyze(s);
  return "# newdoc id = " + analysis.document.id + "\n" + write_conllu(sentences);
}

}  // namespace chronicle::syntax

// Gold-token scoring of the language layer (CoNLL 2018 shared task measures).
#include "chronicle/eval/ud_scores.h"

#include <charconv>
#include <map>
#include <string>

#include "chronicle/eval/f1.h"

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

namespace {

struct Placed {
  std::size_t begin = 0, end = 0;
  const syntax::Word* word = nullptr;
  std::size_t sentence = 0;
  int index = 0;  // 1-based within its sentence
};

// The text of one sentence in treebank_text(): its # text, else its forms joined by spaces.
std::string sentence_text(const syntax::ParsedSentence& s) {
  if (!s.text.empty()) return s.text;
  std::string text;
  for (std::size_t i = 0; i < s.words.size(); ++i) text += (i ? " " : "") + s.words[i].form;
  return text;
}

std::string_view separator(const syntax::ParsedSentence& s, bool first) { return first ? "" : s.new_paragraph ? "\n\n" : " "; }

// Gold words placed in the text by their forms, in order within their sentence's text;
// a word whose form is not found there is left out and counted.
std::vector<Placed> place_gold(const std::vector<syntax::ParsedSentence>& gold, std::string_view text,
                               std::size_t& unplaced) {
  std::vector<Placed> out;
  std::size_t start = 0;
  for (std::size_t s = 0; s < gold.size(); ++s) {
    start += separator(gold[s], s == 0).size();
    const std::size_t end = std::min(text.size(), start + sentence_text(gold[s]).size());
    std::size_t at = start;
    for (std::size_t i = 0; i < gold[s].words.size(); ++i) {
      const std::string& form = gold[s].words[i].form;
      const std::size_t p = form.empty() ? std::string_view::npos : text.substr(0, end).find(form, at);
      if (p == std::string_view::npos) {
        ++unplaced;
        continue;
      }
      out.push_back({p, p + form.size(), &gold[s].words[i], s, static_cast<int>(i) + 1});
      at = p + form.size();
    }
    start = end;
  }
  return out;
}

std::pair<std::size_t, std::size_t> token_range(const syntax::Word& w) {
  const std::string_view key = "TokenRange=";
  const std::size_t k = w.misc.find(key);
  if (k == std::string::npos) throw std::invalid_argument("system word '" + w.form + "' has no TokenRange");
  std::size_t begin = 0, end = 0;
  const char* p = w.misc.data() + k + key.size();
  const char* last = w.misc.data() + w.misc.size();
  auto r = std::from_chars(p, last, begin);
  if (r.ec != std::errc() || r.ptr == last || *r.ptr != ':') throw std::invalid_argument("bad TokenRange of '" + w.form + "'");
  r = std::from_chars(r.ptr + 1, last, end);
  if (r.ec != std::errc()) throw std::invalid_argument("bad TokenRange of '" + w.form + "'");
  return {begin, end};
}

std::vector<Placed> place_system(const std::vector<syntax::ParsedSentence>& system) {
  std::vector<Placed> out;
  for (std::size_t s = 0; s < system.size(); ++s)
    for (std::size_t i = 0; i < system[s].words.size(); ++i) {
      const auto [b, e] = token_range(system[s].words[i]);
      out.push_back({b, e, &system[s].words[i], s, static_cast<int>(i) + 1});
    }
  return out;
}

// Sentence spans (first word's begin, last word's end) of placed words.
std::map<std::pair<std::size_t, std::size_t>, int> sentence_spans(const std::vector<Placed>& words) {
  std::map<std::size_t, std::pair<std::size_t, std::size_t>> by_sentence;
  for (const auto& w : words) {
    auto [it, fresh] = by_sentence.emplace(w.sentence, std::pair(w.begin, w.end));
    if (!fresh) it->second.second = w.end;
  }
  std::map<std::pair<std::size_t, std::size_t>, int> spans;
  for (const auto& [s, span] : by_sentence) ++spans[span];
  return spans;
}

}  // namespace

double UdRawScores::Counts::f1() const { return f1_score(precision(), recall()); }

std::string treebank_text(const std::vector<syntax::ParsedSentence>& gold) {
  std::string text;
  for (std::size_t i = 0; i < gold.size(); ++i) {
    text += separator(gold[i], i == 0);
    text += sentence_text(gold[i]);
  }
  return text + "\n";
}

UdRawScores score_ud_raw(const std::vector<syntax::ParsedSentence>& gold, std::string_view text,
                         const std::vector<syntax::ParsedSentence>& system) {
  UdRawScores r;
  const auto g = place_gold(gold, text, r.unplaced);
  const auto p = place_system(system);
  std::map<std::pair<std::size_t, std::size_t>, const Placed*> gold_at;
  std::map<std::pair<std::size_t, std::size_t>, std::pair<std::size_t, int>> gold_index;  // span -> (sentence, index)
  for (const auto& w : g) {
    gold_at[{w.begin, w.end}] = &w;
    gold_index[{w.begin, w.end}] = {w.sentence, w.index};
  }
  // system (sentence, index) -> aligned gold (sentence, index)
  std::map<std::pair<std::size_t, int>, std::pair<std::size_t, int>> aligned;
  for (const auto& w : p)
    if (const auto it = gold_index.find({w.begin, w.end}); it != gold_index.end()) aligned[{w.sentence, w.index}] = it->second;
  for (auto* c : {&r.words, &r.upos, &r.xpos, &r.lemma, &r.uas, &r.las}) {
    c->gold = g.size() + r.unplaced;
    c->system = p.size();
  }
  for (const auto& w : p) {
    const auto it = gold_at.find({w.begin, w.end});
    if (it == gold_at.end()) continue;
    const syntax::Word& gw = *it->second->word;
    const syntax::Word& sw = *w.word;
    ++r.words.right;
    r.upos.right += gw.upos == sw.upos;
    r.xpos.right += gw.xpos == sw.xpos;
    r.lemma.right += gw.lemma == sw.lemma;
    bool head = false;
    if (gw.head == 0 || sw.head == 0) {
      head = gw.head == 0 && sw.head == 0;
    } else if (const auto h = aligned.find({w.sentence, sw.head}); h != aligned.end()) {
      head = h->second == std::pair(it->second->sentence, gw.head);
    }
    r.uas.right += head;
    r.las.right += head && universal_relation(gw.deprel) == universal_relation(sw.deprel);
  }
  const auto gs = sentence_spans(g), ss = sentence_spans(p);
  for (const auto& [span, n] : gs) r.sentences.gold += static_cast<std::size_t>(n);
  for (const auto& [span, n] : ss) {
    r.sentences.system += static_cast<std::size_t>(n);
    if (const auto it = gs.find(span); it != gs.end()) r.sentences.right += static_cast<std::size_t>(std::min(n, it->second));
  }
  return r;
}

}  // namespace chronicle::eval

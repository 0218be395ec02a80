// The TimeML event tagger: features, model text format, tagging, and averaged
// perceptron training. Design: one multi-class linear model per token, decoded greedily
// left to right so that the previous token's label can be a feature (a reporting verb
// rarely follows another event word directly; "began" before a verb is aspectual).
#include "timeml/event_tagger.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <random>
#include <stdexcept>

#include "timeml/event_lexicon.h"
#include "util/text.h"

namespace chronicle::detail {
namespace {

std::string word_at(const DocumentAnalysis& doc, const Sentence& s, std::ptrdiff_t i) {
  if (i < static_cast<std::ptrdiff_t>(s.first_token)) return "<s>";
  if (i >= static_cast<std::ptrdiff_t>(s.end_token)) return "</s>";
  const Token& t = doc.tokens[static_cast<std::size_t>(i)];
  if (t.kind == Token::Kind::number) return "<num>";
  return lower(doc.text(t.span));
}

// A crude stem shared by inflected forms ("attacks", "attacked", "attacking" -> "attack").
std::string stem(const std::string& w) {
  auto ends = [&](std::string_view s) { return w.size() > s.size() + 2 && w.ends_with(s); };
  if (ends("ies")) return w.substr(0, w.size() - 3) + "y";
  if (ends("ing")) return w.substr(0, w.size() - 3);
  if (ends("ed")) return w.substr(0, w.size() - 2);
  if (ends("es") && !ends("ses")) return w.substr(0, w.size() - 2);
  if (ends("s") && !ends("ss")) return w.substr(0, w.size() - 1);
  return w;
}

std::string suffix(const std::string& w, std::size_t n) {
  return w.size() > n ? w.substr(w.size() - n) : std::string("_");
}

bool in_timex(const DocumentAnalysis& doc, Span span) {
  return std::any_of(doc.timexes.begin(), doc.timexes.end(),
                     [&](const Timex& t) { return t.span.contains(span); });
}

std::string shape(std::string_view text, bool first) {
  if (text.find('-') != std::string_view::npos) return "hyphen";
  if (!starts_upper(text)) return "lower";
  if (text.size() > 1 &&
      std::all_of(text.begin(), text.end(), [](char c) { return !(c >= 'a' && c <= 'z'); }))
    return "caps";
  return first ? "upper-first" : "upper";
}

// The parts of speech WordNet allows for a word, as a sorted string ("nv"); "-" for none.
std::string pos_set(const std::vector<WordReading>& readings) {
  std::string out;
  for (const auto& r : readings)
    for (const auto& c : *r.classes)
      if (out.find(c[0]) == std::string::npos) out += c[0];
  std::sort(out.begin(), out.end());
  return out.empty() ? "-" : out;
}

void wordnet_features(const std::string& w, const std::string& p1, const std::string& n1,
                      std::vector<std::string>& out) {
  const WordnetLexicon& lexicon = wordnet_lexicon();
  const auto readings = lexicon.readings(w);
  out.push_back("pos=" + pos_set(readings));
  out.push_back("p1pos=" + pos_set(lexicon.readings(p1)));
  out.push_back("n1pos=" + pos_set(lexicon.readings(n1)));
  if (!readings.empty()) out.push_back("lem=" + readings.front().lemma);
  for (const auto& r : readings)
    for (const auto& c : *r.classes) {
      out.push_back("wn=" + c);
      out.push_back("wr=" + r.rule + "|" + c.substr(0, 1));
    }
}

void check_weight_text(std::string_view name, int line, bool ok) {
  if (!ok)
    throw std::runtime_error(std::string(name) + ":" + std::to_string(line) + ": malformed weight");
}

}  // namespace

std::size_t event_label(std::string_view name) {
  for (std::size_t i = 0; i < kLabelCount; ++i)
    if (kEventLabels[i] == name) return i;
  return kLabelCount;
}

bool may_be_event(const DocumentAnalysis& doc, std::size_t i) {
  const Token& t = doc.tokens[i];
  return t.kind == Token::Kind::word && starts_alpha(doc.text(t.span));
}

void event_features(const DocumentAnalysis& doc, const Sentence& s, std::size_t i,
                    std::size_t previous_label, std::vector<std::string>& out) {
  const auto at = static_cast<std::ptrdiff_t>(i);
  const std::string w = word_at(doc, s, at);
  const std::string p1 = word_at(doc, s, at - 1), p2 = word_at(doc, s, at - 2);
  const std::string n1 = word_at(doc, s, at + 1), n2 = word_at(doc, s, at + 2);
  out.push_back("bias");
  out.push_back("w=" + w);
  out.push_back("st=" + stem(w));
  for (std::size_t n = 2; n <= 4; ++n) out.push_back("s" + std::to_string(n) + "=" + suffix(w, n));
  out.push_back("p1=" + p1);
  out.push_back("p2=" + p2);
  out.push_back("n1=" + n1);
  out.push_back("n2=" + n2);
  out.push_back("p1w=" + p1 + "|" + w);
  out.push_back("wn1=" + w + "|" + n1);
  out.push_back("p1s2=" + suffix(p1, 2));
  out.push_back("n1s2=" + suffix(n1, 2));
  out.push_back("sh=" + shape(doc.text(doc.tokens[i].span), i == s.first_token));
  out.push_back("l1=" + std::string(kEventLabels[previous_label]));
  out.push_back("l1w=" + std::string(kEventLabels[previous_label]) + "|" + w);
  if (in_timex(doc, doc.tokens[i].span)) out.push_back("timex");
  wordnet_features(w, p1, n1, out);
}

EventTagger EventTagger::load(std::string_view name, std::string_view text) {
  EventTagger tagger;
  int line_no = 0;
  std::size_t pos = 0;
  bool header = false;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (line.starts_with("# FORMAT: ")) {
      if (!line.starts_with("# FORMAT: timeml-event-model "))
        throw std::runtime_error(std::string(name) + ":" + std::to_string(line_no) +
                                 ": not a timeml-event-model file");
      header = true;
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    const std::size_t tab = line.find('\t');
    check_weight_text(name, line_no, header && tab != std::string_view::npos);
    Weights w{};
    std::string_view rest = line.substr(tab + 1);
    while (!rest.empty()) {
      std::size_t sp = rest.find(' ');
      std::string_view item = rest.substr(0, sp);
      rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
      const std::size_t colon = item.find(':');
      check_weight_text(name, line_no, colon != std::string_view::npos);
      const std::size_t label = event_label(item.substr(0, colon));
      check_weight_text(name, line_no, label < kLabelCount);
      const std::string number(item.substr(colon + 1));
      char* stop = nullptr;
      w[label] = std::strtof(number.c_str(), &stop);
      check_weight_text(name, line_no, stop && *stop == '\0' && !number.empty());
    }
    tagger.weights_.emplace(std::string(line.substr(0, tab)), w);
  }
  if (!header)
    throw std::runtime_error(std::string(name) + ":1: missing '# FORMAT: timeml-event-model 1'");
  return tagger;
}

std::string EventTagger::save(float min_weight) const {
  std::map<std::string, Weights> sorted(weights_.begin(), weights_.end());
  std::string out = "# FORMAT: timeml-event-model 1\n";
  out += "# Generated by `chronicle train timeml-events`; feature<TAB>label:weight ...\n";
  char buf[32];
  for (const auto& [feature, w] : sorted) {
    std::string items;
    for (std::size_t l = 0; l < kLabelCount; ++l) {
      if (std::fabs(w[l]) < min_weight) continue;
      auto res = std::to_chars(buf, buf + sizeof buf, w[l], std::chars_format::general, 4);
      items += (items.empty() ? "" : " ") + std::string(kEventLabels[l]) + ":" +
               std::string(buf, res.ptr);
    }
    if (!items.empty()) out += feature + "\t" + items + "\n";
  }
  return out;
}

std::size_t EventTagger::predict(const std::vector<std::string>& features) const {
  Weights score{};
  for (const auto& f : features) {
    auto it = weights_.find(f);
    if (it == weights_.end()) continue;
    for (std::size_t l = 0; l < kLabelCount; ++l) score[l] += it->second[l];
  }
  // ties go to the lower label, "O" first, so an unknown word is not an event
  return static_cast<std::size_t>(std::max_element(score.begin(), score.end()) - score.begin());
}

std::vector<TimemlEvent> EventTagger::tag(const DocumentAnalysis& doc) const {
  std::vector<TimemlEvent> out;
  std::vector<std::string> features;
  for (const Sentence& s : doc.sentences) {
    std::size_t previous = 0;
    for (std::size_t i = s.first_token; i < s.end_token; ++i) {
      std::size_t label = 0;
      if (may_be_event(doc, i)) {
        features.clear();
        event_features(doc, s, i, previous, features);
        label = predict(features);
      }
      if (label != 0) out.push_back({doc.tokens[i].span, std::string(kEventLabels[label])});
      previous = label;
    }
  }
  return out;
}

namespace {

// Weights with the sums needed for averaging, updated lazily: `total` holds the sum of
// the weight over all steps up to `stamp`.
struct Trained {
  EventTagger::Weights weight{};
  std::array<double, kLabelCount> total{};
  std::array<long, kLabelCount> stamp{};
};

void update(Trained& t, std::size_t label, float delta, long step) {
  t.total[label] += static_cast<double>(step - t.stamp[label]) * t.weight[label];
  t.stamp[label] = step;
  t.weight[label] += delta;
}

}  // namespace

EventTagger EventTrainer::train(const std::vector<LabelledSentence>& data, int epochs) {
  std::unordered_map<std::string, Trained> model;
  EventTagger current;  // the live (not averaged) weights, for prediction during training
  std::vector<std::size_t> order(data.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(20130614);
  std::vector<std::string> features;
  long step = 0;
  for (int epoch = 0; epoch < epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (std::size_t k : order) {
      const LabelledSentence& ls = data[k];
      const DocumentAnalysis& doc = *ls.doc;
      const Sentence& s = doc.sentences[ls.sentence];
      std::size_t previous = 0;
      for (std::size_t i = s.first_token; i < s.end_token; ++i) {
        ++step;
        const std::size_t gold = ls.labels[i - s.first_token];
        if (!may_be_event(doc, i)) {
          previous = 0;
          continue;
        }
        features.clear();
        event_features(doc, s, i, previous, features);
        const std::size_t guess = current.predict(features);
        if (guess != gold)
          for (const auto& f : features) {
            Trained& t = model[f];
            update(t, gold, 1.0f, step);
            update(t, guess, -1.0f, step);
            current.weights_[f] = t.weight;
          }
        previous = guess;
      }
    }
  }
  EventTagger averaged;
  for (auto& [feature, t] : model) {
    EventTagger::Weights w{};
    for (std::size_t l = 0; l < kLabelCount; ++l) {
      const double total = t.total[l] + static_cast<double>(step - t.stamp[l]) * t.weight[l];
      // scaled so that the weights of a frequent feature are of order 1..100
      w[l] = static_cast<float>(100.0 * total / static_cast<double>(step));
    }
    averaged.weights_.emplace(feature, w);
  }
  return averaged;
}

}  // namespace chronicle::detail

// Arc-hybrid parsing. A configuration is a stack (the root at its bottom), a buffer of the
// words not yet read and the arcs made so far. SHIFT moves the next word onto the stack;
// LEFT(l) pops the top and makes it an l-dependent of the next word; RIGHT(l) pops the top
// and makes it an l-dependent of the word below it. Action 0 is SHIFT, 1 + 2l is LEFT(l),
// 2 + 2l is RIGHT(l). The root takes its one dependent only once the buffer is empty, so
// every parse is a single-rooted tree. The features follow Zhang and Nivre (2011), adapted
// to the stack-top pair that arc-hybrid attaches.
#include "syntax/parser.h"

#include <algorithm>
#include <limits>
#include <map>
#include <ostream>
#include <stdexcept>

#include "syntax/tagger.h"
#include "syntax/word_keys.h"

namespace chronicle::syntax::detail {
namespace {

constexpr int kShift = 0;
constexpr int kNone = -1;

struct State {
  explicit State(int words)
      : n(words), head(words + 1, kNone), label(words + 1, kNone), lc1(words + 1, kNone), lc2(words + 1, kNone),
        rc1(words + 1, kNone), rc2(words + 1, kNone), left(words + 1, 0), right(words + 1, 0) {
    stack.push_back(0);
  }
  int n;
  int b = 1;  // the next buffer word; > n when the buffer is empty
  std::vector<int> stack;
  std::vector<int> head, label, lc1, lc2, rc1, rc2, left, right;

  bool done() const { return b > n && stack.size() == 1; }
  int s(std::size_t i) const { return stack.size() > i ? stack[stack.size() - 1 - i] : kNone; }
  int b0() const { return b <= n ? b : kNone; }
  int b1() const { return b + 1 <= n ? b + 1 : kNone; }
  int b2() const { return b + 2 <= n ? b + 2 : kNone; }

  bool legal(int action) const {
    if (action == kShift) return b <= n;
    if (stack.size() < 2) return false;
    if (action % 2 == 1) return b <= n;
    return stack.size() > 2 || b > n;
  }

  void attach(int dependent, int governor, int l) {
    head[dependent] = governor;
    label[dependent] = l;
    if (dependent < governor) {
      ++left[governor];
      if (lc1[governor] == kNone || dependent < lc1[governor]) {
        lc2[governor] = lc1[governor];
        lc1[governor] = dependent;
      } else if (lc2[governor] == kNone || dependent < lc2[governor]) {
        lc2[governor] = dependent;
      }
    } else {
      ++right[governor];
      if (rc1[governor] == kNone || dependent > rc1[governor]) {
        rc2[governor] = rc1[governor];
        rc1[governor] = dependent;
      } else if (rc2[governor] == kNone || dependent > rc2[governor]) {
        rc2[governor] = dependent;
      }
    }
  }

  void apply(int action) {
    if (action == kShift) {
      stack.push_back(b++);
      return;
    }
    const int top = stack.back();
    stack.pop_back();
    const int l = (action - 1) / 2;
    attach(top, action % 2 == 1 ? b : stack.back(), l);
  }
};

// The hashed views of one position of the configuration (a word, or none).
struct Slot {
  std::uint64_t w, t, wt, l;
};

class Features {
 public:
  Features(const ParserInput& in, const State& st) : in_(in), st_(st) {}

  void collect(std::vector<Feature>& out) {
    out.clear();
    out_ = &out;
    const Slot s0 = slot(st_.s(0)), s1 = slot(st_.s(1)), s2 = slot(st_.s(2));
    const Slot b0 = slot(st_.b0()), b1 = slot(st_.b1()), b2 = slot(st_.b2());
    unigrams(s0, s1, s2, b0, b1, b2);
    pairs(s0, s1, b0, b1);
    triples(s0, s1, s2, b0, b1, b2);
    children(s0, s1, b0);
    distance_and_valency(s0, s1, b0);
  }

 private:
  Slot slot(int word) const {
    if (word == kNone) return {1, 1, 1, 1};
    const std::uint64_t w = in_.word[static_cast<std::size_t>(word)], t = in_.tag[static_cast<std::size_t>(word)];
    const int l = word > 0 ? st_.label[static_cast<std::size_t>(word)] : kNone;
    return {w, t, mix(w, t), static_cast<std::uint64_t>(l + 2)};
  }
  void add(std::uint64_t tmpl, std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) {
    out_->push_back(feature(tmpl + 1000, a, b, c));
  }

  void unigrams(const Slot& s0, const Slot& s1, const Slot& s2, const Slot& b0, const Slot& b1, const Slot& b2) {
    add(0, 0);
    add(1, s0.w), add(2, s0.t), add(3, s0.wt);
    add(4, s1.w), add(5, s1.t), add(6, s1.wt);
    add(7, s2.t), add(8, s2.wt);
    add(9, b0.w), add(10, b0.t), add(11, b0.wt);
    add(12, b1.w), add(13, b1.t), add(14, b1.wt);
    add(15, b2.t);
  }

  void pairs(const Slot& s0, const Slot& s1, const Slot& b0, const Slot& b1) {
    add(20, s0.wt, b0.wt), add(21, s0.wt, b0.w), add(22, s0.w, b0.wt), add(23, s0.wt, b0.t);
    add(24, s0.t, b0.wt), add(25, s0.w, b0.w), add(26, s0.t, b0.t), add(27, b0.t, b1.t);
    add(28, s1.wt, s0.wt), add(29, s1.wt, s0.w), add(30, s1.w, s0.wt), add(31, s1.wt, s0.t);
    add(32, s1.t, s0.wt), add(33, s1.w, s0.w), add(34, s1.t, s0.t), add(35, s1.t, b0.t);
    add(36, s1.w, b0.w), add(37, b0.w, b1.w);
  }

  void triples(const Slot& s0, const Slot& s1, const Slot& s2, const Slot& b0, const Slot& b1, const Slot& b2) {
    add(40, b0.t, b1.t, b2.t), add(41, s0.t, b0.t, b1.t), add(42, s1.t, s0.t, b0.t);
    add(43, s2.t, s1.t, s0.t), add(44, s1.t, s0.t, b1.t), add(45, s0.w, b0.t, b1.t);
    add(46, s1.t, s0.w, b0.t);
  }

  void children(const Slot& s0, const Slot& s1, const Slot& b0) {
    const int s0i = st_.s(0), s1i = st_.s(1), b0i = st_.b0();
    const Slot s0l1 = kid(s0i, st_.lc1), s0r1 = kid(s0i, st_.rc1), s0l2 = kid(s0i, st_.lc2), s0r2 = kid(s0i, st_.rc2);
    const Slot s1l1 = kid(s1i, st_.lc1), s1r1 = kid(s1i, st_.rc1), b0l1 = kid(b0i, st_.lc1), b0l2 = kid(b0i, st_.lc2);
    add(50, s0l1.w), add(51, s0l1.t), add(52, s0l1.l);
    add(53, s0r1.w), add(54, s0r1.t), add(55, s0r1.l);
    add(56, b0l1.w), add(57, b0l1.t), add(58, b0l1.l);
    add(59, s1r1.t), add(60, s1r1.l), add(61, s1l1.t), add(62, s1l1.l);
    add(63, s0l2.t, s0l2.l), add(64, s0r2.t, s0r2.l), add(65, b0l2.t, b0l2.l);
    add(66, s0.t, s0l1.t, b0.t), add(67, s0.t, s0r1.t, b0.t), add(68, s0.t, b0.t, b0l1.t);
    add(69, s1.t, s0.t, s0l1.t), add(70, s1.t, s0.t, s0r1.t), add(71, s1.t, s1r1.t, s0.t);
    add(72, s0.t, s0l1.l, s0l2.l), add(73, s0.t, s0r1.l, s0r2.l), add(74, b0.t, b0l1.l, b0l2.l);
    add(75, s0.t, s0l1.t, s0l2.t), add(76, s0.t, s0r1.t, s0r2.t), add(77, b0.t, b0l1.t, b0l2.t);
    add(78, s1.t, s1l1.l, s0.t);
  }

  Slot kid(int word, const std::vector<int>& which) const {
    if (word == kNone) return slot(kNone);
    const int k = which[static_cast<std::size_t>(word)];
    return slot(k);
  }

  static std::uint64_t bucket(int d) { return static_cast<std::uint64_t>(d <= 4 ? d : d <= 6 ? 5 : d <= 10 ? 6 : 7); }

  void distance_and_valency(const Slot& s0, const Slot& s1, const Slot& b0) {
    const int s0i = st_.s(0), s1i = st_.s(1), b0i = st_.b0();
    const std::uint64_t d = s0i != kNone && b0i != kNone && s0i > 0 ? bucket(b0i - s0i) : 0;
    const std::uint64_t d2 = s1i != kNone && s1i > 0 && s0i != kNone ? bucket(s0i - s1i) : 0;
    add(80, s0.w, d), add(81, s0.t, d), add(82, b0.w, d), add(83, b0.t, d);
    add(84, s0.w, b0.w, d), add(85, s0.t, b0.t, d), add(86, s1.t, s0.t, d2), add(87, s1.w, s0.w, d2);
    const auto val = [](const std::vector<int>& v, int i) {
      return i == kNone ? 99ULL : static_cast<std::uint64_t>(std::min(v[static_cast<std::size_t>(i)], 4));
    };
    add(88, s0.w, val(st_.left, s0i)), add(89, s0.t, val(st_.left, s0i));
    add(90, s0.w, val(st_.right, s0i)), add(91, s0.t, val(st_.right, s0i));
    add(92, b0.w, val(st_.left, b0i)), add(93, b0.t, val(st_.left, b0i)), add(94, s1.t, val(st_.right, s1i));
  }

  const ParserInput& in_;
  const State& st_;
  std::vector<Feature>* out_ = nullptr;
};

// The gold arcs that each action makes unreachable (Goldberg and Nivre 2013, arc-hybrid):
// `shift`, and `left` and `right` before the label; a wrong label costs one more.
struct Costs {
  int shift = -1, left = -1, right = -1;
  int head = kNone, label = kNone;  // the top word's gold head and label
};

Costs costs_of(const State& st, const std::vector<int>& gold_head, const std::vector<int>& gold_label) {
  Costs c;
  const int s0 = st.s(0), s1 = st.s(1), b = st.b;
  if (st.legal(kShift)) {
    int lost = 0;
    for (std::size_t i = 1; i < st.stack.size(); ++i) lost += gold_head[static_cast<std::size_t>(st.stack[i])] == b;
    const int h = gold_head[static_cast<std::size_t>(b)];
    lost += h != s0 && std::find(st.stack.begin(), st.stack.end(), h) != st.stack.end();
    c.shift = lost;
  }
  if (st.stack.size() < 2) return c;
  int dependents = 0;
  for (int d = b; d <= st.n; ++d) dependents += gold_head[static_cast<std::size_t>(d)] == s0;
  c.head = gold_head[static_cast<std::size_t>(s0)];
  c.label = gold_label[static_cast<std::size_t>(s0)];
  if (st.legal(1)) c.left = dependents + (c.head != b && (c.head == s1 || c.head > b));
  if (st.legal(2)) c.right = dependents + (c.head >= b && c.head > 0);
  return c;
}

int cost(const State& st, const Costs& c, int action) {
  if (action == kShift) return c.shift;
  const int l = (action - 1) / 2;
  if (action % 2 == 1) return c.left < 0 ? -1 : c.left + (c.head == st.b && c.label != l);
  return c.right < 0 ? -1 : c.right + (c.head == st.s(1) && c.label != l);
}

int best_legal(const State& st, const std::vector<float>& scores) {
  int best = kNone;
  for (int a = 0; a < static_cast<int>(scores.size()); ++a)
    if (st.legal(a) && (best == kNone || scores[a] > scores[best])) best = a;
  return best;
}

ParserInput input_of(const ParsedSentence& s, const std::vector<std::string>& tags) {
  std::vector<std::string_view> forms, xpos;
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    forms.push_back(s.words[i].form);
    xpos.push_back(tags[i]);
  }
  return parser_input(forms, xpos);
}

}  // namespace

ParserInput parser_input(const std::vector<std::string_view>& forms, const std::vector<std::string_view>& xpos) {
  ParserInput in;
  in.word.push_back(mix(0x2007, 1));
  in.tag.push_back(mix(0x2007, 2));
  for (std::size_t i = 0; i < forms.size(); ++i) {
    in.word.push_back(hash_text(ascii_lower(forms[i])));
    in.tag.push_back(hash_text(xpos[i]));
  }
  return in;
}

Parse Parser::parse(const ParserInput& input) const {
  State st(static_cast<int>(input.word.size()) - 1);
  std::vector<Feature> feats;
  std::vector<float> scores(static_cast<std::size_t>(weights_.classes()));
  while (!st.done()) {
    Features(input, st).collect(feats);
    std::fill(scores.begin(), scores.end(), 0.0f);
    weights_.score(feats.data(), feats.size(), scores.data());
    st.apply(best_legal(st, scores));
  }
  return {st.head, st.label};
}

double Parser::las(const std::vector<ParsedSentence>& sentences, const std::vector<std::vector<std::string>>& tags) const {
  std::size_t right = 0, all = 0;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const Parse p = parse(input_of(sentences[s], tags[s]));
    for (std::size_t i = 0; i < sentences[s].words.size(); ++i, ++all) {
      const Word& w = sentences[s].words[i];
      right += p.head[i + 1] == w.head && labels_[static_cast<std::size_t>(p.label[i + 1])] == w.deprel;
    }
  }
  return all ? static_cast<double>(right) / static_cast<double>(all) : 0.0;
}

Parser Parser::train(const std::vector<ParsedSentence>& train, const std::vector<std::vector<std::string>>& train_tags,
                     const std::vector<ParsedSentence>& dev, const std::vector<std::vector<std::string>>& dev_tags,
                     int epochs, int min_count, float min_weight, std::ostream* log) {
  std::map<std::string, int> label_index;
  for (const auto& s : train)
    for (const auto& w : s.words) label_index.emplace(w.deprel, 0);
  Parser parser;
  for (auto& [name, id] : label_index) {
    id = static_cast<int>(parser.labels_.size());
    parser.labels_.push_back(name);
  }
  const int actions = 1 + 2 * static_cast<int>(parser.labels_.size());
  TrainingWeights weights(actions);
  std::vector<Feature> feats;
  std::vector<float> scores(static_cast<std::size_t>(actions));
  std::vector<int> costs(static_cast<std::size_t>(actions));
  double best_score = -1;
  FrozenWeights best_weights;
  std::uint64_t coin = 0x5ca1ab1e;
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    weights.set_counting(epoch == 1);  // the first epoch follows the oracle: counts are of gold states
    for (std::size_t si : shuffled(train.size(), 0x9a75e + static_cast<std::uint64_t>(epoch))) {
      const ParsedSentence& s = train[si];
      const ParserInput in = input_of(s, train_tags[si]);
      std::vector<int> gold_head(s.words.size() + 1, 0), gold_label(s.words.size() + 1, 0);
      for (std::size_t i = 0; i < s.words.size(); ++i) {
        gold_head[i + 1] = s.words[i].head;
        gold_label[i + 1] = label_index.at(s.words[i].deprel);
      }
      State st(static_cast<int>(s.words.size()));
      while (!st.done()) {
        Features(in, st).collect(feats);
        std::fill(scores.begin(), scores.end(), 0.0f);
        weights.score(feats, scores);
        int min_cost = std::numeric_limits<int>::max();
        const Costs base = costs_of(st, gold_head, gold_label);
        for (int a = 0; a < actions; ++a) {
          costs[static_cast<std::size_t>(a)] = cost(st, base, a);
          if (costs[static_cast<std::size_t>(a)] >= 0) min_cost = std::min(min_cost, costs[static_cast<std::size_t>(a)]);
        }
        const int guess = best_legal(st, scores);
        int truth = kNone;
        for (int a = 0; a < actions; ++a)
          if (costs[static_cast<std::size_t>(a)] == min_cost && (truth == kNone || scores[a] > scores[truth])) truth = a;
        weights.learn(feats, truth, guess);
        coin = mix(coin, 7);
        const bool explore = epoch > 1 && coin % 10 != 0;
        st.apply(explore ? guess : truth);
      }
    }
    parser.weights_ = weights.average(min_count, min_weight);
    const double score = dev.empty() ? epoch : parser.las(dev, dev_tags);
    if (log) *log << "parser epoch " << epoch << ": dev LAS " << score << " (" << parser.weights_.features()
                  << " features)\n";
    if (score > best_score) {
      best_score = score;
      best_weights = parser.weights_;
    }
  }
  parser.weights_ = std::move(best_weights);
  return parser;
}

void Parser::write(std::string& out) const {
  write_string(out, std::to_string(labels_.size()));
  for (const auto& l : labels_) write_string(out, l);
  weights_.write(out);
}

Parser Parser::read(std::string_view& in) {
  Parser p;
  const std::size_t n = std::stoul(read_string(in));
  for (std::size_t i = 0; i < n; ++i) p.labels_.push_back(read_string(in));
  p.weights_ = FrozenWeights::read(in);
  if (p.weights_.classes() != static_cast<int>(1 + 2 * n)) throw std::runtime_error("parser weights do not match its labels");
  return p;
}

}  // namespace chronicle::syntax::detail

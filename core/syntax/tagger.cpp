// Part-of-speech tagging as in Collins (2002): greedy, left to right, the tags already
// chosen as features, trained on its own predictions so that it learns to recover from them.
#include "syntax/tagger.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <ostream>
#include <stdexcept>

namespace chronicle::syntax::detail {
namespace {

std::vector<std::string_view> forms_of(const ParsedSentence& s) {
  std::vector<std::string_view> forms;
  for (const auto& w : s.words) forms.push_back(w.form);
  return forms;
}

int best(const std::vector<float>& scores) {
  return static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
}

constexpr int kAmbiguityMinCount = 3;

// Per lowercase form seen at least kAmbiguityMinCount times, the hash of the tags it had.
std::unordered_map<std::uint64_t, std::uint64_t> ambiguity_classes(
    const std::vector<ParsedSentence>& train, const std::map<std::pair<std::string, std::string>, int>& index) {
  std::map<std::string, std::map<int, int>> seen;
  for (const auto& s : train)
    for (const auto& w : s.words) ++seen[ascii_lower(w.form)][index.at({w.upos, w.xpos})];
  std::unordered_map<std::uint64_t, std::uint64_t> out;
  for (const auto& [form, tags] : seen) {
    int total = 0;
    for (const auto& [t, n] : tags) total += n;
    if (total < kAmbiguityMinCount) continue;
    std::uint64_t h = 2;
    for (const auto& [t, n] : tags) h = mix(h, static_cast<std::uint64_t>(t));
    out.emplace(hash_text(form), h);
  }
  return out;
}

}  // namespace

std::string read_string(std::string_view& in) {
  std::uint32_t n = 0;
  if (in.size() < sizeof n) throw std::runtime_error("model ends early");
  std::memcpy(&n, in.data(), sizeof n);
  in.remove_prefix(sizeof n);
  if (in.size() < n) throw std::runtime_error("model ends early");
  std::string s(in.substr(0, n));
  in.remove_prefix(n);
  return s;
}

void write_string(std::string& out, std::string_view s) {
  const auto n = static_cast<std::uint32_t>(s.size());
  out.append(reinterpret_cast<const char*>(&n), sizeof n);
  out.append(s);
}

std::vector<std::size_t> shuffled(std::size_t n, std::uint64_t seed) {
  std::vector<std::size_t> order(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = i;
  std::uint64_t state = seed;
  for (std::size_t i = n; i > 1; --i) {
    state = mix(state, i);
    std::swap(order[i - 1], order[state % i]);
  }
  return order;
}

void tagger_features(const std::vector<WordKeys>& keys, const std::vector<std::uint64_t>& amb, std::size_t i,
                     int prev, int prev2, std::vector<Feature>& out) {
  const WordKeys& w = keys[i];
  const std::uint64_t p1 = static_cast<std::uint64_t>(prev + 2), p2 = static_cast<std::uint64_t>(prev2 + 2);
  out.clear();
  out.push_back(feature(1, 0));
  out.push_back(feature(2, w.lower));
  out.push_back(feature(3, w.form));
  for (std::uint64_t n = 0; n < 4; ++n) out.push_back(feature(4 + n, w.suffix[n]));
  for (std::uint64_t n = 0; n < 3; ++n) out.push_back(feature(8 + n, w.prefix[n]));
  out.push_back(feature(11, w.shape));
  out.push_back(feature(12, w.shape, i == 2));
  out.push_back(feature(13, keys[i - 1].lower));
  out.push_back(feature(14, keys[i + 1].lower));
  out.push_back(feature(15, keys[i - 2].lower));
  out.push_back(feature(16, keys[i + 2].lower));
  out.push_back(feature(17, keys[i - 1].suffix[2]));
  out.push_back(feature(18, keys[i + 1].suffix[2]));
  out.push_back(feature(19, keys[i + 1].shape));
  out.push_back(feature(20, keys[i - 1].shape));
  out.push_back(feature(21, p1));
  out.push_back(feature(22, p1, p2));
  out.push_back(feature(23, p1, w.lower));
  out.push_back(feature(24, p1, w.suffix[2]));
  out.push_back(feature(25, w.lower, keys[i + 1].lower));
  out.push_back(feature(26, keys[i - 1].lower, w.lower));
  out.push_back(feature(27, w.capitalised, w.has_digit, w.has_hyphen));
  out.push_back(feature(28, keys[i + 1].lower, keys[i + 2].lower));
  out.push_back(feature(29, p1, keys[i + 1].lower));
  out.push_back(feature(30, amb[i]));
  out.push_back(feature(31, amb[i + 1]));
  out.push_back(feature(32, amb[i + 2]));
  out.push_back(feature(33, amb[i], amb[i + 1]));
  out.push_back(feature(34, p1, amb[i]));
  out.push_back(feature(35, amb[i], w.suffix[2]));
}

std::vector<std::uint64_t> Tagger::ambiguities(const std::vector<WordKeys>& keys) const {
  std::vector<std::uint64_t> out;
  out.reserve(keys.size());
  for (const auto& k : keys) {
    const auto it = ambiguity_.find(k.lower);
    out.push_back(it == ambiguity_.end() ? 1 : it->second);
  }
  return out;
}

std::vector<int> Tagger::tag(const std::vector<WordKeys>& keys) const {
  std::vector<int> tags;
  std::vector<Feature> feats;
  std::vector<float> scores(upos_.size());
  const auto amb = ambiguities(keys);
  for (std::size_t i = 2; i + 2 < keys.size(); ++i) {
    const int prev = tags.empty() ? -1 : tags.back();
    const int prev2 = tags.size() < 2 ? -1 : tags[tags.size() - 2];
    tagger_features(keys, amb, i, prev, prev2, feats);
    std::fill(scores.begin(), scores.end(), 0.0f);
    weights_.score(feats.data(), feats.size(), scores.data());
    tags.push_back(best(scores));
  }
  return tags;
}

double Tagger::accuracy(const std::vector<ParsedSentence>& sentences) const {
  std::size_t right = 0, all = 0;
  for (const auto& s : sentences) {
    const auto tags = tag(sentence_keys(forms_of(s)));
    for (std::size_t i = 0; i < s.words.size(); ++i, ++all)
      right += upos_[tags[i]] == s.words[i].upos && xpos_[tags[i]] == s.words[i].xpos;
  }
  return all ? static_cast<double>(right) / static_cast<double>(all) : 0.0;
}

Tagger Tagger::train(const std::vector<ParsedSentence>& train, const std::vector<ParsedSentence>& dev, int epochs,
                     int min_count, float min_weight, std::ostream* log) {
  std::map<std::pair<std::string, std::string>, int> index;
  for (const auto& s : train)
    for (const auto& w : s.words) index.emplace(std::pair(w.upos, w.xpos), 0);
  Tagger tagger;
  for (auto& [tag, id] : index) {
    id = static_cast<int>(tagger.upos_.size());
    tagger.upos_.push_back(tag.first);
    tagger.xpos_.push_back(tag.second);
  }
  tagger.ambiguity_ = ambiguity_classes(train, index);
  std::vector<std::vector<WordKeys>> keys;
  std::vector<std::vector<std::uint64_t>> amb;
  for (const auto& s : train) {
    keys.push_back(sentence_keys(forms_of(s)));
    amb.push_back(tagger.ambiguities(keys.back()));
  }
  TrainingWeights weights(static_cast<int>(index.size()));
  std::vector<Feature> feats;
  std::vector<float> scores(index.size());
  double best_score = -1;
  FrozenWeights best_weights;
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    weights.set_counting(epoch == 1);
    for (std::size_t si : shuffled(train.size(), 0x7a66e5 + static_cast<std::uint64_t>(epoch))) {
      int prev = -1, prev2 = -1;
      for (std::size_t i = 0; i < train[si].words.size(); ++i) {
        const Word& w = train[si].words[i];
        tagger_features(keys[si], amb[si], i + 2, prev, prev2, feats);
        std::fill(scores.begin(), scores.end(), 0.0f);
        weights.score(feats, scores);
        const int guess = best(scores), truth = index.at({w.upos, w.xpos});
        weights.learn(feats, truth, guess);
        prev2 = prev;
        prev = guess;
      }
    }
    tagger.weights_ = weights.average(min_count, min_weight);
    const double score = dev.empty() ? epoch : tagger.accuracy(dev);
    if (log) *log << "tagger epoch " << epoch << ": dev UPOS+XPOS accuracy " << score << "\n";
    if (score > best_score) {
      best_score = score;
      best_weights = tagger.weights_;
    }
  }
  tagger.weights_ = std::move(best_weights);
  return tagger;
}

void Tagger::write(std::string& out) const {
  write_string(out, std::to_string(upos_.size()));
  for (std::size_t t = 0; t < upos_.size(); ++t) {
    write_string(out, upos_[t]);
    write_string(out, xpos_[t]);
  }
  const std::map<std::uint64_t, std::uint64_t> amb(ambiguity_.begin(), ambiguity_.end());
  write_string(out, std::to_string(amb.size()));
  for (const auto& [form, tags] : amb) {
    out.append(reinterpret_cast<const char*>(&form), sizeof form);
    out.append(reinterpret_cast<const char*>(&tags), sizeof tags);
  }
  weights_.write(out);
}

Tagger Tagger::read(std::string_view& in) {
  Tagger t;
  const std::size_t n = std::stoul(read_string(in));
  for (std::size_t i = 0; i < n; ++i) {
    t.upos_.push_back(read_string(in));
    t.xpos_.push_back(read_string(in));
  }
  const std::size_t forms = std::stoul(read_string(in));
  if (in.size() < forms * 16) throw std::runtime_error("tagger ends early");
  for (std::size_t i = 0; i < forms; ++i) {
    std::uint64_t form, tags;
    std::memcpy(&form, in.data(), 8);
    std::memcpy(&tags, in.data() + 8, 8);
    in.remove_prefix(16);
    t.ambiguity_.emplace(form, tags);
  }
  t.weights_ = FrozenWeights::read(in);
  if (t.weights_.classes() != static_cast<int>(n)) throw std::runtime_error("tagger weights do not match its tags");
  return t;
}

}  // namespace chronicle::syntax::detail

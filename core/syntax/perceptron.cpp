// Averaged perceptron weights (Collins 2002; averaging as in Daumé III's thesis, 2006):
// integer updates while training, averaged floats once frozen.
#include "syntax/perceptron.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <tuple>
#include <stdexcept>

namespace chronicle::syntax::detail {
namespace {

Feature nonzero(Feature f) { return f == 0 ? 1 : f; }

template <typename T>
void put(std::string& out, T value) {
  char bytes[sizeof(T)];
  std::memcpy(bytes, &value, sizeof(T));
  out.append(bytes, sizeof(T));
}

template <typename T>
T take(std::string_view& in) {
  if (in.size() < sizeof(T)) throw std::runtime_error("model weights end early");
  T value;
  std::memcpy(&value, in.data(), sizeof(T));
  in.remove_prefix(sizeof(T));
  return value;
}

}  // namespace

void FrozenWeights::score(const Feature* features, std::size_t count, float* scores) const {
  if (slots_.empty()) return;
  // Three passes, so that the memory reads of all features overlap instead of waiting one
  // after another: prefetch the home slots, find the slots and prefetch their weights, add.
  constexpr std::size_t kBatch = 64;
  const std::size_t mask = slots_.size() - 1;
  std::uint32_t keys[kBatch];
  const Slot* found[kBatch];
  for (std::size_t start = 0; start < count; start += kBatch) {
    const std::size_t n = std::min(kBatch, count - start);
    for (std::size_t i = 0; i < n; ++i) {
      keys[i] = frozen_key(features[start + i]);
      __builtin_prefetch(&slots_[keys[i] & mask]);
    }
    for (std::size_t i = 0; i < n; ++i) {
      found[i] = nullptr;
      for (std::size_t at = keys[i] & mask;; at = (at + 1) & mask) {
        const Slot& slot = slots_[at];
        if (slot.key == 0) break;
        if (slot.key != keys[i]) continue;
        found[i] = &slot;
        __builtin_prefetch(&entries_[slot.first()]);
        break;
      }
    }
    for (std::size_t i = 0; i < n; ++i) {
      if (!found[i]) continue;
      for (std::uint32_t e = found[i]->first(), end = found[i]->end(); e < end; ++e)
        scores[entries_[e].cls] += static_cast<float>(entries_[e].weight) * scale_;
    }
  }
}

FrozenWeights FrozenWeights::from_rows(int classes, std::vector<Row> rows) {
  if (classes > kMaxClasses) throw std::invalid_argument("too many classes for frozen weights");
  float largest = 0;
  for (const auto& [key, entries] : rows)
    for (const auto& [cls, w] : entries) largest = std::max(largest, std::fabs(w));
  const float scale = largest > 0 ? largest / 32767.0f : 1.0f;
  std::vector<std::pair<std::uint32_t, std::vector<std::pair<int, std::int16_t>>>> steps;
  for (const auto& [key, entries] : rows) {
    std::vector<std::pair<int, std::int16_t>> q;
    for (const auto& [cls, w] : entries) {
      const auto step = static_cast<std::int16_t>(std::lround(w / scale));
      if (step != 0) q.emplace_back(cls, step);
    }
    if (!q.empty()) steps.emplace_back(key, std::move(q));
  }
  FrozenWeights out;
  out.build(classes, scale, steps);
  return out;
}

void FrozenWeights::build(int classes, float scale,
                          std::vector<std::pair<std::uint32_t, std::vector<std::pair<int, std::int16_t>>>>& rows) {
  classes_ = classes;
  scale_ = scale;
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  live_ = rows.size();
  slots_.assign(std::bit_ceil(std::max<std::size_t>(16, rows.size() * 3 / 2)), Slot{});
  entries_.clear();
  const std::size_t mask = slots_.size() - 1;
  for (const auto& [key, entries] : rows) {
    std::size_t at = key & mask;
    while (slots_[at].key != 0) at = (at + 1) & mask;
    if (entries_.size() >= (1u << 24) || entries.size() > 255) throw std::runtime_error("model weights too large");
    slots_[at].key = key;
    slots_[at].range = static_cast<std::uint32_t>(entries_.size()) << 8 | static_cast<std::uint32_t>(entries.size());
    for (const auto& [cls, w] : entries) entries_.push_back(Entry{static_cast<std::uint8_t>(cls), w});
  }
}

void FrozenWeights::write(std::string& out) const {
  std::vector<const Slot*> order;
  for (const Slot& s : slots_)
    if (s.key != 0) order.push_back(&s);
  std::sort(order.begin(), order.end(), [](const Slot* a, const Slot* b) { return a->key < b->key; });
  put<std::uint32_t>(out, static_cast<std::uint32_t>(classes_));
  put<float>(out, scale_);
  put<std::uint64_t>(out, order.size());
  for (const Slot* s : order) {
    put<std::uint32_t>(out, s->key);
    put<std::uint8_t>(out, static_cast<std::uint8_t>(s->end() - s->first()));
    for (std::uint32_t e = s->first(); e < s->end(); ++e) {
      put<std::uint8_t>(out, entries_[e].cls);
      put<std::int16_t>(out, entries_[e].weight);
    }
  }
}

FrozenWeights FrozenWeights::read(std::string_view& in) {
  const int classes = static_cast<int>(take<std::uint32_t>(in));
  const float scale = take<float>(in);
  const std::uint64_t n = take<std::uint64_t>(in);
  if (classes <= 0 || classes > kMaxClasses || !(scale > 0) || n > in.size() / 5)
    throw std::runtime_error("model weights are malformed");
  std::vector<std::pair<std::uint32_t, std::vector<std::pair<int, std::int16_t>>>> rows(n);
  std::uint32_t last = 0;
  for (auto& [key, entries] : rows) {
    key = take<std::uint32_t>(in);
    if (key <= last) throw std::runtime_error("model weights are not sorted");
    last = key;
    entries.resize(take<std::uint8_t>(in));
    for (auto& [cls, w] : entries) {
      cls = take<std::uint8_t>(in);
      w = take<std::int16_t>(in);
      if (cls >= classes) throw std::runtime_error("model weights name a class out of range");
    }
  }
  FrozenWeights w;
  w.build(classes, scale, rows);
  return w;
}

const TrainingWeights::Row* TrainingWeights::find(Feature f) const {
  const std::size_t mask = keys_.size() - 1;
  for (std::size_t at = f & mask;; at = (at + 1) & mask) {
    if (keys_[at] == f) return &rows_[slot_row_[at]];
    if (keys_[at] == 0) return nullptr;
  }
}

TrainingWeights::Row& TrainingWeights::find_or_add(Feature f) {
  std::size_t mask = keys_.size() - 1;
  for (std::size_t at = f & mask;; at = (at + 1) & mask) {
    if (keys_[at] == f) return rows_[slot_row_[at]];
    if (keys_[at] != 0) continue;
    if ((rows_.size() + 1) * 2 > keys_.size()) {  // grow, then place again
      std::vector<Feature> keys(keys_.size() * 2, 0);
      std::vector<std::uint32_t> slots(keys.size(), 0);
      mask = keys.size() - 1;
      for (std::size_t r = 0; r < rows_.size(); ++r) {
        std::size_t to = row_key_[r] & mask;
        while (keys[to] != 0) to = (to + 1) & mask;
        keys[to] = row_key_[r];
        slots[to] = static_cast<std::uint32_t>(r);
      }
      keys_.swap(keys);
      slot_row_.swap(slots);
      return find_or_add(f);
    }
    keys_[at] = f;
    slot_row_[at] = static_cast<std::uint32_t>(rows_.size());
    row_key_.push_back(f);
    rows_.emplace_back();
    return rows_.back();
  }
}

void TrainingWeights::score(const std::vector<Feature>& features, std::vector<float>& scores) const {
  for (Feature f : features) {
    const Row* row = find(nonzero(f));
    if (!row) continue;
    for (const Entry& e : row->entries) scores[static_cast<std::size_t>(e.cls)] += static_cast<float>(e.weight);
  }
}

void TrainingWeights::add(Row& row, int cls, int delta) {
  auto it = std::find_if(row.entries.begin(), row.entries.end(), [&](const Entry& e) { return e.cls == cls; });
  if (it == row.entries.end()) it = row.entries.insert(row.entries.end(), Entry{cls, 0, 0});
  it->weight += delta;
  it->stamped += clock_ * delta;
}

void TrainingWeights::learn(const std::vector<Feature>& features, int truth, int guess) {
  for (Feature f : features) {
    Row& row = find_or_add(nonzero(f));
    row.count += counting_;
    if (truth == guess) continue;
    add(row, truth, 1);
    add(row, guess, -1);
  }
  ++clock_;
}

FrozenWeights TrainingWeights::average(int min_count, float min_weight) const {
  // (kept key bits, class, averaged weight); two features sharing the kept bits are summed,
  // as scoring them would.
  std::vector<std::tuple<std::uint32_t, int, double>> all;
  for (std::size_t r = 0; r < rows_.size(); ++r) {
    const Row& row = rows_[r];
    const Feature key = row_key_[r];
    if (row.count < min_count) continue;
    for (const Entry& e : row.entries) {
      const double avg = static_cast<double>(e.weight) - static_cast<double>(e.stamped) / static_cast<double>(clock_);
      if (std::fabs(avg) >= min_weight && avg != 0) all.emplace_back(frozen_key(key), e.cls, avg);
    }
  }
  std::sort(all.begin(), all.end());
  std::vector<FrozenWeights::Row> rows;
  for (std::size_t i = 0; i < all.size();) {
    const std::uint32_t key = std::get<0>(all[i]);
    FrozenWeights::Row row{key, {}};
    while (i < all.size() && std::get<0>(all[i]) == key) {
      const int cls = std::get<1>(all[i]);
      double w = 0;
      while (i < all.size() && std::get<0>(all[i]) == key && std::get<1>(all[i]) == cls) w += std::get<2>(all[i++]);
      row.second.emplace_back(cls, static_cast<float>(w));
    }
    rows.push_back(std::move(row));
  }
  return FrozenWeights::from_rows(classes_, std::move(rows));
}

}  // namespace chronicle::syntax::detail

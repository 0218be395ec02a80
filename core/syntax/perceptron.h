// The averaged multiclass perceptron shared by the tagger and the parser: features are
// 64-bit hashes, a class is a small integer. Training keeps sparse rows of exact integer
// weights (so the same data gives the same bytes); the frozen model is a compact
// open-addressing table of averaged float weights, read straight from the model bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace chronicle::syntax::detail {

using Feature = std::uint64_t;

/// Mixes a value into a running feature hash (a 64-bit finaliser, so that any change of
/// `value` flips about half the bits).
inline Feature mix(Feature h, std::uint64_t value) {
  std::uint64_t z = h ^ (value + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2));
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

/// The 64-bit hash of a string (FNV-1a, then mixed).
inline std::uint64_t hash_text(std::string_view s) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
  return mix(h, s.size());
}

/// A feature from a template number and up to three values.
inline Feature feature(std::uint64_t tmpl, std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) {
  return mix(mix(mix(tmpl * 0x9ddfea08eb382d69ULL, a), b), c);
}

/// The averaged weights of a trained model, compact: a feature is kept as 32 bits of its
/// hash (a collision is rare and costs one wrong weight), a weight as a 16-bit step of one
/// scale per model, a class as 8 bits. Immutable; scoring is thread-safe.
class FrozenWeights {
 public:
  static constexpr int kMaxClasses = 255;

  FrozenWeights() = default;
  /// Adds to `scores` (one per class) the weights of every feature in `features`.
  void score(const Feature* features, std::size_t count, float* scores) const;
  int classes() const { return classes_; }
  std::size_t features() const { return live_; }
  std::size_t entries() const { return entries_.size(); }

  /// Appends the weights to `out` (little-endian, sorted by feature, so deterministic).
  void write(std::string& out) const;
  /// Reads weights written by `write` from the front of `in`, advancing it; throws
  /// std::runtime_error when the bytes end early or are not weights.
  static FrozenWeights read(std::string_view& in);

  /// One feature's weights before freezing: (class, weight) sorted by class.
  using Row = std::pair<std::uint32_t, std::vector<std::pair<int, float>>>;
  /// Freezes rows (any order; keys distinct) quantising each weight to a step of `scale`.
  static FrozenWeights from_rows(int classes, std::vector<Row> rows);

 private:
  struct Slot {
    std::uint32_t key = 0;    // 0: empty
    std::uint32_t range = 0;  // first entry << 8 | number of entries
    std::uint32_t first() const { return range >> 8; }
    std::uint32_t end() const { return (range >> 8) + (range & 0xff); }
  };
  struct Entry {  // 4 bytes, so that a feature's weights share a cache line
    std::uint8_t cls;
    std::int16_t weight;
  };
  void build(int classes, float scale, std::vector<std::pair<std::uint32_t, std::vector<std::pair<int, std::int16_t>>>>& rows);

  int classes_ = 0;
  float scale_ = 1.0f;
  std::size_t live_ = 0;
  std::vector<Slot> slots_;
  std::vector<Entry> entries_;
};

/// The 32 bits of a feature a frozen model keeps (never 0).
inline std::uint32_t frozen_key(Feature f) {
  const auto k = static_cast<std::uint32_t>(f ^ (f >> 32));
  return k == 0 ? 1 : k;
}

/// Weights being learned. Not thread-safe.
class TrainingWeights {
 public:
  explicit TrainingWeights(int classes) : classes_(classes) {}

  /// Adds the current (not averaged) weights of `features` to `scores`.
  void score(const std::vector<Feature>& features, std::vector<float>& scores) const;
  /// One training instance: moves the weights of `features` towards `truth` and away from
  /// `guess` (nothing when they are equal), and advances the averaging clock. While
  /// counting (the first pass over the data), it also counts how often each feature occurs.
  void learn(const std::vector<Feature>& features, int truth, int guess);
  void set_counting(bool counting) { counting_ = counting; }
  /// The averaged weights, keeping features counted in at least `min_count` instances
  /// and dropping averaged weights smaller than `min_weight`.
  FrozenWeights average(int min_count, float min_weight) const;
  int classes() const { return classes_; }

 private:
  struct Entry {
    int cls;
    std::int32_t weight;
    std::int64_t stamped;  // sum of clock * update, for averaging
  };
  struct Row {
    std::vector<Entry> entries;
    std::int32_t count = 0;
  };
  void add(Row& row, int cls, int delta);

  // Open addressing over features (0 is an empty slot), rows kept apart in insertion order.
  const Row* find(Feature f) const;
  Row& find_or_add(Feature f);

  int classes_;
  bool counting_ = true;
  std::int64_t clock_ = 1;
  std::vector<Feature> keys_ = std::vector<Feature>(1 << 16, 0);
  std::vector<std::uint32_t> slot_row_ = std::vector<std::uint32_t>(1 << 16, 0);
  std::vector<Feature> row_key_;
  std::vector<Row> rows_;
};

}  // namespace chronicle::syntax::detail

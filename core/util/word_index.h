// Dense ids for a fixed vocabulary, for stages that look up every token of a text: an
// open-addressing table over a power-of-two array, so a lookup is one inline hash and
// usually one probe, with no division and no pointer chasing as in std::unordered_map.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chronicle::detail {

/// Maps words to ids 1, 2, ... in the order they were first added; 0 means "not a word
/// of the vocabulary". Filled once, then read-only: lookups are thread-safe after
/// construction.
class WordIndex {
 public:
  /// Adds `word` unless present. Ensures: find(word) is its id. Returns that id.
  std::uint32_t add(std::string_view word);
  /// The id of `word`, or 0 when it was never added.
  std::uint32_t find(std::string_view word) const {
    if (slots_.empty() || word.size() > longest_) return 0;
    std::uint64_t h = hash(word);
    for (std::size_t k = static_cast<std::size_t>(h >> shift_);; k = (k + 1) & mask_) {
      const Slot& s = slots_[k];
      if (s.id == 0) return 0;
      if (s.hash == static_cast<std::uint32_t>(h) && words_[s.id - 1] == word) return s.id;
    }
  }
  /// The number of words (the largest id).
  std::size_t size() const { return words_.size(); }

 private:
  struct Slot {
    std::uint32_t id = 0;    // 0: empty
    std::uint32_t hash = 0;  // low bits of the word's hash, to skip most string compares
  };
  // Words are short: eight bytes at a time as one number, then a multiplication whose
  // high bits pick the slot (Fibonacci hashing).
  static std::uint64_t hash(std::string_view word) {
    constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
    std::uint64_t h = word.size(), chunk = 0;
    std::size_t n = 0;
    for (char c : word) {
      chunk = (chunk << 8) | static_cast<unsigned char>(c);
      if (++n % 8 == 0) {
        h = (h ^ chunk) * kMul;
        chunk = 0;
      }
    }
    return (h ^ chunk) * kMul;
  }
  void rehash(std::size_t capacity);

  std::vector<std::string> words_;  // by id - 1
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  unsigned shift_ = 64;      // 64 - log2(capacity)
  std::size_t longest_ = 0;  // no longer word needs a probe
};

}  // namespace chronicle::detail

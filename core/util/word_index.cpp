// Building a WordIndex; lookups are inline in the header.
#include "util/word_index.h"

#include <algorithm>

namespace chronicle::detail {

std::uint32_t WordIndex::add(std::string_view word) {
  if (std::uint32_t id = find(word)) return id;
  // at most half full, so that probe runs stay short
  if (2 * (words_.size() + 1) > slots_.size()) rehash(slots_.empty() ? 64 : 2 * slots_.size());
  words_.emplace_back(word);
  longest_ = std::max(longest_, word.size());
  auto id = static_cast<std::uint32_t>(words_.size());
  std::uint64_t h = hash(word);
  auto k = static_cast<std::size_t>(h >> shift_);
  while (slots_[k].id != 0) k = (k + 1) & mask_;
  slots_[k] = {id, static_cast<std::uint32_t>(h)};
  return id;
}

void WordIndex::rehash(std::size_t capacity) {
  slots_.assign(capacity, Slot{});
  mask_ = capacity - 1;
  shift_ = 64;
  for (std::size_t c = capacity; c > 1; c /= 2) --shift_;
  for (std::size_t i = 0; i < words_.size(); ++i) {
    std::uint64_t h = hash(words_[i]);
    auto k = static_cast<std::size_t>(h >> shift_);
    while (slots_[k].id != 0) k = (k + 1) & mask_;
    slots_[k] = {static_cast<std::uint32_t>(i + 1), static_cast<std::uint32_t>(h)};
  }
}

}  // namespace chronicle::detail

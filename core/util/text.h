// Small text helpers over UTF-8: case tests, case folding, ids from names.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace chronicle::detail {

/// Lowercased copy: every code point whose lowercase (ICU's simple mapping) has as many
/// UTF-8 bytes as itself is lowercased ("ÉTAT" -> "état"), any other left unchanged
/// ("İ", whose lowercase "i" is shorter), so the copy has the length of `s`. Malformed
/// UTF-8 bytes stay as they are.
std::string lower(std::string_view s);
/// Replaces `out` with lower(`s`): the same length, so byte offsets into `s` hold in
/// `out`. Reuses `out`'s storage.
void lower_into(std::string_view s, std::string& out);
/// True when the first code point is an uppercase letter (ICU's definition).
bool starts_upper(std::string_view s);
/// True when the first code point is a letter.
bool starts_alpha(std::string_view s);
/// True when every byte is an ASCII digit (and s is not empty).
bool all_digits(std::string_view s);
/// A stable identifier from a name: lowercase ASCII letters and digits joined by '-';
/// other letters are kept as UTF-8, as written (not case-folded). "Vladimir Putin" ->
/// "vladimir-putin".
std::string slugify(std::string_view name);
/// Collapses runs of whitespace (including newlines) into one space and trims.
std::string squeeze_space(std::string_view s);
/// The pieces of `s` between separators, empty ones left out: "a||b" -> {"a", "b"}.
std::vector<std::string> split_nonempty(std::string_view s, char sep);

/// A quick test for membership in a small set of words (a Bloom filter: one bit array,
/// two cheap hashes). "No" is exact, "maybe" needs the real lookup; it lets a word that
/// starts no lexicon entry, most words of a text, skip hashing into the full table.
class WordFilter {
 public:
  void add(std::string_view word) {
    std::uint64_t h = hash(word);
    bits_[(h & kMask) >> 6] |= std::uint64_t{1} << (h & 63);
    bits_[((h >> 32) & kMask) >> 6] |= std::uint64_t{1} << ((h >> 32) & 63);
  }
  bool may_contain(std::string_view word) const {
    std::uint64_t h = hash(word);
    return (bits_[(h & kMask) >> 6] >> (h & 63) & 1) != 0 &&
           (bits_[((h >> 32) & kMask) >> 6] >> ((h >> 32) & 63) & 1) != 0;
  }

 private:
  static constexpr std::uint64_t kMask = (std::uint64_t{1} << 16) - 1;  // 65,536 bits
  static std::uint64_t hash(std::string_view word) {                    // FNV-1a
    std::uint64_t h = 14695981039346656037ull;
    for (char c : word) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
  }
  std::vector<std::uint64_t> bits_ = std::vector<std::uint64_t>((kMask + 1) / 64);
};

/// Hashes std::string and std::string_view alike, so that a lookup by a view into a
/// text needs no temporary string.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    return std::hash<std::string_view>{}(s);
  }
};
/// A hash map and set keyed by strings that can be searched with a string_view.
template <class Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

}  // namespace chronicle::detail

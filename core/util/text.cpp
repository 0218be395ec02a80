// UTF-8 aware helpers built on ICU's character properties.
#include "util/text.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace chronicle::detail {
namespace {

UChar32 first_code_point(std::string_view s) {
  if (s.empty()) return -1;
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return c;
}

// Lowercases the code points outside ASCII (ICU's simple case mapping, u_tolower): "É"
// -> "é", "Ä" -> "ä", "Σ" -> "σ". A code point whose lowercase takes another number of
// UTF-8 bytes ("İ", 2 bytes, -> "i", 1; the Kelvin sign, 3, -> "k", 1) is left as it is,
// so that the folded text has the length of the original and every byte offset into one
// is the same offset into the other (DocumentAnalysis::lowered relies on it).
void fold_non_ascii(std::string_view s, std::string& out) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const auto size = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < size;) {
    if (bytes[i] < 0x80) {
      ++i;
      continue;
    }
    int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, size, c);
    if (c < 0) continue;  // malformed: the bytes stay
    UChar32 low = u_tolower(c);
    if (low == c || U8_LENGTH(low) != i - start) continue;
    int32_t at = 0;
    uint8_t buffer[4];
    UBool error = false;
    U8_APPEND(buffer, at, 4, low, error);
    if (!error)
      out.replace(static_cast<std::size_t>(start), static_cast<std::size_t>(at),
                  reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(at));
  }
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

}  // namespace

std::string lower(std::string_view s) {
  std::string out;
  lower_into(s, out);
  return out;
}

void lower_into(std::string_view s, std::string& out) {
  out.resize(s.size());
  // ASCII first, branch-free, so that the compiler can do many bytes at a time
  bool ascii = true;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    out[i] = static_cast<char>(c + (static_cast<unsigned char>(c - 'A') < 26 ? 32 : 0));
    ascii &= c < 0x80;
  }
  if (!ascii) fold_non_ascii(s, out);
}

bool starts_upper(std::string_view s) {
  // ASCII, nearly every word of news text, needs no ICU: its capitals are exactly A-Z
  if (!s.empty() && static_cast<unsigned char>(s[0]) < 0x80) return s[0] >= 'A' && s[0] <= 'Z';
  UChar32 c = first_code_point(s);
  return c >= 0 && u_isupper(c);
}

bool starts_alpha(std::string_view s) {
  if (!s.empty() && static_cast<unsigned char>(s[0]) < 0x80)
    return (s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z');
  UChar32 c = first_code_point(s);
  return c >= 0 && u_isalpha(c);
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

std::string slugify(std::string_view name) {
  std::string out;
  bool pending_dash = false;
  for (char ch : name) {
    // ASCII only: ids are keys across runs and files, and stay as they were first made
    auto u = static_cast<unsigned char>(ch);
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
    bool keep = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || u >= 0x80;
    if (!keep) {
      pending_dash = !out.empty();
      continue;
    }
    if (pending_dash) out += '-';
    pending_dash = false;
    out += ch;
  }
  return out.empty() ? "unnamed" : out;
}

std::string squeeze_space(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_space(s[i])) ++i;
    std::size_t word = i;
    while (i < s.size() && !is_space(s[i])) ++i;
    if (word == i) break;
    if (!out.empty()) out += ' ';
    out.append(s.substr(word, i - word));
  }
  return out;
}

std::vector<std::string> split_nonempty(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t p = s.find(sep, start);
    if (p == std::string_view::npos) p = s.size();
    if (p > start) out.emplace_back(s.substr(start, p - start));
    start = p + 1;
  }
  return out;
}

}  // namespace chronicle::detail

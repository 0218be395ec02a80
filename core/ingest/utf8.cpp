// UTF-8 validation and positions. The validator runs over every byte of every input,
// so ASCII (most of any news corpus) is skipped 16 and 8 bytes at a time.
#include "ingest/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>

#include "chronicle/ingest.h"

namespace chronicle {
namespace {

constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

std::uint64_t load8(const unsigned char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return word;
}

// The index of the first non-ASCII byte at or after `i`, or n.
std::size_t skip_ascii(const unsigned char* p, std::size_t n, std::size_t i) {
  while (i + 16 <= n && ((load8(p + i) | load8(p + i + 8)) & kHighBits) == 0) i += 16;
  while (i + 8 <= n && (load8(p + i) & kHighBits) == 0) i += 8;
  while (i < n && p[i] < 0x80) ++i;
  return i;
}

// The length of the well-formed sequence starting at p[0], or 0 when it is not one
// (Unicode table 3-7: no overlongs, no surrogates, nothing above U+10FFFF).
std::size_t sequence_length(const unsigned char* p, std::size_t available) {
  const unsigned char lead = p[0];
  auto in = [&](std::size_t k, unsigned char lo, unsigned char hi) {
    return k < available && p[k] >= lo && p[k] <= hi;
  };
  if (lead < 0x80) return 1;
  if (lead < 0xC2) return 0;
  if (lead < 0xE0) return in(1, 0x80, 0xBF) ? 2 : 0;
  if (lead < 0xF0) {
    const unsigned char lo = lead == 0xE0 ? 0xA0 : 0x80;
    const unsigned char hi = lead == 0xED ? 0x9F : 0xBF;
    return in(1, lo, hi) && in(2, 0x80, 0xBF) ? 3 : 0;
  }
  if (lead < 0xF5) {
    const unsigned char lo = lead == 0xF0 ? 0x90 : 0x80;
    const unsigned char hi = lead == 0xF4 ? 0x8F : 0xBF;
    return in(1, lo, hi) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
  }
  return 0;
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = skip_ascii(p, n, 0);
  while (i < n) {
    const std::size_t length = sequence_length(p + i, n - i);
    if (length == 0) return i;
    i = skip_ascii(p, n, i + length);
  }
  return std::nullopt;
}

namespace detail {

TextPosition locate(std::string_view bytes, std::size_t offset) {
  offset = std::min(offset, bytes.size());
  const std::string_view before = bytes.substr(0, offset);
  const std::size_t newline = before.rfind('\n');
  std::size_t line_start = newline == std::string_view::npos ? 0 : newline + 1;
  if (line_start == 0 && before.starts_with(kUtf8Bom)) line_start = kUtf8Bom.size();
  TextPosition position;
  position.line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
  const auto is_lead = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; };
  const std::string_view line = before.substr(std::min(line_start, before.size()));
  position.column = 1 + static_cast<int>(std::count_if(line.begin(), line.end(), is_lead));
  return position;
}

bool append_utf8(std::string& out, char32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
  auto byte = [](char32_t bits) { return static_cast<char>(static_cast<unsigned char>(bits)); };
  if (cp < 0x80) {
    out += byte(cp);
  } else if (cp < 0x800) {
    out += byte(0xC0 | (cp >> 6));
    out += byte(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += byte(0xE0 | (cp >> 12));
    out += byte(0x80 | ((cp >> 6) & 0x3F));
    out += byte(0x80 | (cp & 0x3F));
  } else {
    out += byte(0xF0 | (cp >> 18));
    out += byte(0x80 | ((cp >> 12) & 0x3F));
    out += byte(0x80 | ((cp >> 6) & 0x3F));
    out += byte(0x80 | (cp & 0x3F));
  }
  return true;
}

}  // namespace detail
}  // namespace chronicle

// The UTF-8 validator (table-driven, and against a slow reference on random bytes) and
// the line/column arithmetic behind every ingest diagnostic.
#include "ingest/utf8.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <optional>
#include <random>
#include <string>

#include "chronicle/ingest.h"

using chronicle::find_invalid_utf8;

namespace {

// A plain decoder straight from the Unicode definition, for the differential test.
std::optional<std::size_t> reference_invalid_utf8(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t length = b < 0x80         ? 1
                         : (b >> 5) == 6  ? 2
                         : (b >> 4) == 14 ? 3
                         : (b >> 3) == 30 ? 4
                                          : 0;
    if (length == 0 || i + length > s.size()) return i;
    std::uint32_t cp = length == 1 ? b : b & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (c & 0x3F);
    }
    const std::uint32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += length;
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("ingest: UTF-8 validator accepts well-formed text", "[ingest]") {
  const std::string valid[] = {
      "",
      "plain ASCII, longer than sixteen bytes to take the fast path",
      "caf\xC3\xA9",                                          // U+00E9, 2 bytes
      "\xC2\x80 \xDF\xBF",                                    // U+0080, U+07FF
      "\xE2\x82\xAC",                                         // U+20AC, 3 bytes
      "\xE0\xA0\x80 \xED\x9F\xBF \xEE\x80\x80 \xEF\xBF\xBF",  // U+0800 U+D7FF U+E000 U+FFFF
      "\xF0\x9F\x98\x80",                                     // U+1F600, 4 bytes
      "\xF0\x90\x80\x80 \xF4\x8F\xBF\xBF",                    // U+10000, U+10FFFF
      "0123456789abcdef0123456789abcde\xC3\xA9",              // multibyte after the fast path
  };
  for (const std::string& text : valid) {
    INFO(text);
    CHECK_FALSE(find_invalid_utf8(text).has_value());
  }
}

TEST_CASE("ingest: UTF-8 validator rejects ill-formed sequences at their first byte", "[ingest]") {
  struct Case {
    std::string bytes;
    std::size_t offset;
    const char* why;
  };
  const Case cases[] = {
      {"\x80", 0, "lone continuation byte"},
      {"ab\xBF", 2, "continuation byte after ASCII"},
      {"\xC0\xAF", 0, "overlong 2-byte '/'"},
      {"\xC1\xBF", 0, "overlong 2-byte"},
      {"\xE0\x80\xAF", 0, "overlong 3-byte"},
      {"\xE0\x9F\xBF", 0, "overlong 3-byte U+07FF"},
      {"\xF0\x80\x80\xAF", 0, "overlong 4-byte"},
      {"\xF0\x8F\xBF\xBF", 0, "overlong 4-byte U+FFFF"},
      {"x\xED\xA0\x80", 1, "surrogate U+D800"},
      {"\xED\xBF\xBF", 0, "surrogate U+DFFF"},
      {"\xF4\x90\x80\x80", 0, "U+110000, above U+10FFFF"},
      {"\xF5\x80\x80\x80", 0, "lead byte F5"},
      {"\xFF", 0, "byte FF"},
      {"abc\xC3", 3, "truncated 2-byte at the end"},
      {"\xE2\x82", 0, "truncated 3-byte at the end"},
      {"\xF0\x9F\x98", 0, "truncated 4-byte at the end"},
      {"\xE2\x82\x41", 0, "ASCII where a continuation belongs"},
      {"\xC3\xA9\xC3", 2, "valid, then truncated"},
      {"0123456789abcdef\xFF", 16, "right after a 16-byte block"},
      {"01234567\x80", 8, "right after an 8-byte block"},
      {"0123456789abcdefghijklmnopqrstu\xED\xA0\x80", 31, "after the fast path"},
  };
  for (const Case& c : cases) {
    INFO(c.why);
    CHECK(find_invalid_utf8(c.bytes) == std::optional<std::size_t>(c.offset));
  }
}

TEST_CASE("ingest: UTF-8 validator agrees with a reference decoder on random bytes", "[ingest]") {
  std::mt19937 random(20240312);
  // Mostly ASCII with UTF-8-ish bytes sprinkled in, so both paths and all lead bytes run.
  const unsigned char alphabet[] = {'a',  ' ',  '\n', 0x80, 0x9F, 0xA0, 0xBF, 0xC2, 0xC3,
                                    0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xC0, 0xFF};
  std::uniform_int_distribution<int> length(0, 40);
  std::uniform_int_distribution<int> pick(0, 3 * static_cast<int>(sizeof alphabet) - 1);
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    for (int n = length(random); n > 0; --n) {
      const int k = pick(random);
      s += k < static_cast<int>(sizeof alphabet) ? static_cast<char>(alphabet[k]) : 'x';
    }
    INFO("round " << round);
    REQUIRE(find_invalid_utf8(s) == reference_invalid_utf8(s));
  }
}

TEST_CASE("ingest: line and column of a byte count characters from the line start", "[ingest]") {
  using chronicle::detail::locate;
  const std::string text = "ab\ncaf\xC3\xA9 x";  // 'x' is byte 9
  CHECK(locate(text, 0).line == 1);
  CHECK(locate(text, 0).column == 1);
  CHECK(locate(text, 3).line == 2);
  CHECK(locate(text, 3).column == 1);
  CHECK(locate(text, 9).line == 2);
  CHECK(locate(text, 9).column == 6);  // c a f é space, then x
  const std::string with_bom = "\xEF\xBB\xBFhi";
  CHECK(locate(with_bom, 4).column == 2);  // the BOM is not a character
}

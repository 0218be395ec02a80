// Escaping and UTF-8 safe shortening shared by the DOT writers and the HTML report.
// Everything walks the text code point by code point, so a multibyte character is
// never split and invalid bytes are replaced rather than passed through.
#include "escape.h"

#include <cctype>

namespace chronicle::detail {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";     // U+2026

struct CodePoint {
  char32_t value = 0;
  std::size_t length = 1;
  bool valid = false;
};

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Decodes the code point starting at `pos`; an invalid sequence is one invalid byte.
CodePoint decode(std::string_view text, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) return {lead, 1, true};
  std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  if (length == 0 || lead > 0xF4 || pos + length > text.size()) return {};
  char32_t value = lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    const auto c = static_cast<unsigned char>(text[pos + i]);
    if (!is_continuation(c)) return {};
    value = (value << 6) | (c & 0x3F);
  }
  static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (value < kMin[length] || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return {};
  return {value, length, true};
}

// Calls `emit(code point, its bytes)` for each code point; invalid bytes come as U+FFFD.
template <class Emit>
void for_each_code_point(std::string_view text, Emit emit) {
  for (std::size_t pos = 0; pos < text.size();) {
    CodePoint cp = decode(text, pos);
    if (cp.valid)
      emit(cp.value, text.substr(pos, cp.length));
    else
      emit(char32_t{0xFFFD}, kReplacement);
    pos += cp.length;
  }
}

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0; }

}  // namespace

std::string dot_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for_each_code_point(text, [&](char32_t c, std::string_view bytes) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c >= 0x20 && c != 0x7F) {
      out += bytes;
    }
  });
  return out;
}

std::string dot_quote(std::string_view text) { return '"' + dot_escape(text) + '"'; }

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for_each_code_point(text, [&](char32_t c, std::string_view bytes) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        if (c >= 0x20 || c == '\n' || c == '\t') out += bytes;
    }
  });
  return out;
}

std::size_t utf8_length(std::string_view text) {
  std::size_t n = 0;
  for_each_code_point(text, [&](char32_t, std::string_view) { ++n; });
  return n;
}

std::string valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for_each_code_point(text, [&](char32_t, std::string_view bytes) { out += bytes; });
  return out;
}

std::string shorten(std::string_view text, std::size_t max_chars) {
  std::string out;
  std::size_t count = 0;
  bool truncated = false, pending_space = false;
  // `cut` remembers the output length after max_chars - 1 code points: where "…" goes.
  std::size_t cut = 0;
  for_each_code_point(text, [&](char32_t c, std::string_view bytes) {
    if (truncated) return;
    if (is_space(c)) {
      pending_space = !out.empty();
      return;
    }
    std::size_t needed = pending_space ? 2 : 1;
    if (count + needed > max_chars) {
      truncated = true;
      return;
    }
    if (pending_space) out += ' ';
    out += bytes;
    count += needed;
    pending_space = false;
    if (count <= max_chars - 1) cut = out.size();
  });
  if (!truncated) return out;
  out.resize(cut);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  out += kEllipsis;
  return out;
}

bool is_safe_url(std::string_view url) {
  auto starts_with_nocase = [&](std::string_view prefix) {
    if (url.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(url[i])) != prefix[i]) return false;
    }
    return true;
  };
  if (url.find_first_of(" \t\r\n\"<>") != std::string_view::npos) return false;
  return (starts_with_nocase("http://") && url.size() > 7) ||
         (starts_with_nocase("https://") && url.size() > 8);
}

}  // namespace chronicle::detail

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

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

}  // namespace

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool starts_upper(std::string_view s) {
  UChar32 c = first_code_point(s);
  return c >= 0 && u_isupper(c);
}

bool starts_alpha(std::string_view s) {
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
  for (char ch : lower(name)) {
    auto u = static_cast<unsigned char>(ch);
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
  bool space = false;
  for (char c : s) {
    if (is_space(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace chronicle::detail

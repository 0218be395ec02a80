// Word keys: the affix and shape views of a word, hashed once per word.
#include "syntax/word_keys.h"

#include <algorithm>

namespace chronicle::syntax::detail {
namespace {

char shape_of(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (c >= 0x80) return 'u';
  return static_cast<char>(c);
}

std::string shape(std::string_view s) {
  std::string out;
  int run = 0;
  for (unsigned char c : s) {
    const char k = shape_of(c);
    run = !out.empty() && out.back() == k ? run + 1 : 1;
    if (run <= 3) out += k;
  }
  return out;
}

WordKeys padding(std::uint64_t which) {
  WordKeys k;
  k.form = k.lower = k.shape = mix(0x5eed, which);
  for (auto& s : k.suffix) s = k.form;
  for (auto& p : k.prefix) p = k.form;
  return k;
}

}  // namespace

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

WordKeys word_keys(std::string_view form) {
  WordKeys k;
  const std::string low = ascii_lower(form);
  const std::string_view l = low;
  k.form = hash_text(form);
  k.lower = hash_text(l);
  for (std::size_t n = 1; n <= 4; ++n) k.suffix[n - 1] = mix(n, hash_text(l.substr(l.size() - std::min(n, l.size()))));
  for (std::size_t n = 1; n <= 3; ++n) k.prefix[n - 1] = mix(n + 8, hash_text(l.substr(0, n)));
  k.shape = hash_text(shape(form));
  k.capitalised = !form.empty() && form[0] >= 'A' && form[0] <= 'Z';
  for (char c : form) {
    k.has_digit = k.has_digit || (c >= '0' && c <= '9');
    k.has_hyphen = k.has_hyphen || c == '-';
  }
  return k;
}

std::vector<WordKeys> sentence_keys(const std::vector<std::string_view>& forms) {
  std::vector<WordKeys> keys;
  keys.reserve(forms.size() + 4);
  keys.push_back(padding(1));
  keys.push_back(padding(2));
  for (auto f : forms) keys.push_back(word_keys(f));
  keys.push_back(padding(3));
  keys.push_back(padding(4));
  return keys;
}

}  // namespace chronicle::syntax::detail

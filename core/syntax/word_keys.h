// The hashed views of a word that the tagger's and parser's features are built from,
// computed once per word: the form, its lowercase, affixes and shape.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/perceptron.h"

namespace chronicle::syntax::detail {

struct WordKeys {
  std::uint64_t form = 0;
  std::uint64_t lower = 0;
  std::array<std::uint64_t, 4> suffix{};  ///< last 1..4 bytes of the lowercase
  std::array<std::uint64_t, 3> prefix{};  ///< first 1..3 bytes of the lowercase
  std::uint64_t shape = 0;                ///< "Xxxx", "dd-dd": letter case and digits, runs cut at 3
  bool capitalised = false;
  bool has_digit = false;
  bool has_hyphen = false;
};

/// ASCII lowercase of `s` (other bytes kept): features need a fast, fixed folding.
std::string ascii_lower(std::string_view s);

/// The keys of `form`.
WordKeys word_keys(std::string_view form);

/// The keys of every word of a sentence, with two padding words before and after (so that
/// index i of the sentence is index i + 2 here); padding words have distinct fixed keys.
std::vector<WordKeys> sentence_keys(const std::vector<std::string_view>& forms);

}  // namespace chronicle::syntax::detail

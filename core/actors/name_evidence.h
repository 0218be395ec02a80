// What ordinary English says about a capitalised word or name taken alone, from WordNet:
// whether it is also a common word, only a noun, or an abbreviation of something that
// is not an organisation ("TV", "OS"). The actors stage asks these to tell names of
// people from names of products, events and things.
#pragma once

#include <string_view>

namespace chronicle::detail {

/// Whether English dictionaries list `lowercase` as a common word (WordNet, with its
/// lemmatisation), or it is an adverb in -ly, which WordNet's lists leave out.
/// Thread-safe.
bool common_word(std::string_view lowercase);

/// Whether every WordNet reading of `lowercase` is a noun ("laptops", not "gives"); false
/// for unknown words. Thread-safe.
bool noun_only(std::string_view lowercase);

/// Whether WordNet knows `lowercase` (an abbreviation written in capitals, lowered) and
/// none of its first senses is a group, a place or a person ("tv", "os"; not "un").
/// Thread-safe.
bool names_no_organization(std::string_view lowercase);

}  // namespace chronicle::detail

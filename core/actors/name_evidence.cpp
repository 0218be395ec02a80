// WordNet questions about capitalised words for the actors stage.
#include "actors/name_evidence.h"

#include "timeml/event_lexicon.h"

namespace chronicle::detail {

bool common_word(std::string_view lowercase) {
  return lowercase.ends_with("ly") || wordnet_lexicon().known(lowercase);
}

bool noun_only(std::string_view lowercase) {
  auto readings = wordnet_lexicon().readings(lowercase);
  if (readings.empty()) return false;
  for (const auto& r : readings)
    for (const auto& c : *r.classes)
      if (!c.starts_with("n.")) return false;
  return true;
}

bool names_no_organization(std::string_view lowercase) {
  // only the word itself counts: "os" is no plural of "o"
  const auto* classes = wordnet_lexicon().classes_of(lowercase);
  if (!classes) return false;
  for (const auto& c : *classes)
    if (c == "n.group" || c == "n.location" || c == "n.person") return false;
  return true;
}

}  // namespace chronicle::detail

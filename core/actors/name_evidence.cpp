// WordNet questions about capitalised words for the actors stage.
#include "actors/name_evidence.h"

#include "timeml/event_lexicon.h"

namespace chronicle::detail {

bool common_word(std::string_view lowercase) {
  return lowercase.ends_with("ly") || !wordnet_lexicon().readings(lowercase).empty();
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
  auto readings = wordnet_lexicon().readings(lowercase);
  if (readings.empty()) return false;
  for (const auto& r : readings) {
    if (!r.rule.empty()) continue;  // only the word itself: "os" is no plural of "o"
    for (const auto& c : *r.classes)
      if (c == "n.group" || c == "n.location" || c == "n.person") return false;
  }
  return readings.front().rule.empty();
}

}  // namespace chronicle::detail

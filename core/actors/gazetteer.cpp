// Loads the name lists and finds the longest name at a token.
#include "actors/gazetteer.h"

#include <algorithm>
#include <optional>

#include "segment/segmenter.h"
#include "util/data_files.h"
#include "util/text.h"

namespace chronicle::detail {

void Gazetteer::add(const Segmenter& seg, std::string_view surface, std::string canonical,
                    EntryKind kind, std::size_t known) {
  GazetteerEntry e;
  for (const Token& t : seg.tokenize(surface))
    e.tokens.push_back(lower(surface.substr(t.span.begin, t.span.size())));
  if (e.tokens.empty()) return;
  e.canonical = std::move(canonical);
  e.kind = kind;
  e.known = known;
  first_words_.add(e.tokens[0]);
  by_first_[e.tokens[0]].push_back(std::move(e));
}

Gazetteer::Gazetteer(const Segmenter& seg) {
  for (const auto& r : read_table("en/lexicons/countries.tsv", "gazetteer", 2))
    add(seg, r.fields[0], r.fields[1], EntryKind::country);
  for (const auto& r : read_table("en/lexicons/organizations.tsv", "gazetteer", 3)) {
    auto kind = parse_actor_kind(r.fields[2]);
    if (!kind || (*kind != ActorKind::organization && *kind != ActorKind::group))
      data_error("en/lexicons/organizations.tsv", r.line, "kind must be organization or group");
    add(seg, r.fields[0], r.fields[1],
        *kind == ActorKind::group ? EntryKind::group : EntryKind::organization);
  }
  for (const auto& r : read_table("en/lexicons/country_aliases.tsv", "lexicon", 2))
    add(seg, r.fields[0], r.fields[1], EntryKind::country);
  for (const auto& r : read_table("en/lexicons/places.tsv", "lexicon", 2))
    add(seg, r.fields[0], r.fields[0], EntryKind::place);
  for (const auto& r : read_table("en/lexicons/capitals.tsv", "lexicon", 2))
    add(seg, r.fields[0], r.fields[1], EntryKind::capital);
  for (const auto& r : read_table("en/lexicons/demonyms.tsv", "lexicon", 2))
    add(seg, r.fields[0], r.fields[1], EntryKind::demonym);
  for (const auto& r : read_table("en/lexicons/titles.tsv", "lexicon", 2))
    add(seg, r.fields[0], r.fields[1], EntryKind::title);
  for (const auto& r : read_table("en/lexicons/government_nouns.txt", "wordlist"))
    government_nouns_.insert(r.fields[0]);
  for (const auto& r : read_table("en/lexicons/not_actors.txt", "wordlist"))
    not_actors_.insert(r.fields[0]);
  for (const auto& r : read_table("en/lexicons/place_nouns.txt", "wordlist"))
    place_nouns_.insert(r.fields[0]);
  for (const auto& r : read_table("en/lexicons/instrument_nouns.txt", "wordlist"))
    instrument_nouns_.insert(r.fields[0]);
  for (const auto& r : read_table("en/lexicons/organization_heads.tsv", "lexicon", 2)) {
    auto kind = parse_actor_kind(r.fields[1]);
    if (!kind) data_error("en/lexicons/organization_heads.tsv", r.line, "unknown kind");
    heads_[r.fields[0]] = *kind;
  }
}

void Gazetteer::add_dictionary(const Segmenter& seg, const ActorDictionary& dictionary) {
  for (std::size_t i = 0; i < dictionary.actors.size(); ++i) {
    const DictionaryActor& a = dictionary.actors[i];
    add(seg, a.name, a.name, EntryKind::known, i);
    for (const auto& alias : a.aliases) add(seg, alias, a.name, EntryKind::known, i);
  }
}

const std::vector<GazetteerEntry>* Gazetteer::starting(std::string_view lower_word) const {
  if (!first_words_.may_contain(lower_word)) return nullptr;
  auto it = by_first_.find(lower_word);
  return it == by_first_.end() ? nullptr : &it->second;
}

GazetteerHit Gazetteer::match(const std::vector<GazetteerEntry>* candidates,
                              const DocumentAnalysis& doc, std::size_t i, std::size_t end,
                              std::initializer_list<EntryKind> kinds) const {
  GazetteerHit best;
  if (!candidates) return best;
  std::optional<bool> upper;  // whether the first token is capitalised, asked once
  for (const auto& e : *candidates) {
    if (std::find(kinds.begin(), kinds.end(), e.kind) == kinds.end()) continue;
    if (e.kind != EntryKind::title) {
      if (!upper) upper = starts_upper(doc.text(doc.tokens[i].span));
      if (!*upper) continue;
    }
    if (i + e.tokens.size() > end) continue;
    bool ok = true;
    for (std::size_t k = 1; k < e.tokens.size() && ok; ++k)
      ok = doc.lowered(doc.tokens[i + k].span) == e.tokens[k];
    if (ok && e.tokens.size() > best.end - best.first) best = {&e, i, i + e.tokens.size()};
  }
  return best;
}

bool Gazetteer::is_government_noun(std::string_view w) const {
  return government_nouns_.count(w) > 0;
}

bool Gazetteer::is_not_actor(std::string_view w) const { return not_actors_.count(w) > 0; }

bool Gazetteer::is_place_noun(std::string_view w) const { return place_nouns_.count(w) > 0; }

bool Gazetteer::is_instrument_noun(std::string_view w) const {
  return instrument_nouns_.count(w) > 0;
}

const ActorKind* Gazetteer::head_kind(std::string_view word) const {
  auto it = heads_.find(word);
  return it == heads_.end() ? nullptr : &it->second;
}

}  // namespace chronicle::detail

// Loads the name lists and finds the longest name at a token.
#include "actors/gazetteer.h"

#include <algorithm>
#include <map>
#include <optional>

#include "segment/segmenter.h"
#include "util/data_files.h"
#include "util/text.h"

namespace chronicle::detail {

namespace {

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = text.find(' ', i);
    if (j == std::string_view::npos) j = text.size();
    if (j > i) out.emplace_back(text.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

}  // namespace

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

Gazetteer::Gazetteer(const LanguageData& language, const Segmenter& seg)
    : language_(&language),
      place_prepositions_(language.words("place_preposition")),
      agent_verbs_(language.words("agent_verb")),
      name_connectors_(language.words("name_connector")),
      courtesy_titles_(language.words("courtesy_title")),
      organization_pronouns_(language.words("organization_pronoun")),
      definite_articles_(language.words("definite_article")),
      person_pronoun_words_(language.words("person_pronoun")),
      company_suffixes_(language) {
  for (const auto& r : language.table("lexicons/countries.tsv", "gazetteer", 2))
    add(seg, r.fields[0], r.fields[1], EntryKind::country);
  for (const auto& r : language.table("lexicons/organizations.tsv", "gazetteer", 3)) {
    auto kind = parse_actor_kind(r.fields[2]);
    if (!kind || (*kind != ActorKind::organization && *kind != ActorKind::group))
      data_error(language.path("lexicons/organizations.tsv"), r.line,
                 "kind must be organization or group");
    add(seg, r.fields[0], r.fields[1],
        *kind == ActorKind::group ? EntryKind::group : EntryKind::organization);
  }
  for (const auto& r : language.table("lexicons/country_aliases.tsv", "lexicon", 2))
    add(seg, r.fields[0], r.fields[1], EntryKind::country);
  for (const auto& r : language.table("lexicons/places.tsv", "lexicon", 2))
    add(seg, r.fields[0], r.fields[0], EntryKind::place);
  for (const auto& r : language.table("lexicons/capitals.tsv", "lexicon", 2))
    add(seg, r.fields[0], r.fields[1], EntryKind::capital);
  for (const auto& r : language.table("lexicons/demonyms.tsv", "lexicon", 2))
    add(seg, r.fields[0], r.fields[1], EntryKind::demonym);
  for (const auto& r : language.table("lexicons/titles.tsv", "lexicon", 2))
    add(seg, r.fields[0], r.fields[1], EntryKind::title);
  for (const auto& r : language.table("lexicons/government_nouns.txt", "wordlist"))
    government_nouns_.insert(r.fields[0]);
  for (const auto& r : language.table("lexicons/not_actors.txt", "wordlist")) {
    not_actors_.insert(r.fields[0]);
    not_actor_words_.add(r.fields[0]);
  }
  for (const auto& r : language.table("lexicons/gendered_titles.tsv", "lexicon", 2)) {
    if (r.fields[1] != "male" && r.fields[1] != "female")
      data_error(language.path("lexicons/gendered_titles.tsv"), r.line,
                 "sex must be male or female");
    title_genders_[r.fields[0]] = r.fields[1] == "male" ? 'm' : 'f';
  }
  for (const auto& r : language.table("lexicons/organization_references.txt", "wordlist"))
    organization_references_.insert(r.fields[0]);
  for (const auto& r : language.table("lexicons/name_determiners.txt", "wordlist"))
    name_determiners_.insert(r.fields[0]);
  for (const auto& r : language.table("lexicons/place_nouns.txt", "wordlist"))
    place_nouns_.insert(r.fields[0]);
  for (const auto& r : language.table("lexicons/instrument_nouns.txt", "wordlist"))
    instrument_nouns_.insert(r.fields[0]);
  for (const auto& r : language.table("lexicons/organization_heads.tsv", "lexicon", 2)) {
    auto kind = parse_actor_kind(r.fields[1]);
    if (!kind) data_error(language.path("lexicons/organization_heads.tsv"), r.line, "unknown kind");
    heads_[r.fields[0]] = *kind;
    head_words_.add(r.fields[0]);
  }
  load_cues();
  load_person_pronouns();
}

// A token as cues are written: every form of the possessive is "'s".
std::string_view Gazetteer::cue_word(std::string_view folded) const {
  return is_possessive(folded) ? "'s" : folded;
}

void Gazetteer::load_cues() {
  const LanguageData& language = *language_;
  for (const auto& r : language.table("lexicons/organization_cues.tsv", "lexicon", 2)) {
    Cue cue;
    if (r.fields[1] == "before") cue.place = CuePlace::before;
    else if (r.fields[1] == "after") cue.place = CuePlace::after;
    else if (r.fields[1] == "verb") cue.place = CuePlace::verb;
    else
      data_error(language.path("lexicons/organization_cues.tsv"), r.line,
                 "place must be before, after or verb");
    // Split at spaces, not by the segmenter, which would cut "'s" of a cue that starts with it.
    for (const auto& w : split_words(r.fields[0])) cue.tokens.emplace_back(cue_word(lower(w)));
    if (cue.tokens.empty())
      data_error(language.path("lexicons/organization_cues.tsv"), r.line, "an empty cue");
    std::string edge = cue.place == CuePlace::before ? cue.tokens.back() : cue.tokens.front();
    cue_edges_.add(edge);
    cues_by_edge_[edge].push_back(std::move(cue));
  }
}

void Gazetteer::load_person_pronouns() {
  using Case = PersonPronoun::Case;
  static const std::map<std::string, Case, std::less<>> cases = {
      {"subject", Case::subject},
      {"object", Case::object},
      {"possessive", Case::possessive},
      {"reflexive", Case::reflexive},
      {"object-or-possessive", Case::object_or_possessive}};
  const WordClass& words = language_->words("person_pronoun");
  for (const auto& [word, value] : words.words()) {
    auto parts = split_nonempty(value, ' ');
    auto c = parts.size() == 2 ? cases.find(parts[1]) : cases.end();
    if (c == cases.end() || (parts[0] != "male" && parts[0] != "female"))
      data_error(language_->path("lexicons/word_classes.tsv"), words.line(word),
                 "a person pronoun's value is 'male|female CASE'");
    person_pronouns_[word] = {parts[0] == "male" ? 'm' : 'f', c->second};
  }
}

const PersonPronoun* Gazetteer::person_pronoun(std::string_view folded) const {
  if (!person_pronoun_words_.contains(folded)) return nullptr;
  auto it = person_pronouns_.find(folded);
  return it == person_pronouns_.end() ? nullptr : &it->second;
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

bool Gazetteer::is_not_actor(std::string_view w) const {
  return not_actor_words_.may_contain(w) && not_actors_.count(w) > 0;
}

char Gazetteer::title_gender(std::string_view role) const {
  auto it = title_genders_.find(role);
  return it == title_genders_.end() ? 0 : it->second;
}

bool Gazetteer::is_organization_reference(std::string_view w) const {
  return organization_references_.count(w) > 0;
}

bool Gazetteer::is_name_determiner(std::string_view w) const { return name_determiners_.count(w) > 0; }

bool Gazetteer::is_place_noun(std::string_view w) const { return place_nouns_.count(w) > 0; }

bool Gazetteer::is_instrument_noun(std::string_view w) const {
  return instrument_nouns_.count(w) > 0;
}

bool Gazetteer::org_cue(const DocumentAnalysis& doc, CuePlace place, std::size_t first, std::size_t end,
                        std::size_t from, std::size_t to) const {
  auto word = [&](std::size_t k) { return cue_word(doc.lowered(doc.tokens[k].span)); };
  bool before = place == CuePlace::before;
  if (before ? first <= from : end >= to) return false;
  std::string_view edge = word(before ? first - 1 : end);
  if (!cue_edges_.may_contain(edge)) return false;
  auto it = cues_by_edge_.find(edge);
  if (it == cues_by_edge_.end()) return false;
  for (const Cue& cue : it->second) {
    if (cue.place != place) continue;
    std::size_t n = cue.tokens.size();
    if (before ? first < from + n : end + n > to) continue;
    std::size_t at = before ? first - n : end;
    bool ok = true;
    for (std::size_t k = 0; k < n && ok; ++k) ok = word(at + k) == cue.tokens[k];
    if (ok) return true;
  }
  return false;
}

const ActorKind* Gazetteer::head_kind(std::string_view word) const {
  if (!head_words_.may_contain(word)) return nullptr;
  auto it = heads_.find(word);
  return it == heads_.end() ? nullptr : &it->second;
}

}  // namespace chronicle::detail

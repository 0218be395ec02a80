// The state the actors stage builds for one document while it reads it: the actors and
// mentions found so far and per-token indexes, shared by the sentence scanner
// (actor_recognizer.cpp) and the passes over the whole document (document_links.cpp).
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "actors/gazetteer.h"
#include "chronicle/analysis.h"
#include "util/text.h"

namespace chronicle::detail::actors_stage {

/// Whether squeeze_space() would leave `s` as it is: words joined by single spaces.
inline bool single_spaced(std::string_view s) {
  if (!s.empty() && (s.front() == ' ' || s.back() == ' ')) return false;
  for (std::size_t k = 0; k < s.size(); ++k) {
    char c = s[k];
    if (c == '\n' || c == '\t' || c == '\r' || c == '\f') return false;
    if (c == ' ' && k + 1 < s.size() && s[k + 1] == ' ') return false;
  }
  return true;
}

/// A title with no name after it ("the Prime Minister", "Indian President"), to be
/// resolved once every holder in the document is known.
struct TitleRef {
  std::size_t first = 0;
  std::size_t end = 0;
  std::string title;    // canonical ("Prime Minister")
  std::string country;  // from a demonym or possessive before it, or empty
  std::size_t sentence = 0;
};

/// The actors and mentions found so far in one document, with per-token indexes. One per
/// document and call of the stage; not shared between threads.
struct Builder {
  DocumentAnalysis& doc;
  const ActorDictionary* dictionary = nullptr;
  StringMap<std::size_t> index;                          // actor id -> position in doc.actors
  std::map<std::size_t, std::size_t> country_ending_at;  // last token of a country mention -> actor
  std::map<std::size_t, std::size_t> org_ending_at;      // last token of an organisation mention -> actor
  std::vector<char> in_timex;                            // per token
  std::vector<std::size_t> sentence_of;                  // per token
  std::vector<char> name_words;                          // per token: is_name_word
  std::vector<const std::vector<GazetteerEntry>*> starts;  // per token: entries starting with it
  std::vector<TitleRef> titles;
  std::set<std::string, std::less<>> org_names;  // names a cue showed to be organisations
  std::set<std::string, std::less<>> not_org_abbreviations;  // "WWDC" after "... Conference"
  std::map<std::size_t, char> gender;  // actor -> 'm' or 'f', from a title ("Mr", "Queen")

  std::size_t actor(const std::string& name, ActorKind kind) {
    std::string id = slugify(name);
    auto [it, fresh] = index.try_emplace(id, doc.actors.size());
    if (!fresh) return it->second;
    Actor a;
    a.id = std::move(id);
    a.name = name;
    a.kind = kind;
    doc.actors.push_back(std::move(a));
    return it->second;
  }

  // The actor of a user dictionary entry, with its affiliation and roles.
  std::size_t known(std::size_t entry) {
    const DictionaryActor& d = dictionary->actors[entry];
    std::size_t a = actor(d.name, d.kind);
    if (d.affiliation && !doc.actors[a].affiliation) doc.actors[a].affiliation = slugify(*d.affiliation);
    for (const auto& r : d.roles) add_role(a, r.of.empty() ? r.title : r.title + " of " + r.of);
    return a;
  }

  // A mention by name, by title (both become aliases) or by pronoun (which does not).
  enum class Form { name, title, pronoun };
  void mention(std::size_t actor_index, Span span, Form form = Form::name) {
    Actor& a = doc.actors[actor_index];
    if (form != Form::pronoun) {
      // Most mentions are written with single spaces already: then the text is compared
      // as it stands, and copied only when it is a new alias.
      std::string_view text = doc.text(span);
      std::string squeezed;
      if (!single_spaced(text)) text = squeezed = squeeze_space(text);
      if (std::find(a.aliases.begin(), a.aliases.end(), text) == a.aliases.end())
        a.aliases.emplace_back(text);
    }
    ++a.mentions;
    doc.actor_mentions.push_back({span, actor_index, form == Form::name});
  }

  void add_role(std::size_t actor_index, const std::string& role) {
    auto& roles = doc.actors[actor_index].roles;
    if (!role.empty() && std::find(roles.begin(), roles.end(), role) == roles.end())
      roles.push_back(role);
  }

  Span span(std::size_t first, std::size_t end) const {
    return {doc.tokens[first].span.begin, doc.tokens[end - 1].span.end};
  }
};

/// The text of token i, and its lowercase form.
inline std::string_view tok(const DocumentAnalysis& d, std::size_t i) { return d.text(d.tokens[i].span); }
inline std::string_view lower_tok(const DocumentAnalysis& d, std::size_t i) {
  return d.lowered(d.tokens[i].span);
}

}  // namespace chronicle::detail::actors_stage

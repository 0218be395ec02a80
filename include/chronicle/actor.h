// Actors: the people, countries, organisations and groups that take part in events.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/diagnostic.h"
#include "chronicle/document.h"

namespace chronicle {

/// What kind of actor.
enum class ActorKind { person, country, organization, group, place, other };

/// "person", "country", ...
const char* to_string(ActorKind kind);
/// The kind named by `text` ("person", ...); nullopt for an unknown name.
std::optional<ActorKind> parse_actor_kind(std::string_view text);

/// One real-world actor. `id` is stable across runs (derived from the canonical name);
/// `aliases` holds every surface form seen, sorted; `affiliation` is another actor's id.
struct Actor {
  std::string id;
  std::string name;
  ActorKind kind = ActorKind::other;
  std::vector<std::string> aliases;
  std::optional<std::string> affiliation;
  std::vector<std::string> roles;  ///< titles held ("Prime Minister", "President")
  int mentions = 0;                ///< how many mentions in all documents
};

/// An actor mentioned in a document: the span and the document-local actor it names.
struct ActorMention {
  Span span;
  std::size_t actor = 0;  ///< index into DocumentAnalysis::actors
  bool named = true;      ///< false for a pronoun or a title standing for its holder
};

/// A role held over a period: `title` ("Prime Minister") of `of` ("India"), from `from`
/// to `to` (inclusive; an open end when absent).
struct DictionaryRole {
  std::string title;
  std::string of;
  std::optional<Day> from;
  std::optional<Day> to;
};

/// An actor the user knows about: its canonical name, kind, other names, affiliation
/// (a name, as written for another actor or a country) and dated roles.
struct DictionaryActor {
  std::string name;
  ActorKind kind = ActorKind::person;
  std::vector<std::string> aliases;
  std::optional<std::string> affiliation;
  std::vector<DictionaryRole> roles;
  int line = 0;  ///< where the entry starts in its file
};

/// A user actor dictionary (docs/ACTORS.md describes the JSON format).
struct ActorDictionary {
  std::vector<DictionaryActor> actors;
};

/// Parses a dictionary from JSON text; `file` names it in diagnostics, which give the
/// line of the offending entry.
Result<ActorDictionary> parse_actor_dictionary(std::string_view json, const std::string& file);
/// Reads and parses the dictionary at `path`.
Result<ActorDictionary> load_actor_dictionary(const std::string& path);

}  // namespace chronicle

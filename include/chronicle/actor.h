// Actors: the people, countries, organisations and groups that take part in events.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
};

}  // namespace chronicle

// Merging results. Design: actors merge by id, then a person known only by one name
// ("Modi") joins the one person whose surname it is. Events are compared only within
// blocks sharing (type, lemma, an actor), so the work grows with the size of the blocks,
// not with all pairs. An event joins a cluster only when it is compatible with every
// member (same type and lemma, overlapping actors, overlapping time intervals), so two
// different happenings are never chained through a third. Events are visited in a
// canonical order (document, offset), so the result does not depend on input order.
#include <algorithm>
#include <algorithm>
#include <map>
#include <set>

#include "chronicle/event_graph.h"
#include "merge/merge_detail.h"
#include "util/text.h"

namespace chronicle {
namespace {

using detail::last_word;

void merge_actor_into(Actor& into, const Actor& from) {
  for (const auto& a : from.aliases)
    if (std::find(into.aliases.begin(), into.aliases.end(), a) == into.aliases.end()) into.aliases.push_back(a);
  for (const auto& r : from.roles)
    if (std::find(into.roles.begin(), into.roles.end(), r) == into.roles.end()) into.roles.push_back(r);
  if (!into.affiliation) into.affiliation = from.affiliation;
  if (into.kind == ActorKind::other) into.kind = from.kind;
  into.mentions += from.mentions;
}

// Actor id -> merged actor, and the renaming of ids that were folded into another.
std::map<std::string, std::string> merge_actors(const std::vector<EventGraph>& parts,
                                                std::map<std::string, Actor>& actors) {
  for (const auto& part : parts)
    for (const auto& a : part.actors) {
      auto [it, fresh] = actors.emplace(a.id, a);
      if (!fresh) merge_actor_into(it->second, a);
    }
  std::map<std::string, std::string> rename;
  for (auto& [id, a] : actors) {
    bool single_name = a.kind == ActorKind::person || a.kind == ActorKind::other;
    if (!single_name || a.name.find(' ') != std::string::npos) continue;
    std::vector<std::string> holders;
    for (const auto& [other_id, other] : actors)
      if (other_id != id && other.kind == ActorKind::person && other.name.find(' ') != std::string::npos &&
          last_word(other.name) == a.name)
        holders.push_back(other_id);
    if (holders.size() == 1) rename[id] = holders.front();
  }
  for (const auto& [from, to] : rename) {
    merge_actor_into(actors.at(to), actors.at(from));
    actors.erase(from);
  }
  for (auto& [id, a] : actors) {
    std::sort(a.aliases.begin(), a.aliases.end());
    std::sort(a.roles.begin(), a.roles.end());
    // An affiliation may name an actor that is not in this result (a capital's country
    // the text never names); the JSON contract allows that, so it is kept as an id.
    if (a.affiliation && rename.count(*a.affiliation)) a.affiliation = rename.at(*a.affiliation);
  }
  return rename;
}

}  // namespace

EventGraph merge(std::vector<EventGraph> parts) {
  EventGraph out;
  std::map<std::string, DocumentInfo> docs;
  for (const auto& part : parts)
    for (const auto& d : part.documents) docs.emplace(d.id, d);
  for (auto& [id, d] : docs) out.documents.push_back(d);

  std::map<std::string, Actor> actors;
  auto rename = merge_actors(parts, actors);
  for (auto& [id, a] : actors) out.actors.push_back(a);

  std::vector<Event> events;
  for (auto& part : parts)
    for (auto& e : part.events) {
      for (auto& p : e.participants)
        if (rename.count(p.actor)) p.actor = rename.at(p.actor);
      events.push_back(std::move(e));
    }
  out.events = detail::cluster_events(std::move(events));
  return out;
}

}  // namespace chronicle

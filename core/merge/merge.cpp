// Merging results. Design: actors merge by id, then a person known only by one name
// ("Modi") joins the one person whose surname it is, and a single name of unknown kind
// ("Apple") the one organisation whose first word it is ("Apple Inc."); organisations
// that differ only by company suffixes ("Apple Inc.", "Apple Computer") are one. Events are compared only within
// blocks sharing (type, lemma, an actor), so the work grows with the size of the blocks,
// not with all pairs. An event joins a cluster only when it is compatible with every
// member (same type and lemma, overlapping actors, overlapping time intervals), so two
// different happenings are never chained through a third. Events are visited in a
// canonical order (document, offset), so the result does not depend on input order.
#include <algorithm>
#include <map>
#include <set>

#include "chronicle/event_graph.h"
#include "merge/actor_merge.h"
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

// A company's name without its legal or trade suffixes: "Apple Computer Inc." -> "Apple".
std::string company_key(std::string name) {
  static const std::set<std::string, std::less<>> suffixes = {
      "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Company", "Co.", "Ltd", "Ltd.", "Computer", "Computers",
      "Group", "Holdings"};
  for (std::size_t sp = name.rfind(' '); sp != std::string::npos && suffixes.count(name.substr(sp + 1));
       sp = name.rfind(' '))
    name.erase(sp);
  return name;
}

// Organisations with the same company key are one; the shortest name (then the smallest
// id) names it, so the choice does not depend on which documents were merged first.
void fold_companies(std::map<std::string, Actor>& actors, std::map<std::string, std::string>& rename) {
  std::map<std::string, std::vector<std::string>> by_key;
  for (const auto& [id, a] : actors)
    if (a.kind == ActorKind::organization) by_key[company_key(a.name)].push_back(id);
  for (auto& [key, ids] : by_key) {
    if (ids.size() < 2) continue;
    auto shorter = [&](const std::string& x, const std::string& y) {
      const auto &nx = actors.at(x).name, &ny = actors.at(y).name;
      return nx.size() != ny.size() ? nx.size() < ny.size() : x < y;
    };
    std::string target = *std::min_element(ids.begin(), ids.end(), shorter);
    for (const auto& id : ids)
      if (id != target) {
        merge_actor_into(actors.at(target), actors.at(id));
        actors.erase(id);
        rename[id] = target;
      }
  }
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
  fold_companies(actors, rename);
  // Indexes built once: surname -> persons of several words, first word -> organisations
  // of several words, so that each single name is one lookup.
  std::map<std::string, std::vector<std::string>> by_surname, by_first_word;
  for (const auto& [id, a] : actors) {
    if (a.name.find(' ') == std::string::npos) continue;
    if (a.kind == ActorKind::person) by_surname[std::string(last_word(a.name))].push_back(id);
    if (a.kind == ActorKind::organization) by_first_word[a.name.substr(0, a.name.find(' '))].push_back(id);
  }
  std::map<std::string, std::string> singles;
  for (auto& [id, a] : actors) {
    if (a.name.find(' ') != std::string::npos) continue;
    const std::vector<std::string>* holders = nullptr;
    if (a.kind == ActorKind::person || a.kind == ActorKind::other)
      if (auto it = by_surname.find(a.name); it != by_surname.end()) holders = &it->second;
    if (!holders && a.kind == ActorKind::other)
      if (auto it = by_first_word.find(a.name); it != by_first_word.end()) holders = &it->second;
    if (holders && holders->size() == 1) singles[id] = holders->front();
  }
  for (const auto& [from, to] : singles) {
    merge_actor_into(actors.at(to), actors.at(from));
    actors.erase(from);
    rename[from] = to;
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

std::map<std::string, std::string> detail::merged_actor_ids(const std::vector<EventGraph>& parts) {
  std::map<std::string, Actor> actors;
  auto rename = merge_actors(parts, actors);
  std::map<std::string, std::string> ids;
  for (const auto& part : parts)
    for (const auto& a : part.actors) ids[a.id] = rename.count(a.id) ? rename.at(a.id) : a.id;
  return ids;
}

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
  std::map<std::string, Day> report_days;
  for (const auto& d : out.documents)
    if (d.dct) report_days.emplace(d.id, *d.dct);
  out.events = detail::cluster_events(std::move(events), report_days);
  return out;
}

}  // namespace chronicle

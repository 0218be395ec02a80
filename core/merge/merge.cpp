// Merging results. Design: actors merge by id, then a person known only by one name
// ("Modi") joins the one person whose surname it is, and a single name of unknown kind
// ("Apple") the one organisation whose first word it is ("Apple Inc."); organisations
// that differ only by company suffixes ("Apple Inc.", "Apple Computer") are one. Event
// reports are clustered into happenings by event_clusters.cpp under the policy of
// docs/EVENTS.md: a report joins a happening when it is linked to one of its reports and
// contradicts none, so two happenings never chain through a third, and it is compared
// only with happenings in a shared block (happening key with an actor, a document or a
// week), so the work grows with the size of the blocks, not with all pairs. Reports are
// visited in a canonical order (document, trigger offset, id), so the result does not
// depend on input order.
// A merge starts from the single results (one document's reports and actors as extracted)
// behind its parts, and keeps them in the result: merging merged results then redoes the
// merge from the same set of single results, so grouping, order and repeats do not change
// a byte. Clustering and actor folding are not associative on their own (a merged event
// no longer shows each report's participants and time), which is why they are redone.
#include <algorithm>
#include <future>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string_view>
#include <unordered_map>

#include "chronicle/event_graph.h"
#include "chronicle/json.h"
#include "language/language_data.h"
#include "merge/actor_merge.h"
#include "merge/merge_detail.h"
#include "util/text.h"

namespace chronicle {
namespace {

using detail::last_word;

void merge_actor_into(Actor& into, const Actor& from) {
  for (const auto& a : from.aliases)
    if (std::find(into.aliases.begin(), into.aliases.end(), a) == into.aliases.end())
      into.aliases.push_back(a);
  for (const auto& r : from.roles)
    if (std::find(into.roles.begin(), into.roles.end(), r) == into.roles.end())
      into.roles.push_back(r);
  if (!into.affiliation) into.affiliation = from.affiliation;
  if (into.kind == ActorKind::other) into.kind = from.kind;
  into.mentions += from.mentions;
}

// A company's name without its legal or trade suffixes: "Apple Computer Inc." -> "Apple".
// A merge is not told its reports' language; the suffixes are the default language's.
std::string company_key(std::string name) {
  static const auto language = detail::LanguageData::load(detail::kDefaultLanguage);
  static const detail::CompanySuffixes suffixes(*language);
  for (std::size_t sp = name.rfind(' ');
       sp != std::string::npos && suffixes.ends_name(std::string_view(name).substr(sp + 1));
       sp = name.rfind(' '))
    name.erase(sp);
  return name;
}

// Organisations with the same company key are one; the shortest name (then the smallest
// id) names it, so the choice does not depend on which documents were merged first.
void fold_companies(std::map<std::string, Actor>& actors,
                    std::map<std::string, std::string>& rename) {
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

// The actors of `results` by id, those of one id merged in the order of the results. They
// are grouped in a hash table, then put in the ordered map in id order, each at its end:
// cheaper than searching the map for every actor of every result.
std::map<std::string, Actor> actors_by_id(const std::vector<const EventGraph*>& results) {
  std::size_t count = 0;
  for (const EventGraph* result : results) count += result->actors.size();
  std::unordered_map<std::string_view, std::size_t> slot;  // id -> place in `merged`
  slot.reserve(count);
  std::vector<Actor> merged;
  merged.reserve(count);
  for (const EventGraph* result : results)
    for (const auto& a : result->actors) {
      auto [it, fresh] = slot.try_emplace(a.id, merged.size());
      if (fresh)
        merged.push_back(a);
      else
        merge_actor_into(merged[it->second], a);
    }
  std::vector<std::size_t> order(merged.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return merged[a].id < merged[b].id; });
  std::map<std::string, Actor> actors;
  for (std::size_t i : order) {
    std::string id = merged[i].id;
    actors.emplace_hint(actors.end(), std::move(id), std::move(merged[i]));
  }
  return actors;
}

// Actor id -> merged actor, and the renaming of ids that were folded into another.
std::map<std::string, std::string> merge_actors(const std::vector<const EventGraph*>& results,
                                                std::map<std::string, Actor>& actors) {
  actors = actors_by_id(results);
  std::map<std::string, std::string> rename;
  fold_companies(actors, rename);
  // Indexes built once: surname -> persons of several words, first word -> organisations
  // of several words, so that each single name is one lookup.
  std::map<std::string, std::vector<std::string>> by_surname, by_first_word;
  for (const auto& [id, a] : actors) {
    if (a.name.find(' ') == std::string::npos) continue;
    if (a.kind == ActorKind::person) by_surname[std::string(last_word(a.name))].push_back(id);
    if (a.kind == ActorKind::organization)
      by_first_word[a.name.substr(0, a.name.find(' '))].push_back(id);
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
    if (!a.affiliation) continue;
    if (auto it = rename.find(*a.affiliation); it != rename.end()) a.affiliation = it->second;
  }
  return rename;
}

bool same_actor(const Actor& a, const Actor& b) {
  return a.id == b.id && a.name == b.name && a.kind == b.kind && a.aliases == b.aliases &&
         a.affiliation == b.affiliation && a.roles == b.roles && a.mentions == b.mentions;
}

std::vector<std::string> document_ids(const EventGraph& g) {
  std::vector<std::string> ids;
  for (const auto& d : g.documents) ids.push_back(d.id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

// The single results behind `parts`, each once, in canonical order: by their documents'
// ids, and two different results of the same documents by their JSON text, so that even
// that case does not depend on the order of the input.
std::vector<EventGraph> canonical_results(std::vector<EventGraph> parts) {
  std::vector<EventGraph> results = single_results(std::move(parts));
  std::vector<std::vector<std::string>> keys;
  keys.reserve(results.size());
  for (const auto& r : results) keys.push_back(document_ids(r));
  std::vector<std::size_t> order(results.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (keys[a] != keys[b]) return keys[a] < keys[b];
    return to_json(results[a], -1) < to_json(results[b], -1);  // rare: one document twice
  });
  std::vector<EventGraph> unique;
  unique.reserve(results.size());
  const std::vector<std::string>* last_key = nullptr;
  for (std::size_t i : order) {
    if (last_key && *last_key == keys[i] && same_result(unique.back(), results[i])) continue;
    unique.push_back(std::move(results[i]));
    last_key = &keys[i];
  }
  return unique;
}

}  // namespace

namespace {

// Sorts `items` as std::stable_sort would, moving each item once: indexes are sorted and
// the items then put in their places. Items already in order are left alone.
template <class T, class Less>
void stable_sort_items(std::vector<T>& items, Less less) {
  if (std::is_sorted(items.begin(), items.end(), less)) return;
  std::vector<std::size_t> order(items.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return less(items[a], items[b]); });
  std::vector<T> sorted;
  sorted.reserve(items.size());
  for (std::size_t i : order) sorted.push_back(std::move(items[i]));
  items = std::move(sorted);
}

}  // namespace

void sort_single_result(EventGraph& result) {
  stable_sort_items(result.actors, [](const Actor& a, const Actor& b) { return a.id < b.id; });
  auto less = [](const Event& a, const Event& b) {
    if (a.mentions.empty() || b.mentions.empty()) {
      if (a.mentions.empty() != b.mentions.empty()) return a.mentions.empty();
      return a.id < b.id;
    }
    const EventMention &x = a.mentions.front(), &y = b.mentions.front();
    if (x.doc != y.doc) return x.doc < y.doc;
    if (x.trigger.begin != y.trigger.begin) return x.trigger.begin < y.trigger.begin;
    return a.id < b.id;
  };
  stable_sort_items(result.events, less);
}

std::vector<EventGraph> single_results(std::vector<EventGraph> parts) {
  std::vector<EventGraph> results;
  for (auto& part : parts) {
    if (part.reports.empty()) {
      results.push_back(std::move(part));
      continue;
    }
    for (auto& r : part.reports) results.push_back(std::move(r));
  }
  for (auto& r : results) {
    r.reports.clear();
    sort_single_result(r);
  }
  return results;
}

bool same_result(const EventGraph& a, const EventGraph& b) {
  return a.documents == b.documents && a.events == b.events &&
         std::equal(a.actors.begin(), a.actors.end(), b.actors.begin(), b.actors.end(), same_actor);
}

namespace {

// `g` without its events, in its reports too: what the actor merge reads.
EventGraph actors_only(const EventGraph& g) {
  EventGraph out;
  out.documents = g.documents;
  out.actors = g.actors;
  for (const auto& r : g.reports) out.reports.push_back(actors_only(r));
  return out;
}

std::vector<const EventGraph*> pointers_to(const std::vector<EventGraph>& graphs) {
  std::vector<const EventGraph*> out;
  out.reserve(graphs.size());
  for (const auto& g : graphs) out.push_back(&g);
  return out;
}

// The single results behind `parts` in the order canonical_results() puts them, without
// copying them; nullopt when two are of the same documents, as only their whole text
// (which canonical_results() compares) orders them then. The order of actors inside a
// result does not matter to the actor merge, so the results need not be sorted.
std::optional<std::vector<const EventGraph*>> single_results_by_documents(
    const std::vector<EventGraph>& parts) {
  std::vector<const EventGraph*> results;
  for (const auto& part : parts) {
    if (part.reports.empty()) results.push_back(&part);
    for (const auto& r : part.reports) results.push_back(&r);
  }
  std::vector<std::pair<std::vector<std::string_view>, const EventGraph*>> keyed;
  keyed.reserve(results.size());
  for (const EventGraph* r : results) {
    std::vector<std::string_view> ids;
    ids.reserve(r->documents.size());
    for (const auto& d : r->documents) ids.push_back(d.id);
    std::sort(ids.begin(), ids.end());
    keyed.emplace_back(std::move(ids), r);
  }
  std::sort(keyed.begin(), keyed.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  for (std::size_t i = 0; i < keyed.size(); ++i) {
    if (i > 0 && keyed[i - 1].first == keyed[i].first) return std::nullopt;
    results[i] = keyed[i].second;
  }
  return results;
}

std::map<std::string, std::string> merged_ids(const std::vector<const EventGraph*>& results) {
  std::map<std::string, Actor> actors;
  auto rename = merge_actors(results, actors);
  std::map<std::string, std::string> ids;
  for (const EventGraph* result : results)
    for (const auto& a : result->actors) ids[a.id] = rename.count(a.id) ? rename.at(a.id) : a.id;
  return ids;
}

}  // namespace

std::map<std::string, std::string> detail::merged_actor_ids(const std::vector<EventGraph>& parts) {
  if (auto results = single_results_by_documents(parts)) return merged_ids(*results);
  // The events play no part in folding actors; copying them would cost more than the
  // folding itself. (Only two different results of one document, which merge() orders
  // by their whole text, could be taken in another order here.)
  std::vector<EventGraph> light;
  light.reserve(parts.size());
  for (const auto& p : parts) light.push_back(actors_only(p));
  const std::vector<EventGraph> results = canonical_results(std::move(light));
  return merged_ids(pointers_to(results));
}

std::size_t detail::merged_actor_count(const std::vector<EventGraph>& parts) {
  auto results = single_results_by_documents(parts);
  if (!results)
    throw std::invalid_argument("merged_actor_count: not single results of distinct documents");
  std::map<std::string, Actor> actors;
  merge_actors(*results, actors);
  return actors.size();
}

EventGraph merge(std::vector<EventGraph> parts, unsigned jobs) {
  EventGraph out;
  out.reports = canonical_results(std::move(parts));
  std::map<std::string, DocumentInfo> docs;
  for (const auto& r : out.reports)
    for (const auto& d : r.documents) docs.emplace(d.id, d);
  for (auto& [id, d] : docs) out.documents.push_back(std::move(d));

  std::vector<const Event*> events;
  for (const auto& r : out.reports)
    for (const auto& e : r.events) events.push_back(&e);
  // The order of the clustering does not depend on the actors: on two threads it is
  // made while the actors are merged.
  std::future<detail::ClusterPlan> planning =
      std::async(jobs > 1 ? std::launch::async : std::launch::deferred,
                 [&] { return detail::plan_clusters(events); });
  std::map<std::string, Actor> actors;
  const auto rename = merge_actors(pointers_to(out.reports), actors);
  out.actors.reserve(actors.size());
  for (auto& [id, a] : actors) out.actors.push_back(std::move(a));
  const detail::ClusterPlan plan = planning.get();
  std::map<std::string, Day> report_days;
  for (const auto& d : out.documents)
    if (d.dct) report_days.emplace(d.id, *d.dct);
  out.events = detail::cluster_events(events, plan, report_days, rename, jobs);
  return out;
}

}  // namespace chronicle

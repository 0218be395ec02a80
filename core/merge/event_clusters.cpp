// Event clustering for the merge: blocking, complete-link compatibility, and the fold of
// a cluster's reports into one event.
#include <algorithm>
#include <map>
#include <set>

#include "merge/merge_detail.h"

namespace chronicle::detail {
namespace {

int fineness(Granularity g) {
  switch (g) {
    case Granularity::time_of_day: return 9;
    case Granularity::day: return 8;
    case Granularity::week: return 7;
    case Granularity::month: return 6;
    case Granularity::quarter: return 5;
    case Granularity::season: return 4;
    case Granularity::year: return 3;
    case Granularity::decade: return 2;
    case Granularity::century: return 1;
    case Granularity::none: return 0;
  }
  return 0;
}

std::set<std::string> actor_set(const Event& e) {
  std::set<std::string> s;
  for (const auto& p : e.participants)
    if (p.role != "location") s.insert(p.actor);
  return s;
}

bool mention_less(const EventMention& a, const EventMention& b) {
  if (a.doc != b.doc) return a.doc < b.doc;
  if (a.trigger.begin != b.trigger.begin) return a.trigger.begin < b.trigger.begin;
  return a.span < b.span;
}

// Folds `from` into `into`: mentions, participants (agent beats other roles), the finest
// time, the most certain factuality.
void absorb(Event& into, const Event& from) {
  into.mentions.insert(into.mentions.end(), from.mentions.begin(), from.mentions.end());
  for (const auto& p : from.participants) {
    auto it = std::find_if(into.participants.begin(), into.participants.end(),
                           [&](const Participant& q) { return q.actor == p.actor; });
    if (it == into.participants.end()) into.participants.push_back(p);
    else if (p.role == "agent") it->role = "agent";
  }
  if (fineness(from.time.granularity) > fineness(into.time.granularity) ||
      (!into.time.value && from.time.value))
    into.time = from.time;
  if (from.factuality == Factuality::actual) into.factuality = Factuality::actual;
}

}  // namespace

std::string_view last_word(std::string_view name) {
  std::size_t sp = name.rfind(' ');
  return sp == std::string_view::npos ? name : name.substr(sp + 1);
}

bool compatible(const Event& a, const Event& b) {
  if (a.type != b.type || a.lemma != b.lemma) return false;
  auto sa = actor_set(a), sb = actor_set(b);
  if (sa.empty() || sb.empty()) return false;
  std::size_t common = 0;
  for (const auto& x : sa) common += sb.count(x);
  // most of the smaller side's actors must be shared ("Modi and Putin" vs "Modi")
  if (common * 2 < std::min(sa.size(), sb.size()) + 1) return false;
  if (a.time.begin && b.time.begin && (*a.time.end < *b.time.begin || *b.time.end < *a.time.begin))
    return false;
  if (a.factuality == Factuality::negated || b.factuality == Factuality::negated)
    return a.factuality == b.factuality;
  return true;
}

std::vector<Event> cluster_events(std::vector<Event> events) {
  for (auto& e : events) std::sort(e.mentions.begin(), e.mentions.end(), mention_less);
  std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    if (mention_less(a.mentions.front(), b.mentions.front())) return true;
    if (mention_less(b.mentions.front(), a.mentions.front())) return false;
    return a.id < b.id;
  });
  // blocks: (type, lemma, actor) -> clusters holding such an event
  std::map<std::string, std::vector<std::size_t>> blocks;
  std::vector<std::vector<std::size_t>> clusters;
  std::vector<std::size_t> cluster_of(events.size());
  for (std::size_t i = 0; i < events.size(); ++i) {
    std::set<std::size_t> candidates;
    auto actors = actor_set(events[i]);
    for (const auto& a : actors)
      for (std::size_t c : blocks[events[i].type + "|" + events[i].lemma + "|" + a]) candidates.insert(c);
    std::optional<std::size_t> joined;
    for (std::size_t c : candidates) {
      bool all = std::all_of(clusters[c].begin(), clusters[c].end(),
                             [&](std::size_t j) { return compatible(events[i], events[j]); });
      if (all) {
        joined = c;
        break;
      }
    }
    if (!joined) {
      joined = clusters.size();
      clusters.emplace_back();
    }
    clusters[*joined].push_back(i);
    cluster_of[i] = *joined;
    for (const auto& a : actors) {
      auto& block = blocks[events[i].type + "|" + events[i].lemma + "|" + a];
      if (block.empty() || block.back() != *joined) block.push_back(*joined);
    }
  }
  std::vector<Event> out;
  for (const auto& members : clusters) {
    Event e = events[members.front()];
    for (std::size_t k = 1; k < members.size(); ++k) absorb(e, events[members[k]]);
    std::sort(e.mentions.begin(), e.mentions.end(), mention_less);
    e.mentions.erase(std::unique(e.mentions.begin(), e.mentions.end(),
                                 [](const EventMention& x, const EventMention& y) {
                                   return x.doc == y.doc && x.trigger == y.trigger;
                                 }),
                     e.mentions.end());
    std::set<std::string> docs;
    for (const auto& m : e.mentions) docs.insert(m.doc);
    e.sources = static_cast<int>(docs.size());
    e.id = e.mentions.front().doc + "@" + std::to_string(e.mentions.front().trigger.begin);
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace chronicle::detail

// Event clustering for the merge: blocking, complete-link compatibility, and the fold of
// a cluster's reports into one event.
#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <set>

#include "merge/merge_detail.h"

namespace chronicle::detail {
namespace {

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
    if (it == into.participants.end())
      into.participants.push_back(p);
    else if (p.role == "agent")
      it->role = "agent";
  }
  if (fineness(from.time.granularity) > fineness(into.time.granularity) ||
      (!into.time.value && from.time.value))
    into.time = from.time;
  if (from.factuality == Factuality::actual) into.factuality = Factuality::actual;
}

bool times_conflict(const EventTime& a, const EventTime& b) {
  return a.begin && b.begin && a.end && b.end && (*a.end < *b.begin || *b.end < *a.begin);
}

// Both name agents and none is shared: "Russia attacked" and "Ukraine attacked".
bool agents_conflict(const Event& a, const Event& b) {
  std::set<std::string> agents;
  for (const auto& p : a.participants)
    if (p.role == "agent") agents.insert(p.actor);
  bool b_has = false;
  for (const auto& p : b.participants) {
    if (p.role != "agent") continue;
    b_has = true;
    if (agents.count(p.actor)) return false;
  }
  return b_has && !agents.empty();
}

bool share_document(const Event& a, const Event& b) {
  for (const auto& x : a.mentions)
    for (const auto& y : b.mentions)
      if (x.doc == y.doc) return true;
  return false;
}

bool both_dated_closely(const Event& a, const Event& b) {
  return a.time.begin && b.time.begin &&
         fineness(a.time.granularity) >= fineness(Granularity::week) &&
         fineness(b.time.granularity) >= fineness(Granularity::week);
}

// The last day an undated report of an actual happening can refer to: the date of the
// earliest article reporting it.
std::optional<Day> latest_day(const Event& e, const std::map<std::string, Day>& report_days) {
  if (e.time.begin || e.factuality == Factuality::future ||
      e.factuality == Factuality::hypothetical)
    return std::nullopt;
  std::optional<Day> latest;
  for (const auto& m : e.mentions) {
    auto it = report_days.find(m.doc);
    if (it != report_days.end() && (!latest || it->second < *latest)) latest = it->second;
  }
  return latest;
}

// A dated report that starts after the day another report was written.
bool after_report(const Event& dated, const std::optional<Day>& latest) {
  return latest && dated.time.begin && *latest < *dated.time.begin;
}

std::vector<std::string> block_keys(const Event& e) {
  std::string head = e.type + "|" + e.lemma + "|";
  std::vector<std::string> keys;
  for (const auto& a : actor_set(e)) keys.push_back(head + "a:" + a);
  for (const auto& m : e.mentions) keys.push_back(head + "d:" + m.doc);
  if (e.time.begin && e.time.end && fineness(e.time.granularity) >= fineness(Granularity::week)) {
    // an interval of a week at most touches the weeks of its two ends
    for (Day d : {*e.time.begin, *e.time.end})
      keys.push_back(
          head + "w:" + std::to_string(std::chrono::sys_days(d).time_since_epoch().count() / 7));
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

}  // namespace

std::string_view last_word(std::string_view name) {
  std::size_t sp = name.rfind(' ');
  return sp == std::string_view::npos ? name : name.substr(sp + 1);
}

bool compatible(const Event& a, const Event& b) {
  return compatible(a, b, actor_set(a), actor_set(b));
}

bool compatible(const Event& a, const Event& b, const std::set<std::string>& sa,
                const std::set<std::string>& sb) {
  if (a.type != b.type || a.lemma != b.lemma) return false;
  if ((a.factuality == Factuality::negated) != (b.factuality == Factuality::negated)) return false;
  if (times_conflict(a.time, b.time)) return false;
  if (!sa.empty() && !sb.empty()) {
    std::size_t common = 0;
    for (const auto& x : sa) common += sb.count(x);
    // an actor in common ("Modi and Putin" vs "Modi"); the other sides may name more
    if (common == 0) return false;
    // two sides of a conflict are two happenings; cooperation is mutual
    return a.event_class != EventClass::conflict || !agents_conflict(a, b);
  }
  // A report without actors says too little to be matched on the lemma alone: it needs
  // the same article, or the same dated day or week. Statements are told apart by their
  // speakers, so an unattributed one is never joined.
  if (a.type == "make_statement") return false;
  return share_document(a, b) || both_dated_closely(a, b);
}

std::vector<Event> cluster_events(std::vector<Event> events,
                                  const std::map<std::string, Day>& report_days) {
  for (auto& e : events) std::sort(e.mentions.begin(), e.mentions.end(), mention_less);
  std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    if (mention_less(a.mentions.front(), b.mentions.front())) return true;
    if (mention_less(b.mentions.front(), a.mentions.front())) return false;
    return a.id < b.id;
  });
  // blocks: (type, lemma) with an actor, a document or a week; compatible reports always
  // share one, so only a block's clusters are compared
  std::map<std::string, std::vector<std::size_t>> blocks;
  std::vector<std::vector<std::size_t>> clusters;
  std::vector<std::optional<Day>> latest;
  std::vector<std::set<std::string>> actors;
  for (const auto& e : events) {
    latest.push_back(latest_day(e, report_days));
    actors.push_back(actor_set(e));
  }
  for (std::size_t i = 0; i < events.size(); ++i) {
    std::vector<std::string> keys = block_keys(events[i]);
    std::set<std::size_t> candidates;
    for (const auto& k : keys) {
      auto it = blocks.find(k);
      if (it != blocks.end()) candidates.insert(it->second.begin(), it->second.end());
    }
    std::optional<std::size_t> joined;
    for (std::size_t c : candidates) {
      bool all = std::all_of(clusters[c].begin(), clusters[c].end(), [&](std::size_t j) {
        return compatible(events[i], events[j], actors[i], actors[j]) &&
               !after_report(events[i], latest[j]) && !after_report(events[j], latest[i]);
      });
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
    for (const auto& k : keys) {
      auto& block = blocks[k];
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

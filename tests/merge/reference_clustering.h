// The merge policy of docs/EVENTS.md ("Merge policy") written the slow, obvious way, for
// tests to hold the real clustering to: every report is compared with every member of
// every happening, by name, with no summaries, blocks or parts.
#pragma once

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "chronicle/event_graph.h"
#include "language/language_data.h"
#include "merge/actor_merge.h"

namespace chronicle::testing {

/// A report as the policy sees it, under the ids the actor merge gives its participants.
struct ReferenceReport {
  std::tuple<std::string, std::size_t, std::string> place;  ///< (document, trigger, id)
  std::string type, key;
  bool conflict = false, negated = false, happened = true;
  std::set<std::string> actors, agents, counterparts, docs;
  std::optional<long> begin, end;  ///< day numbers; both or neither
  bool dated_closely = false;      ///< dated to a week or finer
  std::optional<long> written;     ///< the earliest date of its articles
};

namespace reference {

inline long day_number(Day d) { return std::chrono::sys_days(d).time_since_epoch().count(); }

/// "type|merge key", read as same_happening.tsv says.
inline std::string happening_key(const Event& e) {
  const std::string key = e.type + "|" + e.lemma;
  auto en = detail::LanguageData::load("en");
  for (const auto& row : en->table("lexicons/same_happening.tsv", "same-happening", 2))
    if (row.fields[0] == key) return row.fields[1];
  return key;
}

inline bool meet(const std::set<std::string>& a, const std::set<std::string>& b) {
  return std::any_of(a.begin(), a.end(), [&](const std::string& x) { return b.count(x) > 0; });
}

inline ReferenceReport report(const Event& e, const std::map<std::string, std::string>& ids,
                              const std::map<std::string, Day>& written) {
  ReferenceReport r;
  r.place = {e.mentions.front().doc, e.mentions.front().trigger.begin, e.id};
  for (const auto& m : e.mentions) r.place = std::min(r.place, {m.doc, m.trigger.begin, e.id});
  r.type = e.type;
  r.key = happening_key(e);
  r.conflict = e.event_class == EventClass::conflict;
  r.negated = e.factuality == Factuality::negated;
  r.happened = e.factuality != Factuality::future && e.factuality != Factuality::hypothetical;
  for (const auto& p : e.participants) {
    const std::string id = ids.count(p.actor) ? ids.at(p.actor) : p.actor;
    if (p.role != "location") r.actors.insert(id);
    if (p.role == "agent") r.agents.insert(id);
    if (p.role == "patient") r.counterparts.insert(id);
  }
  for (const auto& m : e.mentions) {
    r.docs.insert(m.doc);
    if (!written.count(m.doc)) continue;
    const long day = day_number(written.at(m.doc));
    r.written = r.written ? std::min(*r.written, day) : day;
  }
  if (e.time.begin && e.time.end) {
    r.begin = day_number(*e.time.begin);
    r.end = day_number(*e.time.end);
    r.dated_closely = fineness(e.time.granularity) >= fineness(Granularity::week);
  }
  return r;
}

/// Each names a counterpart, and none of one's counterparts takes part in the other.
inline bool different_counterparts(const ReferenceReport& a, const ReferenceReport& b) {
  return !a.counterparts.empty() && !b.counterparts.empty() && !meet(a.counterparts, b.actors) &&
         !meet(b.counterparts, a.actors);
}

/// Rule 3: dates apart.
inline bool dates_apart(const ReferenceReport& a, const ReferenceReport& b) {
  if (!a.begin || !b.begin) return false;
  const long gap = std::max(*b.begin - *a.end, *a.begin - *b.end);  // days between them
  if (gap <= 0) return false;
  if (meet(a.docs, b.docs)) return true;  // one article: any gap
  return gap > 1 || different_counterparts(a, b);
}

/// Rule 5: agents on both sides that cannot be one side.
inline bool agents_apart(const ReferenceReport& a, const ReferenceReport& b) {
  if (a.type != b.type || a.agents.empty() || b.agents.empty()) return false;
  return !meet(a.actors, b.actors) || (a.conflict && !meet(a.agents, b.agents));
}

/// Rule 6: `undated`, of something that happened, was written before `dated`'s date.
inline bool written_before(const ReferenceReport& undated, const ReferenceReport& dated) {
  return !undated.begin && undated.happened && undated.written && dated.begin &&
         *undated.written < *dated.begin;
}

inline bool unattributed_statement(const ReferenceReport& r) {
  return r.type == "make_statement" && r.actors.empty();
}

/// The six rules of contradiction.
inline bool contradict(const ReferenceReport& a, const ReferenceReport& b) {
  return a.key != b.key || a.negated != b.negated || dates_apart(a, b) ||
         unattributed_statement(a) || unattributed_statement(b) || agents_apart(a, b) ||
         written_before(a, b) || written_before(b, a);
}

inline bool linked(const ReferenceReport& a, const ReferenceReport& b) {
  if (a.key != b.key || contradict(a, b)) return false;
  return meet(a.actors, b.actors) || meet(a.docs, b.docs) || (a.dated_closely && b.dated_closely);
}

}  // namespace reference

/// The happenings the policy makes of the events of `parts` (single results, one per
/// document): each as the (document, trigger offset) of every mention of its reports,
/// sorted, and the happenings in order of their first mention. Reports are visited in the
/// order (document, trigger offset, id); each joins the first happening, in order of
/// creation, to one of whose reports it is linked while it contradicts none, else starts
/// its own.
inline std::vector<std::vector<std::pair<std::string, std::size_t>>> reference_clusters(
    const std::vector<EventGraph>& parts) {
  const auto ids = detail::merged_actor_ids(parts);
  std::map<std::string, Day> written;
  for (const auto& p : parts)
    for (const auto& d : p.documents)
      if (d.dct) written[d.id] = *d.dct;
  std::vector<std::pair<ReferenceReport, const Event*>> reports;
  for (const auto& p : parts)
    for (const auto& e : p.events) reports.emplace_back(reference::report(e, ids, written), &e);
  std::sort(reports.begin(), reports.end(),
            [](const auto& a, const auto& b) { return a.first.place < b.first.place; });
  std::vector<std::vector<std::size_t>> happenings;
  for (std::size_t i = 0; i < reports.size(); ++i) {
    const ReferenceReport& r = reports[i].first;
    auto joins = [&](const std::vector<std::size_t>& h) {
      auto link = [&](std::size_t m) { return reference::linked(r, reports[m].first); };
      auto against = [&](std::size_t m) { return reference::contradict(r, reports[m].first); };
      return std::any_of(h.begin(), h.end(), link) && std::none_of(h.begin(), h.end(), against);
    };
    auto it = std::find_if(happenings.begin(), happenings.end(), joins);
    if (it != happenings.end())
      it->push_back(i);
    else
      happenings.push_back({i});
  }
  std::vector<std::vector<std::pair<std::string, std::size_t>>> out;
  for (const auto& h : happenings) {
    std::set<std::pair<std::string, std::size_t>> mentions;
    for (std::size_t m : h)
      for (const auto& x : reports[m].second->mentions) mentions.emplace(x.doc, x.trigger.begin);
    out.emplace_back(mentions.begin(), mentions.end());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace chronicle::testing

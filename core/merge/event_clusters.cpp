// Event clustering for the merge. Design: reports are blocked by (merge key, an actor, a
// document or a week); a report joins a cluster when it is linked to one member (the
// positive evidence of compatible()) and contradicts none (a different key, opposite
// polarity, times more than a day apart, agents on both sides with no actor in common,
// or a date after an article that already reported it). The contradictions keep two
// happenings from chaining through a third; requiring evidence from every member as well
// would split one happening whenever two of its reports name different participants
// ("the actress" in one article, "Lindsay Lohan" in another).
#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "merge/merge_detail.h"
#include "util/data_files.h"

namespace chronicle::detail {
namespace {

// "type|merge key" -> the key it is read as, from en/lexicons/same_happening.tsv.
const std::map<std::string, std::string>& read_as() {
  static const std::map<std::string, std::string> table = [] {
    std::map<std::string, std::string> t;
    for (const auto& r : read_table("en/lexicons/same_happening.tsv", "same-happening", 2))
      t[r.fields[0]] = r.fields[1];
    return t;
  }();
  return table;
}

// The key under which reports of one happening meet: type and merge key, folded by
// same_happening.tsv.
std::string happening_key(const Event& e) {
  std::string key = e.type + "|" + e.lemma;
  auto it = read_as().find(key);
  return it == read_as().end() ? key : it->second;
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

// What the clustering compares of a report, computed once: names interned as numbers,
// sets as sorted vectors, days as day numbers.
struct Report {
  int key = 0;                    // happening key
  std::vector<int> actors;        // participants other than locations
  std::vector<int> agents;
  std::vector<int> counterparts;  // patients
  std::vector<int> docs;
  std::optional<long> begin, end;
  bool dated_closely = false;  // dated to a week or finer
  bool negated = false;
  bool statement = false;
  bool conflict = false;
  int type = 0;
  std::optional<long> latest;  // see latest_day()
};

long day_number(Day d) { return std::chrono::sys_days(d).time_since_epoch().count(); }

// Numbers for names, in order of first sight.
class Interner {
 public:
  int operator()(const std::string& name) {
    return ids_.emplace(name, static_cast<int>(ids_.size())).first->second;
  }

 private:
  std::map<std::string, int, std::less<>> ids_;
};

template <typename T>
void sort_unique(std::vector<T>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

bool intersect(const std::vector<int>& a, const std::vector<int>& b) {
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i == *j) return true;
    *i < *j ? ++i : ++j;
  }
  return false;
}

bool contains(const std::vector<int>& sorted, int x) {
  return std::binary_search(sorted.begin(), sorted.end(), x);
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

struct Interners {
  Interner keys, names, docs, types;
};

Report report_of(const Event& e, Interners& in, const std::map<std::string, Day>& report_days) {
  Report r;
  r.key = in.keys(happening_key(e));
  for (const auto& p : e.participants) {
    int id = in.names(p.actor);
    if (p.role != "location") r.actors.push_back(id);
    if (p.role == "agent") r.agents.push_back(id);
    if (p.role == "patient") r.counterparts.push_back(id);
  }
  sort_unique(r.actors);
  sort_unique(r.agents);
  for (const auto& m : e.mentions) r.docs.push_back(in.docs(m.doc));
  sort_unique(r.docs);
  if (e.time.begin) r.begin = day_number(*e.time.begin);
  if (e.time.end) r.end = day_number(*e.time.end);
  r.dated_closely = e.time.begin && fineness(e.time.granularity) >= fineness(Granularity::week);
  r.negated = e.factuality == Factuality::negated;
  r.statement = e.type == "make_statement";
  r.conflict = e.event_class == EventClass::conflict;
  r.type = in.types(e.type);
  if (auto d = latest_day(e, report_days)) r.latest = day_number(*d);
  return r;
}

// Intervals apart by more than `slack` days.
bool times_conflict(const Report& a, const Report& b, long slack) {
  return a.begin && b.begin && a.end && b.end &&
         (*a.end + slack < *b.begin || *b.end + slack < *a.begin);
}

// Both name agents and none is shared: "Russia attacked" and "Ukraine attacked".
bool agents_conflict(const Report& a, const Report& b) {
  return !a.agents.empty() && !b.agents.empty() && !intersect(a.agents, b.agents);
}

// Each names a counterpart (a patient) the other does not mention at all: "Modi spoke to
// Putin" and "Modi spoke to Merkel".
bool counterparts_differ(const Report& a, const Report& b) {
  auto names_other = [](const Report& r, const Report& other) {
    return !r.counterparts.empty() &&
           std::none_of(r.counterparts.begin(), r.counterparts.end(),
                        [&](int x) { return contains(other.actors, x); });
  };
  return names_other(a, b) && names_other(b, a);
}

bool share_document(const Report& a, const Report& b) { return intersect(a.docs, b.docs); }

bool both_dated_closely(const Report& a, const Report& b) {
  return a.dated_closely && b.dated_closely;
}

// A dated report that starts after the day another report was written.
bool after_report(const Report& dated, const Report& other) {
  return other.latest && dated.begin && *other.latest < *dated.begin;
}

// Within one article dates are told in one frame, so different days are different
// happenings. Across articles a day of slack, unless the two name different
// counterparts: an overnight happening is dated to the evening by one article and to the
// next morning by another, or a time zone apart.
bool dates_conflict(const Report& a, const Report& b) {
  bool strict = share_document(a, b) || counterparts_differ(a, b);
  return times_conflict(a, b, strict ? 0 : 1);
}

// The positive evidence that two reports are one happening (see compatible()).
bool linked(const Report& a, const Report& b) {
  if (a.key != b.key || a.negated != b.negated || dates_conflict(a, b)) return false;
  if (!a.actors.empty() && !b.actors.empty()) {
    // an actor in common ("Modi and Putin" vs "Modi"); the other sides may name more
    if (!intersect(a.actors, b.actors)) return false;
    // two sides of a conflict are two happenings; cooperation is mutual
    return a.type != b.type || !a.conflict || !agents_conflict(a, b);
  }
  // A report without actors says too little to be matched on the lemma alone: it needs
  // the same article, or the same dated day or week. Statements are told apart by their
  // speakers, so an unattributed one is never joined.
  if (a.statement) return false;
  return share_document(a, b) || both_dated_closely(a, b);
}

// Two reports that cannot be one happening.
bool contradict(const Report& a, const Report& b) {
  if (a.key != b.key || a.negated != b.negated || dates_conflict(a, b)) return true;
  if (after_report(a, b) || after_report(b, a)) return true;
  // statements are told apart by their speakers: an unattributed one is never joined
  if (a.statement && (a.actors.empty() || b.actors.empty())) return true;
  if (a.type != b.type) return false;  // roles are not comparable across types
  // two sides of a conflict are two happenings; different agents with nothing in common
  // are two happenings of any kind
  if (a.conflict && agents_conflict(a, b)) return true;
  return !intersect(a.actors, b.actors) && agents_conflict(a, b);
}

// The dated members of a cluster, summed up so that most clusters of a big block are
// ruled out without visiting their members: when some member ends more than a day
// before a report begins (or begins more than a day after it ends), that member
// contradicts the report whatever the slack.
struct DateHull {
  std::optional<long> min_end, max_begin;
  void add(const Report& r) {
    if (!r.begin || !r.end) return;
    min_end = min_end ? std::min(*min_end, *r.end) : *r.end;
    max_begin = max_begin ? std::max(*max_begin, *r.begin) : *r.begin;
  }
  bool surely_conflicts(const Report& r) const {
    return r.begin && r.end && min_end && (*min_end + 1 < *r.begin || *r.end + 1 < *max_begin);
  }
};

// A block: (happening key, kind, value) with kind 0 an actor, 1 a document, 2 a week.
using BlockKey = std::tuple<int, int, long>;

std::vector<BlockKey> block_keys(const Report& r) {
  std::vector<BlockKey> keys;
  for (int a : r.actors) keys.emplace_back(r.key, 0, a);
  for (int d : r.docs) keys.emplace_back(r.key, 1, d);
  if (r.begin && r.end && r.dated_closely) {
    // an interval of a week at most touches the weeks of its two ends
    keys.emplace_back(r.key, 2, *r.begin / 7);
    keys.emplace_back(r.key, 2, *r.end / 7);
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
  Interners in;
  return linked(report_of(a, in, {}), report_of(b, in, {}));
}

std::vector<Event> cluster_events(std::vector<Event> events,
                                  const std::map<std::string, Day>& report_days) {
  for (auto& e : events) std::sort(e.mentions.begin(), e.mentions.end(), mention_less);
  std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    if (mention_less(a.mentions.front(), b.mentions.front())) return true;
    if (mention_less(b.mentions.front(), a.mentions.front())) return false;
    return a.id < b.id;
  });
  // blocks: happening key with an actor, a document or a week; linked reports always
  // share one, so only a block's clusters are compared
  Interners in;
  std::vector<Report> reports;
  reports.reserve(events.size());
  for (const auto& e : events) reports.push_back(report_of(e, in, report_days));
  std::map<BlockKey, std::vector<std::size_t>> blocks;
  std::vector<std::vector<std::size_t>> clusters;
  std::vector<DateHull> hulls;  // per cluster
  std::vector<std::size_t> candidates;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const Report& r = reports[i];
    std::vector<BlockKey> keys = block_keys(r);
    candidates.clear();
    for (const auto& k : keys) {
      auto it = blocks.find(k);
      if (it != blocks.end()) candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    }
    sort_unique(candidates);
    auto links = [&](std::size_t j) { return linked(r, reports[j]) || share_document(r, reports[j]) ||
                                             both_dated_closely(r, reports[j]); };
    auto contradicts = [&](std::size_t j) { return contradict(r, reports[j]); };
    std::optional<std::size_t> joined;
    for (std::size_t c : candidates) {
      const auto& members = clusters[c];
      if (hulls[c].surely_conflicts(r)) continue;
      if (std::any_of(members.begin(), members.end(), links) &&
          std::none_of(members.begin(), members.end(), contradicts)) {
        joined = c;
        break;
      }
    }
    if (!joined) {
      joined = clusters.size();
      clusters.emplace_back();
      hulls.emplace_back();
    }
    clusters[*joined].push_back(i);
    hulls[*joined].add(r);
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

// Event clustering for the merge, under the policy of docs/EVENTS.md ("Merge policy").
// Design: reports are split by happening key (type and merge key, folded by
// same_happening.tsv) and blocked by an actor, a document or a week; a report joins the
// first cluster of its blocks that it is linked to through one member (an actor or a
// document in common, or both dated to a week or finer) and that has no member it
// contradicts (see Cluster). The contradictions keep two happenings from chaining through
// a third; requiring a link to every member as well would split one happening whenever
// two of its reports name different participants ("the actress" in one article, "Lindsay
// Lohan" in another). A cluster keeps a summary (its actors, documents and date bounds) so
// that a report is compared one by one only with the members that could contradict it on
// their own; the outcome is the one of comparing it with every member.
#include <algorithm>
#include <cassert>
#include <chrono>
#include <cstdint>
#include <deque>
#include <iterator>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_map>

#include "language/language_data.h"
#include "merge/merge_detail.h"
#include "util/data_files.h"
#include "util/parallel.h"
#include "util/text.h"

namespace chronicle::detail {
namespace {

// "type|merge key" -> the key it is read as, from lexicons/same_happening.tsv of the
// default language (the merge keys are its lemmas; a merge is not told the language).
const std::map<std::string, std::string>& read_as() {
  static const std::map<std::string, std::string> table = [] {
    std::map<std::string, std::string> t;
    auto language = LanguageData::load(kDefaultLanguage);
    for (const auto& r : language->table("lexicons/same_happening.tsv", "same-happening", 2))
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

// Actor ids folded into another by the actor merge: folded id -> the id it became.
using Renaming = std::unordered_map<std::string_view, std::string_view>;

std::string_view renamed(const Renaming& rename, std::string_view actor) {
  auto it = rename.find(actor);
  return it == rename.end() ? actor : it->second;
}

// Folds a copy of the report `from` into `into`: mentions, participants (agent beats other
// roles) under their merged ids, the finest time, the most certain factuality.
void absorb(Event& into, const Event& from, const Renaming& rename) {
  into.mentions.insert(into.mentions.end(), from.mentions.begin(), from.mentions.end());
  for (const auto& p : from.participants) {
    const std::string_view actor = renamed(rename, p.actor);
    auto it = std::find_if(into.participants.begin(), into.participants.end(),
                           [&](const Participant& q) { return q.actor == actor; });
    if (it == into.participants.end())
      into.participants.push_back({std::string(actor), p.role});
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
  int key = 0;              // happening key
  std::vector<int> actors;  // participants other than locations
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

// Numbers for names, in order of first sight. The names are not copied: they must
// outlive the interner.
class Interner {
 public:
  int operator()(std::string_view name) {
    return ids_.try_emplace(name, static_cast<int>(ids_.size())).first->second;
  }

 private:
  std::unordered_map<std::string_view, int> ids_;
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

// Numbers for happening keys, shared by all reports: folding by same_happening.tsv is
// done once per (type, lemma) pair.
struct KeyNumbers {
  StringMap<int> keys;         // happening key -> number
  StringMap<int> key_of;       // "type|lemma" as written -> number of its happening key
  std::string type_and_lemma;  // reused, so that a known pair costs no allocation

  int operator()(const Event& e) {
    type_and_lemma.assign(e.type).append("|").append(e.lemma);
    if (auto it = key_of.find(type_and_lemma); it != key_of.end()) return it->second;
    int number = keys.try_emplace(happening_key(e), static_cast<int>(keys.size())).first->second;
    key_of.emplace(type_and_lemma, number);
    return number;
  }
};

// Numbers for the names of the reports that are compared with each other.
struct Interners {
  Interner names, docs, types;
};

Report report_of(const Event& e, int key, Interners& in,
                 const std::map<std::string, Day>& report_days, const Renaming& rename) {
  Report r;
  r.key = key;
  r.actors.reserve(e.participants.size());
  r.docs.reserve(e.mentions.size());
  for (const auto& p : e.participants) {
    int id = in.names(renamed(rename, p.actor));
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

// Within one article dates are told in one frame, so different days are different
// happenings. Across articles a day of slack, unless the two name different
// counterparts: an overnight happening is dated to the evening by one article and to the
// next morning by another, or a time zone apart.
bool dates_conflict(const Report& a, const Report& b) {
  // the slack matters only for intervals a day apart; it is worth finding out only then
  if (!times_conflict(a, b, 0)) return false;
  if (times_conflict(a, b, 1)) return true;
  return share_document(a, b) || counterparts_differ(a, b);
}

// Adds `from` to the sorted set `into`.
void insert_all(std::vector<int>& into, const std::vector<int>& from) {
  for (int x : from) {
    auto it = std::lower_bound(into.begin(), into.end(), x);
    if (it == into.end() || *it != x) into.insert(it, x);
  }
}

std::optional<long> lowest(std::optional<long> a, std::optional<long> b) {
  return a && b ? std::min(*a, *b) : a ? a : b;
}

std::optional<long> highest(std::optional<long> a, std::optional<long> b) {
  return a && b ? std::max(*a, *b) : a ? a : b;
}

// Two reports contradict each other (cannot be one happening) when their keys or
// polarities differ, their dates are apart (dates_conflict()), one is an unattributed
// statement, for reports of one type both name agents and share no actor, or no agent
// while the event is a conflict (agents_conflict()), or one begins after the day the
// other, undated, was first reported (latest_day()).
//
// A cluster, summed up so that a report is compared one by one only with the members
// that could contradict it on their own: the dated ones (dates apart) and those naming
// agents (different sides). Every other rule and every link is decided on the summary.
// Its members share the happening key and the polarity: a difference would have been a
// contradiction.
struct Cluster {
  std::vector<std::size_t> members;
  std::vector<std::size_t> dated;          // members with both ends of an interval
  std::vector<std::size_t> with_agents;    // members naming agents
  std::vector<int> actors, docs;           // of all members, sorted
  std::optional<long> min_end, max_begin;  // over the dated members
  std::optional<long> latest_begin;        // over members with a begin
  std::optional<long> min_latest;          // see latest_day()
  bool any_without_actors = false;
  bool any_dated_closely = false;
  int key = 0;           // the members' happening key and polarity, kept here so that a
  bool negated = false;  // comparison need not fetch a member's report

  void add(std::size_t index, const Report& r) {
    if (members.empty()) {
      key = r.key;
      negated = r.negated;
    }
    members.push_back(index);
    if (r.begin && r.end) {
      dated.push_back(index);
      min_end = lowest(min_end, r.end);
      max_begin = highest(max_begin, r.begin);
    }
    if (!r.agents.empty()) with_agents.push_back(index);
    insert_all(actors, r.actors);
    insert_all(docs, r.docs);
    latest_begin = highest(latest_begin, r.begin);
    min_latest = lowest(min_latest, r.latest);
    any_without_actors = any_without_actors || r.actors.empty();
    any_dated_closely = any_dated_closely || r.dated_closely;
  }

  // Some dated member ends more than a day before `r` begins or begins more than a day
  // after it ends: that member contradicts `r` whatever the slack.
  bool surely_conflicts(const Report& r) const {
    return r.begin && r.end && min_end && (*min_end + 1 < *r.begin || *r.end + 1 < *max_begin);
  }
};

// `r`, which contradicts no member, is linked to one: an actor or a document in common
// with it, or both dated to a week or finer.
bool linked_to_some(const Report& r, const Cluster& c) {
  return (!r.actors.empty() && intersect(r.actors, c.actors)) || intersect(r.docs, c.docs) ||
         (r.dated_closely && c.any_dated_closely);
}

// The rules of contradiction decided on the summary: a different key or polarity, an
// unattributed statement, a date after the article that reported the other.
bool contradicts_summary(const Report& r, const Cluster& c) {
  if (r.key != c.key || r.negated != c.negated) return true;
  if (r.statement && (r.actors.empty() || c.any_without_actors)) return true;
  if (r.latest && c.latest_begin && *r.latest < *c.latest_begin) return true;
  return c.min_latest && r.begin && *c.min_latest < *r.begin;
}

// dates_conflict() with some member. When every dated member overlaps `r`, none is apart
// from it by any slack.
bool dates_conflict_some(const Report& r, const Cluster& c, const std::vector<Report>& reports) {
  if (!r.begin || !r.end || !c.min_end) return false;
  if (*c.min_end >= *r.begin && *c.max_begin <= *r.end) return false;
  return std::any_of(c.dated.begin(), c.dated.end(),
                     [&](std::size_t m) { return dates_conflict(r, reports[m]); });
}

// The agents rule of contradiction with some member.
bool agents_conflict_some(const Report& r, const Cluster& c, const std::vector<Report>& reports) {
  if (r.agents.empty()) return false;
  return std::any_of(c.with_agents.begin(), c.with_agents.end(), [&](std::size_t k) {
    const Report& m = reports[k];
    return r.type == m.type && agents_conflict(r, m) &&
           (r.conflict || !intersect(r.actors, m.actors));
  });
}

// A report joins a cluster when it is linked to one member and contradicts none.
bool joins(const Report& r, const Cluster& c, const std::vector<Report>& reports) {
  if (c.surely_conflicts(r) || contradicts_summary(r, c)) return false;
  if (!linked_to_some(r, c)) return false;
  return !dates_conflict_some(r, c, reports) && !agents_conflict_some(r, c, reports);
}

// A block: (happening key, kind, value) with kind 0 an actor, 1 a document, 2 a week,
// packed in one number, so that finding a block compares and hashes one integer. Keys,
// actors and documents are numbered from 0, and a week counted from 1970 fits in 32 bits.
using BlockKey = std::uint64_t;

BlockKey block_key(int key, std::uint64_t kind, long value) {
  assert(key >= 0 && key < (1 << 30) && value >= INT32_MIN && value <= INT32_MAX);
  return static_cast<std::uint64_t>(key) << 34 | kind << 32 |
         static_cast<std::uint32_t>(static_cast<std::int32_t>(value));
}

// The blocks of `r` into `keys`, sorted and each once.
void block_keys(const Report& r, std::vector<BlockKey>& keys) {
  keys.clear();
  for (int a : r.actors) keys.push_back(block_key(r.key, 0, a));
  for (int d : r.docs) keys.push_back(block_key(r.key, 1, d));
  if (r.begin && r.end && r.dated_closely) {
    // The weeks (seven days from a Thursday, as day numbers count from 1970-01-01) of its
    // interval and of the day either side: across articles, reports dated a day apart are
    // linked, also when a week ends between them.
    for (long week = (*r.begin - 1) / 7; week <= (*r.end + 1) / 7; ++week)
      keys.push_back(block_key(r.key, 2, week));
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
}

// A report's first mention in the order of mentions.
const EventMention& first_mention(const Event& e) {
  return *std::min_element(e.mentions.begin(), e.mentions.end(), mention_less);
}

// For each report, the rank of its first mention's document among all those documents:
// sorting then compares numbers, each document's id having been compared only while
// ranking.
std::vector<std::size_t> first_document_ranks(const std::vector<const EventMention*>& firsts) {
  std::unordered_map<std::string_view, std::size_t> index;
  std::vector<std::string_view> docs;
  std::vector<std::size_t> of(firsts.size());
  for (std::size_t i = 0; i < firsts.size(); ++i) {
    auto [it, fresh] = index.try_emplace(firsts[i]->doc, docs.size());
    if (fresh) docs.push_back(firsts[i]->doc);
    of[i] = it->second;
  }
  std::vector<std::size_t> by_id(docs.size());
  for (std::size_t k = 0; k < by_id.size(); ++k) by_id[k] = k;
  std::sort(by_id.begin(), by_id.end(),
            [&](std::size_t a, std::size_t b) { return docs[a] < docs[b]; });
  std::vector<std::size_t> rank(docs.size());
  for (std::size_t k = 0; k < by_id.size(); ++k) rank[by_id[k]] = k;
  for (auto& r : of) r = rank[r];
  return of;
}

// The indexes of the reports in the order (first mention, id) in which the clustering
// visits them. The reports themselves stay in place: moving them would cost more than
// sorting.
std::vector<std::size_t> visiting_order(const std::vector<const Event*>& events) {
  std::vector<const EventMention*> firsts;
  firsts.reserve(events.size());
  for (const Event* e : events) firsts.push_back(&first_mention(*e));
  const std::vector<std::size_t> doc_rank = first_document_ranks(firsts);
  // Each report's first mention, copied next to its index so that sorting compares
  // neighbours in memory and reads a report only for its id, when first mentions tie.
  struct Visit {
    std::tuple<std::size_t, std::size_t, Span> first;  // document rank, trigger, sentence
    std::size_t index;
  };
  std::vector<Visit> visits;
  visits.reserve(events.size());
  for (std::size_t i = 0; i < events.size(); ++i)
    visits.push_back({{doc_rank[i], firsts[i]->trigger.begin, firsts[i]->span}, i});
  // std::sort takes the same steps on these as on the indexes alone, so equal keys end
  // in the same order.
  std::sort(visits.begin(), visits.end(), [&](const Visit& a, const Visit& b) {
    if (a.first != b.first) return a.first < b.first;
    return events[a.index]->id < events[b.index]->id;
  });
  std::vector<std::size_t> order;
  order.reserve(visits.size());
  for (const Visit& v : visits) order.push_back(v.index);
  return order;
}

// The clusters of `reports`, visited in order: each joins the first cluster (in order of
// creation) that it may join, else starts one. Blocks: happening key with an actor, a
// document or a week; linked reports always share one, so only a block's clusters are
// compared.
std::vector<std::vector<std::size_t>> clusters_of(const std::vector<Report>& reports) {
  // Only looked up, never walked, so their order does not matter; a value stays in place
  // when the map grows.
  std::unordered_map<BlockKey, std::vector<std::size_t>> blocks;
  blocks.reserve(reports.size());
  std::deque<Cluster> clusters;      // appended to only; a deque does not move them
  std::vector<std::size_t> seen_by;  // per cluster: 1 + the last report that took it as a candidate
  std::vector<std::size_t> candidates;
  std::vector<BlockKey> keys;
  std::vector<std::vector<std::size_t>*> report_blocks;
  for (std::size_t i = 0; i < reports.size(); ++i) {
    const Report& r = reports[i];
    block_keys(r, keys);
    report_blocks.clear();
    for (const auto& k : keys) report_blocks.push_back(&blocks[k]);
    // a cluster is in many of the report's blocks: each is taken once before sorting
    candidates.clear();
    for (const auto* block : report_blocks) {
      for (std::size_t c : *block)
        if (seen_by[c] != i + 1) {
          seen_by[c] = i + 1;
          candidates.push_back(c);
        }
    }
    std::sort(candidates.begin(), candidates.end());
    std::optional<std::size_t> joined;
    for (std::size_t c : candidates) {
      if (!joins(r, clusters[c], reports)) continue;
      joined = c;
      break;
    }
    if (!joined) {
      joined = clusters.size();
      clusters.emplace_back();
      seen_by.push_back(0);
    }
    clusters[*joined].add(i, r);
    for (auto* block : report_blocks)
      if (block->empty() || block->back() != *joined) block->push_back(*joined);
  }
  std::vector<std::vector<std::size_t>> members;
  members.reserve(clusters.size());
  for (auto& c : clusters) members.push_back(std::move(c.members));
  return members;
}

// One happening: copies of the cluster's reports folded into its first, participants
// under their merged ids, with mentions sorted and repeats dropped, sources counted, and
// the id of its first mention.
Event happening(const std::vector<const Event*>& events, const std::vector<std::size_t>& members,
                const Renaming& rename) {
  Event e = *events[members.front()];
  for (auto& p : e.participants) {
    const std::string_view actor = renamed(rename, p.actor);
    if (actor != p.actor) p.actor = std::string(actor);
  }
  for (std::size_t k = 1; k < members.size(); ++k) absorb(e, *events[members[k]], rename);
  std::sort(e.mentions.begin(), e.mentions.end(), mention_less);
  e.mentions.erase(std::unique(e.mentions.begin(), e.mentions.end(),
                               [](const EventMention& x, const EventMention& y) {
                                 return x.doc == y.doc && x.trigger == y.trigger;
                               }),
                   e.mentions.end());
  // sorted by document first, so each document's mentions are together
  e.sources = 0;
  for (std::size_t k = 0; k < e.mentions.size(); ++k)
    if (k == 0 || e.mentions[k].doc != e.mentions[k - 1].doc) ++e.sources;
  e.id = e.mentions.front().doc + "@" + std::to_string(e.mentions.front().trigger.begin);
  return e;
}

// The reports, in visiting order, split by happening key: reports of different keys
// always contradict each other, so each part is clustered on its own. Parts are listed
// biggest first, so that the threads clustering them finish close together.
std::vector<std::vector<std::size_t>> parts_by_key(const std::vector<const Event*>& events,
                                                   const std::vector<std::size_t>& order) {
  KeyNumbers numbers;
  std::vector<std::vector<std::size_t>> parts;
  for (std::size_t v = 0; v < order.size(); ++v) {
    const auto key = static_cast<std::size_t>(numbers(*events[order[v]]));
    if (key == parts.size()) parts.emplace_back();
    parts[key].push_back(v);
  }
  std::stable_sort(parts.begin(), parts.end(),
                   [](const auto& a, const auto& b) { return a.size() > b.size(); });
  return parts;
}

// The clusters of one part (places in visiting order), each as the places of its members.
std::vector<std::vector<std::size_t>> cluster_part(const std::vector<const Event*>& events,
                                                   const std::vector<std::size_t>& order,
                                                   const std::vector<std::size_t>& part,
                                                   const std::map<std::string, Day>& report_days,
                                                   const Renaming& rename) {
  Interners in;
  std::vector<Report> reports;
  reports.reserve(part.size());
  for (std::size_t v : part)
    reports.push_back(report_of(*events[order[v]], 0, in, report_days, rename));
  std::vector<std::vector<std::size_t>> clusters = clusters_of(reports);
  for (auto& members : clusters)
    for (auto& m : members) m = part[m];
  return clusters;
}

}  // namespace

std::string_view last_word(std::string_view name) {
  std::size_t sp = name.rfind(' ');
  return sp == std::string_view::npos ? name : name.substr(sp + 1);
}

ClusterPlan plan_clusters(const std::vector<const Event*>& events) {
  ClusterPlan plan;
  plan.order = visiting_order(events);
  plan.parts = parts_by_key(events, plan.order);
  return plan;
}

std::vector<Event> cluster_events(const std::vector<const Event*>& events, const ClusterPlan& plan,
                                  const std::map<std::string, Day>& report_days,
                                  const std::map<std::string, std::string>& rename, unsigned jobs) {
  const Renaming renaming(rename.begin(), rename.end());
  const auto& [order, parts] = plan;
  std::vector<std::vector<std::vector<std::size_t>>> part_clusters(parts.size());
  parallel_for(parts.size(), jobs, [&](std::size_t k) {
    part_clusters[k] = cluster_part(events, order, parts[k], report_days, renaming);
  });
  // Clusters in the order of their first member, as one clustering of all in visiting
  // order creates them.
  std::vector<std::vector<std::size_t>> clusters;
  for (auto& c : part_clusters) std::move(c.begin(), c.end(), std::back_inserter(clusters));
  part_clusters.clear();
  std::sort(clusters.begin(), clusters.end(),
            [](const auto& a, const auto& b) { return a.front() < b.front(); });
  std::vector<Event> out(clusters.size());
  parallel_for(clusters.size(), jobs, [&](std::size_t c) {
    for (auto& m : clusters[c]) m = order[m];  // from visiting order to a place in `events`
    out[c] = happening(events, clusters[c], renaming);
  });
  return out;
}

std::vector<Event> cluster_events(const std::vector<Event>& events,
                                  const std::map<std::string, Day>& report_days) {
  std::vector<const Event*> pointers;
  pointers.reserve(events.size());
  for (const auto& e : events) pointers.push_back(&e);
  return cluster_events(pointers, plan_clusters(pointers), report_days, {}, 1);
}

}  // namespace chronicle::detail

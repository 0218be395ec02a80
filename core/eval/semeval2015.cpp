// SemEval-2015 Task 4 timelines. Design of the score: the task turns each timeline into
// TLINKs (event SIMULTANEOUS its anchor, SIMULTANEOUS within a position, BEFORE across
// positions) and measures temporal awareness: the reduced graph of one side checked
// against the closure of the other. With only BEFORE and SIMULTANEOUS, the closure is
// the classes of SIMULTANEOUS (union-find) ordered by reachability over BEFORE edges, and
// the reduced graph is a chain through each class plus the transitive reduction of the
// class order, each class represented by its least member.
#include "chronicle/eval/semeval2015.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "util/text.h"

namespace chronicle::eval {
namespace {

constexpr std::string_view kUnknownAnchor = "XXXX-XX-XX";

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    std::size_t p = line.find('\t', start);
    out.emplace_back(line.substr(start, p == std::string_view::npos ? p : p - start));
    if (p == std::string_view::npos) return out;
    start = p + 1;
  }
}

// The closure of a timeline's relations.
class TimeGraph {
 public:
  explicit TimeGraph(const Timeline& t) {
    std::map<int, std::vector<std::string>> by_ordinal;
    for (const auto& e : t.entries)
      for (const auto& m : e.mentions) {
        add(m);
        by_ordinal[e.ordinal].push_back(m);
        if (e.anchor != kUnknownAnchor) join(m, "TIMEX3:" + e.anchor);
      }
    for (const auto& [ordinal, ms] : by_ordinal)
      for (const auto& m : ms) join(ms.front(), m);
    std::vector<std::string> previous;
    for (const auto& [ordinal, ms] : by_ordinal) {
      if (!previous.empty()) before_.emplace(root(previous.front()), root(ms.front()));
      previous = ms;
    }
    std::set<std::pair<std::string, std::string>> kept;
    for (const auto& [a, b] : before_)
      if (a != root(b) && root(a) != root(b)) kept.emplace(root(a), root(b));
    before_ = kept;
  }

  bool has(const std::string& n) const { return parent_.count(n) > 0; }
  bool simultaneous(const std::string& a, const std::string& b) const {
    return has(a) && has(b) && root(a) == root(b);
  }
  bool before(const std::string& a, const std::string& b) const {
    return has(a) && has(b) && reaches(root(a), root(b));
  }

  // The reduced graph: (a, b, is_before).
  std::vector<std::tuple<std::string, std::string, bool>> reduced() const {
    std::vector<std::tuple<std::string, std::string, bool>> out;
    std::map<std::string, std::vector<std::string>> classes;
    for (const auto& [n, p] : parent_) classes[root(n)].push_back(n);  // members sorted
    std::map<std::string, std::string> least;
    for (const auto& [r, members] : classes) {
      least[r] = members.front();
      for (std::size_t k = 1; k < members.size(); ++k)
        out.emplace_back(members[k - 1], members[k], false);
    }
    for (const auto& [a, b] : before_) {
      bool implied = false;
      for (const auto& [c, d] : before_) implied |= c == a && d != b && reaches(d, b);
      if (!implied) out.emplace_back(least[a], least[b], true);
    }
    return out;
  }

 private:
  void add(const std::string& n) { parent_.emplace(n, n); }
  std::string root(std::string n) const {
    while (parent_.at(n) != n) n = parent_.at(n);
    return n;
  }
  void join(const std::string& a, const std::string& b) {
    add(a);
    add(b);
    std::string ra = root(a), rb = root(b);
    if (ra != rb) parent_[std::max(ra, rb)] = std::min(ra, rb);
  }
  bool reaches(const std::string& from, const std::string& to) const {
    std::vector<std::string> stack{from};
    std::set<std::string> seen;
    while (!stack.empty()) {
      std::string n = stack.back();
      stack.pop_back();
      for (auto it = before_.lower_bound({n, ""}); it != before_.end() && it->first == n; ++it) {
        if (it->second == to) return true;
        if (seen.insert(it->second).second) stack.push_back(it->second);
      }
    }
    return false;
  }

  std::map<std::string, std::string> parent_;
  std::set<std::pair<std::string, std::string>> before_;  // between class roots
};

// Relations of `reduced_side` entailed by the closure of `closure_side`.
std::pair<double, double> entailed(const TimeGraph& reduced_side, const TimeGraph& closure_side) {
  double matched = 0, total = 0;
  for (const auto& [a, b, is_before] : reduced_side.reduced()) {
    ++total;
    if (is_before ? closure_side.before(a, b) : closure_side.simultaneous(a, b)) ++matched;
  }
  return {matched, total};
}

// The names a sentence may use for the target: the target itself, its last two words
// when it has more ("Beatles Apple Corps" -> "Apple Corps"), and the aliases of actors
// whose name contains it ("Steve Jobs" -> "Jobs").
std::vector<std::string> target_names(const EventGraph& g, const std::string& target_lc) {
  std::vector<std::string> names{target_lc};
  std::vector<std::size_t> spaces;
  for (std::size_t i = 0; i < target_lc.size(); ++i)
    if (target_lc[i] == ' ') spaces.push_back(i);
  if (spaces.size() >= 2) names.push_back(target_lc.substr(spaces[spaces.size() - 2] + 1));
  for (const Actor& a : g.actors) {
    if (detail::lower(a.name).find(target_lc) == std::string::npos) continue;
    for (const auto& alias : a.aliases) names.push_back(detail::lower(alias));
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

bool names_target(const Event& e, const EventGraph& g, const std::string& target_lc,
                  const std::vector<std::string>& names,
                  const std::map<std::string, const Document*>& docs) {
  for (const auto& p : e.participants) {
    const Actor* a = g.find_actor(p.actor);
    if (a && detail::lower(a->name).find(target_lc) != std::string::npos) return true;
  }
  for (const auto& m : e.mentions) {
    auto it = docs.find(m.doc);
    if (it == docs.end()) continue;
    std::string sentence =
        detail::lower(std::string_view(it->second->text).substr(m.span.begin, m.span.size()));
    for (const auto& n : names)
      if (sentence.find(n) != std::string::npos) return true;
  }
  return false;
}

// The task's anchors are days, months or years; coarser or odd values become the year.
std::string anchor_of(const EventTime& t) {
  std::string day = format_day(*t.begin);
  switch (t.granularity) {
    case Granularity::time_of_day:
    case Granularity::day:
      return day;
    case Granularity::week:
      return t.end && format_day(*t.end).substr(0, 7) == day.substr(0, 7) ? day.substr(0, 7)
                                                                          : day.substr(0, 4);
    case Granularity::month:
      return day.substr(0, 7);
    default:
      return day.substr(0, 4);
  }
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

std::string mention_name(const Document& d, Span trigger) {
  std::string_view text = d.text;
  std::size_t line =
      1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + trigger.begin, '\n'));
  std::size_t b = trigger.begin, e = trigger.begin;
  while (b > 0 && !is_space(text[b - 1])) --b;
  while (e < text.size() && !is_space(text[e])) ++e;
  return d.id + "-" + std::to_string(line) + "-" + std::string(text.substr(b, e - b));
}

}  // namespace

Awareness& Awareness::operator+=(const Awareness& o) {
  system_matched += o.system_matched;
  system_total += o.system_total;
  reference_matched += o.reference_matched;
  reference_total += o.reference_total;
  return *this;
}

Result<Timeline> parse_timeline(std::string_view name, std::string_view text) {
  Timeline t;
  std::istringstream in{std::string(text)};
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (number == 1) {
      t.target = line;
      continue;
    }
    if (line.empty()) continue;
    auto fields = split_tabs(line);
    bool numeric = !fields[0].empty() && detail::all_digits(fields[0]);
    if (fields.size() < 3 || !numeric)
      return Diagnostic{Severity::error, "semeval-timeline",
                        "expected ORDINAL<TAB>ANCHOR<TAB>MENTION...", std::string(name), number};
    t.entries.push_back({std::stoi(fields[0]), fields[1], {fields.begin() + 2, fields.end()}});
  }
  if (t.target.empty())
    return Diagnostic{Severity::error, "semeval-timeline",
                      "the first line must name the target entity", std::string(name), 1};
  return t;
}

std::string format_timeline(const Timeline& t) {
  std::string out = t.target + "\n";
  for (const auto& e : t.entries) {
    out += std::to_string(e.ordinal) + "\t" + e.anchor;
    for (const auto& m : e.mentions) out += "\t" + m;
    out += "\n";
  }
  return out;
}

Timeline build_timeline(const EventGraph& graph, const std::vector<Document>& documents,
                        const std::string& target) {
  std::map<std::string, const Document*> docs;
  for (const auto& d : documents) docs[d.id] = &d;
  std::string target_lc = detail::lower(target);
  std::vector<std::string> names = target_names(graph, target_lc);
  // (start day, anchor) -> entries
  std::map<std::pair<Day, std::string>, std::vector<TimelineEntry>> dated;
  for (const Event& e : graph.events) {
    if (!e.time.begin || !names_target(e, graph, target_lc, names, docs)) continue;
    TimelineEntry entry{0, anchor_of(e.time), {}};
    for (const auto& m : e.mentions) {
      auto it = docs.find(m.doc);
      if (it == docs.end()) continue;
      std::string name = mention_name(*it->second, m.trigger);
      if (std::find(entry.mentions.begin(), entry.mentions.end(), name) == entry.mentions.end())
        entry.mentions.push_back(std::move(name));
    }
    std::string anchor = entry.anchor;
    if (!entry.mentions.empty()) dated[{*e.time.begin, anchor}].push_back(std::move(entry));
  }
  Timeline t{target, {}};
  int ordinal = 0;
  for (auto& [when, entries] : dated) {
    ++ordinal;
    for (auto& entry : entries) {
      entry.ordinal = ordinal;
      t.entries.push_back(std::move(entry));
    }
  }
  return t;
}

Awareness temporal_awareness(const Timeline& reference, const Timeline& system) {
  TimeGraph ref(reference), sys(system);
  auto [sm, st] = entailed(sys, ref);
  auto [rm, rt] = entailed(ref, sys);
  return {sm, st, rm, rt};
}

}  // namespace chronicle::eval

// Synthetic event graphs for the render tests: a small hand-made story and a generator
// of many events among a dozen actors, both deterministic.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "chronicle/event_graph.h"

namespace chronicle::testing {

inline Day day(int y, unsigned m, unsigned d) {
  return Day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

inline Actor make_actor(std::string id, std::string name, ActorKind kind,
                        std::optional<std::string> affiliation = std::nullopt) {
  Actor a;
  a.id = std::move(id);
  a.name = std::move(name);
  a.kind = kind;
  a.affiliation = std::move(affiliation);
  return a;
}

/// An event on [begin, end] (end defaults to begin) with one mention per document.
inline Event make_event(std::string id, std::string trigger, EventClass cls,
                        std::vector<Participant> participants, std::optional<Day> begin,
                        std::optional<Day> end = std::nullopt,
                        Granularity granularity = Granularity::day,
                        std::vector<std::string> docs = {"doc1"}) {
  Event e;
  e.id = std::move(id);
  e.type = "consult";
  e.event_class = cls;
  e.trigger = std::move(trigger);
  e.participants = std::move(participants);
  e.time.begin = begin;
  e.time.end = end ? end : begin;
  e.time.granularity = begin ? granularity : Granularity::none;
  if (begin) e.time.value = format_day(*begin);
  for (const auto& doc : docs) {
    EventMention m;
    m.doc = doc;
    m.span = {0, 10};
    m.text = "A sentence in " + doc + " about " + e.trigger + ".";
    e.mentions.push_back(m);
  }
  e.sources = static_cast<int>(docs.size());
  return e;
}

/// Two leaders, a country, an organisation; points, a span, an undated event.
inline EventGraph small_story() {
  EventGraph g;
  g.documents = {
      {"doc1", day(2021, 8, 24), "Leaders talk", "https://example.com/a?x=1&y=2", "a.txt"},
      {"doc2", day(2021, 8, 25), "Talks again", "", "b.txt"}};
  g.actors = {make_actor("india", "India", ActorKind::country),
              make_actor("modi", "Narendra Modi", ActorKind::person, "india"),
              make_actor("putin", "Vladimir Putin", ActorKind::person, "russia"),
              make_actor("russia", "Russia", ActorKind::country),
              make_actor("un", "United Nations", ActorKind::organization)};
  const Participant modi{"modi", "agent"}, putin{"putin", "patient"};
  g.events = {
      make_event("e1", "phone call", EventClass::cooperation, {modi, putin}, day(2021, 8, 24),
                 std::nullopt, Granularity::day, {"doc1", "doc2"}),
      make_event("e2", "criticised", EventClass::conflict, {{"putin", "agent"}, {"un", "patient"}},
                 day(2021, 9, 3)),
      make_event("e3", "summit", EventClass::cooperation, {modi, putin, {"india", "participant"}},
                 day(2021, 9, 1), day(2021, 9, 30), Granularity::month),
      make_event("e4", "talks", EventClass::neutral, {{"un", "agent"}}, std::nullopt)};
  return g;
}

/// `n` events over about a year among twelve actors in three affiliations.
inline EventGraph synthetic_graph(std::size_t n, std::uint32_t seed = 7) {
  EventGraph g;
  g.documents.push_back({"doc1", day(2020, 1, 1), "Doc", "https://example.com/1", "doc1.txt"});
  for (int i = 0; i < 12; ++i) {
    const std::string id = "actor" + std::to_string(10 + i);
    const auto kind = static_cast<ActorKind>(i % 6);
    std::optional<std::string> aff;
    if (i >= 3) aff = "actor" + std::to_string(10 + i % 3);
    g.actors.push_back(make_actor(id, "Actor Number " + std::to_string(10 + i), kind, aff));
  }
  std::uint32_t state = seed;
  auto next = [&](std::uint32_t mod) {
    state = state * 1664525u + 1013904223u;
    return (state >> 8) % mod;
  };
  const std::string triggers[] = {"met",       "phone call",       "sanctions", "visit",
                                  "statement", "agreement signed", "protest"};
  for (std::size_t k = 0; k < n; ++k) {
    const std::string a = "actor" + std::to_string(10 + next(12));
    const std::string b = "actor" + std::to_string(10 + next(12));
    const Day begin = Day{std::chrono::sys_days{day(2020, 1, 1)} + std::chrono::days{next(360)}};
    const bool span = next(6) == 0;
    const auto end =
        span ? std::optional<Day>(Day{std::chrono::sys_days{begin} + std::chrono::days{6}})
             : std::nullopt;
    std::optional<Day> when = next(20) == 0 ? std::nullopt : std::optional<Day>(begin);
    g.events.push_back(make_event("ev" + std::to_string(1000 + k), triggers[next(7)],
                                  static_cast<EventClass>(next(3)), {{a, "agent"}, {b, "patient"}},
                                  when, when ? end : std::nullopt,
                                  span ? Granularity::week : Granularity::day));
  }
  return g;
}

/// The nodes of DOT written by the render module (one `"name" [k="v", ...];` per line):
/// name -> attribute -> value as written (DOT escapes kept). Edge lines are skipped.
inline std::map<std::string, std::map<std::string, std::string>> parse_dot_nodes(
    const std::string& dot) {
  std::map<std::string, std::map<std::string, std::string>> nodes;
  auto quoted = [&](std::size_t& i) {  // at the opening quote; leaves i after the closing one
    std::string out;
    for (++i; i < dot.size() && dot[i] != '"'; ++i) {
      if (dot[i] == '\\' && i + 1 < dot.size()) out += dot[i++];
      out += dot[i];
    }
    ++i;
    return out;
  };
  std::size_t line_start = 0;
  while (line_start < dot.size()) {
    std::size_t end = dot.find('\n', line_start);
    if (end == std::string::npos) end = dot.size();
    std::size_t i = line_start;
    line_start = end + 1;
    while (i < end && dot[i] == ' ') ++i;
    if (i >= end || dot[i] != '"') continue;
    std::string name = quoted(i);
    if (dot.compare(i, 2, " [") != 0) continue;  // an edge: "a" -- "b"
    auto& attrs = nodes[name];
    for (i += 2; i < end && dot[i] != ']';) {
      std::size_t eq = dot.find('=', i);
      std::string key = dot.substr(i, eq - i);
      i = eq + 1;
      attrs[key] = quoted(i);
      if (dot.compare(i, 2, ", ") == 0) i += 2;
    }
  }
  return nodes;
}

/// The x and y of a pos attribute "x,y!".
inline std::pair<double, double> pos_of(const std::string& pos) {
  const auto comma = pos.find(',');
  return {std::stod(pos.substr(0, comma)), std::stod(pos.substr(comma + 1))};
}

/// How many times `what` occurs in `text` (overlapping occurrences counted).
inline std::size_t occurrences(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace chronicle::testing

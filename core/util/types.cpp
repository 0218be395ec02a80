// Names and text forms of the public enums and small value types.
#include <array>
#include <charconv>
#include <cstdio>
#include <string_view>
#include <utility>

#include "chronicle/actor.h"
#include "chronicle/diagnostic.h"
#include "chronicle/document.h"
#include "chronicle/event.h"
#include "chronicle/event_graph.h"
#include "chronicle/timex.h"

namespace chronicle {
namespace {

template <class E, std::size_t N>
std::optional<E> lookup(const std::array<std::pair<E, const char*>, N>& table,
                        std::string_view text) {
  for (const auto& [value, name] : table)
    if (text == name) return value;
  return std::nullopt;
}

template <class E, std::size_t N>
const char* name_of(const std::array<std::pair<E, const char*>, N>& table, E value) {
  for (const auto& [v, name] : table)
    if (v == value) return name;
  return "?";
}

constexpr std::array<std::pair<ActorKind, const char*>, 6> kActorKinds{{
    {ActorKind::person, "person"},
    {ActorKind::country, "country"},
    {ActorKind::organization, "organization"},
    {ActorKind::group, "group"},
    {ActorKind::place, "place"},
    {ActorKind::other, "other"},
}};

constexpr std::array<std::pair<Factuality, const char*>, 5> kFactualities{{
    {Factuality::actual, "actual"},
    {Factuality::future, "future"},
    {Factuality::hypothetical, "hypothetical"},
    {Factuality::negated, "negated"},
    {Factuality::reported, "reported"},
}};

constexpr std::array<std::pair<EventClass, const char*>, 3> kClasses{{
    {EventClass::cooperation, "cooperation"},
    {EventClass::conflict, "conflict"},
    {EventClass::neutral, "neutral"},
}};

constexpr std::array<std::pair<TimexType, const char*>, 4> kTimexTypes{{
    {TimexType::date, "DATE"},
    {TimexType::time, "TIME"},
    {TimexType::duration, "DURATION"},
    {TimexType::set, "SET"},
}};

constexpr std::array<std::pair<Granularity, const char*>, 10> kGranularities{{
    {Granularity::none, "none"},
    {Granularity::time_of_day, "time"},
    {Granularity::day, "day"},
    {Granularity::week, "week"},
    {Granularity::month, "month"},
    {Granularity::quarter, "quarter"},
    {Granularity::season, "season"},
    {Granularity::year, "year"},
    {Granularity::decade, "decade"},
    {Granularity::century, "century"},
}};

}  // namespace

const char* to_string(ActorKind kind) { return name_of(kActorKinds, kind); }
std::optional<ActorKind> parse_actor_kind(std::string_view text) {
  return lookup(kActorKinds, text);
}
const char* to_string(Factuality f) { return name_of(kFactualities, f); }
std::optional<Factuality> parse_factuality(std::string_view text) {
  return lookup(kFactualities, text);
}
const char* to_string(EventClass c) { return name_of(kClasses, c); }
std::optional<EventClass> parse_event_class(std::string_view text) {
  return lookup(kClasses, text);
}
const char* to_string(TimexType t) { return name_of(kTimexTypes, t); }
const char* to_string(Granularity g) { return name_of(kGranularities, g); }

int fineness(Granularity g) {
  switch (g) {
    case Granularity::time_of_day:
      return 9;
    case Granularity::day:
      return 8;
    case Granularity::week:
      return 7;
    case Granularity::month:
      return 6;
    case Granularity::quarter:
      return 5;
    case Granularity::season:
      return 4;
    case Granularity::year:
      return 3;
    case Granularity::decade:
      return 2;
    case Granularity::century:
      return 1;
    case Granularity::none:
      return 0;
  }
  return 0;
}

std::string format_day(Day day) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(day.year()),
                static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
  return buf;
}

std::optional<Day> parse_day(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int y = 0;
  unsigned m = 0, d = 0;
  auto num = [&](std::size_t pos, std::size_t len, auto& out) {
    auto [p, ec] = std::from_chars(text.data() + pos, text.data() + pos + len, out);
    return ec == std::errc() && p == text.data() + pos + len;
  };
  if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, d)) return std::nullopt;
  Day day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!day.ok()) return std::nullopt;
  return day;
}

std::string Diagnostic::to_string() const {
  std::string out;
  if (!file.empty()) {
    out += file;
    if (line > 0) {
      out += ":" + std::to_string(line);
      if (column > 0) out += ":" + std::to_string(column);
    } else if (offset >= 0) {
      out += ": byte " + std::to_string(offset);
    }
    out += ": ";
  }
  out += severity == Severity::error ? "error: " : "warning: ";
  out += message;
  if (!code.empty()) out += " [" + code + "]";
  return out;
}

const Actor* EventGraph::find_actor(const std::string& id) const {
  for (const auto& a : actors)
    if (a.id == id) return &a;
  return nullptr;
}

}  // namespace chronicle

// The merge's clustering (summaries, blocks, parts by key) against the policy of
// docs/EVENTS.md written the slow way (reference_clustering.h), on 10,000 small random
// stories drawn from a fixed seed: both must make the same happenings of the same reports.
#include <catch2/catch.hpp>
#include <chrono>
#include <random>
#include <sstream>

#include "chronicle/event_graph.h"
#include "reference_clustering.h"

using namespace chronicle;

namespace {

// The dimensions the policy looks at, each drawn from a small pool so that reports meet.
struct Kind {
  const char* type;
  const char* lemma;
  EventClass event_class;
};
// consult and assault as themselves; death|die and assault|murder read as assault|kill
// (same_happening.tsv); statements, told apart by their speakers
const Kind kKinds[] = {
    {"consult", "talk", EventClass::cooperation},  {"consult", "talk", EventClass::cooperation},
    {"assault", "kill", EventClass::conflict},     {"assault", "kill", EventClass::conflict},
    {"death", "die", EventClass::neutral},         {"assault", "murder", EventClass::conflict},
    {"make_statement", "say", EventClass::neutral}};

struct PoolActor {
  const char* id;
  const char* name;
  ActorKind kind;
};
// "Modi" is folded into "Narendra Modi" when a merge has both: reports are compared
// under the merged ids
const PoolActor kActors[] = {{"narendra-modi", "Narendra Modi", ActorKind::person},
                             {"modi", "Modi", ActorKind::person},
                             {"vladimir-putin", "Vladimir Putin", ActorKind::person},
                             {"angela-merkel", "Angela Merkel", ActorKind::person},
                             {"russia", "Russia", ActorKind::country},
                             {"ukraine", "Ukraine", ActorKind::country}};
const PoolActor kPlace = {"delhi", "Delhi", ActorKind::place};

const char* const kRoles[] = {"agent", "patient", "participant"};
const Factuality kFactualities[] = {
    Factuality::actual,   Factuality::actual, Factuality::actual,      Factuality::negated,
    Factuality::reported, Factuality::future, Factuality::hypothetical};

// A fixed generator: std::mt19937's numbers are the standard's, and taking them modulo
// keeps the cases the same with any standard library.
class Draw {
 public:
  explicit Draw(unsigned seed) : random_(seed) {}
  std::size_t below(std::size_t n) { return random_() % n; }
  bool one_in(std::size_t n) { return below(n) == 0; }
  template <typename T, std::size_t N>
  const T& from(const T (&pool)[N]) {
    return pool[below(N)];
  }

 private:
  std::mt19937 random_;
};

// A day `offset` days after 2021-08-20.
Day day(long offset) {
  return Day{std::chrono::sys_days(Day{std::chrono::year{2021} / 8 / 20}) +
             std::chrono::days(offset)};
}

// Undated, a day, a week from any weekday, or the month.
EventTime event_time(Draw& draw) {
  EventTime t;
  switch (draw.below(6)) {
    case 0:
      return t;
    case 1: {
      t.granularity = Granularity::week;
      const auto first = static_cast<long>(draw.below(7));
      t.begin = day(first);
      t.end = day(first + 6);
      break;
    }
    case 2:
      t.granularity = Granularity::month;
      t.begin = Day{std::chrono::year{2021} / 8 / 1};
      t.end = Day{std::chrono::year{2021} / 8 / 31};
      break;
    default:
      t.granularity = Granularity::day;
      t.begin = t.end = day(static_cast<long>(draw.below(8)));
  }
  t.value = "2021-08";
  return t;
}

void add_participants(Event& e, Draw& draw) {
  const bool statement = e.type == "make_statement";
  const std::size_t count = draw.below(statement ? 3 : 4);
  for (std::size_t k = 0; k < count; ++k) {
    const char* id = draw.from(kActors).id;
    // a statement's first actor is its speaker, so that it is attributed or names no one
    const char* role = statement && k == 0 ? "agent" : draw.from(kRoles);
    if (std::none_of(e.participants.begin(), e.participants.end(),
                     [&](const Participant& p) { return p.actor == id; }))
      e.participants.push_back({id, role});
  }
  if (draw.one_in(4)) e.participants.push_back({kPlace.id, "location"});
}

Event report(const std::string& doc, std::size_t place, Draw& draw) {
  const Kind& kind = draw.from(kKinds);
  Event e;
  e.type = kind.type;
  e.lemma = kind.lemma;
  e.event_class = kind.event_class;
  e.trigger = kind.lemma;
  add_participants(e, draw);
  e.time = event_time(draw);
  e.factuality = draw.from(kFactualities);
  const std::size_t start = 100 * place;
  e.mentions.push_back({doc, {start, start + 60}, {start + 10, start + 14}, "A sentence."});
  e.id = doc + "@" + std::to_string(start + 10);
  e.sources = 1;
  return e;
}

Actor actor_of(const PoolActor& a) {
  Actor out;
  out.id = a.id;
  out.name = a.name;
  out.kind = a.kind;
  out.aliases = {a.name};
  out.mentions = 1;
  return out;
}

// One document's result: its reports and the actors they name.
EventGraph document(const std::string& id, Draw& draw) {
  EventGraph g;
  std::optional<Day> dct;
  if (!draw.one_in(5)) dct = day(static_cast<long>(draw.below(9)));
  g.documents.push_back({id, dct, "", "", id + ".txt"});
  const std::size_t count = 1 + draw.below(4);
  for (std::size_t k = 0; k < count; ++k) g.events.push_back(report(id, k, draw));
  for (const PoolActor& a : kActors)
    for (const auto& e : g.events)
      if (std::any_of(e.participants.begin(), e.participants.end(),
                      [&](const Participant& p) { return p.actor == a.id; })) {
        g.actors.push_back(actor_of(a));
        break;
      }
  g.actors.push_back(actor_of(kPlace));
  return g;
}

std::vector<EventGraph> story(Draw& draw) {
  std::vector<EventGraph> parts;
  const std::size_t docs = 2 + draw.below(3);
  for (std::size_t k = 0; k < docs; ++k) parts.push_back(document("d" + std::to_string(k), draw));
  return parts;
}

std::vector<std::vector<std::pair<std::string, std::size_t>>> merged_clusters(const EventGraph& g) {
  std::vector<std::vector<std::pair<std::string, std::size_t>>> out;
  for (const auto& e : g.events) {
    out.emplace_back();
    for (const auto& m : e.mentions) out.back().emplace_back(m.doc, m.trigger.begin);
  }
  return out;
}

// The story as text, to read when the two disagree.
std::string described(const std::vector<EventGraph>& parts) {
  std::ostringstream out;
  for (const auto& p : parts) {
    const auto& d = p.documents.front();
    out << d.id << " written " << (d.dct ? format_day(*d.dct) : "-") << "\n";
    for (const auto& e : p.events) {
      out << "  " << e.mentions.front().trigger.begin << " " << e.type << "|" << e.lemma << " "
          << to_string(e.factuality) << " ["
          << (e.time.begin ? format_day(*e.time.begin) + ".." + format_day(*e.time.end) : "-")
          << " " << to_string(e.time.granularity) << "]";
      for (const auto& q : e.participants) out << " " << q.actor << ":" << q.role;
      out << "\n";
    }
  }
  return out.str();
}

std::string described(const std::vector<std::vector<std::pair<std::string, std::size_t>>>& cs) {
  std::ostringstream out;
  for (const auto& c : cs) {
    out << "{";
    for (const auto& [doc, at] : c) out << " " << doc << "@" << at;
    out << " }";
  }
  return out.str();
}

}  // namespace

TEST_CASE("merge: the clustering makes the happenings the policy of EVENTS.md makes", "[merge]") {
  constexpr unsigned kStories = 10000;
  std::size_t reports = 0, joined = 0;
  for (unsigned seed = 1; seed <= kStories; ++seed) {
    Draw draw(seed);
    const std::vector<EventGraph> parts = story(draw);
    const auto expected = testing::reference_clusters(parts);
    const auto got = merged_clusters(merge(parts));
    INFO("story " << seed << ":\n" << described(parts));
    INFO("policy: " << described(expected));
    INFO("merge:  " << described(got));
    REQUIRE(got == expected);
    std::size_t here = 0;
    for (const auto& p : parts) here += p.events.size();
    reports += here;
    joined += here - expected.size();
  }
  // the stories must exercise joining as well as keeping apart
  CHECK(joined > reports / 10);
  CHECK(joined < reports / 2);
}

// The JSON contract (docs/JSON.md): writing with keys in a fixed order, and reading back
// with errors that name the file, the line and column, or the JSON path.
#include "chronicle/json.h"

#include <nlohmann/json.hpp>

#include "util/text_position.h"

namespace chronicle {
namespace {

using ordered = nlohmann::ordered_json;

ordered day_or_null(const std::optional<Day>& d) { return d ? ordered(format_day(*d)) : ordered(nullptr); }

ordered to_ordered(const DocumentInfo& d) {
  ordered j;
  j["id"] = d.id;
  j["dct"] = day_or_null(d.dct);
  j["source"] = d.source;
  j["title"] = d.title;
  j["url"] = d.url;
  return j;
}

ordered to_ordered(const Actor& a) {
  ordered j;
  j["id"] = a.id;
  j["name"] = a.name;
  j["kind"] = to_string(a.kind);
  j["aliases"] = a.aliases;
  j["affiliation"] = a.affiliation ? ordered(*a.affiliation) : ordered(nullptr);
  j["roles"] = a.roles;
  j["mentions"] = a.mentions;
  return j;
}

ordered to_ordered(const Event& e) {
  ordered j;
  j["id"] = e.id;
  j["type"] = e.type;
  j["class"] = to_string(e.event_class);
  j["trigger"] = e.trigger;
  j["lemma"] = e.lemma;
  j["participants"] = ordered::array();
  for (const auto& p : e.participants) j["participants"].push_back({{"actor", p.actor}, {"role", p.role}});
  ordered t;
  t["value"] = e.time.value ? ordered(*e.time.value) : ordered(nullptr);
  t["begin"] = day_or_null(e.time.begin);
  t["end"] = day_or_null(e.time.end);
  t["text"] = e.time.text;
  t["granularity"] = to_string(e.time.granularity);
  j["time"] = t;
  j["factuality"] = to_string(e.factuality);
  j["sources"] = e.sources;
  j["mentions"] = ordered::array();
  for (const auto& m : e.mentions) {
    ordered mj;
    mj["doc"] = m.doc;
    mj["start"] = m.span.begin;
    mj["end"] = m.span.end;
    mj["trigger_start"] = m.trigger.begin;
    mj["trigger_end"] = m.trigger.end;
    mj["text"] = m.text;
    j["mentions"].push_back(mj);
  }
  return j;
}

// Reading: every accessor records the JSON path so errors can name it.
struct Reader {
  std::string file;
  std::vector<Diagnostic> errors;

  void fail(const std::string& path, const std::string& what) {
    Diagnostic d;
    d.code = "json-contract";
    d.file = file;
    d.message = path + ": " + what;
    errors.push_back(d);
  }
  std::string str(const nlohmann::json& j, const char* key, const std::string& path, bool required = true) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) {
      if (required) fail(path + "." + key, "missing");
      return {};
    }
    if (!it->is_string()) {
      fail(path + "." + key, "expected a string");
      return {};
    }
    return it->get<std::string>();
  }
  std::optional<Day> day(const nlohmann::json& j, const char* key, const std::string& path) {
    std::string s = str(j, key, path, false);
    if (s.empty()) return std::nullopt;
    auto d = parse_day(s);
    if (!d) fail(path + "." + key, "expected YYYY-MM-DD, got '" + s + "'");
    return d;
  }
  const nlohmann::json& array(const nlohmann::json& j, const char* key, const std::string& path) {
    static const nlohmann::json empty = nlohmann::json::array();
    auto it = j.find(key);
    if (it == j.end()) return empty;
    if (!it->is_array()) {
      fail(path + "." + key, "expected an array");
      return empty;
    }
    return *it;
  }
  std::size_t offset(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_number_unsigned() ? it->get<std::size_t>() : 0;
  }
};

Event read_event(Reader& r, const nlohmann::json& j, const std::string& path) {
  Event e;
  e.id = r.str(j, "id", path);
  e.type = r.str(j, "type", path);
  e.event_class = parse_event_class(r.str(j, "class", path, false)).value_or(EventClass::neutral);
  e.trigger = r.str(j, "trigger", path, false);
  e.lemma = r.str(j, "lemma", path, false);
  const auto& ps = r.array(j, "participants", path);
  for (std::size_t i = 0; i < ps.size(); ++i) {
    std::string pp = path + ".participants[" + std::to_string(i) + "]";
    e.participants.push_back({r.str(ps[i], "actor", pp), r.str(ps[i], "role", pp, false)});
  }
  if (auto t = j.find("time"); t != j.end() && t->is_object()) {
    std::string v = r.str(*t, "value", path + ".time", false);
    if (!v.empty()) e.time.value = v;
    e.time.begin = r.day(*t, "begin", path + ".time");
    e.time.end = r.day(*t, "end", path + ".time");
    e.time.text = r.str(*t, "text", path + ".time", false);
    std::string g = r.str(*t, "granularity", path + ".time", false);
    for (auto gr : {Granularity::time_of_day, Granularity::day, Granularity::week, Granularity::month,
                    Granularity::quarter, Granularity::season, Granularity::year, Granularity::decade,
                    Granularity::century})
      if (g == to_string(gr)) e.time.granularity = gr;
  }
  e.factuality = parse_factuality(r.str(j, "factuality", path, false)).value_or(Factuality::actual);
  const auto& ms = r.array(j, "mentions", path);
  for (std::size_t i = 0; i < ms.size(); ++i) {
    std::string mp = path + ".mentions[" + std::to_string(i) + "]";
    EventMention m;
    m.doc = r.str(ms[i], "doc", mp);
    m.span = {r.offset(ms[i], "start"), r.offset(ms[i], "end")};
    m.trigger = {r.offset(ms[i], "trigger_start"), r.offset(ms[i], "trigger_end")};
    m.text = r.str(ms[i], "text", mp, false);
    e.mentions.push_back(m);
  }
  if (auto s = j.find("sources"); s != j.end() && s->is_number_integer()) e.sources = s->get<int>();
  if (e.mentions.empty()) r.fail(path + ".mentions", "an event needs at least one mention");
  return e;
}

}  // namespace

std::string to_json(const EventGraph& graph, int indent) {
  ordered j;
  j["documents"] = ordered::array();
  for (const auto& d : graph.documents) j["documents"].push_back(to_ordered(d));
  j["actors"] = ordered::array();
  for (const auto& a : graph.actors) j["actors"].push_back(to_ordered(a));
  j["events"] = ordered::array();
  for (const auto& e : graph.events) j["events"].push_back(to_ordered(e));
  return j.dump(indent < 0 ? -1 : indent) + "\n";
}

Result<EventGraph> from_json(std::string_view text, const std::string& file) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    Diagnostic d;
    d.code = "json-syntax";
    d.file = file;
    auto pos = detail::line_column(text, e.byte > 0 ? e.byte - 1 : 0);
    d.line = pos.first;
    d.column = pos.second;
    std::string msg = e.what();
    d.message = "malformed JSON: " + msg.substr(msg.find(':') + 2);
    return d;
  }
  Reader r{file, {}};
  if (!j.is_object()) {
    r.fail("$", "expected an object with documents, actors and events");
    return Result<EventGraph>(r.errors);
  }
  EventGraph g;
  const auto& docs = r.array(j, "documents", "$");
  for (std::size_t i = 0; i < docs.size(); ++i) {
    std::string p = "$.documents[" + std::to_string(i) + "]";
    g.documents.push_back({r.str(docs[i], "id", p), r.day(docs[i], "dct", p), r.str(docs[i], "title", p, false),
                           r.str(docs[i], "url", p, false), r.str(docs[i], "source", p, false)});
  }
  const auto& actors = r.array(j, "actors", "$");
  for (std::size_t i = 0; i < actors.size(); ++i) {
    std::string p = "$.actors[" + std::to_string(i) + "]";
    Actor a;
    a.id = r.str(actors[i], "id", p);
    a.name = r.str(actors[i], "name", p);
    a.kind = parse_actor_kind(r.str(actors[i], "kind", p, false)).value_or(ActorKind::other);
    for (const auto& al : r.array(actors[i], "aliases", p))
      if (al.is_string()) a.aliases.push_back(al.get<std::string>());
    std::string aff = r.str(actors[i], "affiliation", p, false);
    if (!aff.empty()) a.affiliation = aff;
    for (const auto& ro : r.array(actors[i], "roles", p))
      if (ro.is_string()) a.roles.push_back(ro.get<std::string>());
    if (auto m = actors[i].find("mentions"); m != actors[i].end() && m->is_number_integer()) a.mentions = m->get<int>();
    g.actors.push_back(std::move(a));
  }
  const auto& events = r.array(j, "events", "$");
  if (!j.contains("events")) r.fail("$.events", "missing");
  for (std::size_t i = 0; i < events.size(); ++i)
    g.events.push_back(read_event(r, events[i], "$.events[" + std::to_string(i) + "]"));
  if (!r.errors.empty()) return Result<EventGraph>(r.errors);
  return g;
}

}  // namespace chronicle

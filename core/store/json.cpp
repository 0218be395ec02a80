// The JSON contract (docs/JSON.md): writing with keys in a fixed order, and reading back
// with errors that name the file, the line and column, or the JSON path.
#include "chronicle/json.h"

#include <nlohmann/json.hpp>

#include "store/json_text.h"
#include "store/report_hosts.h"
#include "util/text_position.h"

namespace chronicle {
namespace {

// A single result inside a merged one is written against the merged graph, so only what
// differs from it is written (see json_text.cpp); reading fills in the rest from it.
using Hosts = detail::ReportHosts;

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

EventTime read_time(Reader& r, const nlohmann::json& t, const std::string& path) {
  EventTime time;
  std::string v = r.str(t, "value", path, false);
  if (!v.empty()) time.value = v;
  time.begin = r.day(t, "begin", path);
  time.end = r.day(t, "end", path);
  time.text = r.str(t, "text", path, false);
  std::string g = r.str(t, "granularity", path, false);
  for (auto gr : {Granularity::time_of_day, Granularity::day, Granularity::week, Granularity::month,
                  Granularity::quarter, Granularity::season, Granularity::year, Granularity::decade,
                  Granularity::century})
    if (g == to_string(gr)) time.granularity = gr;
  return time;
}

// `hosts` given (a report of a merged graph): a mention without "text" takes the text of
// the merged graph's mention with the same offsets.
std::vector<EventMention> read_mentions(Reader& r, const nlohmann::json& j, const std::string& path,
                                        const Hosts* hosts) {
  std::vector<EventMention> mentions;
  const auto& ms = r.array(j, "mentions", path);
  for (std::size_t i = 0; i < ms.size(); ++i) {
    std::string mp = path + ".mentions[" + std::to_string(i) + "]";
    EventMention m;
    m.doc = r.str(ms[i], "doc", mp);
    m.span = {r.offset(ms[i], "start"), r.offset(ms[i], "end")};
    m.trigger = {r.offset(ms[i], "trigger_start"), r.offset(ms[i], "trigger_end")};
    m.text = r.str(ms[i], "text", mp, false);
    if (hosts && !ms[i].contains("text")) {
      auto it = hosts->mentions.find({m.doc, m.span, m.trigger});
      if (it == hosts->mentions.end())
        r.fail(mp + ".text", "missing, and no event of $.events has this mention");
      else
        m.text = it->second.second;
    }
    mentions.push_back(std::move(m));
  }
  return mentions;
}

// Everything of `host` but its mentions.
void copy_fields(Event& e, const Event& host) {
  e.id = host.id;
  e.type = host.type;
  e.event_class = host.event_class;
  e.trigger = host.trigger;
  e.lemma = host.lemma;
  e.participants = host.participants;
  e.time = host.time;
  e.factuality = host.factuality;
  e.sources = host.sources;
}

// `hosts` given (a report of a merged graph): a field left out is the one of the merged
// event holding the first mention (see event() in json_text.cpp).
Event read_event(Reader& r, const nlohmann::json& j, const std::string& path, const Hosts* hosts = nullptr) {
  Event e;
  e.mentions = read_mentions(r, j, path, hosts);
  const Event* host = hosts && !e.mentions.empty() ? hosts->event_of(e.mentions.front()) : nullptr;
  if (host) copy_fields(e, *host);
  auto has = [&](const char* key) { return !host || j.contains(key); };
  if (has("id")) e.id = r.str(j, "id", path);
  if (has("type")) e.type = r.str(j, "type", path);
  if (has("class"))
    e.event_class = parse_event_class(r.str(j, "class", path, false)).value_or(EventClass::neutral);
  if (has("trigger")) e.trigger = r.str(j, "trigger", path, false);
  if (has("lemma")) e.lemma = r.str(j, "lemma", path, false);
  if (has("participants")) {
    e.participants.clear();
    const auto& ps = r.array(j, "participants", path);
    for (std::size_t i = 0; i < ps.size(); ++i) {
      std::string pp = path + ".participants[" + std::to_string(i) + "]";
      e.participants.push_back({r.str(ps[i], "actor", pp), r.str(ps[i], "role", pp, false)});
    }
  }
  if (has("time")) {
    auto t = j.find("time");
    e.time = t != j.end() && t->is_object() ? read_time(r, *t, path + ".time") : EventTime{};
  }
  if (has("factuality"))
    e.factuality = parse_factuality(r.str(j, "factuality", path, false)).value_or(Factuality::actual);
  if (has("sources")) {
    auto s = j.find("sources");
    e.sources = s != j.end() && s->is_number_integer() ? s->get<int>() : 0;
  }
  if (e.mentions.empty()) r.fail(path + ".mentions", "an event needs at least one mention");
  return e;
}

DocumentInfo read_document(Reader& r, const nlohmann::json& j, const std::string& p) {
  return {r.str(j, "id", p), r.day(j, "dct", p), r.str(j, "title", p, false), r.str(j, "url", p, false),
          r.str(j, "source", p, false)};
}

// `hosts` given (a report of a merged graph): a field left out is the one of the merged
// actor with the same id.
Actor read_actor(Reader& r, const nlohmann::json& j, const std::string& p, const Hosts* hosts = nullptr) {
  const std::string id = r.str(j, "id", p);
  const Actor* host = hosts ? hosts->actor(id) : nullptr;
  Actor a = host ? *host : Actor{};
  a.id = id;
  auto has = [&](const char* key) { return !host || j.contains(key); };
  if (has("name")) a.name = r.str(j, "name", p);
  if (has("kind")) a.kind = parse_actor_kind(r.str(j, "kind", p, false)).value_or(ActorKind::other);
  if (has("aliases")) {
    a.aliases.clear();
    for (const auto& al : r.array(j, "aliases", p))
      if (al.is_string()) a.aliases.push_back(al.get<std::string>());
  }
  if (has("affiliation")) {
    std::string aff = r.str(j, "affiliation", p, false);
    a.affiliation = aff.empty() ? std::nullopt : std::optional<std::string>(aff);
  }
  if (has("roles")) {
    a.roles.clear();
    for (const auto& ro : r.array(j, "roles", p))
      if (ro.is_string()) a.roles.push_back(ro.get<std::string>());
  }
  if (has("mentions")) {
    auto m = j.find("mentions");
    a.mentions = m != j.end() && m->is_number_integer() ? m->get<int>() : 0;
  }
  return a;
}

// A report's document: an id of $.documents, or the whole object when it differs.
DocumentInfo read_report_document(Reader& r, const nlohmann::json& j, const std::string& p, const Hosts& hosts) {
  if (!j.is_string()) return read_document(r, j, p);
  auto it = hosts.documents.find(j.get<std::string>());
  if (it != hosts.documents.end()) return *it->second;
  r.fail(p, "names no document of $.documents");
  return {};
}

// The single results of a merged graph (see report() in json_text.cpp); `g` holds the rest.
void read_reports(Reader& r, const nlohmann::json& j, EventGraph& g) {
  const auto& reports = r.array(j, "reports", "$");
  if (reports.empty()) return;
  const Hosts hosts(g);
  for (std::size_t i = 0; i < reports.size(); ++i) {
    const std::string p = "$.reports[" + std::to_string(i) + "]";
    EventGraph one;
    const auto& ds = r.array(reports[i], "documents", p);
    for (std::size_t k = 0; k < ds.size(); ++k)
      one.documents.push_back(read_report_document(r, ds[k], p + ".documents[" + std::to_string(k) + "]", hosts));
    const auto& as = r.array(reports[i], "actors", p);
    for (std::size_t k = 0; k < as.size(); ++k)
      one.actors.push_back(read_actor(r, as[k], p + ".actors[" + std::to_string(k) + "]", &hosts));
    const auto& es = r.array(reports[i], "events", p);
    for (std::size_t k = 0; k < es.size(); ++k)
      one.events.push_back(read_event(r, es[k], p + ".events[" + std::to_string(k) + "]", &hosts));
    g.reports.push_back(std::move(one));
  }
}

}  // namespace

std::string to_json(const EventGraph& graph, int indent) {
  std::string out;
  detail::json_text(graph, indent, out);
  return out;
}

void write_json(std::ostream& out, const EventGraph& graph, int indent, unsigned jobs) {
  detail::write_json_text(graph, indent, out, jobs);
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
  for (std::size_t i = 0; i < docs.size(); ++i)
    g.documents.push_back(read_document(r, docs[i], "$.documents[" + std::to_string(i) + "]"));
  const auto& actors = r.array(j, "actors", "$");
  for (std::size_t i = 0; i < actors.size(); ++i)
    g.actors.push_back(read_actor(r, actors[i], "$.actors[" + std::to_string(i) + "]"));
  const auto& events = r.array(j, "events", "$");
  if (!j.contains("events")) r.fail("$.events", "missing");
  for (std::size_t i = 0; i < events.size(); ++i)
    g.events.push_back(read_event(r, events[i], "$.events[" + std::to_string(i) + "]"));
  read_reports(r, j, g);
  if (!r.errors.empty()) return Result<EventGraph>(r.errors);
  return g;
}

}  // namespace chronicle

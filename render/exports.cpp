// Exports of an EventGraph for other tools: GraphML (Gephi, NetworkX, yEd), CSV with
// GDELT-like columns (spreadsheets, pandas) and TimelineJS JSON. Each is deterministic:
// items in graph order, fixed number formats, no time stamps.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <unordered_map>

#include "chronicle/graph.h"
#include "chronicle/render.h"
#include "dot_writer.h"
#include "escape.h"
#include "event_text.h"

namespace chronicle {
namespace {

// ---- GraphML -------------------------------------------------------------------------

// XML 1.0 forbids most control characters even when escaped, so they are dropped.
std::string xml_text(std::string_view text) {
  std::string clean;
  for (char c : detail::valid_utf8(text)) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
    clean += c;
  }
  return detail::html_escape(clean);
}

struct Key {
  const char* id;
  const char* domain;  // node or edge
  const char* type;    // string, int, double
};

constexpr Key kKeys[] = {
    {"kind", "node", "string"},       {"label", "node", "string"},
    {"actor_kind", "node", "string"}, {"affiliation", "node", "string"},
    {"events", "node", "int"},        {"centrality", "node", "double"},
    {"component", "node", "int"},     {"date", "node", "string"},
    {"date_end", "node", "string"},   {"type", "node", "string"},
    {"class", "node", "string"},      {"sources", "node", "int"},
    {"factuality", "node", "string"}, {"url", "node", "string"},
    {"edge_kind", "edge", "string"},  {"role", "edge", "string"},
    {"weight", "edge", "int"},        {"cooperation", "edge", "int"},
    {"conflict", "edge", "int"}};

std::string data(const char* key, std::string_view value) {
  return "<data key=\"" + std::string(key) + "\">" + xml_text(value) + "</data>";
}

std::string graphml_actor(const Actor& a, int events, double centrality, std::size_t component) {
  std::string out = "    <node id=\"a:" + xml_text(a.id) + "\">" + data("kind", "actor") +
                    data("label", a.name) + data("actor_kind", to_string(a.kind));
  if (a.affiliation) out += data("affiliation", *a.affiliation);
  return out + data("events", std::to_string(events)) +
         data("centrality", detail::fixed(centrality, 4)) +
         data("component", std::to_string(component)) + "</node>\n";
}

std::string graphml_event(const Event& e, const detail::GraphIndex& index) {
  std::string out = "    <node id=\"e:" + xml_text(e.id) + "\">" + data("kind", "event") +
                    data("label", detail::event_label(e, index));
  if (e.time.begin) out += data("date", format_day(*e.time.begin));
  if (e.time.end) out += data("date_end", format_day(*e.time.end));
  return out + data("type", e.type) + data("class", to_string(e.event_class)) +
         data("sources", std::to_string(e.sources)) +
         data("factuality", to_string(e.factuality)) + "</node>\n";
}

std::string graphml_document(const DocumentInfo& d) {
  std::string out = "    <node id=\"d:" + xml_text(d.id) + "\">" + data("kind", "document") +
                    data("label", d.title.empty() ? d.id : d.title);
  if (d.dct) out += data("date", format_day(*d.dct));
  if (!d.url.empty()) out += data("url", d.url);
  return out + "</node>\n";
}

std::string graphml_edge(std::size_t& n, const std::string& source, const std::string& target,
                         const std::string& body) {
  return "    <edge id=\"x" + std::to_string(n++) + "\" source=\"" + xml_text(source) +
         "\" target=\"" + xml_text(target) + "\">" + body + "</edge>\n";
}

std::string graphml_edges(const EventGraph& graph, const GraphModel& model) {
  std::set<std::string> actors, documents;
  for (const auto& a : graph.actors) actors.insert(a.id);
  for (const auto& d : graph.documents) documents.insert(d.id);
  std::string out;
  std::size_t n = 0;
  for (const Event& e : graph.events) {
    std::set<std::string> seen;
    for (const auto& p : e.participants) {
      if (!actors.count(p.actor) || !seen.insert(p.actor).second) continue;
      out += graphml_edge(n, "a:" + p.actor, "e:" + e.id,
                          data("edge_kind", "participates") + data("role", p.role));
    }
    std::set<std::string> docs;
    for (const auto& m : e.mentions)
      if (documents.count(m.doc)) docs.insert(m.doc);
    for (const auto& d : docs) out += graphml_edge(n, "e:" + e.id, "d:" + d, data("edge_kind", "mentions"));
  }
  for (const auto& [from, to] : model.before_edges())
    out += graphml_edge(n, "e:" + graph.events[from].id, "e:" + graph.events[to].id,
                        data("edge_kind", "before"));
  for (const Interaction& in : model.interactions())
    out += graphml_edge(n, "a:" + in.a, "a:" + in.b,
                        data("edge_kind", "interacts") + data("weight", std::to_string(in.events)) +
                            data("cooperation", std::to_string(in.cooperation)) +
                            data("conflict", std::to_string(in.conflict)));
  return out;
}

// ---- CSV -----------------------------------------------------------------------------

// RFC 4180 quoting. A text cell starting with = + - @ or a tab would be read as a formula
// by spreadsheets, so it gets a leading apostrophe (the usual neutralisation).
std::string csv_cell(std::string_view raw, bool text = true) {
  std::string value = detail::valid_utf8(raw);
  if (text && !value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos)
    value.insert(value.begin(), '\'');
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string compact_day(const std::optional<Day>& day) {
  if (!day) return {};
  std::string s = format_day(*day);
  s.erase(std::remove(s.begin(), s.end(), '-'), s.end());
  return s;
}

// Actor1 is the first agent (else the first participant), Actor2 the first patient (else
// the next participant); everyone else is listed in OtherActors.
std::pair<std::string, std::string> principal_pair(const Event& e) {
  std::string a1, a2;
  for (const auto& p : e.participants)
    if (a1.empty() && p.role == "agent") a1 = p.actor;
  for (const auto& p : e.participants)
    if (a2.empty() && p.role == "patient" && p.actor != a1) a2 = p.actor;
  for (const auto& p : e.participants) {
    if (a1.empty()) a1 = p.actor;
    else if (a2.empty() && p.actor != a1) a2 = p.actor;
  }
  return {a1, a2};
}

constexpr const char* kCsvColumns[] = {
    "GLOBALEVENTID", "SQLDATE",     "SQLDATEEND",  "DateText",    "Granularity",
    "Actor1Code",    "Actor1Name",  "Actor1Type",  "Actor2Code",  "Actor2Name",
    "Actor2Type",    "OtherActors", "EventCode",   "EventClass",  "Trigger",
    "Factuality",    "NumMentions", "NumArticles", "SOURCEURL",   "Sentence"};

std::string csv_row(const Event& e, const detail::GraphIndex& index) {
  const auto [a1, a2] = principal_pair(e);
  auto kind = [&](const std::string& id) {
    const Actor* a = index.actor(id);
    return a ? std::string(to_string(a->kind)) : std::string();
  };
  std::string others;
  std::set<std::string> listed{a1, a2};
  for (const auto& p : e.participants)
    if (listed.insert(p.actor).second) others += (others.empty() ? "" : ";") + p.actor;
  const std::vector<std::string> cells = {
      csv_cell(e.id),
      compact_day(e.time.begin),
      compact_day(e.time.end),
      csv_cell(e.time.text),
      to_string(e.time.granularity),
      csv_cell(a1),
      csv_cell(a1.empty() ? "" : index.actor_name(a1)),
      kind(a1),
      csv_cell(a2),
      csv_cell(a2.empty() ? "" : index.actor_name(a2)),
      kind(a2),
      csv_cell(others),
      csv_cell(e.type),
      to_string(e.event_class),
      csv_cell(e.trigger),
      to_string(e.factuality),
      std::to_string(e.mentions.size()),
      std::to_string(e.sources),
      csv_cell(detail::event_url(e, index)),
      csv_cell(e.mentions.empty() ? "" : e.mentions.front().text)};
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + cells[i];
  return out + "\n";
}

// ---- TimelineJS ----------------------------------------------------------------------

nlohmann::ordered_json tjs_date(Day day, Granularity g) {
  nlohmann::ordered_json d;
  d["year"] = std::to_string(static_cast<int>(day.year()));
  if (g == Granularity::year || g == Granularity::decade || g == Granularity::century) return d;
  d["month"] = std::to_string(static_cast<unsigned>(day.month()));
  if (g == Granularity::month || g == Granularity::quarter || g == Granularity::season) return d;
  d["day"] = std::to_string(static_cast<unsigned>(day.day()));
  return d;
}

// TimelineJS renders `text` fields as HTML, so every piece of data is HTML-escaped.
std::string tjs_text(const Event& e, const detail::GraphIndex& index) {
  std::string out = "<p>" + detail::html_escape(std::string(to_string(e.event_class)) + " \xC2\xB7 " +
                                                e.type + " \xC2\xB7 " + to_string(e.factuality)) +
                    "</p>";
  for (std::size_t i = 0; i < e.mentions.size() && i < 6; ++i)
    out += "<p><i>" + detail::html_escape(e.mentions[i].doc) + "</i>: " +
           detail::html_escape(detail::shorten(e.mentions[i].text, 400)) + "</p>";
  if (const std::string url = detail::event_url(e, index); !url.empty())
    out += "<p><a href=\"" + detail::html_escape(url) + "\" rel=\"noopener noreferrer\">source</a></p>";
  return out;
}

}  // namespace

std::string to_graphml(const EventGraph& graph) {
  const GraphModel model(graph);
  const auto centrality = model.actor_centrality();
  const auto components = model.actor_components();
  const auto counts = model.actor_event_counts();
  const detail::GraphIndex index(graph);
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& k : kKeys) {
    const std::string name = std::string_view(k.id) == "edge_kind" ? "kind" : k.id;
    out += "  <key id=\"" + std::string(k.id) + "\" for=\"" + k.domain + "\" attr.name=\"" + name +
           "\" attr.type=\"" + k.type + "\"/>\n";
  }
  out += "  <graph id=\"chronicle\" edgedefault=\"directed\">\n";
  for (std::size_t i = 0; i < graph.actors.size(); ++i)
    out += graphml_actor(graph.actors[i], counts[i], centrality[i], components[i]);
  for (const Event& e : graph.events) out += graphml_event(e, index);
  for (const DocumentInfo& d : graph.documents) out += graphml_document(d);
  out += graphml_edges(graph, model);
  return out + "  </graph>\n</graphml>\n";
}

std::string to_csv(const EventGraph& graph) {
  const detail::GraphIndex index(graph);
  std::string out;
  for (std::size_t i = 0; i < std::size(kCsvColumns); ++i) out += (i ? "," : "") + std::string(kCsvColumns[i]);
  out += "\n";
  for (const Event& e : graph.events) out += csv_row(e, index);
  return out;
}

std::string to_timelinejs(const EventGraph& graph, std::string_view title) {
  const detail::GraphIndex index(graph);
  nlohmann::ordered_json doc;
  std::size_t undated = 0;
  nlohmann::ordered_json events = nlohmann::ordered_json::array();
  for (const Event& e : graph.events) {
    if (!e.time.begin) {
      ++undated;  // TimelineJS requires a start date
      continue;
    }
    nlohmann::ordered_json item;
    item["unique_id"] = detail::valid_utf8(e.id);
    item["start_date"] = tjs_date(*e.time.begin, e.time.granularity);
    if (e.time.end && *e.time.begin < *e.time.end)
      item["end_date"] = tjs_date(*e.time.end, e.time.granularity);
    item["display_date"] = detail::valid_utf8(detail::event_date_text(e));
    item["text"]["headline"] = detail::html_escape(detail::event_label(e, index));
    item["text"]["text"] = tjs_text(e, index);
    if (const auto pair = principal_pair(e); !pair.first.empty())
      item["group"] = detail::html_escape(detail::shorten(index.actor_name(pair.first), 40));
    events.push_back(std::move(item));
  }
  std::string intro = std::to_string(events.size()) + " dated events from " +
                      std::to_string(graph.documents.size()) + " articles";
  if (undated) intro += "; " + std::to_string(undated) + " undated events are not shown";
  doc["title"]["text"]["headline"] =
      detail::html_escape(title.empty() ? std::string("Chronicle") : std::string(title));
  doc["title"]["text"]["text"] = "<p>" + detail::html_escape(intro) + "</p>";
  doc["events"] = std::move(events);
  return doc.dump(2) + "\n";
}

}  // namespace chronicle

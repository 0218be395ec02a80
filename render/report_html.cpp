// The HTML report: one self-contained page (no external resources, opens offline) with a
// summary, the timeline and network SVGs inline, a sortable table of events with their
// source sentences, and the list of articles. Every text from the data is HTML-escaped;
// links are emitted only for http(s) URLs. A page stays usable in a browser only up to a
// few thousand rows, so a big graph's table keeps the events reported by most articles,
// and an event's evidence its first sentences; the page says what it left out and where
// the rest is.
#include <algorithm>
#include <optional>
#include <vector>

#include "chronicle/render.h"
#include "escape.h"
#include "event_text.h"

namespace chronicle {
namespace {

using detail::html_escape;

// Beyond these the page grows too big for a browser to handle smoothly.
constexpr std::size_t kReportMaxEvents = 3000;
constexpr std::size_t kReportMaxSentences = 20;

constexpr std::string_view kStyle = R"(
body{font-family:Helvetica,Arial,sans-serif;margin:2em auto;max-width:1400px;padding:0 1em;color:#222;line-height:1.4}
h1{font-size:1.7em;margin-bottom:.2em}h2{margin-top:1.8em;border-bottom:1px solid #ccc;padding-bottom:.2em}
nav a{margin-right:1em}dl.summary{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}
dl.summary dt{font-weight:bold}dl.summary dd{margin:0}
.figure{overflow:auto;border:1px solid #ddd;padding:.5em;background:#fff;max-height:80vh}
.figure svg{max-width:none;height:auto}
table{border-collapse:collapse;width:100%;font-size:.9em}
th,td{border:1px solid #ddd;padding:.3em .5em;vertical-align:top;text-align:left}
th{background:#f3f3f3;cursor:pointer;user-select:none;position:sticky;top:0}
th[data-dir=asc]::after{content:" \25B2"}th[data-dir=desc]::after{content:" \25BC"}
td.num{text-align:right}.cooperation{color:#2e7d32}.conflict{color:#c0392b}.neutral{color:#555}
details summary{cursor:pointer}details li{margin:.2em 0}.doc{font-family:monospace;color:#555}
.missing{color:#777;font-style:italic}
)";

// Sorts a table by the clicked header: by each cell's data-key when present, else its
// text; columns marked data-type="num" compare as numbers.
constexpr std::string_view kScript = R"(
document.querySelectorAll('table.sortable').forEach(function (table) {
  table.querySelectorAll('th').forEach(function (th, col) {
    th.addEventListener('click', function () {
      var asc = th.getAttribute('data-dir') !== 'asc';
      table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('data-dir'); });
      th.setAttribute('data-dir', asc ? 'asc' : 'desc');
      var num = th.getAttribute('data-type') === 'num';
      var key = function (row) {
        var cell = row.cells[col];
        var k = cell.hasAttribute('data-key') ? cell.getAttribute('data-key') : cell.textContent;
        return num ? parseFloat(k) || 0 : k.toLowerCase();
      };
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = key(a), y = key(b);
        var c = x < y ? -1 : x > y ? 1 : 0;
        return asc ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});
)";

// The <svg> element of an SVG document: the XML prolog, DOCTYPE and comments before it
// are dropped so it can sit inside HTML.
std::string inline_svg(std::string_view svg) {
  const auto start = svg.find("<svg");
  if (start == std::string_view::npos) return "<p class=\"missing\">Not rendered.</p>";
  std::string_view element = svg.substr(start);
  while (!element.empty() && (element.back() == '\n' || element.back() == ' '))
    element.remove_suffix(1);
  return std::string(element);
}

std::string date_range(const EventGraph& graph) {
  std::optional<Day> first, last;
  for (const Event& e : graph.events) {
    if (!e.time.begin) continue;
    const Day end = e.time.end ? std::max(*e.time.end, *e.time.begin) : *e.time.begin;
    if (!first || *e.time.begin < *first) first = e.time.begin;
    if (!last || end > *last) last = end;
  }
  return first ? format_day(*first) + " \xE2\x80\x93 " + format_day(*last) : "no dated events";
}

std::string summary(const EventGraph& graph) {
  const auto dated = std::count_if(graph.events.begin(), graph.events.end(),
                                   [](const Event& e) { return e.time.begin.has_value(); });
  auto item = [](const char* term, const std::string& value) {
    return "<dt>" + std::string(term) + "</dt><dd>" + html_escape(value) + "</dd>\n";
  };
  return "<dl class=\"summary\">\n" + item("Articles", std::to_string(graph.documents.size())) +
         item("Events",
              std::to_string(graph.events.size()) + " (" + std::to_string(dated) + " dated)") +
         item("Actors", std::to_string(graph.actors.size())) + item("Dates", date_range(graph)) +
         "</dl>\n";
}

std::string cell(const std::string& text, const std::string& attributes = "") {
  return "<td" + attributes + ">" + html_escape(text) + "</td>";
}

std::string evidence(const Event& e) {
  if (e.mentions.empty()) return "<td></td>";
  std::string out = "<td><details><summary>" + std::to_string(e.mentions.size()) +
                    (e.mentions.size() == 1 ? " sentence" : " sentences") + "</summary><ul>";
  const std::size_t shown = std::min(e.mentions.size(), kReportMaxSentences);
  for (std::size_t k = 0; k < shown; ++k) {
    const EventMention& m = e.mentions[k];
    out += "<li><span class=\"doc\">" + html_escape(m.doc) + "</span> " +
           html_escape(detail::shorten(m.text, 600)) + "</li>";
  }
  if (shown < e.mentions.size())
    out += "<li class=\"missing\">and " + std::to_string(e.mentions.size() - shown) +
           " more in the JSON</li>";
  return out + "</ul></details></td>";
}

std::string event_row(const Event& e, const detail::GraphIndex& index) {
  // Undated events sort after every date.
  const std::string date_key = e.time.begin ? format_day(*e.time.begin) : "~";
  const std::string cls = to_string(e.event_class);
  return "<tr id=\"event-" + html_escape(e.id) + "\">" +
         cell(detail::event_date_text(e), " data-key=\"" + html_escape(date_key) + "\"") +
         cell(e.type) + cell(cls, " class=\"" + cls + "\"") +
         cell(detail::participant_names(e, index)) + cell(e.trigger) +
         cell(std::to_string(e.sources), " class=\"num\"") + cell(to_string(e.factuality)) +
         evidence(e) + "</tr>\n";
}

std::string link(const std::string& url) {
  if (!detail::is_safe_url(url)) return html_escape(url);
  return "<a href=\"" + html_escape(url) + "\" rel=\"noopener noreferrer\">" + html_escape(url) +
         "</a>";
}

std::string article_row(const DocumentInfo& d) {
  return "<tr>" + cell(d.id) +
         cell(d.dct ? format_day(*d.dct) : "",
              " data-key=\"" + (d.dct ? format_day(*d.dct) : std::string("~")) + "\"") +
         cell(d.title) + "<td>" + link(d.url) + "</td>" + cell(d.source) + "</tr>\n";
}

std::string header_row(std::initializer_list<std::string_view> names,
                       std::string_view numeric = {}) {
  std::string out = "<thead><tr>";
  for (std::string_view n : names)
    out += (n == numeric ? "<th data-type=\"num\">" : "<th>") + std::string(n) + "</th>";
  return out + "</tr></thead>\n";
}

// The events the table lists, in the graph's order: all of them, or above
// kReportMaxEvents those reported by most articles (then by most sentences, then by id).
std::vector<const Event*> table_events(const EventGraph& graph) {
  std::vector<const Event*> out;
  for (const Event& e : graph.events) out.push_back(&e);
  if (out.size() <= kReportMaxEvents) return out;
  auto more_reported = [](const Event* a, const Event* b) {
    if (a->sources != b->sources) return a->sources > b->sources;
    if (a->mentions.size() != b->mentions.size()) return a->mentions.size() > b->mentions.size();
    return a->id < b->id;
  };
  std::nth_element(out.begin(), out.begin() + kReportMaxEvents, out.end(), more_reported);
  out.resize(kReportMaxEvents);
  std::sort(out.begin(), out.end());  // back to the graph's order (addresses in one vector)
  return out;
}

std::string events_table(const EventGraph& graph) {
  const detail::GraphIndex index(graph);
  const std::vector<const Event*> listed = table_events(graph);
  std::string out;
  if (listed.size() < graph.events.size())
    out += "<p class=\"missing\" id=\"events-note\">The table lists the " +
           std::to_string(listed.size()) + " events reported by most articles, of " +
           std::to_string(graph.events.size()) +
           ". Every event is in the JSON (events.json from <code>chronicle build</code>), "
           "and <code>chronicle render --format csv</code> lists them all.</p>\n";
  out += "<table class=\"sortable\" id=\"events-table\">\n" +
                    header_row({"Date", "Type", "Class", "Participants", "Trigger", "Sources",
                                "Factuality", "Evidence"},
                               "Sources") +
                    "<tbody>\n";
  for (const Event* e : listed) out += event_row(*e, index);
  return out + "</tbody>\n</table>\n";
}

std::string articles_table(const EventGraph& graph) {
  std::string out = "<table class=\"sortable\" id=\"articles-table\">\n" +
                    header_row({"Id", "Date", "Title", "URL", "Source"}) + "<tbody>\n";
  for (const DocumentInfo& d : graph.documents) out += article_row(d);
  return out + "</tbody>\n</table>\n";
}

}  // namespace

std::string report_html(const EventGraph& graph, std::string_view timeline_svg,
                        std::string_view actors_svg) {
  std::string h =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>Chronicle report</title>\n<style>";
  h += kStyle;
  h += "</style>\n</head>\n<body>\n<h1>Chronicle report</h1>\n";
  h += "<nav><a href=\"#timeline-view\">Timeline</a><a href=\"#network-view\">Actor network</a>"
       "<a href=\"#events\">Events</a><a href=\"#articles\">Articles</a></nav>\n";
  h += summary(graph);
  h += "<h2 id=\"timeline-view\">Timeline</h2>\n<div class=\"figure\">\n" +
       inline_svg(timeline_svg) + "\n</div>\n";
  h += "<h2 id=\"network-view\">Actor network</h2>\n<div class=\"figure\">\n" +
       inline_svg(actors_svg) + "\n</div>\n";
  h += "<h2 id=\"events\">Events</h2>\n" + events_table(graph);
  h += "<h2 id=\"articles\">Articles</h2>\n" + articles_table(graph);
  h += "<script>";
  h += kScript;
  h += "</script>\n</body>\n</html>\n";
  return h;
}

}  // namespace chronicle

// The HTML report: one self-contained page (no external resources) with a summary, the
// timeline and network SVGs inline, a sortable table of events with their sources, and
// the list of articles. Every text from the data is HTML-escaped.
#include <algorithm>

#include "chronicle/render.h"
#include "escape.h"
#include "event_text.h"

namespace chronicle {
namespace {

const char* const kStyle = R"(body{font-family:Helvetica,Arial,sans-serif;margin:2em;color:#222}
h1{font-size:1.6em}h2{margin-top:1.6em;border-bottom:1px solid #ccc}
.figure{overflow-x:auto;border:1px solid #ddd;padding:.5em;background:#fff}
table{border-collapse:collapse;width:100%;font-size:.9em}
th,td{border:1px solid #ddd;padding:.3em .5em;vertical-align:top;text-align:left}
th{background:#f3f3f3;cursor:pointer;user-select:none}
td.src{font-size:.85em;color:#444}.cooperation{color:#2e7d32}.conflict{color:#c62828}
)";

// Sorts the events table by the clicked column; numbers compare as numbers.
const char* const kScript = R"(document.querySelectorAll('table.sortable th').forEach(function(th,col){
th.addEventListener('click',function(){var tb=th.closest('table').tBodies[0];
var rows=Array.prototype.slice.call(tb.rows);var asc=th.dataset.asc!=='1';th.dataset.asc=asc?'1':'0';
rows.sort(function(a,b){var x=a.cells[col].textContent,y=b.cells[col].textContent;
var nx=parseFloat(x),ny=parseFloat(y);var c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y);
return asc?c:-c;});rows.forEach(function(r){tb.appendChild(r);});});});)";

// The <svg> element of a Graphviz SVG document, without the XML prolog and DOCTYPE.
std::string_view svg_element(std::string_view svg) {
  std::size_t start = svg.find("<svg");
  return start == std::string_view::npos ? std::string_view() : svg.substr(start);
}

std::string date_range(const EventGraph& g) {
  std::optional<Day> lo, hi;
  for (const Event& e : g.events) {
    if (!e.time.begin) continue;
    if (!lo || *e.time.begin < *lo) lo = e.time.begin;
    if (!hi || *e.time.end > *hi) hi = e.time.end;
  }
  return lo ? format_day(*lo) + " to " + format_day(*hi) : "no dated events";
}

std::string event_rows(const EventGraph& g, const detail::GraphIndex& index) {
  std::string rows;
  for (const Event& e : g.events) {
    std::string sources;
    for (const auto& m : e.mentions)
      sources += "<div>[" + detail::html_escape(m.doc) + "] " + detail::html_escape(detail::shorten(m.text, 300)) + "</div>";
    rows += "<tr><td>" + detail::html_escape(detail::event_date_text(e)) + "</td><td>" +
            detail::html_escape(e.type) + "</td><td class=\"" + to_string(e.event_class) + "\">" +
            to_string(e.event_class) + "</td><td>" + detail::html_escape(detail::participant_names(e, index)) +
            "</td><td>" + detail::html_escape(e.trigger) + "</td><td>" + std::to_string(e.sources) +
            "</td><td>" + to_string(e.factuality) + "</td><td class=\"src\">" + sources + "</td></tr>\n";
  }
  return rows;
}

std::string article_rows(const EventGraph& g) {
  std::string rows;
  for (const DocumentInfo& d : g.documents) {
    std::string url = detail::is_safe_url(d.url)
                          ? "<a href=\"" + detail::html_escape(d.url) + "\">" + detail::html_escape(d.url) + "</a>"
                          : detail::html_escape(d.url);
    rows += "<tr><td>" + detail::html_escape(d.id) + "</td><td>" + (d.dct ? format_day(*d.dct) : "no date") +
            "</td><td>" + detail::html_escape(d.title) + "</td><td>" + url + "</td><td>" +
            detail::html_escape(d.source) + "</td></tr>\n";
  }
  return rows;
}

}  // namespace

std::string report_html(const EventGraph& graph, std::string_view timeline_svg, std::string_view actors_svg) {
  detail::GraphIndex index(graph);
  std::string h = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                  "<title>Chronicle report</title>\n<style>";
  h += kStyle;
  h += "</style>\n</head>\n<body>\n<h1>Chronicle report</h1>\n<p>";
  h += std::to_string(graph.documents.size()) + " articles, " + std::to_string(graph.events.size()) +
       " events, " + std::to_string(graph.actors.size()) + " actors; dated events from " + date_range(graph) + ".</p>\n";
  h += "<h2>Timeline</h2>\n<div class=\"figure\">";
  h += svg_element(timeline_svg);
  h += "</div>\n<h2>Actor network</h2>\n<div class=\"figure\">";
  h += svg_element(actors_svg);
  h += "</div>\n<h2>Events</h2>\n<table class=\"sortable\">\n<thead><tr><th>Date</th><th>Type</th><th>Class</th>"
       "<th>Participants</th><th>Trigger</th><th>Sources</th><th>Factuality</th><th>Reported in</th></tr></thead>\n<tbody>\n";
  h += event_rows(graph, index);
  h += "</tbody>\n</table>\n<h2>Articles</h2>\n<table class=\"sortable\">\n<thead><tr><th>Id</th><th>Date</th>"
       "<th>Title</th><th>URL</th><th>Source</th></tr></thead>\n<tbody>\n";
  h += article_rows(graph);
  h += "</tbody>\n</table>\n<script>";
  h += kScript;
  h += "</script>\n</body>\n</html>\n";
  return h;
}

}  // namespace chronicle

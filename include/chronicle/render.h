// Views of an EventGraph as DOT, rendered to SVG/PNG/PDF in process by Graphviz,
// and the self-contained HTML report.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "chronicle/diagnostic.h"
#include "chronicle/event_graph.h"

namespace chronicle {

/// Options for the timeline view.
struct TimelineOptions {
  int max_lanes = 8;           ///< principal actors with their own lane; others grouped
  double width_points = 1100;  ///< width of the time axis in points
  std::string title;           ///< drawn above the axis when not empty
  /// More dated events than this: each lane's events are drawn aggregated by period
  /// (week, month, quarter or year, whichever fits), and the picture says so.
  std::size_t max_markers = 1500;
};

/// Options for the actor network view.
struct NetworkOptions {
  std::size_t max_actors = 2000;
  std::string title;
  /// Beyond this many links between shown actors, only the strongest (most shared
  /// events) are drawn, and the picture says so.
  std::size_t max_links = 4000;
};

/// Options for the event diagram.
struct EventsOptions {
  std::size_t max_events = 300;  ///< beyond this, the events reported by most sources
  std::string title;
};

/// The timeline as DOT with every node position pinned (render with neato -n2):
/// a proportional time axis with ticks, one lane per principal actor, events as markers
/// (spans for week/month/year dates), undated events in their own band, a legend.
/// Deterministic. Thread safety: pure function.
std::string timeline_dot(const EventGraph& graph, const TimelineOptions& options = {});

/// The actor network as DOT (render with neato): actors sized by centrality and shaped
/// by kind, edges weighted by shared events and coloured by cooperation/conflict.
std::string actors_dot(const EventGraph& graph, const NetworkOptions& options = {});

/// The event diagram as DOT (render with dot): events left to right by date, linked by
/// the chronological chain and by one thread per actor through its events; undated
/// events last. Deterministic. Thread safety: pure function.
std::string events_dot(const EventGraph& graph, const EventsOptions& options = {});

/// Renders DOT text with the Graphviz C library in process. `format`: "svg", "png",
/// "pdf" or "dot"; `engine`: a Graphviz layout ("dot", "neato", ...). The engine
/// "neato" with pinned positions keeps them. Errors carry Graphviz's message.
/// Thread safety: serialised internally (Graphviz is not thread-safe).
Result<std::string> render_dot(std::string_view dot, std::string_view format,
                               std::string_view engine);

/// The engine a view's DOT is meant for ("neato" for pinned timelines, ...): read from
/// the DOT's `layout` graph attribute, "dot" when absent.
std::string layout_engine(std::string_view dot);

/// GraphML of actors, events and documents (node data `kind`) with participates, mentions,
/// before and interacts edges (edge data `kind`), for Gephi, NetworkX or yEd.
std::string to_graphml(const EventGraph& graph);

/// CSV, one row per event, with GDELT-like columns (GLOBALEVENTID, SQLDATE YYYYMMDD,
/// Actor1Code/Name/Type, Actor2..., EventCode, NumMentions, NumArticles, SOURCEURL) and
/// Chronicle's own (EventClass, Factuality, Trigger, Sentence). RFC 4180 quoting.
std::string to_csv(const EventGraph& graph);

/// TimelineJS JSON (title slide and one slide per dated event; undated events are left
/// out and counted on the title slide). Text fields are HTML-escaped.
std::string to_timelinejs(const EventGraph& graph, std::string_view title = {});

/// One self-contained HTML page: summary, the two SVGs inline, a sortable table of
/// events with their sources, the list of articles. Every text is HTML-escaped.
std::string report_html(const EventGraph& graph, std::string_view timeline_svg,
                        std::string_view actors_svg);

}  // namespace chronicle

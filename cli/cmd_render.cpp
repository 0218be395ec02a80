// chronicle render: an events.json -> one view (DOT, SVG, PNG, PDF), an export (GraphML,
// CSV, TimelineJS, JSON) or the HTML report, of all events or of those the filters keep.
#include <charconv>
#include <iostream>
#include <set>

#include "chronicle/graph.h"
#include "chronicle/json.h"
#include "chronicle/render.h"
#include "commands.h"

namespace chronicle::cli {
namespace {

const std::set<std::string> kViews = {"timeline", "actors", "events"};
const std::set<std::string> kPictures = {"svg", "png", "pdf", "dot"};
const std::set<std::string> kExports = {"json", "graphml", "csv", "timelinejs", "html"};

int int_flag(const Flags& f, const std::string& name, int fallback, int min) {
  const std::string text = f.get(name);
  if (text.empty()) return fallback;
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < min)
    throw UsageError(name + " needs a whole number of at least " + std::to_string(min) + ", not '" +
                     text + "'");
  return value;
}

std::optional<Day> day_flag(const Flags& f, const std::string& name) {
  const std::string text = f.get(name);
  if (text.empty()) return std::nullopt;
  auto day = parse_day(text);
  if (!day) throw UsageError(name + " needs a date YYYY-MM-DD, not '" + text + "'");
  return day;
}

EventFilter filter_from(const Flags& f) {
  EventFilter filter;
  filter.actor = f.get("--actor");
  filter.hops = int_flag(f, "--hops", 0, 0);
  if (f.has("--hops") && filter.actor.empty()) throw UsageError("--hops needs --actor");
  filter.from = day_flag(f, "--from");
  filter.to = day_flag(f, "--to");
  if (filter.from && filter.to && *filter.to < *filter.from)
    throw UsageError("--to is before --from");
  for (std::string types = f.get("--type"); !types.empty();) {
    const auto comma = types.find(',');
    if (std::string t = types.substr(0, comma); !t.empty()) filter.types.push_back(t);
    types = comma == std::string::npos ? "" : types.substr(comma + 1);
  }
  if (std::string cls = f.get("--class"); !cls.empty()) {
    filter.event_class = parse_event_class(cls);
    if (!filter.event_class)
      throw UsageError("--class must be cooperation, conflict or neutral, not '" + cls + "'");
  }
  filter.min_sources = int_flag(f, "--min-sources", 0, 0);
  return filter;
}

std::string view_dot(const EventGraph& graph, const std::string& view, const Flags& f) {
  const std::string title = f.get("--title");
  if (view == "actors") {
    NetworkOptions o;
    o.title = title;
    o.max_actors = static_cast<std::size_t>(int_flag(f, "--max-actors", 2000, 1));
    return actors_dot(graph, o);
  }
  if (view == "events") {
    EventsOptions o;
    o.title = title;
    o.max_events = static_cast<std::size_t>(int_flag(f, "--max-events", 300, 1));
    return events_dot(graph, o);
  }
  TimelineOptions o;
  o.title = title;
  o.max_lanes = int_flag(f, "--max-lanes", o.max_lanes, 0);
  o.width_points = int_flag(f, "--width", static_cast<int>(o.width_points), 100);
  return timeline_dot(graph, o);
}

Result<std::string> report_page(const EventGraph& graph, const Flags& f) {
  auto timeline = draw(view_dot(graph, "timeline", f), "svg");
  if (!timeline.ok()) return timeline;
  auto actors = draw(view_dot(graph, "actors", f), "svg");
  if (!actors.ok()) return actors;
  return Result<std::string>(report_html(graph, timeline.value(), actors.value()));
}

Result<std::string> produce(const EventGraph& graph, const std::string& view,
                            const std::string& format, const Flags& f) {
  if (format == "json") return Result<std::string>(to_json(graph));
  if (format == "graphml") return Result<std::string>(to_graphml(graph));
  if (format == "csv") return Result<std::string>(to_csv(graph));
  if (format == "timelinejs") return Result<std::string>(to_timelinejs(graph, f.get("--title")));
  if (format == "html") return report_page(graph, f);
  return draw(view_dot(graph, view, f), format);
}

int render(const std::vector<std::string>& args) {
  Flags f = parse(args, {"--view", "--format", "-o", "--output", "--title", "--actor", "--hops",
                         "--from", "--to", "--type", "--class", "--min-sources", "--max-lanes",
                         "--width", "--max-actors", "--max-events"});
  if (f.positional.size() != 1) throw UsageError("render needs exactly one events.json");
  const std::string view = f.get("--view", "timeline");
  const std::string format = f.get("--format", "svg");
  if (!kViews.count(view)) throw UsageError("--view must be timeline, actors or events");
  if (!kPictures.count(format) && !kExports.count(format))
    throw UsageError("--format must be svg, png, pdf, dot, json, graphml, csv, timelinejs or html");
  const EventFilter filter = filter_from(f);
  const std::string& path = f.positional[0];
  std::string text;
  if (!read_whole_file(path, text)) return 1;
  auto loaded = from_json(text, path);
  if (!loaded.ok()) {
    report(loaded.diagnostics());
    return 1;
  }
  if (!filter.actor.empty() && !GraphModel(loaded.value()).resolve_actor(filter.actor)) {
    std::cerr << path << ": error: no actor with the id, name or alias '" << filter.actor << "'\n";
    return 1;
  }
  const EventGraph graph = filter_graph(loaded.value(), filter);
  if (!filter.empty())
    std::cerr << "chronicle: the filters keep " << graph.events.size() << " of "
              << loaded.value().events.size() << " events\n";
  auto out = produce(graph, view, format, f);
  if (!out.ok()) {
    report(out.diagnostics());
    return 4;
  }
  const std::string target = f.get_any({"-o", "--output"}, "-");
  if (target == "-") {
    std::cout << out.value();
    return 0;
  }
  return write_or_report(target, out.value()) ? 0 : 3;
}

CHRONICLE_COMMAND(
    {"render", 30,
     "  chronicle render EVENTS.json [--view timeline|actors|events]\n"
     "                   [--format svg|png|pdf|dot|json|graphml|csv|timelinejs|html]\n"
     "                   [--actor NAME [--hops K]] [--from YYYY-MM-DD] [--to YYYY-MM-DD]\n"
     "                   [--type T[,T...]] [--class cooperation|conflict|neutral]\n"
     "                   [--min-sources N] [--title TEXT] [-o FILE]\n"
     "      Draw a view of an events.json written by build or extract, or export it, without\n"
     "      extracting again. Views: timeline (proportional time axis, one lane per principal\n"
     "      actor), actors (network sized by centrality), events (events linked by time and\n"
     "      by shared actors). svg, png, pdf and dot draw the view; json (the same contract),\n"
     "      graphml (Gephi, NetworkX), csv (GDELT-like columns), timelinejs (TimelineJS JSON)\n"
     "      and html (the report) export the events. The filters keep the events of an actor\n"
     "      (id, name or alias) and of actors up to K interaction steps away, overlapping the\n"
     "      dates, of the types or class, reported by at least N articles. Also\n"
     "      --max-lanes N, --width POINTS (timeline), --max-actors N, --max-events N.\n",
     &render});

}  // namespace
}  // namespace chronicle::cli

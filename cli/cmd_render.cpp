// chronicle render: an events.json -> one view (DOT, SVG, PNG, PDF), an export (GraphML,
// CSV, TimelineJS, JSON) or the HTML report, of all events or of those the filters keep.
#include <charconv>
#include <iostream>
#include <set>

#include "chronicle/formats.h"
#include "chronicle/graph.h"
#include "chronicle/json.h"
#include "chronicle/render.h"
#include "commands.h"

namespace chronicle::cli {
namespace {

const std::set<std::string> kViews = {"timeline", "actors", "events"};

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

Result<std::string> produce(const EventGraph& graph, const std::string& view,
                            const RenderFormat& format, const Flags& f) {
  const RenderInput input{graph, view,
                          [&](std::string_view v) { return view_dot(graph, std::string(v), f); },
                          f.get("--title")};
  return format.write(input);
}

int render(const std::vector<std::string>& args) {
  Flags f = parse(args, {"--view", "--format", "-o", "--output", "--title", "--actor", "--hops",
                         "--from", "--to", "--type", "--class", "--min-sources", "--max-lanes",
                         "--width", "--max-actors", "--max-events"});
  if (f.positional.size() != 1) throw UsageError("render needs exactly one events.json");
  const std::string view = f.get("--view", "timeline");
  if (!kViews.count(view)) throw UsageError("--view must be timeline, actors or events");
  const RenderFormat& format =
      *find_format(render_formats(), format_flag(f, format_names(render_formats())));
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
     std::string("  chronicle render EVENTS.json [--view timeline|actors|events]\n"
                 "                   [--format ") +
         choice_list(format_names(render_formats())) +
         "]\n"
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

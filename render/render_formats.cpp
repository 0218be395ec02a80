// The render-format table: drawings of one view (Graphviz in process, or the DOT itself)
// and exports of the events (the JSON contract, GraphML, CSV, TimelineJS, the report).
#include "chronicle/formats.h"
#include "chronicle/json.h"
#include "chronicle/render.h"

namespace chronicle {
namespace {

Result<std::string> drawn(const std::string& dot, std::string_view format) {
  return render_dot(dot, format, layout_engine(dot));
}

RenderFormat picture(std::string name, std::string help) {
  std::string format = name;
  return {std::move(name), std::move(help), true,
          [format](const RenderInput& in) { return drawn(in.view_dot(in.view), format); }};
}

RenderFormat exported(std::string name, std::string help,
                      std::function<std::string(const RenderInput&)> write) {
  return {std::move(name), std::move(help), false,
          [write](const RenderInput& in) { return Result<std::string>(write(in)); }};
}

// The report draws the timeline, then the actors, each as SVG.
Result<std::string> report_page(const RenderInput& in) {
  auto timeline = drawn(in.view_dot("timeline"), "svg");
  if (!timeline.ok()) return timeline;
  auto actors = drawn(in.view_dot("actors"), "svg");
  if (!actors.ok()) return actors;
  return Result<std::string>(report_html(in.graph, timeline.value(), actors.value()));
}

std::vector<RenderFormat> builtin_render_formats() {
  return {
      picture("svg", "the view drawn as SVG (Graphviz, in process)"),
      picture("png", "the view drawn as PNG"),
      picture("pdf", "the view drawn as PDF"),
      {"dot", "the view as Graphviz DOT", true,
       [](const RenderInput& in) { return Result<std::string>(in.view_dot(in.view)); }},
      exported("json", "the events as the JSON contract (docs/JSON.md)",
               [](const RenderInput& in) { return to_json(in.graph); }),
      exported("graphml", "GraphML of actors, events and documents (Gephi, NetworkX)",
               [](const RenderInput& in) { return to_graphml(in.graph); }),
      exported("csv", "one row per event, GDELT-like columns",
               [](const RenderInput& in) { return to_csv(in.graph); }),
      exported("timelinejs", "TimelineJS JSON, titled with --title",
               [](const RenderInput& in) { return to_timelinejs(in.graph, in.title); }),
      {"html", "the self-contained report: timeline, actors, events and sources", false,
       report_page},
  };
}

}  // namespace

const std::vector<RenderFormat>& render_formats() {
  static const std::vector<RenderFormat> table = builtin_render_formats();
  return table;
}

}  // namespace chronicle

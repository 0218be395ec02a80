// Uses an installed Chronicle: extracts events from one sentence and draws the timeline.
#include <chronicle/pipeline.h>
#include <chronicle/render.h>

#include <iostream>

int main() {
  chronicle::Document d;
  d.id = "one";
  d.dct = chronicle::parse_day("2021-08-25");
  d.text = "Modi and Putin spoke on Tuesday.";
  auto graph = chronicle::Pipeline().extract({d});
  auto svg = chronicle::render_dot(chronicle::timeline_dot(graph), "svg", "neato");
  std::cout << "events: " << graph.events.size() << " svg: " << (svg.ok() ? "ok" : "failed") << "\n";
  return svg.ok() ? 0 : 1;
}

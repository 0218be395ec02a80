// chronicle build: inputs -> a directory of events.json, DOT, SVG and report.html.
#include <iostream>

#include "chronicle/json.h"
#include "chronicle/output.h"
#include "chronicle/pipeline.h"
#include "chronicle/render.h"
#include "commands.h"

namespace chronicle::cli {
namespace {

int build(const std::vector<std::string>& args) {
  Flags f = parse(args, {"-o", "--output", "--dct", "--title"});
  std::string dir = f.get_any({"-o", "--output"});
  if (dir.empty()) throw UsageError("build needs an output directory: -o DIR");
  Loaded l = load(f);
  if (l.documents.empty()) return 1;
  if (auto ok = prepare_output_dir(dir); !ok.ok()) {
    report(ok.diagnostics());
    return 3;
  }
  EventGraph graph = Pipeline().extract(std::move(l.documents));
  TimelineOptions topts;
  topts.title = f.get("--title");
  NetworkOptions nopts;
  nopts.title = topts.title;
  std::string tdot = timeline_dot(graph, topts), adot = actors_dot(graph, nopts);
  auto tsvg = draw(tdot, "svg"), asvg = draw(adot, "svg");
  if (!tsvg.ok() || !asvg.ok()) {
    report(tsvg.diagnostics());
    report(asvg.diagnostics());
    return 4;
  }
  const std::vector<std::pair<std::string, std::string>> files = {
      {"events.json", to_json(graph)},          {"timeline.dot", tdot},
      {"timeline.svg", tsvg.value()},           {"actors.dot", adot},
      {"actors.svg", asvg.value()},             {"report.html", report_html(graph, tsvg.value(), asvg.value())}};
  for (const auto& [name, bytes] : files)
    if (!write_or_report(dir + "/" + name, bytes)) return 3;
  std::cerr << "chronicle: " << graph.documents.size() << " documents, " << graph.events.size()
            << " events, " << graph.actors.size() << " actors -> " << dir << "\n";
  return l.had_errors ? 5 : 0;
}

CHRONICLE_COMMAND({"build", 10,
                   "  chronicle build INPUT... -o DIR [--dct YYYY-MM-DD] [--title TEXT]\n"
                   "      Extract events from the inputs and write DIR/events.json, timeline.dot,\n"
                   "      timeline.svg, actors.dot, actors.svg and report.html.\n",
                   &build});

}  // namespace
}  // namespace chronicle::cli

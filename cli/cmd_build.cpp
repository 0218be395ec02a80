// chronicle build: inputs -> a directory of events.json, DOT, SVG and report.html.
#include <iostream>

#include "chronicle/json.h"
#include "chronicle/output.h"
#include "chronicle/pipeline.h"
#include "chronicle/render.h"
#include "commands.h"
#include "dictionary_flag.h"
#include "progress.h"

namespace chronicle::cli {
namespace {

int build(const std::vector<std::string>& args) {
  Flags f = parse(args, {"-o", "--output", "--dct", "--title", "--jobs", "--dictionary"}, {"--quiet", "--strict"});
  std::string dir = f.get_any({"-o", "--output"});
  if (dir.empty()) throw UsageError("build needs an output directory: -o DIR");
  const RunOptions options = run_options(f);
  Loaded l = load(f);
  if (l.documents.empty() && l.imported.empty()) return 1;
  if (l.had_errors && f.has("--strict")) {
    std::cerr << "chronicle: inputs were refused; nothing written (--strict)\n";
    return 5;
  }
  if (auto ok = prepare_output_dir(dir); !ok.ok()) {
    report(ok.diagnostics());
    return 3;
  }
  auto pipeline_options = options_with_dictionary(f);
  if (!pipeline_options) return 2;
  const Pipeline pipeline(*pipeline_options);
  EventGraph graph = extract_loaded(pipeline, l, options, f.has("--quiet"), l.had_errors);
  if (l.had_errors && f.has("--strict")) {
    std::cerr << "chronicle: documents were refused; nothing written (--strict)\n";
    return 5;
  }
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
  if (!f.has("--quiet"))
    std::cerr << "chronicle: " << graph.documents.size() << " documents, " << graph.events.size()
            << " events, " << graph.actors.size() << " actors -> " << dir << "\n";
  return l.had_errors ? 5 : 0;
}

CHRONICLE_COMMAND({"build", 10,
                   "  chronicle build INPUT... -o DIR [--dct YYYY-MM-DD] [--title TEXT] [--jobs N]\n"
                   "                  [--quiet] [--strict] [--dictionary FILE]\n"
                   "      Extract events from the inputs and write DIR/events.json, timeline.dot,\n"
                   "      timeline.svg, actors.dot, actors.svg and report.html. Structured event\n"
                   "      files are imported, recognised by content: GDELT 1.0 (57/58 columns) and\n"
                   "      2.0 (61) event exports, ICEWS event files (header \"Event ID<TAB>Event\n"
                   "      Date...\"); a malformed row is reported at FILE:LINE and skipped, and a\n"
                   "      summary counts them. --jobs, --quiet, --strict: as for extract.\n",
                   &build});

}  // namespace
}  // namespace chronicle::cli

// chronicle render: an events.json -> one view as DOT, SVG, PNG or PDF.
#include <iostream>

#include "chronicle/json.h"
#include "chronicle/render.h"
#include "commands.h"

namespace chronicle::cli {
namespace {

int render(const std::vector<std::string>& args) {
  Flags f = parse(args, {"--view", "--format", "-o", "--output", "--title"});
  if (f.positional.size() != 1) throw UsageError("render needs exactly one events.json");
  std::string view = f.get("--view", "timeline");
  std::string format = f.get("--format", "svg");
  if (view != "timeline" && view != "actors") throw UsageError("--view must be timeline or actors");
  if (format != "svg" && format != "png" && format != "pdf" && format != "dot")
    throw UsageError("--format must be svg, png, pdf or dot");
  const std::string& path = f.positional[0];
  std::string text;
  if (!read_whole_file(path, text)) return 1;
  auto graph = from_json(text, path);
  if (!graph.ok()) {
    report(graph.diagnostics());
    return 1;
  }
  std::string title = f.get("--title");
  std::string dot = view == "timeline" ? timeline_dot(graph.value(), {8, 1100, title})
                                       : actors_dot(graph.value(), {2000, title});
  auto out = draw(dot, format);
  if (!out.ok()) {
    report(out.diagnostics());
    return 4;
  }
  std::string target = f.get_any({"-o", "--output"}, "-");
  if (target == "-") {
    std::cout << out.value();
    return 0;
  }
  return write_or_report(target, out.value()) ? 0 : 3;
}

CHRONICLE_COMMAND({"render", 30,
                   "  chronicle render EVENTS.json [--view timeline|actors] [--format svg|png|pdf|dot]\n"
                   "                   [-o FILE]\n"
                   "      Draw a view of an events.json written by build or extract.\n",
                   &render});

}  // namespace
}  // namespace chronicle::cli

// build, extract and render: flags -> library calls -> files, with exit codes as
// documented in `chronicle --help`.
#include "commands.h"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "chronicle/ingest.h"
#include "chronicle/json.h"
#include "chronicle/output.h"
#include "chronicle/pipeline.h"
#include "chronicle/render.h"

namespace chronicle::cli {
namespace {

struct Flags {
  std::vector<std::string> positional;
  std::map<std::string, std::string> values;
};

// Parses --flag VALUE / --flag=VALUE / -o VALUE; `known` lists the flags taking values.
Flags parse(const std::vector<std::string>& args, const std::vector<std::string>& known) {
  Flags f;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-" || a.empty() || a[0] != '-') {
      f.positional.push_back(a);
      continue;
    }
    std::string name = a, value;
    bool inline_value = false;
    if (auto eq = a.find('='); eq != std::string::npos) {
      name = a.substr(0, eq);
      value = a.substr(eq + 1);
      inline_value = true;
    }
    if (std::find(known.begin(), known.end(), name) == known.end())
      throw UsageError("unknown flag '" + name + "'");
    if (!inline_value) {
      if (i + 1 >= args.size()) throw UsageError("flag " + name + " needs a value");
      value = args[++i];
    }
    f.values[name] = value;
  }
  return f;
}

IngestOptions ingest_options(const Flags& f) {
  IngestOptions o;
  if (auto it = f.values.find("--dct"); it != f.values.end()) {
    o.dct_override = parse_day(it->second);
    if (!o.dct_override) throw UsageError("--dct needs a date YYYY-MM-DD, got '" + it->second + "'");
  }
  return o;
}

// Prints diagnostics; returns true when any was an error.
bool report(const std::vector<Diagnostic>& diagnostics) {
  bool errors = false;
  for (const auto& d : diagnostics) {
    std::cerr << d.to_string() << "\n";
    errors |= d.severity == Severity::error;
  }
  return errors;
}

struct Loaded {
  std::vector<Document> documents;
  bool had_errors = false;
};

Loaded load(const Flags& f) {
  if (f.positional.empty()) throw UsageError("no input given");
  Ingested in = read_inputs(f.positional, ingest_options(f));
  Loaded l;
  l.had_errors = report(in.diagnostics);
  l.documents = std::move(in.documents);
  if (l.documents.empty()) std::cerr << "chronicle: no document could be read; nothing done\n";
  return l;
}

bool write_or_report(const std::string& path, std::string_view bytes) {
  auto r = write_file_atomic(path, bytes);
  if (!r.ok()) report(r.diagnostics());
  return r.ok();
}

Result<std::string> draw(const std::string& dot, const std::string& format) {
  if (format == "dot") return dot;
  return render_dot(dot, format, layout_engine(dot));
}

}  // namespace

int extract(const std::vector<std::string>& args) {
  Flags f = parse(args, {"--format", "--dct"});
  std::string format = f.values.count("--format") ? f.values["--format"] : "json";
  if (format != "json" && format != "jsonl") throw UsageError("--format must be json or jsonl");
  Loaded l = load(f);
  if (l.documents.empty()) return 1;
  Pipeline pipeline;
  if (format == "jsonl") {
    for (auto& d : l.documents) {
      EventGraph one = merge({Pipeline::to_graph(pipeline.analyze(std::move(d)))});
      std::cout << to_json(one, -1);
    }
  } else {
    std::cout << to_json(pipeline.extract(std::move(l.documents)));
  }
  std::cout.flush();
  return l.had_errors ? 5 : 0;
}

int build(const std::vector<std::string>& args) {
  Flags f = parse(args, {"-o", "--output", "--dct", "--title"});
  std::string dir = f.values.count("-o") ? f.values["-o"] : f.values.count("--output") ? f.values["--output"] : "";
  if (dir.empty()) throw UsageError("build needs an output directory: -o DIR");
  Loaded l = load(f);
  if (l.documents.empty()) return 1;
  if (auto ok = prepare_output_dir(dir); !ok.ok()) {
    report(ok.diagnostics());
    return 3;
  }
  EventGraph graph = Pipeline().extract(std::move(l.documents));
  TimelineOptions topts;
  topts.title = f.values.count("--title") ? f.values["--title"] : "";
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

int render(const std::vector<std::string>& args) {
  Flags f = parse(args, {"--view", "--format", "-o", "--output", "--title"});
  if (f.positional.size() != 1) throw UsageError("render needs exactly one events.json");
  std::string view = f.values.count("--view") ? f.values["--view"] : "timeline";
  std::string format = f.values.count("--format") ? f.values["--format"] : "svg";
  if (view != "timeline" && view != "actors") throw UsageError("--view must be timeline or actors");
  if (format != "svg" && format != "png" && format != "pdf" && format != "dot")
    throw UsageError("--format must be svg, png, pdf or dot");
  const std::string& path = f.positional[0];
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << path << ": error: cannot read\n";
    return 1;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  auto graph = from_json(ss.str(), path);
  if (!graph.ok()) {
    report(graph.diagnostics());
    return 1;
  }
  std::string title = f.values.count("--title") ? f.values["--title"] : "";
  std::string dot = view == "timeline" ? timeline_dot(graph.value(), {8, 1100, title})
                                       : actors_dot(graph.value(), {2000, title});
  auto out = draw(dot, format);
  if (!out.ok()) {
    report(out.diagnostics());
    return 4;
  }
  std::string target = f.values.count("-o") ? f.values["-o"] : f.values.count("--output") ? f.values["--output"] : "-";
  if (target == "-") {
    std::cout << out.value();
    return 0;
  }
  return write_or_report(target, out.value()) ? 0 : 3;
}

}  // namespace chronicle::cli

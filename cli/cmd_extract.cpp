// chronicle extract: inputs -> events JSON on standard output; with `-` and
// --format jsonl, a filter from JSON Lines articles to JSON Lines results.
#include <deque>
#include <iostream>

#include "chronicle/json.h"
#include "chronicle/pipeline.h"
#include "commands.h"
#include "dictionary_flag.h"
#include "progress.h"

namespace chronicle::cli {
namespace {

// Thrown by the input side of a --strict stream at the first refused record.
struct StrictStop {};

// One document's result as `merge` takes it: its reports unmerged, so that merging the
// lines later gives exactly what extracting the documents together gives; sorted as the
// JSON contract says.
void write_line(EventGraph one) {
  sort_single_result(one);
  std::cout << to_json(one, -1);
  std::cout.flush();  // a filter: each result leaves as soon as it is done
}

// JSON Lines in on standard input, one result per line out, in input order, holding only
// the documents in flight.
int stream_jsonl(const Pipeline& pipeline, const Flags& f, const RunOptions& options) {
  const bool strict = f.has("--strict");
  JsonLinesStream stream("stdin", ingest_options(f));
  std::deque<Document> pending;
  bool had_errors = false, any = false;
  const DocumentSource source = [&](Document& doc) {
    std::string line;
    while (pending.empty()) {
      if (!std::getline(std::cin, line)) return false;
      Ingested in = stream.next_line(line);
      had_errors |= report(in.diagnostics);
      if (strict && had_errors) throw StrictStop{};
      for (auto& d : in.documents) pending.push_back(std::move(d));
    }
    doc = std::move(pending.front());
    pending.pop_front();
    return true;
  };
  Progress progress(f.has("--quiet"));
  const ResultSink sink = [&](DocumentResult&& r) {
    any = true;
    progress.add(r.bytes);
    if (!r.diagnostics.empty()) progress.finish();
    had_errors |= report(r.diagnostics);
    write_line(std::move(r.graph));
  };
  try {
    pipeline.run(source, sink, options);
  } catch (const StrictStop&) {
    std::cerr << "chronicle: stopped at the first refused record (--strict)\n";
    return 5;
  }
  progress.finish();
  report(stream.finish());
  if (!any) {
    std::cerr << "chronicle: no document could be read; nothing done\n";
    return 1;
  }
  return had_errors ? 5 : 0;
}

int extract(const std::vector<std::string>& args) {
  Flags f = parse(args, {"--format", "--dct", "--jobs", "--dictionary"}, {"--quiet", "--strict"});
  std::string format = f.get("--format", "json");
  if (format != "json" && format != "jsonl") throw UsageError("--format must be json or jsonl");
  const RunOptions options = run_options(f);
  auto pipeline_options = options_with_dictionary(f);
  if (!pipeline_options) return 2;
  const Pipeline pipeline(*pipeline_options);
  if (format == "jsonl" && f.positional == std::vector<std::string>{"-"})
    return stream_jsonl(pipeline, f, options);
  Loaded l = load(f);
  if (l.documents.empty() && l.imported.empty()) return 1;
  if (l.had_errors && f.has("--strict")) {
    std::cerr << "chronicle: inputs were refused; nothing written (--strict)\n";
    return 5;
  }
  if (format == "jsonl") {
    Progress progress(f.has("--quiet"));
    std::size_t next = 0;
    const DocumentSource source = [&](Document& doc) {
      if (next == l.documents.size()) return false;
      doc = std::move(l.documents[next]);
      l.documents[next++] = Document{};
      return true;
    };
    const ResultSink sink = [&](DocumentResult&& r) {
      progress.add(r.bytes);
      l.had_errors |= report(r.diagnostics);
      write_line(std::move(r.graph));
    };
    pipeline.run(source, sink, options);
    for (auto& part : l.imported) write_line(std::move(part));
  } else {
    write_json(std::cout, extract_loaded(pipeline, l, options, f.has("--quiet"), l.had_errors));
  }
  std::cout.flush();
  return l.had_errors ? 5 : 0;
}

CHRONICLE_COMMAND(
    {"extract", 20,
     "  chronicle extract INPUT... [--format json|jsonl] [--dct YYYY-MM-DD] [--jobs N]\n"
     "                    [--quiet] [--strict] [--dictionary FILE]\n"
     "      Print the extracted events as one JSON object (json, the default), or one\n"
     "      compact JSON object per document with its reports unmerged, as `merge`\n"
     "      takes them (jsonl; a structured event file gives one line).\n"
     "      `chronicle extract - --format jsonl` is a filter:\n"
     "      JSON Lines articles on standard input, one result per line on standard\n"
     "      output in input order, each written as soon as it is done.\n"
     "      --jobs N: worker threads (default: all cores; the output is the same).\n"
     "      --quiet: no progress line. --strict: any refused input or malformed row\n"
     "      is fatal: exit 5 and nothing written (a stream stops there).\n",
     &extract});

}  // namespace
}  // namespace chronicle::cli

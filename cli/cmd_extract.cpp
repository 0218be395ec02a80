// chronicle extract: inputs -> events JSON on standard output; with `-` and
// --format jsonl, a filter from JSON Lines articles to JSON Lines results.
#include <atomic>
#include <deque>
#include <iostream>
#include <iterator>

#include "chronicle/formats.h"
#include "chronicle/json.h"
#include "chronicle/pipeline.h"
#include "commands.h"
#include "dictionary_flag.h"
#include "progress.h"
#include "standard_input.h"
#include "streamed_inputs.h"

namespace chronicle::cli {
namespace {

// Thrown by the input side of a --strict stream at the first refused record.
struct StrictStop {};

// One document's result as `merge` takes it: its reports unmerged, so that merging the
// lines later gives exactly what extracting the documents together gives; sorted as the
// JSON contract says.
std::string json_line(EventGraph one) {
  sort_single_result(one);
  return to_json(one, -1);
}

// Serialises each result on its worker, where it runs in parallel, and frees the graph
// there too: the thread writing in input order only copies the text out.
const ResultPrepare kJsonLine = [](DocumentResult& r) {
  r.text = to_json(r.graph, -1);  // run() sorted the graph already
  r.graph = EventGraph{};
};

// JSON Lines in on standard input, one result per line out, in input order, holding only
// the documents in flight.
int stream_jsonl(const Pipeline& pipeline, const Flags& f, const RunOptions& options) {
  const bool strict = f.has("--strict");
  JsonLinesStream stream("stdin", ingest_options(f));
  std::deque<Document> pending;
  StandardInput input;
  std::atomic<bool> had_errors = false;  // set by the reader thread and by this one
  bool any = false;
  const DocumentSource source = [&](Document& doc) {
    std::string line;
    while (pending.empty()) {
      if (!input.line(line)) return false;
      Ingested in = stream.next_line(line);
      if (report(in.diagnostics)) had_errors = true;
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
    if (report(r.diagnostics)) had_errors = true;
    std::cout << r.text;
    std::cout.flush();  // a filter: each result leaves as soon as it is done
  };
  try {
    pipeline.run(source, sink, options, kJsonLine);
  } catch (const StrictStop&) {
    std::cerr << "chronicle: stopped at the first refused record (--strict)\n";
    return 5;
  } catch (const StandardInputError& e) {
    // What was read before is written; the rest of the stream is lost.
    std::cerr << "chronicle: " << e.what() << (any ? "; the results before it were written\n" : "; nothing done\n");
    return any ? 5 : 1;
  }
  progress.finish();
  report(stream.finish());
  if (!any) {
    std::cerr << "chronicle: no document could be read; nothing done\n";
    return 1;
  }
  return had_errors ? 5 : 0;
}

void move_append(std::vector<EventGraph>& to, std::vector<EventGraph>& from) {
  std::move(from.begin(), from.end(), std::back_inserter(to));
  from.clear();
}

int nothing_read() {
  std::cerr << "chronicle: no document could be read; nothing done\n";
  return 1;
}

int extract(const std::vector<std::string>& args) {
  Flags f = parse(args, {"--format", "--dct", "--jobs", "--dictionary"}, {"--quiet", "--strict"});
  const ResultFormat& format =
      *find_format(result_formats(), format_flag(f, format_names(result_formats())));
  const RunOptions options = run_options(f);
  auto pipeline_options = options_with_dictionary(f);
  if (!pipeline_options) return 2;
  const Pipeline pipeline(*pipeline_options);
  if (format.lines && f.positional == std::vector<std::string>{"-"})
    return stream_jsonl(pipeline, f, options);
  InputStream inputs(f);
  // Refusing every input before anything is analysed or written needs them all read first.
  std::vector<EventGraph> imported;
  if (f.has("--strict")) {
    inputs.read_all();
    InputStream::Taken taken = inputs.take();
    const bool refused = report(taken.diagnostics);
    if (taken.documents == 0 && taken.imported.empty()) return nothing_read();
    if (refused) {
      std::cerr << "chronicle: inputs were refused; nothing written (--strict)\n";
      return 5;
    }
    imported = std::move(taken.imported);
  }
  const bool quiet = f.has("--quiet");
  Streamed run;
  if (format.lines) {
    const ResultSink sink = [](DocumentResult&& r) { std::cout << r.text; };
    run = extract_streamed(pipeline, inputs, options, quiet, sink, kJsonLine);
    move_append(imported, run.imported);
    if (run.documents == 0 && imported.empty()) return nothing_read();
    for (auto& part : imported) std::cout << json_line(std::move(part));
  } else {
    std::vector<EventGraph> parts;
    const ResultSink sink = [&](DocumentResult&& r) { parts.push_back(std::move(r.graph)); };
    run = extract_streamed(pipeline, inputs, options, quiet, sink);
    move_append(imported, run.imported);
    if (run.documents == 0 && imported.empty()) return nothing_read();
    move_append(parts, imported);
    const unsigned jobs = resolve_jobs(options.jobs);
    format.write(std::cout, merge(std::move(parts), jobs), jobs);
  }
  std::cout.flush();
  return run.had_errors ? 5 : 0;
}

CHRONICLE_COMMAND(
    {"extract", 20,
     std::string("  chronicle extract INPUT... [--format ") +
         choice_list(format_names(result_formats())) +
         "] [--dct YYYY-MM-DD] [--jobs N]\n"
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

// The extraction pipeline: stages chosen by name, run over documents, merged.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/analysis.h"
#include "chronicle/event_graph.h"

namespace chronicle {

/// Settings shared by the stages.
struct Options {
  /// Stages to run, in order: a chain check_stage_chain() accepts.
  std::vector<std::string> stages = {"segment", "time", "actors", "events"};
  /// The user's actors, aliases and dated roles for the actors stage (see
  /// load_actor_dictionary); none when null.
  std::shared_ptr<const ActorDictionary> actor_dictionary;
  /// The language of the documents: the code of a data directory core/data/<code>/
  /// ("en", the only one so far). The stages read its word lists and tables; building a
  /// stage for a language with no data throws std::runtime_error.
  std::string language = "en";
};

/// One step of the pipeline. Stages are immutable once built: process() is const and
/// safe to call from several threads on different documents.
class Stage {
 public:
  virtual ~Stage() = default;
  /// The name the stage was made from.
  virtual std::string_view name() const = 0;
  /// Adds this stage's part to `doc`. Requires: the stages before it have run.
  virtual void process(DocumentAnalysis& doc) const = 0;
};

/// What a stage is, as the stage registry knows it: its name, what it needs in the
/// DocumentAnalysis before it runs, what it adds, and how to build it. The names of
/// analysis parts are those of kAnalysisParts.
struct StageInfo {
  std::string name;
  /// The analysis parts this stage reads; an earlier stage of the chain must provide each.
  std::vector<std::string> needs;
  /// The analysis parts this stage writes; no other stage of a chain may provide them.
  std::vector<std::string> provides;
  /// One line for help texts.
  std::string help;
  /// Builds the stage. Throws std::runtime_error when its data files are broken.
  std::function<std::unique_ptr<Stage>(const Options&)> make;
};

/// The parts of a DocumentAnalysis stages can provide, in pipeline order:
/// "tokens" (tokens and lower_text), "sentences", "timexes", "actors" (actors and
/// actor_mentions) and "events". Diagnostics are not a part: any stage may add them.
extern const std::vector<std::string_view> kAnalysisParts;

/// Every stage Chronicle has, in pipeline order. Adding a stage is adding its entry here
/// (core/stage_registry.cpp). Thread safety: read-only, safe from any thread.
const std::vector<StageInfo>& stage_registry();

/// The registry entry called `name`, or null.
const StageInfo* find_stage(std::string_view name);

/// The names make_stage() accepts, in pipeline order.
const std::vector<std::string>& stage_names();

/// Checks that `stages` is a chain that can run: every name is registered, none comes
/// twice, every part a stage needs is provided by a stage before it, and no part is
/// provided twice. Throws std::invalid_argument naming the stage and the missing part
/// (and which stage would provide it) otherwise.
void check_stage_chain(const std::vector<std::string>& stages);

/// Builds the stage called `name` for `options.language`. Throws std::invalid_argument for
/// an unknown name and std::runtime_error for a language with no data or when its data
/// files are broken (a configuration error).
std::unique_ptr<Stage> make_stage(std::string_view name, const Options& options);

/// How run() and extract() spread documents over threads.
struct RunOptions {
  /// Worker threads; 0 means one per hardware thread. The output does not depend on it.
  unsigned jobs = 0;
  /// Most documents read but not yet handed to the sink: this bounds memory whatever the
  /// input size. 0 means four per worker.
  std::size_t window = 0;
};

/// The result of one document: its one-document graph (Pipeline::to_graph, sorted by
/// sort_single_result()), the diagnostics of its analysis, the size of its text (for
/// throughput), and whatever a ResultPrepare made of it.
struct DocumentResult {
  EventGraph graph;
  std::vector<Diagnostic> diagnostics;
  std::size_t bytes = 0;
  /// Empty unless a ResultPrepare filled it (with the result's JSON line, say).
  std::string text;
};

/// Gives the next document into its argument and returns true, or returns false at the
/// end of the input. Called from one thread at a time, never concurrently.
using DocumentSource = std::function<bool(Document&)>;
/// Receives each document's result, in the order the source gave the documents, on the
/// thread that called run().
using ResultSink = std::function<void(DocumentResult&&)>;
/// Finishes a result on the worker that made it, before it waits for its turn at the
/// sink: per-result work that need not run in input order (serialising it) then runs in
/// parallel. Called concurrently on different results.
using ResultPrepare = std::function<void(DocumentResult&)>;

/// The worker count `jobs` stands for: itself, or the hardware threads when 0 (at least 1).
unsigned resolve_jobs(unsigned jobs);

/// The stages of `options`, built once and reused for every document. The constructor
/// throws std::invalid_argument for a chain check_stage_chain() refuses.
/// Thread safety: analyze() and extract() may be called concurrently.
class Pipeline {
 public:
  explicit Pipeline(const Options& options = {});
  ~Pipeline();
  Pipeline(Pipeline&&) noexcept;
  Pipeline& operator=(Pipeline&&) noexcept;

  /// Runs every stage on one document.
  DocumentAnalysis analyze(Document document) const;
  /// The events and actors of one analysed document, as a one-document result.
  static EventGraph to_graph(const DocumentAnalysis& analysis);
  /// The same, moving the actors and events out of `analysis` instead of copying them.
  static EventGraph to_graph(DocumentAnalysis&& analysis);
  /// analyze() then to_graph() for every document, then merge(). Runs on
  /// `run_options.jobs` threads; the result is the same for any number of them.
  EventGraph extract(std::vector<Document> documents,
                     std::vector<Diagnostic>* diagnostics = nullptr,
                     const RunOptions& run_options = {}) const;
  /// Streams documents through the stages: pulls them from `source` while at most
  /// `run_options.window` are in flight, analyses them on `run_options.jobs` threads, and
  /// hands each result to `sink` in input order as soon as it and all before it are done.
  /// With one job the source, the analysis and the sink alternate on the calling thread;
  /// otherwise the source is called from a reader thread. `prepare`, when given, is called
  /// on each result after its analysis, on the thread that analysed it. An exception
  /// thrown by the source, a stage, `prepare` or the sink stops the run and is rethrown
  /// here once every thread has finished.
  void run(const DocumentSource& source, const ResultSink& sink, const RunOptions& run_options = {},
           const ResultPrepare& prepare = {}) const;

 private:
  std::vector<std::unique_ptr<Stage>> stages_;
};

}  // namespace chronicle

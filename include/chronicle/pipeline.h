// The extraction pipeline: stages chosen by name, run over documents, merged.
#pragma once

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
  /// Stages to run, in order. Every name must be one of stage_names().
  std::vector<std::string> stages = {"segment", "time", "actors", "events"};
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

/// The names make_stage() accepts, in pipeline order.
const std::vector<std::string>& stage_names();

/// Builds the stage called `name`. Throws std::invalid_argument for an unknown name and
/// std::runtime_error when its data files are broken (a configuration error).
std::unique_ptr<Stage> make_stage(std::string_view name, const Options& options);

/// The stages of `options`, built once and reused for every document.
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
  /// analyze() then to_graph() for every document, then merge().
  EventGraph extract(std::vector<Document> documents,
                     std::vector<Diagnostic>* diagnostics = nullptr) const;

 private:
  std::vector<std::unique_ptr<Stage>> stages_;
};

}  // namespace chronicle

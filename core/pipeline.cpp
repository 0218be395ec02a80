// The pipeline that runs a chain of stages (core/stage_registry.cpp) over documents.
#include "chronicle/pipeline.h"

namespace chronicle {

Pipeline::Pipeline(const Options& options) {
  check_stage_chain(options.stages);
  for (const auto& name : options.stages) stages_.push_back(make_stage(name, options));
}
Pipeline::~Pipeline() = default;
Pipeline::Pipeline(Pipeline&&) noexcept = default;
Pipeline& Pipeline::operator=(Pipeline&&) noexcept = default;

DocumentAnalysis Pipeline::analyze(Document document) const {
  DocumentAnalysis doc;
  doc.document = std::move(document);
  for (const auto& stage : stages_) stage->process(doc);
  return doc;
}

EventGraph Pipeline::to_graph(const DocumentAnalysis& analysis) {
  EventGraph g;
  const Document& d = analysis.document;
  g.documents.push_back({d.id, d.dct, d.title, d.url, d.source});
  g.actors = analysis.actors;
  g.events = analysis.events;
  return g;
}

EventGraph Pipeline::to_graph(DocumentAnalysis&& analysis) {
  EventGraph g;
  Document& d = analysis.document;
  g.documents.push_back(
      {std::move(d.id), d.dct, std::move(d.title), std::move(d.url), std::move(d.source)});
  g.actors = std::move(analysis.actors);
  g.events = std::move(analysis.events);
  return g;
}

// extract() and run() are in pipeline_run.cpp.

}  // namespace chronicle

// The stage factory and the pipeline that runs the stages over documents.
#include "chronicle/pipeline.h"

#include <stdexcept>

#include "actors/actor_recognizer.h"
#include "events/event_extractor.h"
#include "language/language_data.h"
#include "segment/segmenter.h"
#include "time/time_tagger.h"

namespace chronicle {
namespace {

// Wraps a detail component as a named Stage.
template <class Impl>
class StageOf final : public Stage {
 public:
  template <class... Args>
  explicit StageOf(std::string name, Args&&... args) : name_(std::move(name)), impl_(std::forward<Args>(args)...) {}
  std::string_view name() const override { return name_; }
  void process(DocumentAnalysis& doc) const override { impl_.process(doc); }

 private:
  std::string name_;
  Impl impl_;
};

}  // namespace

const std::vector<std::string>& stage_names() {
  static const std::vector<std::string> names = {"segment", "time", "actors", "events"};
  return names;
}

std::unique_ptr<Stage> make_stage(std::string_view name, const Options& options) {
  auto language = detail::LanguageData::load(options.language);
  if (name == "segment") return std::make_unique<StageOf<detail::Segmenter>>("segment", *language);
  if (name == "time") return std::make_unique<StageOf<detail::TimeTagger>>("time", *language);
  if (name == "actors")
    return std::make_unique<StageOf<detail::ActorRecognizer>>("actors", language,
                                                              options.actor_dictionary);
  if (name == "events")
    return std::make_unique<StageOf<detail::EventExtractor>>("events", language);
  throw std::invalid_argument("unknown stage '" + std::string(name) + "'");
}

Pipeline::Pipeline(const Options& options) {
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
  g.documents.push_back({std::move(d.id), d.dct, std::move(d.title), std::move(d.url), std::move(d.source)});
  g.actors = std::move(analysis.actors);
  g.events = std::move(analysis.events);
  return g;
}

// extract() and run() are in pipeline_run.cpp.

}  // namespace chronicle

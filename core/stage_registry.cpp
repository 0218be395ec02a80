// The stage registry: every stage with what it needs and provides, and the check that
// refuses a chain of stages that cannot work (a stage whose input nobody writes would
// run silently and find nothing).
#include <algorithm>
#include <stdexcept>

#include "actors/actor_recognizer.h"
#include "chronicle/pipeline.h"
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
  explicit StageOf(std::string name, Args&&... args)
      : name_(std::move(name)), impl_(std::forward<Args>(args)...) {}
  std::string_view name() const override { return name_; }
  void process(DocumentAnalysis& doc) const override { impl_.process(doc); }

 private:
  std::string name_;
  Impl impl_;
};

std::vector<StageInfo> builtin_stages() {
  return {
      {"segment",
       {},
       {"tokens", "sentences"},
       "tokens and sentences with byte offsets",
       [](const Options& o) {
         return std::make_unique<StageOf<detail::Segmenter>>(
             "segment", *detail::LanguageData::load(o.language));
       }},
      {"time",
       {"tokens", "sentences"},
       {"timexes"},
       "time expressions normalised to TIMEX3 values",
       [](const Options& o) {
         return std::make_unique<StageOf<detail::TimeTagger>>(
             "time", *detail::LanguageData::load(o.language));
       }},
      {"actors",
       {"tokens", "sentences", "timexes"},
       {"actors"},
       "people, countries, organisations and groups, with their mentions",
       [](const Options& o) {
         return std::make_unique<StageOf<detail::ActorRecognizer>>(
             "actors", detail::LanguageData::load(o.language), o.actor_dictionary);
       }},
      {"events",
       {"tokens", "sentences", "timexes", "actors"},
       {"events"},
       "events with participants, roles, time and factuality",
       [](const Options& o) {
         return std::make_unique<StageOf<detail::EventExtractor>>(
             "events", detail::LanguageData::load(o.language));
       }},
  };
}

bool contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// The registered stage that provides `part`, for the error message.
std::string provider_of(std::string_view part) {
  for (const auto& s : stage_registry())
    if (contains(s.provides, part)) return " (the '" + s.name + "' stage provides it)";
  return "";
}

}  // namespace

const std::vector<std::string_view> kAnalysisParts = {"tokens", "sentences", "timexes", "actors",
                                                      "events"};

const std::vector<StageInfo>& stage_registry() {
  static const std::vector<StageInfo> registry = builtin_stages();
  return registry;
}

const StageInfo* find_stage(std::string_view name) {
  for (const auto& s : stage_registry())
    if (s.name == name) return &s;
  return nullptr;
}

const std::vector<std::string>& stage_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> v;
    for (const auto& s : stage_registry()) v.push_back(s.name);
    return v;
  }();
  return names;
}

void check_stage_chain(const std::vector<std::string>& stages) {
  std::vector<std::string> done;      // stage names so far
  std::vector<std::string> provided;  // analysis parts so far
  for (const auto& name : stages) {
    const StageInfo* s = find_stage(name);
    if (!s) throw std::invalid_argument("unknown stage '" + name + "'");
    if (contains(done, name)) throw std::invalid_argument("stage '" + name + "' comes twice");
    for (const auto& part : s->needs)
      if (!contains(provided, part))
        throw std::invalid_argument("stage '" + name + "' needs " + part +
                                    ", which no stage before it provides" + provider_of(part));
    for (const auto& part : s->provides)
      if (contains(provided, part))
        throw std::invalid_argument("stage '" + name + "' provides " + part +
                                    ", which a stage before it provides");
    done.push_back(name);
    provided.insert(provided.end(), s->provides.begin(), s->provides.end());
  }
}

std::unique_ptr<Stage> make_stage(std::string_view name, const Options& options) {
  const StageInfo* s = find_stage(name);
  if (!s) throw std::invalid_argument("unknown stage '" + std::string(name) + "'");
  detail::LanguageData::load(
      options.language);  // an unknown language is refused even for a stage without data
  return s->make(options);
}

}  // namespace chronicle

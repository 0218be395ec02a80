// The actors stage: finds mentions of people, countries, organisations, groups and
// places, and resolves them to one canonical actor per real-world actor in a document.
#pragma once

#include <memory>

#include "actors/gazetteer.h"
#include "chronicle/analysis.h"
#include "segment/segmenter.h"

namespace chronicle::detail {

/// Recognises actor mentions sentence by sentence. Immutable; thread-safe.
class ActorRecognizer {
 public:
  /// Reads the name lists and word classes of `language`; `dictionary` (may be null)
  /// adds the user's actors, aliases and dated roles.
  explicit ActorRecognizer(std::shared_ptr<const LanguageData> language,
                           std::shared_ptr<const ActorDictionary> dictionary = nullptr);
  void process(DocumentAnalysis& doc) const;

 private:
  std::shared_ptr<const LanguageData> language_;
  Segmenter segmenter_;
  Gazetteer gazetteer_;
  std::shared_ptr<const ActorDictionary> dictionary_;
};

}  // namespace chronicle::detail

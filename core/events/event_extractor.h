// The events stage: triggers, participants with roles, time anchors and factuality,
// one event per trigger mention (merging happens later, across all documents).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "chronicle/analysis.h"
#include "events/sentence_frame.h"
#include "events/trigger_lexicon.h"
#include "segment/segmenter.h"

namespace chronicle::detail {

/// Extracts event mentions sentence by sentence. Immutable; thread-safe.
class EventExtractor {
 public:
  /// Reads the language's triggers, plural references and word classes.
  explicit EventExtractor(std::shared_ptr<const LanguageData> language);
  void process(DocumentAnalysis& doc) const;
  const TriggerLexicon& lexicon() const { return lexicon_; }

 private:
  std::shared_ptr<const LanguageData> language_;
  Segmenter segmenter_;
  TriggerLexicon lexicon_;
  PluralRefs plural_refs_;
  EventWords words_;
};

}  // namespace chronicle::detail

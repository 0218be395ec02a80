// The events stage: triggers, participants with roles, time anchors and factuality,
// one event per trigger mention (merging happens later, across all documents).
#pragma once

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
  EventExtractor();
  void process(DocumentAnalysis& doc) const;
  const TriggerLexicon& lexicon() const { return lexicon_; }

 private:
  Segmenter segmenter_;
  TriggerLexicon lexicon_;
  PluralRefs plural_refs_;
};

}  // namespace chronicle::detail

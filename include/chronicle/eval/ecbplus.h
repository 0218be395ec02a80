// ECB+ (Cybulska and Vossen, 2014): reading the CAT XML files of a topic range and
// scoring cross-document event coreference against its gold chains. Only standard and
// public headers here: the evaluation command includes it.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "chronicle/diagnostic.h"
#include "chronicle/document.h"
#include "chronicle/eval/coref_metrics.h"

namespace chronicle {
class Pipeline;
}

namespace chronicle::eval {

/// A gold event mention (ACTION_* or NEG_* markable): its document, its bytes in the
/// rebuilt text, and its chain (cross-document instance, intra-document chain, or itself).
struct EcbMention {
  std::string id;  ///< "DOC/m_id"
  std::size_t doc = 0;
  Span span;
  std::string chain;
};

/// The documents of the read topics. The text is rebuilt from the corpus tokens: one
/// space between tokens, one line per sentence. Documents carry no creation date.
struct EcbCorpus {
  std::vector<Document> documents;
  std::vector<int> topic;  ///< per document
  std::vector<EcbMention> mentions;
  std::vector<Diagnostic> diagnostics;
};

/// Reads DIR/<topic>/*.xml for topics first..last. A malformed file gives a diagnostic
/// naming it and is skipped.
EcbCorpus read_ecbplus(const std::filesystem::path& dir, int first_topic, int last_topic);

/// Scores of one system on one mention setting.
struct EcbResult {
  std::string system;    ///< "chronicle" or "same-lemma"
  std::string mentions;  ///< "gold" or "predicted"
  CorefScores scores;
  std::size_t key_mentions = 0;
  std::size_t response_mentions = 0;
};

/// Runs `pipeline` on every document, merges per topic and scores four ways: Chronicle
/// and the same-lemma baseline, each on gold mentions and on Chronicle's predicted
/// mentions (see the design note in ecbplus.cpp).
std::vector<EcbResult> evaluate_ecbplus(const EcbCorpus& corpus, const Pipeline& pipeline);

}  // namespace chronicle::eval

// Entity evaluation on MEANTIME: named-entity mention detection (exact span and type),
// within-document entity coreference and cross-document entity merging, both B-cubed.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "chronicle/actor.h"
#include "chronicle/eval/coref_metrics.h"
#include "chronicle/eval/f1.h"
#include "chronicle/eval/meantime_reader.h"
#include "chronicle/pipeline.h"

namespace chronicle::eval {

/// MEANTIME's entity type for a Chronicle kind: person -> PER, organization and group ->
/// ORG, country and place -> LOC; none for other.
std::optional<std::string> meantime_type(ActorKind kind);

/// A gold entity mention: its span in the CAT text, its entity's type and instance, and
/// its syntactic type (NAM, PRE.NAM, NOM, PRO, ...).
struct GoldEntityMention {
  Span span;
  std::string type;
  std::string entity;  ///< instance_id of the entity (m_id when it has none)
  std::string syntactic_type;
  std::string words;
};

/// The mentions of PER, ORG and LOC entities in a CAT document (linked by REFERS_TO).
std::vector<GoldEntityMention> gold_entity_mentions(const CatDocument& doc);

struct Prf {
  double tp = 0, system = 0, gold = 0;  // tp / system: precision; tp / gold: recall
  double precision() const { return system > 0 ? tp / system : 0; }
  double recall() const { return gold > 0 ? tp / gold : 0; }
  double f1() const { return f1_score(precision(), recall()); }
};

/// A mention key for coreference: (document, begin, end) -> the cluster it belongs to.
using MentionKey = std::tuple<std::string, std::size_t, std::size_t>;
/// B-cubed as the CoNLL scorer computes it (eval/coref_metrics.h) for two clusterings
/// given as mention -> cluster id.
eval::Score b_cubed_of(const std::map<MentionKey, std::string>& system,
                       const std::map<MentionKey, std::string>& gold);

struct MeantimeEntityScores {
  std::size_t documents = 0;
  std::map<std::string, Prf> detection;  ///< "PER", "ORG", "LOC" and "all"
  eval::Score within_document;           ///< B-cubed
  std::size_t cross_documents = 0;
  eval::Score cross_document;  ///< B-cubed
  /// Error kind ("missed", "spurious", "span", "type") -> "words (TYPE)" -> count.
  std::map<std::string, std::map<std::string, int>> errors;
};

/// Scores `pipeline` (segment, time and actors stages at least) on the documents of
/// `within` (detection and within-document coreference) and of `cross` (cross-document
/// merging). Either may be empty.
MeantimeEntityScores evaluate_meantime_entities(const Pipeline& pipeline,
                                                const std::vector<CatDocument>& within,
                                                const std::vector<CatDocument>& cross);

}  // namespace chronicle::eval

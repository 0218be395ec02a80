// How merge() folds actors across documents, exposed for evaluation: which merged actor
// each per-document actor id ends up as.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "chronicle/event_graph.h"

namespace chronicle::detail {

/// Every actor id of `parts` -> the id of the actor it is part of after merge(parts).
std::map<std::string, std::string> merged_actor_ids(const std::vector<EventGraph>& parts);

/// Folds the actors of `parts`, which must be single results of distinct documents, as
/// merge(parts) folds them, and returns how many actors result: the actor part of the
/// merge, done alone (for measuring it), without the id map of merged_actor_ids().
std::size_t merged_actor_count(const std::vector<EventGraph>& parts);

}  // namespace chronicle::detail

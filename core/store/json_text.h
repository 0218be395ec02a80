// Writing a result's documents, actors and events as JSON text directly, without building
// nlohmann's object first: building and dumping the object was a fifth of the work of
// `extract --format jsonl` and a third of `extract --format json`.
#pragma once

#include <string>

#include "chronicle/event_graph.h"

namespace chronicle::detail {

/// The bytes nlohmann's dump(indent) gives for the JSON object {documents, actors, events}
/// of `graph` (docs/JSON.md), keys in the contract's order, `indent` < 0 on one line; no
/// final newline. `graph.reports` is not written. Throws std::invalid_argument on a
/// string that is not UTF-8. Thread safety: pure function.
std::string json_text(const EventGraph& graph, int indent);

}  // namespace chronicle::detail

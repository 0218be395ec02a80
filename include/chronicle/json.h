// The JSON form of a result (docs/JSON.md): written by `extract` and `build`,
// read back by `render` and `merge`.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>

#include "chronicle/diagnostic.h"
#include "chronicle/event_graph.h"

namespace chronicle {

/// The JSON object of the contract, keys in a fixed order, ending in a newline.
/// `indent` < 0 writes one line (JSON Lines). Deterministic.
std::string to_json(const EventGraph& graph, int indent = 2);

/// Writes the bytes of to_json(graph, indent) to `out` in pieces as they are made, so
/// that a big result's text is never held whole. With `jobs` > 1 the pieces are made on
/// that many threads while the calling thread writes them in order (the same bytes).
/// Throws as to_json() does, possibly after part of the text was written.
void write_json(std::ostream& out, const EventGraph& graph, int indent = 2, unsigned jobs = 1);

/// Reads a result written by to_json (or any object meeting the contract). Errors name
/// `file`, line and column for syntax errors and the JSON path for missing fields.
Result<EventGraph> from_json(std::string_view text, const std::string& file);

}  // namespace chronicle

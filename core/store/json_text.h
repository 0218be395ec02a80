// Writing a result as JSON text directly, without building nlohmann's object first:
// building and dumping the object was a fifth of the work of `extract --format jsonl` and
// a third of `extract --format json`.
#pragma once

#include <iosfwd>
#include <string>

#include "chronicle/event_graph.h"

namespace chronicle::detail {

/// Appends to `out` the bytes of to_json(graph, indent): the bytes nlohmann's
/// dump(indent) gives for the JSON object {documents, actors, events} of `graph`
/// (docs/JSON.md), keys in the contract's order, `indent` < 0 on one line, then the
/// merged graph's `reports` (one compact line each) and a final newline. With `sink`,
/// the text is handed to it in pieces of about a megabyte as it is written, and `out`
/// is left empty. Throws std::invalid_argument on a string that is not UTF-8 (with a
/// sink, after part of the text was handed on). Thread safety: pure function.
void json_text(const EventGraph& graph, int indent, std::string& out, std::ostream* sink = nullptr);

/// Writes the bytes of json_text() to `sink`, made on `jobs` threads when `jobs` > 1
/// while the calling thread writes them out in order. Throws as json_text() does, after
/// the threads stopped and possibly after part of the text was written.
void write_json_text(const EventGraph& graph, int indent, std::ostream& sink, unsigned jobs);

}  // namespace chronicle::detail

// Formats by name: every input format ingest recognises and every output format a command
// writes, each registered once with its rule or writer and a help line. The command line
// checks `--format` against these tables and builds its help from them, so a format added
// to a table is accepted, documented and detected without any other change.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/diagnostic.h"
#include "chronicle/event_graph.h"

namespace chronicle {

namespace eval {
struct Timeline;
}

/// An input format as ingest knows it: a name, a help line, and the rule that recognises
/// it from the content (after any UTF-8 byte order mark) and the file's last extension,
/// lowercased with its dot (".json"; empty when none). The rule may assume that the
/// formats before it in input_formats() did not recognise the input.
struct InputFormat {
  std::string name;
  std::string help;  ///< one line for help texts
  std::function<bool(std::string_view content, std::string_view extension)> detect;
};

/// Every input format, in detection order: an input is read by the first whose rule
/// accepts it; the last ("text") accepts everything. The table is in
/// core/ingest/input_format.cpp. Thread safety: read-only, safe from any thread.
const std::vector<InputFormat>& input_formats();

/// The name of the input format that reads `bytes` given as `file_name` (whose extension
/// is a hint). Does not check that the bytes are usable text (parse_input() does).
std::string_view detect_input_format(std::string_view file_name, std::string_view bytes);

/// A format of the result (the JSON contract, docs/JSON.md) for `extract` and `merge`.
struct ResultFormat {
  std::string name;
  std::string help;  ///< one line for help texts
  /// One JSON object per line, compact: `extract` writes one line per document result,
  /// its reports unmerged; `merge` writes its one result on one line.
  bool lines = false;
  /// Writes a whole result in this format, using `jobs` threads; the bytes do not
  /// depend on `jobs`.
  std::function<void(std::ostream& out, const EventGraph& graph, unsigned jobs)> write;
};

/// The result formats, the default ("json") first. Table in core/store/result_formats.cpp.
const std::vector<ResultFormat>& result_formats();

/// What a render format is drawn from.
struct RenderInput {
  const EventGraph& graph;
  /// The view asked for ("timeline", "actors" or "events"), for formats that draw one.
  std::string view;
  /// The DOT of a view, with the caller's options for it (title, limits).
  std::function<std::string(std::string_view view)> view_dot;
  std::string title;  ///< a title for formats that carry one ("" for none)
};

/// A format of `render`: a drawing of one view, or an export of the events.
struct RenderFormat {
  std::string name;
  std::string help;         ///< one line for help texts
  bool draws_view = false;  ///< draws RenderInput::view (else the view is not used)
  /// The bytes of `input` in this format; Graphviz's errors as diagnostics.
  std::function<Result<std::string>(const RenderInput& input)> write;
};

/// The render formats, the default ("svg") first. Table in render/render_formats.cpp.
/// Thread safety: read-only; the writers are as thread-safe as render_dot().
const std::vector<RenderFormat>& render_formats();

/// A format of the timeline of one entity (`chronicle timeline`).
struct TimelineFormat {
  std::string name;
  std::string help;  ///< one line for help texts
  std::function<std::string(const eval::Timeline& timeline)> write;
};

/// The timeline formats, the default ("semeval2015") first. Table in
/// core/eval/timeline_formats.cpp.
const std::vector<TimelineFormat>& timeline_formats();

/// The names of a format table, in table order.
template <class Format>
std::vector<std::string> format_names(const std::vector<Format>& table) {
  std::vector<std::string> names;
  names.reserve(table.size());
  for (const auto& f : table) names.push_back(f.name);
  return names;
}

/// The entry of `table` called `name`, or null.
template <class Format>
const Format* find_format(const std::vector<Format>& table, std::string_view name) {
  for (const auto& f : table)
    if (f.name == name) return &f;
  return nullptr;
}

}  // namespace chronicle

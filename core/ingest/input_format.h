// Recognising what an input is and which reader reads it: the input-format table.
#pragma once

#include <vector>

#include "chronicle/formats.h"
#include "chronicle/ingest.h"
#include "ingest/source_file.h"

namespace chronicle::detail {

/// One registered input format: its public description and the reader that turns a
/// source it recognised into documents (or imported results) and diagnostics.
struct InputFormatEntry {
  InputFormat format;
  void (*read)(const SourceFile& source, Ingested& out) = nullptr;
};

/// The table behind input_formats(), in detection order.
const std::vector<InputFormatEntry>& input_format_table();

/// The first entry whose rule accepts `source`; "text", the last, accepts everything:
///  - gdelt: the first line is a GDELT 1.0 or 2.0 row (57, 58 or 61 tab-separated
///    fields, a numeric event id, then an eight-digit date).
///  - icews: the first line starts with the ICEWS header ("Event ID").
///  - timeml: extension .tml; or .xml with a "<TEXT"; or the first non-space byte is
///    '<' and the input has "<TimeML", or both "<DOCID" and "<TEXT".
///  - other_xml: starts with "<?xml", or extension .xml and starts with '<'.
///  - json_lines: extension .jsonl or .ndjson; or a '{' input that is a JSON candidate
///    (see json) with two or more lines that each hold a whole object (start with '{'
///    and end with '}').
///  - json: extension .json; or the input starts with '[' then '{' or ']', or with '{'
///    then '"' or '}' (so an article opening with "[Reuters]" stays text).
///  - text: anything else.
const InputFormatEntry& detect_input_format(const SourceFile& source);

}  // namespace chronicle::detail

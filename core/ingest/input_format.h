// Recognising what an input is: plain text, a JSON array or record, JSON Lines, or TimeML.
#pragma once

#include "ingest/source_file.h"

namespace chronicle::detail {

/// The formats ingest reads.
enum class InputFormat {
  text,        ///< plain text with an optional " date YYYY-MM-DD " marker
  json,        ///< one JSON value: an array of records, or a single record object
  json_lines,  ///< one record object per line
  timeml,      ///< TimeML XML: DOCID, DCT, TEXT
  other_xml,   ///< XML that is not TimeML (CAT, NAF, ...): refused, not read as text
};

/// Decides by content, with the extension as a hint:
///  - TimeML: extension .tml; or .xml with a "<TEXT"; or the first non-space byte is
///    '<' and the input has "<TimeML", or both "<DOCID" and "<TEXT".
///  - Other XML: starts with "<?xml", or extension .xml and starts with '<'.
///  - JSON Lines: extension .jsonl; or a '{' input (or a .json one) with two or more
///    lines that each hold a whole object (start with '{' and end with '}').
///  - JSON: extension .json; or the input starts with '[' then '{' or ']', or with '{'
///    then '"' or '}' (so an article opening with "[Reuters]" stays text).
///  - Otherwise plain text.
InputFormat detect_input_format(const SourceFile& source);

}  // namespace chronicle::detail

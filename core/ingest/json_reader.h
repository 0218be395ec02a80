// JSON articles: an array of records, a single record, or JSON Lines (one per line).
#pragma once

#include "chronicle/ingest.h"
#include "ingest/source_file.h"

namespace chronicle::detail {

/// Reads one JSON value: an array of record objects (source "FILE#INDEX", 0-based) or a
/// single record object (source "FILE"). A record has "text" (a string, required),
/// "id" or "uid" (string or number), "date" or "dct" ("YYYY-MM-DD", or an ISO timestamp
/// whose date part is used), "title" and "url". A record without an id gets the file
/// stem, or in an array stem-N with N its 1-based position. Errors: "json-syntax" with
/// line and column (the whole file is refused), "json-record" for a record that is not
/// an object or has no string text (that record is skipped, the others kept).
/// `fast` lets simdjson read plain records (json_records_fast.h); false reads every
/// record with nlohmann-json. Both give the same documents and diagnostics.
void read_json(const SourceFile& source, Ingested& out, bool fast = true);

/// Reads JSON Lines: each non-blank line one record object (source "FILE:LINE"), parsed
/// on its own, so a bad line ("json-syntax" or "json-record" at that line) is skipped
/// and the others kept. Default ids are stem-N, N the 1-based count of non-blank lines.
void read_json_lines(const SourceFile& source, Ingested& out, bool fast = true);

}  // namespace chronicle::detail

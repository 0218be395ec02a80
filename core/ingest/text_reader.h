// Plain-text articles: the whole file is the text, after an optional date marker.
#pragma once

#include "chronicle/ingest.h"
#include "ingest/source_file.h"

namespace chronicle::detail {

/// Reads one plain-text article. The only markup recognised is the seed marker:
/// optional leading whitespace, the word "date", whitespace and a YYYY-MM-DD day, e.g.
/// " date 2021-08-25 Prime Minister ...". The marker gives the document date and is
/// dropped with the whitespace after it; the rest of the text is kept byte for byte.
/// A marker whose day does not exist (2021-02-30) warns "bad-date" at the day and
/// leaves the document undated; no marker warns "no-date". Title and url stay empty;
/// the id is the file name without its extension.
void read_text(const SourceFile& source, Ingested& out);

}  // namespace chronicle::detail

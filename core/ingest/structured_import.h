// Importing structured event data (GDELT, ICEWS): rows that someone else already coded
// become Chronicle documents, actors and events, so they merge, draw and export like
// events extracted from text.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/event_graph.h"
#include "chronicle/ingest.h"
#include "ingest/source_file.h"
#include "ingest/structured_codes.h"

namespace chronicle::detail {

/// The structured formats recognised by content.
enum class StructuredFormat {
  none,    ///< not structured event data
  gdelt1,  ///< GDELT 1.0 event export: 57 columns (before April 2013) or 58 (with SOURCEURL)
  gdelt2,  ///< GDELT 2.0 event export: 61 columns
  icews,   ///< ICEWS event file: tab-separated with a header line starting "Event ID"
};

/// Recognises a structured file by its first line: the ICEWS header, or a GDELT row (57,
/// 58 or 61 tab-separated fields, a numeric event id, then an eight-digit date).
StructuredFormat detect_structured_format(std::string_view content);

/// One side of an event as a row codes it.
struct RowActor {
  Actor actor;                       ///< id, name, kind, aliases, affiliation
  std::optional<Actor> affiliation;  ///< the country it belongs to, also listed as an actor
};

/// A row, understood: everything needed for one document and one event.
struct ImportedRow {
  DocumentInfo document;          ///< one per row, id "gdelt-<id>" or "icews-<id>"
  std::vector<RowActor> actors;   ///< agent, patient (either may be missing)
  std::optional<RowActor> place;  ///< where it happened, as a place actor
  Day day;
  std::string date_text;  ///< the date as written in the row
  std::string code;       ///< the CAMEO code as written
  const CameoCode* cameo = nullptr;
  double goldstein = 0;  ///< the row's Goldstein score or intensity
  std::string summary;   ///< a readable line: who, what, whom
};

/// Parses one row, or says why it cannot be used (the row is skipped).
struct RowParse {
  std::optional<ImportedRow> row;
  std::string problem;
};

/// Helpers the row parsers share.
std::optional<Day> parse_compact_day(std::string_view yyyymmdd);
std::optional<double> parse_score(std::string_view text, double limit);
/// "UNITED STATES" -> "United States"; mixed-case names are kept as written.
std::string title_case(std::string_view name);
/// A score as the summary line shows it ("-5", "2.8").
std::string format_score(double value);
/// A place actor named `name`, affiliated to `country` (a canonical country name) if set.
RowActor place_actor(const std::string& name, const std::optional<std::string>& country);
/// The country actor for a canonical name.
Actor country_actor(const std::string& name, ActorKind kind = ActorKind::country);

/// GDELT rows; `columns` is the row's fields.
RowParse parse_gdelt_row(const std::vector<std::string_view>& columns, StructuredFormat format);

/// ICEWS columns found in the header, by name.
struct IcewsHeader {
  std::map<std::string, std::size_t, std::less<>> index;
  std::size_t columns = 0;
};
/// The header, or a problem naming the missing required columns.
RowParse read_icews_header(const std::vector<std::string_view>& columns, IcewsHeader& header);
RowParse parse_icews_row(const std::vector<std::string_view>& columns, const IcewsHeader& header);

/// Imports a whole structured file into `out.imported` (one EventGraph) with a
/// "bad-row" error per unusable row (file:line) and an "import-summary" note at the end.
void read_structured(const SourceFile& source, StructuredFormat format, Ingested& out);

}  // namespace chronicle::detail

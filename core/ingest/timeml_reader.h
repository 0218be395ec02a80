// TimeML documents (TempEval-3, TimeBank, AQUAINT): the DOCID, the DCT and the TEXT with
// its markup removed. Every removed element is kept with its place in the plain text, so
// evaluation can line gold TIMEX3 and EVENT spans up with what the pipeline extracts.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/diagnostic.h"
#include "chronicle/document.h"
#include "chronicle/ingest.h"
#include "ingest/source_file.h"

namespace chronicle::detail {

/// An element of a TimeML file: its name, its attributes (decoded) and the span of its
/// content in TimemlDocument::text (empty for an element outside TEXT).
struct TimemlElement {
  std::string name;
  std::map<std::string, std::string> attributes;
  Span span;

  /// The attribute's value, or "" when absent.
  const std::string& attribute(const std::string& key) const;
};

/// What a TimeML file holds.
struct TimemlDocument {
  std::string id;     ///< the DOCID content, trimmed; "" when absent
  std::string title;  ///< the TITLE (else HEADLINE) content, trimmed; "" when absent
  /// The TIMEX3 inside DCT (attributes "value", "tid", ...); name "" when there is none.
  TimemlElement dct_timex;
  /// The content of TEXT with every tag removed and references decoded. Nothing else
  /// changes, with one exception: an <s> sentence element (SemEval-2015 files) directly
  /// followed by markup or text gets a '\n' after it, so sentences do not run together.
  std::string text;
  /// The elements inside TEXT (TIMEX3, EVENT, SIGNAL, ...), in the order of their start
  /// tags; nested elements follow their parent.
  std::vector<TimemlElement> elements;
  /// Empty elements outside TEXT (MAKEINSTANCE, TLINK, SLINK, ALINK), in file order.
  std::vector<TimemlElement> annotations;
};

/// Parses a TimeML file named `name` (for diagnostics). A leading UTF-8 BOM is skipped;
/// offsets in diagnostics count from the first byte of `xml`.
/// Errors ("timeml-syntax", with offset, line and column): malformed markup, mismatched
/// or unclosed elements, no TEXT element. Thread safety: reentrant.
Result<TimemlDocument> parse_timeml(std::string_view name, std::string_view xml);

/// Reads a TimeML file as one Document: id from DOCID (else the file stem), dct from the
/// date part of the DCT TIMEX3's value ("bad-date" when it has none, "no-date" when
/// there is no DCT), title, and the plain TEXT.
void read_timeml(const SourceFile& source, Ingested& out);

}  // namespace chronicle::detail

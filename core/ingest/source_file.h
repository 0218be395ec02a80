// One input being parsed: its name, its bytes and the options, with the helpers every
// reader (text, JSON, TimeML) needs to name places in it and to report dates.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "chronicle/diagnostic.h"
#include "chronicle/document.h"
#include "chronicle/ingest.h"

namespace chronicle::detail {

/// The bytes of one input. Readers parse content() (the bytes after a UTF-8 BOM);
/// diagnostics carry offsets into the whole file, so a BOM is counted there.
struct SourceFile {
  std::string_view name;   ///< the path as given, or "stdin"
  std::string_view bytes;  ///< the whole input
  const IngestOptions& options;

  /// 3 when the input starts with a UTF-8 BOM, else 0.
  std::size_t content_begin() const;
  /// The bytes after the BOM: what documents' text is taken from.
  std::string_view content() const { return bytes.substr(content_begin()); }
  /// The file name without directories and without its last extension ("stdin" stays).
  std::string stem() const;
  /// The last extension, lowercased, with its dot (".json"); empty when none.
  std::string extension() const;

  /// A diagnostic about the whole input.
  Diagnostic report(Severity severity, std::string code, std::string message) const;
  /// A diagnostic at byte `offset` of content(), with file offset, line and column.
  Diagnostic report_at(Severity severity, std::string code, std::string message,
                       std::size_t offset) const;
  /// The "no-date" warning for `missing` of `total` documents, unless a --dct override
  /// makes it moot. Returns nullopt when there is nothing to say.
  std::optional<Diagnostic> missing_dates(std::size_t missing, std::size_t total) const;
};

/// The day at the start of an ISO date or timestamp: "2021-08-25", "2021-08-25T10:00Z"
/// and "2021-08-25 10:00" give 2021-08-25; anything else (including invalid days) nullopt.
std::optional<Day> parse_date_prefix(std::string_view text);

/// True for the ASCII whitespace bytes space, tab, CR, LF, FF and VT.
inline bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace chronicle::detail

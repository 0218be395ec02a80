// Ingest: turning files, directories and standard input into Documents.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/diagnostic.h"
#include "chronicle/document.h"

namespace chronicle {

/// How inputs are read.
struct IngestOptions {
  /// When set, every document gets this creation date, whatever the input says.
  std::optional<Day> dct_override;
  /// Files larger than this are refused with an error (protects memory).
  std::size_t max_file_bytes = std::size_t{512} << 20;
};

/// Documents read and the problems met on the way. A file that cannot be used at all
/// gives an error diagnostic and no document; a usable file with a flaw (no date) gives
/// a warning and its documents.
struct Ingested {
  std::vector<Document> documents;
  std::vector<Diagnostic> diagnostics;
};

/// Reads every input: a file, a directory (recursively, files in byte order of their
/// paths, hidden files skipped), or "-" for standard input. Formats are recognised by
/// content and extension: plain text with an optional " date YYYY-MM-DD " marker, a
/// JSON array or JSON Lines of records {id|uid, date|dct, title, text, url}, and TimeML
/// (DOCID, DCT, TEXT). Text must be valid UTF-8: a file with an invalid byte is refused
/// with its byte offset. Document ids are made unique within the call.
/// Thread safety: reentrant.
Ingested read_inputs(const std::vector<std::string>& inputs, const IngestOptions& options = {});

/// Parses the bytes of one input named `name` (used for ids and diagnostics).
Ingested parse_input(std::string_view name, std::string_view bytes,
                     const IngestOptions& options = {});

/// The byte offset of the first invalid UTF-8 sequence in `bytes`, or nullopt.
std::optional<std::size_t> find_invalid_utf8(std::string_view bytes);

}  // namespace chronicle

// Ingest: turning files, directories and standard input into Documents.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/diagnostic.h"
#include "chronicle/document.h"
#include "chronicle/event_graph.h"

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
/// Structured event data (GDELT, ICEWS) is not analysed but imported: each such file
/// gives one result in `imported`, with a document per row, its actors and one event,
/// ready to be merged with the results of the documents (see merge()).
struct Ingested {
  std::vector<Document> documents;
  std::vector<Diagnostic> diagnostics;
  std::vector<EventGraph> imported;
};

/// Reads every input: a file, a directory (recursively, files in byte order of their
/// paths, hidden files skipped), or "-" for standard input. Formats are recognised by
/// content and extension: plain text with an optional " date YYYY-MM-DD " marker, a
/// JSON array or JSON Lines of records {id|uid, date|dct, title, text, url}, and TimeML
/// (DOCID, DCT, TEXT); and structured event data, recognised by its first line: GDELT
/// 1.0 (57 or 58 tab-separated columns) and 2.0 (61) event exports without a header, and
/// ICEWS event files (a header starting "Event ID<TAB>Event Date"). A structured row that
/// cannot be used (wrong column count, bad date, bad CAMEO code or score) is a "bad-row"
/// error at its file:line and is skipped; an "import-summary" diagnostic per file counts
/// the rows imported and skipped (a warning, or an error when no row could be used).
/// Text must be valid UTF-8: a file with an invalid byte is refused
/// with its byte offset. Document ids are made unique within the call.
/// Thread safety: reentrant.
Ingested read_inputs(const std::vector<std::string>& inputs, const IngestOptions& options = {});

/// Reads the inputs of read_inputs() one step at a time, so that documents can be
/// analysed while later files are still being read: the documents, ids and diagnostics of
/// all steps together are those read_inputs() gives, in the same order.
/// Thread safety: one instance used from one thread at a time (it may move between them).
class InputReader {
 public:
  explicit InputReader(std::vector<std::string> inputs, IngestOptions options = {});
  ~InputReader();
  InputReader(InputReader&&) noexcept;
  InputReader& operator=(InputReader&&) noexcept;

  /// Reads one more file (or lists a directory, or reports on a finished one) and appends
  /// what it gave to `out`, its documents' ids made unique against every earlier step.
  /// Returns false, appending nothing, once every input has been read.
  bool next(Ingested& out);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// Parses the bytes of one input named `name` (used for ids and diagnostics).
Ingested parse_input(std::string_view name, std::string_view bytes,
                     const IngestOptions& options = {});

/// Reads JSON Lines records one line at a time as they arrive (a pipe), so that a
/// stream of any length can be processed while holding only the lines in flight. Gives
/// the documents, ids and diagnostics that read_inputs() gives for the same input named
/// `name`: sources "NAME:LINE", default ids "STEM-N", repeated ids made unique.
/// Thread safety: one instance per stream, used from one thread at a time.
class JsonLinesStream {
 public:
  explicit JsonLinesStream(std::string name, IngestOptions options = {});
  /// Parses the next line (without its newline). A blank line gives nothing; a bad line
  /// gives an error diagnostic at its line and no document.
  Ingested next_line(std::string_view line);
  /// Diagnostics about the whole stream (the count of undated documents), once at the end.
  std::vector<Diagnostic> finish();

 private:
  std::string name_;
  std::string stem_;
  IngestOptions options_;
  int line_ = 0;
  std::size_t lines_ = 0;      ///< non-blank lines: default ids count them
  std::size_t documents_ = 0;
  std::size_t undated_ = 0;
  std::size_t offset_ = 0;
  std::set<std::string> taken_;             ///< ids given so far
  std::map<std::string, int> next_suffix_;  ///< next "~N" to try per repeated id
};

/// The byte offset of the first invalid UTF-8 sequence in `bytes`, or nullopt.
std::optional<std::size_t> find_invalid_utf8(std::string_view bytes);

}  // namespace chronicle

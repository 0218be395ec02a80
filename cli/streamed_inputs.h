// Extraction while the inputs are still being read. Reading and parsing the input files
// runs as the pipeline's document source, on its reader thread, so that it overlaps the
// analysis of the documents read before instead of holding up the start of the run.
#pragma once

#include <cstddef>
#include <deque>
#include <mutex>
#include <vector>

#include "chronicle/ingest.h"
#include "chronicle/pipeline.h"
#include "commands.h"

namespace chronicle::cli {

/// The positional inputs of a command, read file by file as documents are asked for.
/// Thread safety: next() and read_all() from one thread at a time; take() from any thread.
class InputStream {
 public:
  /// Throws UsageError when `f` names no input or has a bad ingest flag.
  explicit InputStream(const Flags& f);

  /// The next document in read_inputs() order, reading more files when needed; false at
  /// the end of the inputs. Usable as a DocumentSource.
  bool next(Document& doc);
  /// Reads every input now; next() then gives the documents without reading.
  void read_all();

  /// What reading gave since the last take().
  struct Taken {
    std::vector<Diagnostic> diagnostics;
    std::vector<EventGraph> imported;
    bool ended = false;          ///< every input has been read
    std::size_t documents = 0;   ///< documents read in all (so far)
    std::size_t text_bytes = 0;  ///< their text, in bytes
  };
  Taken take();

 private:
  InputReader reader_;
  std::deque<Document> pending_;
  std::mutex m_;
  Taken read_;  // guarded by m_
};

/// What extract_streamed() did besides handing results on.
struct Streamed {
  std::vector<EventGraph> imported;  ///< results imported from structured event files
  std::size_t documents = 0;         ///< documents analysed
  bool had_errors = false;           ///< an error diagnostic was printed
};

/// Runs `pipeline` over `inputs` as they are read, and hands each document's result to
/// `each` on the calling thread in input order (after `prepare`, when given, ran on it on
/// its worker). Diagnostics are printed in the order load() and then the analysis would
/// print them: every reading diagnostic first, then each document's in document order. A
/// progress line is drawn unless `quiet`.
Streamed extract_streamed(const Pipeline& pipeline, InputStream& inputs, const RunOptions& options,
                          bool quiet, const ResultSink& each, const ResultPrepare& prepare = {});

}  // namespace chronicle::cli

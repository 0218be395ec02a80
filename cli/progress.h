// Long runs: how many workers, the progress line on standard error, and extraction of
// loaded inputs with both.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

#include "chronicle/event_graph.h"
#include "chronicle/pipeline.h"
#include "commands.h"

namespace chronicle::cli {

/// --jobs N (a positive integer; default: every hardware thread) -> RunOptions.
/// Throws UsageError for a bad value.
RunOptions run_options(const Flags& f);

/// A one-line progress display on standard error: documents done (of the total when
/// known), MB/s, and time left when the total is known. Drawn only when standard error is
/// a terminal, the run is not quiet, and more than a second has passed; redrawn at most
/// ten times a second; erased when done, so nothing is left in logs or pipes.
/// Thread safety: use from one thread.
class Progress {
 public:
  Progress(bool quiet, std::size_t total_documents = 0, std::size_t total_bytes = 0);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  /// One more document of `bytes` bytes is done.
  void add(std::size_t bytes);
  /// The totals, once they are known (inputs read while the run goes on).
  void set_totals(std::size_t total_documents, std::size_t total_bytes);
  /// Erases the line, if one was drawn.
  void finish();

 private:
  void draw(std::chrono::steady_clock::time_point now);

  bool enabled_;
  bool drawn_ = false;
  std::size_t total_documents_, total_bytes_;
  std::size_t documents_ = 0, bytes_ = 0;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

/// Extracts every loaded document with `pipeline` on `options.jobs` threads with a
/// progress line, reports each document's diagnostics (setting `had_errors` for errors),
/// and merges the results with the imported ones.
EventGraph extract_loaded(const Pipeline& pipeline, Loaded& loaded, const RunOptions& options,
                          bool quiet, bool& had_errors);

}  // namespace chronicle::cli

// Reading inputs as the pipeline asks for documents, and the extraction loop around it.
#include "streamed_inputs.h"

#include <iterator>
#include <utility>

#include "progress.h"

namespace chronicle::cli {
namespace {

std::vector<std::string> inputs_of(const Flags& f) {
  if (f.positional.empty()) throw UsageError("no input given");
  return f.positional;
}

template <class T>
void move_append(std::vector<T>& to, std::vector<T>& from) {
  std::move(from.begin(), from.end(), std::back_inserter(to));
}

}  // namespace

InputStream::InputStream(const Flags& f) : reader_(inputs_of(f), ingest_options(f)) {}

bool InputStream::next(Document& doc) {
  while (pending_.empty()) {
    Ingested in;
    const bool more = reader_.next(in);
    std::size_t bytes = 0;
    for (auto& d : in.documents) {
      bytes += d.text.size();
      pending_.push_back(std::move(d));
    }
    std::lock_guard lock(m_);
    move_append(read_.diagnostics, in.diagnostics);
    move_append(read_.imported, in.imported);
    read_.documents += in.documents.size();
    read_.text_bytes += bytes;
    if (!more) {
      read_.ended = true;
      return false;
    }
  }
  doc = std::move(pending_.front());
  pending_.pop_front();
  return true;
}

void InputStream::read_all() {
  std::deque<Document> all;
  Document doc;
  while (next(doc)) all.push_back(std::exchange(doc, Document{}));
  pending_ = std::move(all);
}

InputStream::Taken InputStream::take() {
  std::lock_guard lock(m_);
  Taken out = std::exchange(read_, Taken{});
  // The counts are totals, not increments.
  read_.ended = out.ended;
  read_.documents = out.documents;
  read_.text_bytes = out.text_bytes;
  return out;
}

Streamed extract_streamed(const Pipeline& pipeline, InputStream& inputs, const RunOptions& options,
                          bool quiet, const ResultSink& each, const ResultPrepare& prepare) {
  Streamed out;
  Progress progress(quiet);
  // A document's diagnostics wait until every reading diagnostic has been printed.
  std::vector<Diagnostic> held;
  bool reading_done = false;
  const auto report_now = [&](const std::vector<Diagnostic>& diagnostics) {
    if (diagnostics.empty()) return;
    progress.finish();
    out.had_errors |= report(diagnostics);
  };
  const auto take_reading = [&] {
    if (reading_done) return;
    InputStream::Taken taken = inputs.take();
    report_now(taken.diagnostics);
    move_append(out.imported, taken.imported);
    if (!taken.ended) return;
    reading_done = true;
    progress.set_totals(taken.documents, taken.text_bytes);
    report_now(held);
    held.clear();
  };
  const DocumentSource source = [&](Document& doc) { return inputs.next(doc); };
  const ResultSink sink = [&](DocumentResult&& r) {
    take_reading();
    ++out.documents;
    progress.add(r.bytes);
    if (reading_done)
      report_now(r.diagnostics);
    else
      move_append(held, r.diagnostics);
    each(std::move(r));
  };
  pipeline.run(source, sink, options, prepare);
  take_reading();
  progress.finish();
  return out;
}

}  // namespace chronicle::cli

// Running the pipeline over a stream of documents on several threads. Design: a reader
// thread pulls documents from the source while fewer than `window` are in flight, workers
// analyse them, and the calling thread hands results to the sink strictly in input order.
// Memory is bounded by the window, not by the input; the order of results, and so every
// byte written from them, is the same for any number of workers.
#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <thread>

#include "chronicle/pipeline.h"

namespace chronicle {
namespace {

DocumentResult process(const Pipeline& pipeline, Document&& document,
                       const ResultPrepare& prepare) {
  DocumentResult r;
  r.bytes = document.text.size();
  DocumentAnalysis a = pipeline.analyze(std::move(document));
  r.diagnostics = std::move(a.diagnostics);
  r.graph = Pipeline::to_graph(std::move(a));
  // Sorted here, on the worker, rather than where results are merged or written one
  // after another: both sort it, and find it sorted.
  sort_single_result(r.graph);
  if (prepare) prepare(r);
  return r;
}

class Scheduler {
 public:
  Scheduler(const Pipeline& pipeline, const DocumentSource& source, const ResultPrepare& prepare,
            std::size_t window)
      : pipeline_(pipeline),
        source_(source),
        prepare_(prepare),
        window_(window),
        refill_(std::max<std::size_t>(1, window / 4)) {}

  void run(unsigned jobs, const ResultSink& sink) {
    std::vector<std::thread> threads;
    threads.emplace_back([this] { read(); });
    for (unsigned i = 0; i < jobs; ++i) threads.emplace_back([this] { work(); });
    emit(sink);
    {
      std::lock_guard lock(m_);
      stopping_ = true;
    }
    wake_all();
    for (auto& t : threads) t.join();
    if (failure_) std::rethrow_exception(failure_);
  }

 private:
  void read() {
    while (true) {
      {
        std::unique_lock lock(m_);
        if (read_ - emitted_ >= window_) {  // full: sleep until a quarter of it is free
          reader_waits_ = true;
          space_cv_.wait(lock, [&] { return stopping_ || read_ - emitted_ + refill_ <= window_; });
          reader_waits_ = false;
        }
        if (stopping_) return;
      }
      Document doc;
      bool more = false;
      try {
        more = source_(doc);
      } catch (...) {
        return fail(std::current_exception());
      }
      std::lock_guard lock(m_);
      if (!more) {
        input_ended_ = true;
        done_cv_.notify_all();
        return;
      }
      todo_.emplace_back(read_++, std::move(doc));
      if (idle_workers_ > 0) work_cv_.notify_one();
    }
  }

  void work() {
    while (true) {
      std::unique_lock lock(m_);
      ++idle_workers_;
      work_cv_.wait(lock, [&] { return stopping_ || !todo_.empty(); });
      --idle_workers_;
      if (stopping_) return;
      auto [seq, doc] = std::move(todo_.front());
      todo_.pop_front();
      lock.unlock();
      DocumentResult result;
      try {
        result = process(pipeline_, std::move(doc), prepare_);
      } catch (...) {
        return fail(std::current_exception());
      }
      lock.lock();
      done_.emplace(seq, std::move(result));
      if (emitter_waits_ && can_emit()) done_cv_.notify_one();
    }
  }

  // Whether the emitter has work, with the lock held: a run of kBatch results in input
  // order, or every result in flight (a filter hands on what it has when it waits for
  // input), or the end. Woken for each result instead, the emitter took a CPU from a
  // worker for every document.
  bool can_emit() const {
    if (failure_ || (input_ended_ && emitted_ == read_)) return true;
    std::size_t run = 0;
    for (auto it = done_.find(emitted_); it != done_.end() && it->first == emitted_ + run; ++it)
      if (++run == kBatch) return true;
    return run > 0 && run == read_ - emitted_;
  }

  void emit(const ResultSink& sink) {
    std::unique_lock lock(m_);
    while (true) {
      emitter_waits_ = true;
      done_cv_.wait(lock, [&] { return can_emit(); });
      emitter_waits_ = false;
      if (failure_ || !done_.count(emitted_)) return;
      while (!failure_ && done_.count(emitted_)) {  // everything ready, in order
        auto node = done_.extract(emitted_);
        lock.unlock();
        try {
          sink(std::move(node.mapped()));
        } catch (...) {
          return fail(std::current_exception());
        }
        lock.lock();
        ++emitted_;
        if (reader_waits_ && read_ - emitted_ + refill_ <= window_) space_cv_.notify_one();
      }
    }
  }

  void fail(std::exception_ptr e) {
    {
      std::lock_guard lock(m_);
      if (!failure_) failure_ = e;
      stopping_ = true;
    }
    wake_all();
  }

  void wake_all() {
    work_cv_.notify_all();
    space_cv_.notify_all();
    done_cv_.notify_all();
  }

  const Pipeline& pipeline_;
  const DocumentSource& source_;
  const ResultPrepare& prepare_;
  const std::size_t window_;
  const std::size_t refill_;  // free places in the window that wake a waiting reader
  std::mutex m_;
  std::condition_variable work_cv_, space_cv_, done_cv_;
  std::deque<std::pair<std::size_t, Document>> todo_;
  std::map<std::size_t, DocumentResult> done_;
  std::size_t read_ = 0, emitted_ = 0;
  bool input_ended_ = false, stopping_ = false;
  // Who sleeps, so that a thread is woken only when it has something to do (on
  // timeline17 with two workers, 14,600 futex calls became 1,100).
  std::size_t idle_workers_ = 0;
  bool reader_waits_ = false, emitter_waits_ = false;
  static constexpr std::size_t kBatch = 16;
  std::exception_ptr failure_;
};

}  // namespace

unsigned resolve_jobs(unsigned jobs) {
  if (jobs > 0) return jobs;
  return std::max(1u, std::thread::hardware_concurrency());
}

void Pipeline::run(const DocumentSource& source, const ResultSink& sink,
                   const RunOptions& run_options, const ResultPrepare& prepare) const {
  const unsigned jobs = resolve_jobs(run_options.jobs);
  if (jobs == 1) {
    Document doc;
    while (source(doc)) {
      sink(process(*this, std::move(doc), prepare));
      doc = Document{};
    }
    return;
  }
  const std::size_t window = run_options.window > 0 ? run_options.window : std::size_t{4} * jobs;
  Scheduler(*this, source, prepare, window).run(jobs, sink);
}

EventGraph Pipeline::extract(std::vector<Document> documents, std::vector<Diagnostic>* diagnostics,
                             const RunOptions& run_options) const {
  std::vector<EventGraph> parts;
  parts.reserve(documents.size());
  std::size_t next = 0;
  const DocumentSource source = [&](Document& doc) {
    if (next == documents.size()) return false;
    doc = std::move(documents[next]);
    documents[next++] = Document{};  // free the text as soon as it is taken
    return true;
  };
  const ResultSink sink = [&](DocumentResult&& r) {
    if (diagnostics)
      diagnostics->insert(diagnostics->end(), r.diagnostics.begin(), r.diagnostics.end());
    parts.push_back(std::move(r.graph));
  };
  run(source, sink, run_options);
  return merge(std::move(parts), resolve_jobs(run_options.jobs));
}

}  // namespace chronicle

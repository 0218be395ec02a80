// Measures what the merge and the JSON writing cost: reads per-document results (JSON
// Lines, as `extract --format jsonl` writes them), then times merge() and to_json() on
// their own (CPU time of this thread), so that a change to either can be measured apart
// from the extraction stages.
// Usage: chronicle_merge_cost RESULTS.jsonl [REPEATS]
#include <cstdio>
#include <ctime>
#include <fstream>
#include <string>
#include <vector>

#include "chronicle/json.h"

namespace {

double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

bool read_parts(const char* path, std::vector<chronicle::EventGraph>& parts) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    auto r = chronicle::from_json(line, path);
    if (!r.ok()) return false;
    parts.push_back(std::move(r).value());
  }
  return !parts.empty();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs("usage: chronicle_merge_cost RESULTS.jsonl [REPEATS]\n", stderr);
    return 2;
  }
  const int repeats = argc > 2 ? std::stoi(argv[2]) : 1;
  double t0 = thread_cpu_seconds();
  std::vector<chronicle::EventGraph> parts;
  if (!read_parts(argv[1], parts)) {
    std::fprintf(stderr, "chronicle_merge_cost: no results read from %s\n", argv[1]);
    return 1;
  }
  std::printf("read %.3f\n", thread_cpu_seconds() - t0);
  for (int i = 0; i < repeats; ++i) {
    std::vector<chronicle::EventGraph> copy = parts;
    t0 = thread_cpu_seconds();
    chronicle::EventGraph g = chronicle::merge(std::move(copy));
    const double merged = thread_cpu_seconds() - t0;
    t0 = thread_cpu_seconds();
    const std::string text = chronicle::to_json(g);
    const double written = thread_cpu_seconds() - t0;
    t0 = thread_cpu_seconds();
    g = chronicle::EventGraph{};
    std::printf("merge %.3f\nwrite %.3f\nfree %.3f\nbytes %zu\n", merged, written, thread_cpu_seconds() - t0,
                text.size());
  }
  return 0;
}

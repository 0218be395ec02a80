// Throughput of the time stage on the timeline17 corpus: every article is segmented,
// then segmented and time-tagged, on one thread; the time tagger's own rate is the text
// size divided by the difference of the two CPU times. Prints MB/s per core.
// Usage: time_tagger_throughput TIMELINE17_DIR [ROUNDS]
#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "chronicle/pipeline.h"

namespace {

std::vector<chronicle::Document> load(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
    if (e.path().filename() == "articles.json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<chronicle::Document> docs;
  for (const auto& f : files) {
    std::ifstream in(f);
    auto records = nlohmann::json::parse(in);
    for (const auto& r : records) {
      chronicle::Document d;
      d.id = r.value("uid", "");
      d.text = r.value("text", "");
      d.dct = chronicle::parse_day(r.value("dct", "").substr(0, 10));
      docs.push_back(std::move(d));
    }
  }
  return docs;
}

double cpu_seconds() { return double(std::clock()) / CLOCKS_PER_SEC; }

// Best of `rounds` CPU times for running `stages` over every document.
double run(const std::vector<chronicle::Document>& docs, std::vector<std::string> stages, int rounds) {
  chronicle::Options o;
  o.stages = std::move(stages);
  chronicle::Pipeline p(o);
  double best = 1e30;
  std::size_t sink = 0;
  for (int r = 0; r < rounds; ++r) {
    double t0 = cpu_seconds();
    for (const auto& d : docs) sink += p.analyze(d).timexes.size();
    best = std::min(best, cpu_seconds() - t0);
  }
  if (sink == 1) std::cerr << "";
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: time_tagger_throughput TIMELINE17_DIR [ROUNDS]\n";
    return 2;
  }
  int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
  auto docs = load(argv[1]);
  double mb = 0;
  for (const auto& d : docs) mb += double(d.text.size()) / 1e6;
  double seg = run(docs, {"segment"}, rounds);
  double both = run(docs, {"segment", "time"}, rounds);
  double tagger = std::max(both - seg, 1e-9);
  std::cout << "articles " << docs.size() << ", text " << mb << " MB\n"
            << "segment        " << seg << " s CPU, " << mb / seg << " MB/s\n"
            << "segment+time   " << both << " s CPU, " << mb / both << " MB/s\n"
            << "time alone     " << tagger << " s CPU, " << mb / tagger << " MB/s\n";
  return 0;
}

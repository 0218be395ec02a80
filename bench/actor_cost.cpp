// Measures what each extraction stage costs on a corpus: every stage is built once and
// timed on every document (CPU time of this thread), then the per-document results are
// merged and the merge is timed too, with its actor part (merged_actor_count) timed on its
// own. Prints one line per stage and the share that actor resolution (the actors stage
// and the actor part of the merge) adds to the rest of the extraction.
// Usage: chronicle_actor_cost INPUT...
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <string>
#include <vector>

#include "chronicle/ingest.h"
#include "chronicle/pipeline.h"
#include "merge/actor_merge.h"

namespace {

double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs("usage: chronicle_actor_cost INPUT...\n", stderr);
    return 2;
  }
  std::vector<std::string> inputs(argv + 1, argv + argc);
  chronicle::Ingested in = chronicle::read_inputs(inputs);
  if (in.documents.empty()) {
    std::fputs("chronicle_actor_cost: no documents read\n", stderr);
    return 1;
  }
  chronicle::Options options;
  std::vector<std::unique_ptr<chronicle::Stage>> stages;
  for (const auto& name : options.stages) stages.push_back(chronicle::make_stage(name, options));
  std::map<std::string, double> seconds;
  std::vector<chronicle::EventGraph> parts;
  std::size_t mentions = 0;
  for (auto& d : in.documents) {
    chronicle::DocumentAnalysis a;
    a.document = std::move(d);
    for (const auto& stage : stages) {
      double t0 = thread_cpu_seconds();
      stage->process(a);
      seconds[std::string(stage->name())] += thread_cpu_seconds() - t0;
    }
    mentions += a.actor_mentions.size();
    parts.push_back(chronicle::Pipeline::to_graph(a));
  }
  // The actor part of the merge, timed on its own: merge() does the same work inside.
  double t0 = thread_cpu_seconds();
  const std::size_t merged_actors = chronicle::detail::merged_actor_count(parts);
  double actor_merge = thread_cpu_seconds() - t0;
  t0 = thread_cpu_seconds();
  chronicle::EventGraph g = chronicle::merge(std::move(parts));
  seconds["merge"] = thread_cpu_seconds() - t0;
  if (merged_actors != g.actors.size()) {
    std::fprintf(stderr,
                 "chronicle_actor_cost: the actor part alone gave %zu actors, merge() %zu\n",
                 merged_actors, g.actors.size());
    return 1;
  }
  double total = 0;
  for (const auto& [name, s] : seconds) total += s;
  std::printf("documents %zu\nactor_mentions %zu\nactors %zu\nevents %zu\n", in.documents.size(),
              mentions, g.actors.size(), g.events.size());
  for (const auto& name : options.stages)
    std::printf("stage %s %.3f\n", name.c_str(), seconds[name]);
  std::printf("stage merge %.3f\ntotal %.3f\n", seconds["merge"], total);
  // Actor resolution: the actors stage and the actor part of the merge.
  double actors = seconds["actors"] + std::min(actor_merge, seconds["merge"]);
  double rest = total - actors;
  std::printf("actor_merge %.3f\nmerged_actors %zu\n", actor_merge, merged_actors);
  std::printf("actors_share_of_rest %.3f\n", rest > 0 ? actors / rest : 0.0);
  return 0;
}

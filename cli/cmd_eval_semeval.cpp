// chronicle eval semeval2015 DIR: builds the timeline of each gold target entity from
// DIR/corpus-timeml and scores it against DIR/gold-timelines with the task's measure.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "chronicle/eval/semeval2015.h"
#include "chronicle/pipeline.h"
#include "commands.h"

namespace chronicle::cli {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> files_in(const fs::path& dir, const std::string& ext) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ext) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::string line(const std::string& name, const eval::Awareness& a) {
  char buf[200];
  std::snprintf(buf, sizeof buf, "%-28s %6.2f %6.2f %6.2f   %4.0f/%-4.0f %4.0f/%-4.0f\n",
                name.c_str(), 100 * a.precision(), 100 * a.recall(), 100 * a.f1(), a.system_matched,
                a.system_total, a.reference_matched, a.reference_total);
  return buf;
}

int eval_semeval(const std::vector<std::string>& args) {
  Flags f = parse(args, {});
  if (f.positional.size() != 1)
    throw UsageError(
        "eval semeval2015 needs the task folder (holding corpus-timeml/ and gold-timelines/)");
  fs::path dir = f.positional[0];
  std::vector<std::string> inputs;
  for (const auto& p : files_in(dir / "corpus-timeml", ".tml")) inputs.push_back(p.string());
  auto golds = files_in(dir / "gold-timelines", ".txt");
  if (inputs.empty() || golds.empty()) {
    std::cerr << dir.string() << ": error: needs corpus-timeml/*.tml and gold-timelines/*.txt\n";
    return 1;
  }
  Flags in;
  in.positional = inputs;
  Loaded l = load(in);
  if (l.documents.empty()) return 1;
  std::vector<Document> texts = l.documents;
  EventGraph graph = Pipeline().extract(std::move(l.documents));
  std::cout << "SemEval-2015 Task 4 " << dir.filename().string() << ": " << texts.size()
            << " documents, " << golds.size() << " target entities\n"
            << "timeline                         P      R      F1    sys-matched ref-matched\n";
  eval::Awareness total;
  bool bad = l.had_errors;
  for (const auto& g : golds) {
    std::string text;
    if (!read_whole_file(g.string(), text)) return 1;
    auto gold = eval::parse_timeline(g.string(), text);
    if (!gold.ok()) {
      bad |= report(gold.diagnostics());
      continue;
    }
    eval::Timeline sys = eval::build_timeline(graph, texts, gold.value().target);
    eval::Awareness a = eval::temporal_awareness(gold.value(), sys);
    total += a;
    std::cout << line(g.stem().string(), a);
  }
  std::cout << line("micro-average", total);
  return bad ? 5 : 0;
}

CHRONICLE_EVAL(
    {"semeval2015", 40,
     "  chronicle eval semeval2015 DIR\n"
     "      SemEval-2015 Task 4 timelines (Track A): one per gold target entity, scored by\n"
     "      temporal awareness (precision, recall, F1 micro-averaged over timelines).\n",
     &eval_semeval});

}  // namespace
}  // namespace chronicle::cli

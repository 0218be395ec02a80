// chronicle eval meantime-events DIR: event mentions and event participants on the
// MEANTIME corpus (CAT XML), per document set (each folder of .xml files under DIR, or
// DIR itself).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "chronicle/eval/meantime_events.h"
#include "chronicle/pipeline.h"
#include "commands.h"

namespace chronicle::cli {
namespace {

namespace fs = std::filesystem;

// The folders holding CAT files: DIR's subfolders with .xml files, else DIR itself.
std::vector<fs::path> document_sets(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.is_directory() && !eval::cat_files(e.path().string()).empty()) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  if (out.empty() && !eval::cat_files(dir.string()).empty()) out.push_back(dir);
  return out;
}

std::string row(const char* name, const eval::MatchCounts& c) {
  char line[200];
  std::snprintf(line, sizeof line, "  %-30s %6.1f %6.1f %6.1f   gold %ld, system %ld\n", name,
                100 * c.precision(), 100 * c.recall(), 100 * c.f1(), c.gold, c.system);
  return line;
}

void print_errors(const eval::MeantimeEventScores& s, int limit) {
  for (const auto& [kind, items] : s.errors) {
    int total = 0;
    for (const auto& [text, n] : items) total += n;
    std::cout << "  errors: " << kind << " (" << total << ")\n";
    std::vector<std::pair<int, std::string>> sorted;
    for (const auto& [text, n] : items) sorted.emplace_back(-n, text);
    std::sort(sorted.begin(), sorted.end());
    for (std::size_t i = 0; i < sorted.size() && static_cast<int>(i) < limit; ++i)
      std::cout << "    " << -sorted[i].first << "  " << sorted[i].second << "\n";
  }
}

int eval_meantime_events(const std::vector<std::string>& args) {
  Flags f = parse(args, {"--errors"});
  if (f.positional.size() != 1) throw UsageError("eval meantime-events needs one MEANTIME folder");
  int limit = 0;
  try {
    limit = std::stoi(f.get("--errors", "0"));
  } catch (const std::exception&) {
    throw UsageError("--errors takes a number");
  }
  const fs::path dir = f.positional[0];
  const auto sets = document_sets(dir);
  if (sets.empty()) {
    std::cerr << dir.string() << ": error: no CAT XML (.xml) documents here or in its folders\n";
    return 1;
  }
  const Pipeline pipeline;
  bool ok = true;
  for (const auto& set : sets) {
    std::vector<eval::CatDocument> docs;
    for (const auto& file : eval::cat_files(set.string())) {
      auto doc = eval::read_cat_document(file);
      if (report(doc.diagnostics()) || !doc.ok()) {
        ok = false;
        continue;
      }
      docs.push_back(std::move(doc).value());
    }
    const auto s = eval::evaluate_meantime_events(pipeline, docs);
    std::cout << set.filename().string() << " (" << s.documents << " documents)\n"
              << "  measure                             P      R     F1\n"
              << row("event mentions, exact", s.events_exact)
              << row("event mentions, overlap", s.events_partial)
              << row("participants, exact", s.participants_exact)
              << row("participants, overlap", s.participants_partial)
              << row("TimeML tagger events, exact", s.timeml_exact)
              << row("TimeML tagger events, overlap", s.timeml_partial);
    if (limit > 0) print_errors(s, limit);
    std::cout << "\n";
  }
  return ok ? 0 : 1;
}

CHRONICLE_EVAL(
    {"meantime-events", 40,
     "  chronicle eval meantime-events DIR [--errors N]\n"
     "      Event mentions (exact span and overlap) and HAS_PARTICIPANT pairs (event and\n"
     "      entity spans exact, or both overlapping) of Chronicle's events on MEANTIME CAT\n"
     "      XML, per document set (each folder of .xml files under DIR); also the TimeML\n"
     "      event tagger's mentions. --errors N lists the N most frequent of each error kind.\n",
     &eval_meantime_events});

}  // namespace
}  // namespace chronicle::cli

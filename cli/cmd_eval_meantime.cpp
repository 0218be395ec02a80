// chronicle eval meantime DIR: entity scores on the MEANTIME corpus (CAT XML):
// named-entity mention detection, within-document coreference, cross-document merging.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "chronicle/eval/meantime_entities.h"
#include "chronicle/pipeline.h"
#include "commands.h"
#include "dictionary_flag.h"

namespace chronicle::cli {
namespace {

std::vector<eval::CatDocument> read_all(const std::string& dir, bool& ok) {
  std::vector<eval::CatDocument> docs;
  for (const auto& file : eval::cat_files(dir)) {
    auto doc = eval::read_cat_document(file);
    if (report(doc.diagnostics()) || !doc.ok()) {
      ok = false;
      continue;
    }
    docs.push_back(std::move(doc).value());
  }
  return docs;
}

std::string row(const char* name, double p, double r, double f1, const std::string& counts) {
  char line[160];
  std::snprintf(line, sizeof line, "%-34s %6.1f %6.1f %6.1f", name, 100 * p, 100 * r, 100 * f1);
  return std::string(line) + (counts.empty() ? "" : "   " + counts) + "\n";
}

void print_errors(const eval::MeantimeEntityScores& s, int limit) {
  for (const auto& [kind, items] : s.errors) {
    int total = 0;
    for (const auto& [text, n] : items) total += n;
    std::cout << "\nerrors: " << kind << " (" << total << ")\n";
    std::vector<std::pair<int, std::string>> sorted;
    for (const auto& [text, n] : items) sorted.emplace_back(-n, text);
    std::sort(sorted.begin(), sorted.end());
    for (int i = 0; i < limit && i < static_cast<int>(sorted.size()); ++i)
      std::cout << "  " << -sorted[static_cast<std::size_t>(i)].first << "  "
                << sorted[static_cast<std::size_t>(i)].second << "\n";
  }
}

int eval_meantime(const std::vector<std::string>& args) {
  Flags f = parse(args, {"--errors", "--dictionary"});
  if (f.positional.size() != 1)
    throw UsageError(
        "eval meantime needs the MEANTIME folder (holding intra-doc_apple and cross-doc_apple)");
  int limit = 0;
  try {
    limit = std::stoi(f.get("--errors", "0"));
  } catch (const std::exception&) {
    throw UsageError("--errors needs a number");
  }
  namespace fs = std::filesystem;
  fs::path root = f.positional[0];
  fs::path within = root / "intra-doc_apple", cross = root / "cross-doc_apple";
  if (!fs::is_directory(within) && !fs::is_directory(cross)) {
    std::cerr << root.string() << ": error: no intra-doc_apple or cross-doc_apple folder here\n";
    return 1;
  }
  bool ok = true;
  auto within_docs =
      fs::is_directory(within) ? read_all(within.string(), ok) : std::vector<eval::CatDocument>{};
  auto cross_docs =
      fs::is_directory(cross) ? read_all(cross.string(), ok) : std::vector<eval::CatDocument>{};
  if (within_docs.empty() && cross_docs.empty()) {
    std::cerr << root.string() << ": error: no readable CAT XML documents\n";
    return 1;
  }
  Options options;
  options.stages = {"segment", "time", "actors"};
  auto with_dictionary = options_with_dictionary(f, options);
  if (!with_dictionary) return 2;
  auto s = eval::evaluate_meantime_entities(Pipeline(*with_dictionary), within_docs, cross_docs);
  std::cout << "MEANTIME entities: " << s.documents << " documents (intra-doc), "
            << s.cross_documents << " documents (cross-doc)\n";
  std::cout << "                                        P      R     F1   counts\n";
  for (const char* type : {"PER", "ORG", "LOC", "all"}) {
    const auto& d = s.detection[type];
    std::string counts = "tp " + std::to_string(static_cast<int>(d.tp)) + " system " +
                         std::to_string(static_cast<int>(d.system)) + " gold " +
                         std::to_string(static_cast<int>(d.gold));
    std::string name = std::string("names, exact span+type: ") + type;
    std::cout << row(name.c_str(), d.precision(), d.recall(), d.f1(), counts);
  }
  std::cout << row("within-document coref, B-cubed", s.within_document.precision,
                   s.within_document.recall, s.within_document.f1(), "");
  std::cout << row("cross-document merging, B-cubed", s.cross_document.precision,
                   s.cross_document.recall, s.cross_document.f1(), "");
  if (limit > 0) print_errors(s, limit);
  return ok ? 0 : 5;
}

CHRONICLE_EVAL(
    {"meantime", 30,
     "  chronicle eval meantime DIR [--errors N] [--dictionary FILE]\n"
     "      MEANTIME (CAT XML) entities: named mention detection (PER/ORG/LOC, exact span\n"
     "      and type), within-document coreference and cross-document merging (B-cubed);\n"
     "      --errors N lists the N most frequent errors of each kind.\n",
     &eval_meantime});

}  // namespace
}  // namespace chronicle::cli

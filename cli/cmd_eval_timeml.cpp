// chronicle eval timeml GOLD_DIR: annotates every gold TimeML document from its untagged
// text (tags inside TEXT removed, DCT kept) and prints the TempEval-3 measures per
// subcorpus (the first folder under GOLD_DIR) and overall.
#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "chronicle/formats.h"
#include "chronicle/timeml.h"
#include "commands.h"

namespace chronicle::cli {
namespace {

namespace fs = std::filesystem;

struct Corpus {
  TimemlCounts counts;
  int documents = 0;
};

std::vector<fs::path> tml_files(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".tml") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::string corpus_of(const fs::path& file, const fs::path& dir) {
  fs::path rel = fs::relative(file, dir);
  auto it = rel.begin();
  if (std::next(it) == rel.end()) return dir.filename().string();
  return it->string();
}

// Scores one gold file; false (after printing why) when it could not be used.
bool score_file(const fs::path& file, const Pipeline& pipeline, const std::string& system_dir, Corpus& corpus) {
  std::string gold;
  if (!read_whole_file(file.string(), gold)) return false;
  std::string name = file.string();
  auto input = strip_timeml_text(name, gold);
  if (report(input.diagnostics()) || !input.ok()) return false;
  auto system = annotate_timeml(name, input.value(), pipeline);
  if (!system.ok()) {
    report(system.diagnostics());
    return false;
  }
  if (!system_dir.empty() && !write_or_report((fs::path(system_dir) / file.filename()).string(), system.value()))
    return false;
  auto counts = score_timeml(name, gold, name + " (annotated)", system.value());
  if (report(counts.diagnostics()) || !counts.ok()) return false;
  corpus.counts += counts.value();
  ++corpus.documents;
  return true;
}

nlohmann::json prf_json(const Prf& p) {
  return {{"precision", p.precision}, {"recall", p.recall}, {"f1", p.f1}};
}

nlohmann::json corpus_json(const Corpus& c) {
  const EntityCounts& t = c.counts.timex;
  const EntityCounts& e = c.counts.event;
  return {{"documents", c.documents},
          {"timex", {{"gold", t.gold}, {"system", t.system}, {"strict", prf_json(strict_prf(t))},
                     {"relaxed", prf_json(relaxed_prf(t))}, {"value", prf_json(attribute1_prf(t))},
                     {"type", prf_json(attribute2_prf(t))}}},
          {"event", {{"gold", e.gold}, {"system", e.system}, {"strict", prf_json(strict_prf(e))},
                     {"relaxed", prf_json(relaxed_prf(e))}, {"class", prf_json(attribute1_prf(e))},
                     {"class_accuracy", e.relaxed_gold ? double(e.attribute1) / double(e.relaxed_gold) : 0.0}}}};
}

std::string row(const std::string& label, const Prf& p) {
  std::ostringstream s;
  s << std::fixed << std::setprecision(4) << "  " << std::left << std::setw(16) << label << std::right
    << std::setw(8) << p.precision << std::setw(8) << p.recall << std::setw(8) << p.f1 << "\n";
  return s.str();
}

std::string corpus_text(const std::string& name, const Corpus& c) {
  const EntityCounts& t = c.counts.timex;
  const EntityCounts& e = c.counts.event;
  std::ostringstream s;
  s << name << " (" << c.documents << " documents; TIMEX3 gold " << t.gold << ", system " << t.system
    << "; EVENT gold " << e.gold << ", system " << e.system << ")\n";
  s << "  " << std::left << std::setw(16) << "measure" << std::right << std::setw(8) << "P" << std::setw(8) << "R"
    << std::setw(8) << "F1" << "\n";
  s << row("timex strict", strict_prf(t)) << row("timex relaxed", relaxed_prf(t))
    << row("timex value", attribute1_prf(t)) << row("timex type", attribute2_prf(t))
    << row("event strict", strict_prf(e)) << row("event relaxed", relaxed_prf(e))
    << row("event class", attribute1_prf(e));
  s << std::fixed << std::setprecision(4) << "  event class accuracy (relaxed matches): "
    << (e.relaxed_gold ? double(e.attribute1) / double(e.relaxed_gold) : 0.0) << "\n";
  return s.str();
}

using Corpora = std::map<std::string, Corpus>;

std::string scores_text(const Corpora& corpora, const Corpus& all) {
  std::string out;
  for (const auto& [name, c] : corpora) out += corpus_text(name, c) + "\n";
  return out + corpus_text("overall", all);
}

std::string scores_json(const Corpora& corpora, const Corpus& all) {
  nlohmann::json j = {{"overall", corpus_json(all)}, {"corpora", nlohmann::json::object()}};
  for (const auto& [name, c] : corpora) j["corpora"][name] = corpus_json(c);
  return j.dump(2) + "\n";
}

using ScoresFormat = CommandFormat<std::string (*)(const Corpora&, const Corpus&)>;

const std::vector<ScoresFormat>& scores_formats() {
  static const std::vector<ScoresFormat> formats = {
      {"text", "the measures as aligned text, per subfolder and overall", scores_text},
      {"json", "{overall, corpora: {subfolder: measures}} as JSON", scores_json},
  };
  return formats;
}

int eval_timeml(const std::vector<std::string>& args) {
  Flags f = parse(args, {"--format", "--system-dir"});
  const ScoresFormat& format =
      *find_format(scores_formats(), format_flag(f, format_names(scores_formats())));
  if (f.positional.size() != 1) throw UsageError("eval timeml needs one gold folder");
  fs::path dir = f.positional[0];
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    std::cerr << dir.string() << ": error: not a folder of TimeML gold documents\n";
    return 1;
  }
  std::string system_dir = f.get("--system-dir");
  if (!system_dir.empty()) fs::create_directories(system_dir, ec);
  Pipeline pipeline;
  Corpora corpora;
  Corpus all;
  int refused = 0;
  for (const auto& file : tml_files(dir)) {
    Corpus one;
    if (!score_file(file, pipeline, system_dir, one)) {
      ++refused;
      continue;
    }
    Corpus& c = corpora[corpus_of(file, dir)];
    c.counts += one.counts;
    c.documents += one.documents;
    all.counts += one.counts;
    all.documents += one.documents;
  }
  if (all.documents == 0) {
    std::cerr << dir.string() << ": error: no TimeML document (.tml) could be scored\n";
    return 1;
  }
  std::cout << format.write(corpora, all);
  std::cout.flush();
  return refused ? 5 : 0;
}

CHRONICLE_EVAL(
    {"timeml", 10,
     std::string("  chronicle eval timeml GOLD_DIR [--format ") +
         choice_list(format_names(scores_formats())) +
         "] [--system-dir DIR]\n"
         "      Annotate every .tml of GOLD_DIR from its untagged text and print the\n"
         "      TempEval-3 measures (Task A TIMEX3 strict/relaxed span, value and type;\n"
         "      Task B EVENT span and class) per subfolder and overall; --system-dir keeps\n"
         "      the annotated documents.\n",
     &eval_timeml});

}  // namespace
}  // namespace chronicle::cli

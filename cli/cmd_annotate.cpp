// chronicle annotate --format timeml FILE: a TempEval-3 input document with Chronicle's
// TIMEX3 and EVENT tags inserted in its TEXT, everything else unchanged.
#include <iostream>

#include "chronicle/timeml.h"
#include "commands.h"

namespace chronicle::cli {
namespace {

int annotate(const std::vector<std::string>& args) {
  Flags f = parse(args, {"--format", "-o", "--output"});
  if (f.get("--format", "timeml") != "timeml") throw UsageError("--format must be timeml");
  if (f.positional.size() != 1) throw UsageError("annotate needs exactly one input file");
  const std::string& path = f.positional[0];
  std::string xml;
  if (!read_whole_file(path, xml)) return 1;
  Pipeline pipeline;
  auto annotated = annotate_timeml(path, xml, pipeline);
  if (report(annotated.diagnostics()) || !annotated.ok()) return 1;
  std::string out = f.get_any({"-o", "--output"});
  if (out.empty()) {
    std::cout << annotated.value();
    std::cout.flush();
    return 0;
  }
  return write_or_report(out, annotated.value()) ? 0 : 3;
}

CHRONICLE_COMMAND({"annotate", 40,
                   "  chronicle annotate --format timeml FILE [-o OUTPUT]\n"
                   "      Insert TIMEX3 and EVENT tags into the TEXT of a TempEval-3 document (any\n"
                   "      tags already inside TEXT are replaced); every other byte is kept.\n",
                   &annotate});

}  // namespace
}  // namespace chronicle::cli

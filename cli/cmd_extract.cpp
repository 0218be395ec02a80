// chronicle extract: inputs -> events JSON on standard output.
#include <iostream>

#include "chronicle/json.h"
#include "chronicle/pipeline.h"
#include "commands.h"

namespace chronicle::cli {
namespace {

int extract(const std::vector<std::string>& args) {
  Flags f = parse(args, {"--format", "--dct"});
  std::string format = f.get("--format", "json");
  if (format != "json" && format != "jsonl") throw UsageError("--format must be json or jsonl");
  Loaded l = load(f);
  if (l.documents.empty()) return 1;
  Pipeline pipeline;
  if (format == "jsonl") {
    for (auto& d : l.documents) {
      EventGraph one = merge({Pipeline::to_graph(pipeline.analyze(std::move(d)))});
      std::cout << to_json(one, -1);
    }
  } else {
    std::cout << to_json(pipeline.extract(std::move(l.documents)));
  }
  std::cout.flush();
  return l.had_errors ? 5 : 0;
}

CHRONICLE_COMMAND({"extract", 20,
                   "  chronicle extract INPUT... [--format json|jsonl] [--dct YYYY-MM-DD]\n"
                   "      Print the extracted events as one JSON object (json, the default), or one\n"
                   "      compact JSON object per document, unmerged (jsonl).\n",
                   &extract});

}  // namespace
}  // namespace chronicle::cli

// The result-format table: the JSON contract pretty-printed, or compact one object a line.
#include "chronicle/formats.h"
#include "chronicle/json.h"

namespace chronicle {
namespace {

ResultFormat json_result(std::string name, std::string help, int indent, bool lines) {
  return {std::move(name), std::move(help), lines,
          [indent](std::ostream& out, const EventGraph& graph, unsigned jobs) {
            write_json(out, graph, indent, jobs);
          }};
}

}  // namespace

const std::vector<ResultFormat>& result_formats() {
  static const std::vector<ResultFormat> table = {
      json_result("json", "one JSON object, indented (docs/JSON.md)", 2, false),
      json_result("jsonl", "compact JSON objects, one a line: one per document from extract", -1,
                  true),
  };
  return table;
}

}  // namespace chronicle

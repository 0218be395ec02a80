// chronicle timeline INPUT... --target ENTITY: the dated events that involve one entity,
// in order, in the SemEval-2015 Task 4 timeline format or as JSON.
#include <iostream>

#include "chronicle/eval/semeval2015.h"
#include "chronicle/pipeline.h"
#include "commands.h"

namespace chronicle::cli {
namespace {

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string timeline_json(const eval::Timeline& t) {
  std::string out = "{\n  \"target\": " + json_string(t.target) + ",\n  \"entries\": [";
  for (std::size_t i = 0; i < t.entries.size(); ++i) {
    const auto& e = t.entries[i];
    out += i ? ",\n    " : "\n    ";
    out += "{\"ordinal\": " + std::to_string(e.ordinal) + ", \"anchor\": " + json_string(e.anchor) +
           ", \"mentions\": [";
    for (std::size_t k = 0; k < e.mentions.size(); ++k)
      out += (k ? ", " : "") + json_string(e.mentions[k]);
    out += "]}";
  }
  return out + (t.entries.empty() ? "]\n}\n" : "\n  ]\n}\n");
}

int timeline(const std::vector<std::string>& args) {
  Flags f = parse(args, {"--target", "--format", "--dct", "-o", "--output"});
  std::string target = f.get("--target");
  if (target.empty()) throw UsageError("timeline needs --target ENTITY");
  std::string format = f.get("--format", "semeval2015");
  if (format != "semeval2015" && format != "json")
    throw UsageError("--format must be semeval2015 or json");
  Loaded l = load(f);
  if (l.documents.empty()) return 1;
  std::vector<Document> texts = l.documents;
  EventGraph graph = Pipeline().extract(std::move(l.documents));
  eval::Timeline t = eval::build_timeline(graph, texts, target);
  std::string bytes = format == "json" ? timeline_json(t) : eval::format_timeline(t);
  std::string out = f.get_any({"-o", "--output"});
  if (!out.empty()) {
    if (!write_or_report(out, bytes)) return 1;
  } else {
    std::cout << bytes;
  }
  return l.had_errors ? 5 : 0;
}

CHRONICLE_COMMAND(
    {"timeline", 40,
     "  chronicle timeline INPUT... --target ENTITY [--format semeval2015|json] [-o FILE]\n"
     "      The dated events involving ENTITY in time order, in the SemEval-2015 Task 4\n"
     "      timeline format (mentions as DOCID-LINE-WORD) or as JSON.\n",
     &timeline});

}  // namespace
}  // namespace chronicle::cli

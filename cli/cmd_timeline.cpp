// chronicle timeline INPUT... --target ENTITY: the dated events that involve one entity,
// in order, in the SemEval-2015 Task 4 timeline format or as JSON.
#include <iostream>

#include "chronicle/eval/semeval2015.h"
#include "chronicle/formats.h"
#include "chronicle/pipeline.h"
#include "commands.h"

namespace chronicle::cli {
namespace {

int timeline(const std::vector<std::string>& args) {
  Flags f = parse(args, {"--target", "--format", "--dct", "-o", "--output"});
  std::string target = f.get("--target");
  if (target.empty()) throw UsageError("timeline needs --target ENTITY");
  const TimelineFormat& format =
      *find_format(timeline_formats(), format_flag(f, format_names(timeline_formats())));
  Loaded l = load(f);
  if (l.documents.empty()) return 1;
  std::vector<Document> texts = l.documents;
  EventGraph graph = Pipeline().extract(std::move(l.documents));
  eval::Timeline t = eval::build_timeline(graph, texts, target);
  std::string bytes = format.write(t);
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
     std::string("  chronicle timeline INPUT... --target ENTITY [--format ") +
         choice_list(format_names(timeline_formats())) +
         "] [-o FILE]\n"
         "      The dated events involving ENTITY in time order, in the SemEval-2015 Task 4\n"
         "      timeline format (mentions as DOCID-LINE-WORD) or as JSON.\n",
     &timeline});

}  // namespace
}  // namespace chronicle::cli

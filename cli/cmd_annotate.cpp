// chronicle annotate --format timeml FILE: a TempEval-3 input document with Chronicle's
// TIMEX3 and EVENT tags inserted in its TEXT, everything else unchanged.
#include <iostream>

#include "chronicle/formats.h"
#include "chronicle/ingest.h"
#include "chronicle/pipeline.h"
#include "chronicle/syntax.h"
#include "chronicle/timeml.h"
#include "commands.h"

namespace chronicle::cli {
namespace {

using AnnotateFormat =
    CommandFormat<Result<std::string> (*)(std::string_view, std::string_view, const Pipeline&)>;

// Every document of the input (any input format), segmented, tagged, lemmatised and parsed.
Result<std::string> annotate_conllu(std::string_view name, std::string_view bytes, const Pipeline&) {
  Ingested in = parse_input(name, bytes);
  if (in.documents.empty()) {
    if (in.diagnostics.empty())
      in.diagnostics.push_back(Diagnostic{Severity::error, "no-documents", "no article to annotate", std::string(name)});
    return Result<std::string>(std::move(in.diagnostics));
  }
  Options options;
  options.stages = {"segment"};
  const Pipeline segment(options);
  const auto model = syntax::Analyzer::english();
  std::string out;
  for (auto& doc : in.documents) out += syntax::document_conllu(segment.analyze(std::move(doc)), *model);
  return Result<std::string>(std::move(out), std::move(in.diagnostics));
}

const std::vector<AnnotateFormat>& annotate_formats() {
  static const std::vector<AnnotateFormat> formats = {
      {"timeml", "TempEval-3 TimeML: the document with TIMEX3 and EVENT tags in its TEXT",
       annotate_timeml},
      {"conllu", "CoNLL-U: every sentence of the articles, tagged, lemmatised and parsed", annotate_conllu},
  };
  return formats;
}

int annotate(const std::vector<std::string>& args) {
  Flags f = parse(args, {"--format", "-o", "--output"});
  const AnnotateFormat& format =
      *find_format(annotate_formats(), format_flag(f, format_names(annotate_formats())));
  if (f.positional.size() != 1) throw UsageError("annotate needs exactly one input file");
  const std::string& path = f.positional[0];
  std::string xml;
  if (!read_whole_file(path, xml)) return 1;
  Pipeline pipeline;
  auto annotated = format.write(path, xml, pipeline);
  if (report(annotated.diagnostics()) || !annotated.ok()) return 1;
  std::string out = f.get_any({"-o", "--output"});
  if (out.empty()) {
    std::cout << annotated.value();
    std::cout.flush();
    return 0;
  }
  return write_or_report(out, annotated.value()) ? 0 : 3;
}

CHRONICLE_COMMAND(
    {"annotate", 40,
     std::string("  chronicle annotate --format ") + choice_list(format_names(annotate_formats())) +
         " FILE [-o OUTPUT]\n"
         "      timeml: insert TIMEX3 and EVENT tags into the TEXT of a TempEval-3 document\n"
         "      (any tags already inside TEXT are replaced); every other byte is kept.\n"
         "      conllu: the sentences of the articles of FILE (any input format) on\n"
         "      Chronicle's tokens, with part-of-speech tags, lemmas and dependencies from\n"
         "      the language model; MISC holds each word's TokenRange=START:END, byte\n"
         "      offsets into the article's text.\n",
     &annotate});

}  // namespace
}  // namespace chronicle::cli

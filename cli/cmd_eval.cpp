// chronicle eval KIND ...: scores Chronicle on an annotated corpus; each KIND is an
// evaluation registered with CHRONICLE_EVAL in its own file.
#include <iostream>

#include "commands.h"

namespace chronicle::cli {
namespace {

int eval(const std::vector<std::string>& args) {
  if (args.empty()) throw UsageError("eval needs a corpus kind (see chronicle --help)");
  for (const auto& e : evaluations())
    if (e.name == args[0]) return e.run(std::vector<std::string>(args.begin() + 1, args.end()));
  throw UsageError("unknown corpus kind '" + args[0] + "'");
}

// The usage lines of the evaluations are listed under this entry by main's help.
CHRONICLE_COMMAND({"eval", 90,
                   "  chronicle eval KIND ...\n"
                   "      Score Chronicle on an annotated corpus; KIND is one of the following.\n",
                   &eval});

}  // namespace
}  // namespace chronicle::cli

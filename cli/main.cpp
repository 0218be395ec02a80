// The chronicle command: parses flags into options, calls the library, writes files.
// Everything it does is available through include/chronicle/.
#include <cstdio>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "chronicle/formats.h"
#include "commands.h"

namespace {

const char* const kHelpHead = R"(chronicle - news articles in, timelines and actor networks out

Usage:
)";

const char* const kHelpInputs = R"(  chronicle --help | --version

Inputs: files, directories (read recursively, in sorted order) or '-' for standard
input, each in one of the input formats below.
Text must be UTF-8; a file with an invalid byte is refused with its byte offset.
--dct sets the document date of every input, for relative dates ("on Tuesday").

Input formats, recognised by content in this order (the extension is a hint):
)";

const char* const kHelpTail = R"(
Exit codes:
  0  success (warnings may have been printed)
  1  nothing could be done: no input could be read
  2  usage error (unknown command or flag, missing argument)
  3  an output file could not be written (no partial file is left)
  4  internal or configuration error
  5  some inputs were refused (errors printed); output was written from the rest
)";

// "  name        help", the names in one column.
std::string input_format_line(const chronicle::InputFormat& format) {
  constexpr std::size_t kColumn = 12;
  std::string line = "  " + format.name;
  line.append(format.name.size() < kColumn ? kColumn - format.name.size() : 1, ' ');
  return line + format.help + "\n";
}

std::string help() {
  std::string text = kHelpHead;
  for (const auto& c : chronicle::cli::commands()) {
    text += c.usage;
    if (c.name == "eval")
      for (const auto& e : chronicle::cli::evaluations()) text += e.usage;
  }
  text += kHelpInputs;
  for (const auto& format : chronicle::input_formats()) text += input_format_line(format);
  return text + kHelpTail;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    std::fputs(help().c_str(), args.empty() ? stderr : stdout);
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--version") {
    std::puts("chronicle " CHRONICLE_VERSION);
    return 0;
  }
  std::string command = args[0];
  args.erase(args.begin());
  try {
    for (const auto& c : chronicle::cli::commands())
      if (c.name == command) return c.run(args);
  } catch (const chronicle::cli::UsageError& e) {
    std::cerr << "chronicle " << command << ": " << e.what() << "\n(see chronicle --help)\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "chronicle: internal error: " << e.what() << "\n";
    return 4;
  }
  std::cerr << "chronicle: unknown command '" << command << "' (see chronicle --help)\n";
  return 2;
}

// chronicle merge: per-document (or already merged) results in, one merged result out.
// The reduce step of extraction spread over machines: `extract --format jsonl` on each
// part, then `merge` of the parts, in any grouping and order.
#include <algorithm>
#include <iostream>
#include <string_view>

#include "chronicle/json.h"
#include "chronicle/output.h"
#include "commands.h"

namespace chronicle::cli {
namespace {

bool is_object_line(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
  return line.size() >= 2 && line.front() == '{' && line.back() == '}';
}

// One result per line (JSON Lines) when the first line is a whole object; otherwise the
// input is one JSON object (such as events.json).
bool read_results(const std::string& name, const std::string& text, std::vector<EventGraph>& out) {
  const std::string_view all = text;
  const std::string_view first = all.substr(0, all.find('\n'));
  if (!is_object_line(first)) {
    auto r = from_json(text, name);
    if (!r.ok()) return !report(r.diagnostics());
    out.push_back(std::move(r).value());
    return true;
  }
  bool ok = true;
  int line_number = 0;
  for (std::size_t start = 0; start < all.size();) {
    std::size_t end = all.find('\n', start);
    if (end == std::string_view::npos) end = all.size();
    const std::string_view line = all.substr(start, end - start);
    ++line_number;
    start = end + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    auto r = from_json(line, name);
    if (r.ok()) {
      out.push_back(std::move(r).value());
      continue;
    }
    auto diagnostics = r.diagnostics();
    for (auto& d : diagnostics) d.line = line_number;  // the reader saw one line
    ok = !report(diagnostics) && ok;
  }
  return ok;
}

// The parts gathered without merging: one line per part, sorted and without repeats, so
// that gathering gathered parts in any grouping gives the same lines, and their final
// merge the bytes of one merge of all the single results.
std::string partial(const std::vector<EventGraph>& parts) {
  std::vector<std::string> lines;
  lines.reserve(parts.size());
  for (const auto& part : parts) lines.push_back(to_json(part, -1));
  std::sort(lines.begin(), lines.end());
  lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
  std::string out;
  for (const auto& line : lines) out += line;
  return out;
}

int merge_command(const std::vector<std::string>& args) {
  Flags f = parse(args, {"-o", "--output", "--format"}, {"--strict", "--partial"});
  if (f.positional.empty()) throw UsageError("no input given");
  const std::string format = f.get("--format", "json");
  if (format != "json" && format != "jsonl") throw UsageError("--format must be json or jsonl");
  std::vector<EventGraph> parts;
  bool all_ok = true;
  for (const auto& input : f.positional) {
    std::string text;
    if (input == "-")
      text.assign(std::istreambuf_iterator<char>(std::cin), {});
    else if (!read_whole_file(input, text)) {
      all_ok = false;
      continue;
    }
    all_ok = read_results(input == "-" ? "stdin" : input, text, parts) && all_ok;
  }
  if (parts.empty()) {
    std::cerr << "chronicle: no result could be read; nothing done\n";
    return 1;
  }
  if (!all_ok && f.has("--strict")) {
    std::cerr << "chronicle: inputs were refused; nothing written (--strict)\n";
    return 5;
  }
  const std::string bytes = f.has("--partial")
                                ? partial(parts)
                                : to_json(merge(std::move(parts)), format == "jsonl" ? -1 : 2);
  const std::string out = f.get_any({"-o", "--output"});
  if (out.empty()) {
    std::cout << bytes;
    std::cout.flush();
  } else if (!write_or_report(out, bytes)) {
    return 3;
  }
  return all_ok ? 0 : 5;
}

CHRONICLE_COMMAND(
    {"merge", 25,
     "  chronicle merge RESULT... [-o FILE] [--format json|jsonl] [--partial] [--strict]\n"
     "      Merge results (events.json files, or JSON Lines of per-document results\n"
     "      from `extract --format jsonl`; '-' reads standard input) into one, as\n"
     "      if all their documents had been extracted together: per-document results\n"
     "      in any order and split over any files give the same bytes. Writes JSON\n"
     "      to standard output or, atomically, to FILE (jsonl: on one line).\n"
     "      --partial: gather the parts unmerged, one per line (sorted, repeats\n"
     "      dropped), for a later merge: intermediate steps of a reduce use it, so\n"
     "      the final merge gives the bytes of one merge of all per-document results.\n",
     &merge_command});

}  // namespace
}  // namespace chronicle::cli

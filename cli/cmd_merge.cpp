// chronicle merge: per-document (or already merged) results in, one merged result out.
// The reduce step of extraction spread over machines: `extract --format jsonl` on each
// part, then `merge` of the parts, in any grouping and order.
#include <algorithm>
#include <atomic>
#include <exception>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <span>
#include <sstream>
#include <string_view>
#include <thread>

#include "chronicle/formats.h"
#include "chronicle/json.h"
#include "chronicle/output.h"
#include "chronicle/pipeline.h"
#include "commands.h"
#include "standard_input.h"

namespace chronicle::cli {
namespace {

bool is_object_line(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
  return line.size() >= 2 && line.front() == '{' && line.back() == '}';
}

// Parses every line as a result, on all cores: the lines are independent, and parsing
// them is most of the work of merging per-document results. The results come back in
// line order, so what is reported and merged does not depend on the threads.
std::vector<std::optional<Result<EventGraph>>> parse_lines(
    const std::vector<std::string_view>& lines, const std::string& name) {
  std::vector<std::optional<Result<EventGraph>>> results(lines.size());
  std::atomic<std::size_t> next{0};
  std::mutex m;
  std::exception_ptr failure;
  const auto work = [&] {
    try {
      for (std::size_t i; (i = next++) < lines.size();)
        results[i].emplace(from_json(lines[i], name));
    } catch (...) {
      std::lock_guard lock(m);
      if (!failure) failure = std::current_exception();
      next = lines.size();
    }
  };
  constexpr std::size_t kLinesPerThread = 64;  // below that a thread costs more than it saves
  const std::size_t jobs =
      std::min<std::size_t>(resolve_jobs(0), lines.size() / kLinesPerThread + 1);
  std::vector<std::thread> threads;
  for (std::size_t t = 1; t < jobs; ++t) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();
  if (failure) std::rethrow_exception(failure);
  return results;
}

// One result per line (JSON Lines) when the first line is a whole object; otherwise the
// input is one JSON object (such as events.json).
// `origins` gets where each result was read ("parts.jsonl:3").
bool read_results(const std::string& name, const std::string& text, std::vector<EventGraph>& out,
                  std::vector<std::string>& origins) {
  const std::string_view all = text;
  const std::string_view first = all.substr(0, all.find('\n'));
  if (!is_object_line(first)) {
    auto r = from_json(text, name);
    if (!r.ok()) return !report(r.diagnostics());
    out.push_back(std::move(r).value());
    origins.push_back(name);
    return true;
  }
  std::vector<std::string_view> lines;
  std::vector<int> line_numbers;
  int line_number = 0;
  for (std::size_t start = 0; start < all.size();) {
    std::size_t end = all.find('\n', start);
    if (end == std::string_view::npos) end = all.size();
    const std::string_view line = all.substr(start, end - start);
    ++line_number;
    start = end + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    lines.push_back(line);
    line_numbers.push_back(line_number);
  }
  auto results = parse_lines(lines, name);
  bool ok = true;
  for (std::size_t i = 0; i < results.size(); ++i) {
    Result<EventGraph>& r = *results[i];
    if (r.ok()) {
      out.push_back(std::move(r).value());
      origins.push_back(name + ":" + std::to_string(line_numbers[i]));
      continue;
    }
    auto diagnostics = r.diagnostics();
    for (auto& d : diagnostics) d.line = line_numbers[i];  // the reader saw one line
    ok = !report(diagnostics) && ok;
  }
  return ok;
}

bool same_sorted(EventGraph a, EventGraph b) {
  sort_single_result(a);
  sort_single_result(b);
  return same_result(a, b);
}

// A document given twice counts once; given with two different results (extracted by
// two versions, or two articles with one id) it cannot be merged without choosing one,
// so it is reported with both places and nothing is merged.
bool conflicting_documents(const std::vector<EventGraph>& parts, const std::vector<std::string>& origins) {
  std::map<std::string, std::pair<const EventGraph*, std::size_t>> seen;  // document -> result, part
  bool conflict = false;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const bool single = parts[i].reports.empty();
    const std::span<const EventGraph> results =
        single ? std::span<const EventGraph>(&parts[i], 1) : std::span<const EventGraph>(parts[i].reports);
    for (const auto& r : results)
      for (const auto& d : r.documents) {
        auto [it, fresh] = seen.emplace(d.id, std::make_pair(&r, i));
        if (fresh || it->second.first == &r || same_sorted(*it->second.first, r)) continue;
        std::cerr << "chronicle: " << origins[i] << ": document '" << d.id
                  << "' has a different result in " << origins[it->second.second]
                  << "; merge does not choose between them\n";
        conflict = true;
      }
  }
  return conflict;
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

// The merge of `parts` in `format`, written on all cores.
std::string merged_text(std::vector<EventGraph> parts, const ResultFormat& format) {
  std::ostringstream out;
  const unsigned jobs = resolve_jobs(0);
  format.write(out, merge(std::move(parts), jobs), jobs);
  return std::move(out).str();
}

int merge_command(const std::vector<std::string>& args) {
  Flags f = parse(args, {"-o", "--output", "--format"}, {"--strict", "--partial"});
  if (f.positional.empty()) throw UsageError("no input given");
  const ResultFormat& format =
      *find_format(result_formats(), format_flag(f, format_names(result_formats())));
  std::vector<EventGraph> parts;
  std::vector<std::string> origins;
  bool all_ok = true;
  for (const auto& input : f.positional) {
    std::string text;
    if (input == "-") {
      try {
        text = StandardInput().rest();
      } catch (const StandardInputError& e) {
        std::cerr << "chronicle: " << e.what() << "\n";
        all_ok = false;
        continue;
      }
    } else if (!read_whole_file(input, text)) {
      all_ok = false;
      continue;
    }
    all_ok = read_results(input == "-" ? "stdin" : input, text, parts, origins) && all_ok;
  }
  if (parts.empty()) {
    std::cerr << "chronicle: no result could be read; nothing done\n";
    return 1;
  }
  if (!all_ok && f.has("--strict")) {
    std::cerr << "chronicle: inputs were refused; nothing written (--strict)\n";
    return 5;
  }
  if (conflicting_documents(parts, origins)) {
    std::cerr << "chronicle: nothing written\n";
    return 5;
  }
  const std::string bytes =
      f.has("--partial") ? partial(parts) : merged_text(std::move(parts), format);
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
     std::string("  chronicle merge RESULT... [-o FILE] [--format ") +
         choice_list(format_names(result_formats())) +
         "] [--partial] [--strict]\n"
         "      Merge results (events.json files, or JSON Lines of per-document results\n"
         "      from `extract --format jsonl`; '-' reads standard input) into one, as\n"
         "      if all their documents had been extracted together: per-document results\n"
         "      in any order, split over any files, and merged results merged again give\n"
         "      the same bytes (a merged result keeps its per-document results); a\n"
         "      document met twice counts once, and two different results of one\n"
         "      document are refused (exit 5, nothing written). Writes JSON\n"
         "      to standard output or, atomically, to FILE (jsonl: on one line).\n"
         "      --partial: gather the parts unmerged, one per line (sorted, repeats\n"
         "      dropped), for a later merge: intermediate steps of a reduce use it, so\n"
         "      the final merge gives the bytes of one merge of all per-document results.\n",
     &merge_command});

}  // namespace
}  // namespace chronicle::cli

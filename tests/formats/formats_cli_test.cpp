// The command line reads the format tables: `--format` is checked against them, and
// --help lists exactly the registered formats, input and output.
#include <catch2/catch.hpp>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "chronicle/formats.h"
#include "test_support.h"

using namespace chronicle;
using chronicle::testing::chronicle_binary;
using chronicle::testing::run;

namespace {

using Names = std::vector<std::string>;

std::string help_text() {
  auto r = run({chronicle_binary().string(), "--help"});
  REQUIRE(r.exit_code == 0);
  return r.out;
}

Names split(const std::string& text, const std::regex& separator) {
  Names out;
  for (std::sregex_token_iterator it(text.begin(), text.end(), separator, -1), end; it != end; ++it)
    out.push_back(*it);
  return out;
}

// Each command's synopsis "--format a|b|c" in the help, by command ("eval timeml").
std::map<std::string, Names> help_format_lists(const std::string& help) {
  const std::regex command(R"(^  chronicle ([a-z0-9-]+(?: [a-z0-9-]+)?) )");
  const std::regex bracketed(R"(\[--format ([a-z0-9_|]+)\])");
  const std::regex bare(R"(^  chronicle [a-z0-9 -]+ --format ([a-z0-9_|]+) )");
  std::map<std::string, Names> lists;
  std::string current, line;
  std::istringstream in(help);
  std::smatch m;
  while (std::getline(in, line)) {
    if (std::regex_search(line, m, command)) {
      current = m[1];
      // "eval timeml GOLD_DIR": the second word is part of the command only under eval.
      if (current.rfind("eval ", 0) != 0) current = current.substr(0, current.find(' '));
    }
    if (std::regex_search(line, m, bracketed) || std::regex_search(line, m, bare))
      lists[current] = split(m[1], std::regex("\\|"));
  }
  return lists;
}

// The names in "--format must be a, b or c" of `command` given an unknown format.
Names refused_format_names(const std::string& command) {
  std::vector<std::string> argv = {chronicle_binary().string()};
  for (const auto& word : split(command, std::regex(" "))) argv.push_back(word);
  for (const char* a : {"x", "--format", "no-such-format"}) argv.push_back(a);
  if (command == "timeline") argv.insert(argv.end(), {"--target", "x"});
  auto r = run(argv);
  CHECK(r.exit_code == 2);
  std::smatch m;
  const std::regex message("--format must be ([^\\n]+)\\n");
  if (!std::regex_search(r.err, m, message)) {
    FAIL_CHECK(command << ": no list of formats in: " << r.err);
    return {};
  }
  return split(m[1], std::regex(", | or "));
}

std::string spoken(const Names& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i)
    out += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + names[i];
  return out;
}

}  // namespace

TEST_CASE("formats: an unknown --format is refused with the registered names", "[formats][cli]") {
  const std::map<std::string, Names> registered = {
      {"render", format_names(render_formats())},
      {"extract", format_names(result_formats())},
      {"merge", format_names(result_formats())},
      {"timeline", format_names(timeline_formats())},
  };
  for (const auto& [command, names] : registered) {
    CAPTURE(command);
    CHECK(refused_format_names(command) == names);
  }
  auto r = run({chronicle_binary().string(), "render", "x.json", "--format", "gif"});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("--format must be " + spoken(format_names(render_formats()))));
}

TEST_CASE("formats: help lists every registered output format of every command", "[formats][cli]") {
  const auto lists = help_format_lists(help_text());
  const std::map<std::string, Names> registered = {
      {"render", format_names(render_formats())},
      {"extract", format_names(result_formats())},
      {"merge", format_names(result_formats())},
      {"timeline", format_names(timeline_formats())},
  };
  for (const auto& [command, names] : registered) {
    CAPTURE(command);
    REQUIRE(lists.count(command));
    CHECK(lists.at(command) == names);
  }
  // Every command whose synopsis offers --format accepts exactly what it lists.
  for (const char* command : {"actors", "annotate", "eval timeml"}) CHECK(lists.count(command));
  for (const auto& [command, names] : lists) {
    CAPTURE(command);
    CHECK(refused_format_names(command) == names);
  }
}

TEST_CASE("formats: help lists every input format, in detection order, with its help",
          "[formats][cli]") {
  const std::string help = help_text();
  const auto start = help.find("Input formats, recognised by content in this order");
  REQUIRE(start != std::string::npos);
  std::istringstream in(help.substr(help.find('\n', start) + 1));
  Names listed;
  const std::regex row(R"(^  ([a-z0-9_]+) +(.+)$)");
  std::smatch m;
  for (std::string line; std::getline(in, line) && !line.empty();) {
    REQUIRE(std::regex_match(line, m, row));
    listed.push_back(m[1]);
    const auto* format = find_format(input_formats(), m[1].str());
    REQUIRE(format != nullptr);
    CHECK(m[2] == format->help);
  }
  CHECK(listed == format_names(input_formats()));
}

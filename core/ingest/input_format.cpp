// Format detection by content first, extension second: a corpus file named ".txt" that
// holds JSON Lines should still be read as records.
#include "ingest/input_format.h"

#include <string_view>

namespace chronicle::detail {
namespace {

std::size_t skip_space(std::string_view s, std::size_t i) {
  while (i < s.size() && is_space(s[i])) ++i;
  return i;
}

bool has(std::string_view s, std::string_view what) {
  return s.find(what) != std::string_view::npos;
}

bool looks_like_timeml(std::string_view content, std::string_view ext, char first) {
  if (ext == ".tml" || (ext == ".xml" && has(content, "<TEXT"))) return true;
  if (first != '<') return false;
  return has(content, "<TimeML") || (has(content, "<DOCID") && has(content, "<TEXT"));
}

// XML that is not TimeML (CAT, NAF): read as text it would give markup, not an article.
bool looks_like_xml(std::string_view content, std::string_view ext, std::size_t first) {
  return content.substr(first).starts_with("<?xml") ||
         (ext == ".xml" && first < content.size() && content[first] == '<');
}

// A line holds a whole object when it starts with '{' in its first column and ends
// with '}'. Pretty-printed JSON indents nested objects and puts the outer braces on lines
// of their own, so only JSON Lines has two such lines.
bool has_object_lines(std::string_view content) {
  int objects = 0;
  std::size_t start = 0;
  while (start < content.size() && objects < 2) {
    std::size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(start, end - start);
    while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
    if (line.size() >= 2 && line.front() == '{' && line.back() == '}') ++objects;
    start = end + 1;
  }
  return objects >= 2;
}

}  // namespace

InputFormat detect_input_format(const SourceFile& source) {
  const std::string_view content = source.content();
  const std::string ext = source.extension();
  const std::size_t i = skip_space(content, 0);
  const char first = i < content.size() ? content[i] : '\0';
  if (looks_like_timeml(content, ext, first)) return InputFormat::timeml;
  if (looks_like_xml(content, ext, i)) return InputFormat::other_xml;
  if (ext == ".jsonl" || ext == ".ndjson") return InputFormat::json_lines;
  const std::size_t j = skip_space(content, i + 1);
  const char second = j < content.size() ? content[j] : '\0';
  const bool object = first == '{' && (second == '"' || second == '}');
  if (ext == ".json" || object) {
    return first == '{' && has_object_lines(content) ? InputFormat::json_lines : InputFormat::json;
  }
  if (first == '[' && (second == '{' || second == ']')) return InputFormat::json;
  return InputFormat::text;
}

}  // namespace chronicle::detail

// The input-format table: each format with its detection rule and its reader, in
// detection order. Detection is by content first, extension second: a corpus file named
// ".txt" that holds JSON Lines should still be read as records.
#include "ingest/input_format.h"

#include <string_view>

#include "ingest/json_reader.h"
#include "ingest/structured_import.h"
#include "ingest/text_reader.h"
#include "ingest/timeml_reader.h"

namespace chronicle::detail {
namespace {

std::size_t skip_space(std::string_view s, std::size_t i) {
  while (i < s.size() && is_space(s[i])) ++i;
  return i;
}

bool has(std::string_view s, std::string_view what) {
  return s.find(what) != std::string_view::npos;
}

// The first two non-space bytes, '\0' where there are none.
struct Opening {
  std::size_t at = 0;  // where the first non-space byte is
  char first = '\0';
  char second = '\0';
};

Opening opening(std::string_view content) {
  Opening o;
  o.at = skip_space(content, 0);
  o.first = o.at < content.size() ? content[o.at] : '\0';
  const std::size_t j = skip_space(content, o.at + 1);
  o.second = j < content.size() ? content[j] : '\0';
  return o;
}

bool is_gdelt(std::string_view content, std::string_view) {
  const StructuredFormat f = detect_structured_format(content);
  return f == StructuredFormat::gdelt1 || f == StructuredFormat::gdelt2;
}

bool is_icews(std::string_view content, std::string_view) {
  return detect_structured_format(content) == StructuredFormat::icews;
}

bool is_timeml(std::string_view content, std::string_view ext) {
  if (ext == ".tml" || (ext == ".xml" && has(content, "<TEXT"))) return true;
  if (opening(content).first != '<') return false;
  return has(content, "<TimeML") || (has(content, "<DOCID") && has(content, "<TEXT"));
}

// XML that is not TimeML (CAT, NAF): read as text it would give markup, not an article.
bool is_other_xml(std::string_view content, std::string_view ext) {
  const std::size_t first = opening(content).at;
  return content.substr(first).starts_with("<?xml") ||
         (ext == ".xml" && first < content.size() && content[first] == '<');
}

// A JSON value rather than an article: a .json file, or one starting like a record.
bool is_json_candidate(const Opening& o, std::string_view ext) {
  return ext == ".json" || (o.first == '{' && (o.second == '"' || o.second == '}'));
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

bool is_json_lines(std::string_view content, std::string_view ext) {
  if (ext == ".jsonl" || ext == ".ndjson") return true;
  const Opening o = opening(content);
  return is_json_candidate(o, ext) && o.first == '{' && has_object_lines(content);
}

bool is_json(std::string_view content, std::string_view ext) {
  const Opening o = opening(content);
  return is_json_candidate(o, ext) || (o.first == '[' && (o.second == '{' || o.second == ']'));
}

bool is_text(std::string_view, std::string_view) { return true; }

void read_gdelt_or_icews(const SourceFile& source, Ingested& out) {
  read_structured(source, detect_structured_format(source.content()), out);
}

void read_json_value(const SourceFile& source, Ingested& out) { read_json(source, out); }

void read_json_records(const SourceFile& source, Ingested& out) { read_json_lines(source, out); }

void refuse_xml(const SourceFile& source, Ingested& out) {
  out.diagnostics.push_back(
      source.report(Severity::error, "unsupported-format",
                    "XML other than TimeML (DOCID, DCT, TEXT) is not read; refused"));
}

std::vector<InputFormatEntry> builtin_input_formats() {
  return {
      {{"gdelt", "GDELT 1.0 and 2.0 event exports (57, 58 or 61 tab-separated columns)", is_gdelt},
       read_gdelt_or_icews},
      {{"icews", "ICEWS event files (tab-separated, with an \"Event ID\" header line)", is_icews},
       read_gdelt_or_icews},
      {{"timeml", "TimeML (.tml, or XML with DOCID and TEXT)", is_timeml}, read_timeml},
      {{"other_xml", "other XML (CAT, NAF, ...): refused, not read as text", is_other_xml},
       refuse_xml},
      {{"json_lines", "JSON Lines, one record a line: {id|uid, date|dct, title, text, url}",
        is_json_lines},
       read_json_records},
      {{"json", "a JSON array of such records, or one record", is_json}, read_json_value},
      {{"text", "plain text, optionally starting with \" date YYYY-MM-DD \"", is_text}, read_text},
  };
}

}  // namespace

const std::vector<InputFormatEntry>& input_format_table() {
  static const std::vector<InputFormatEntry> table = builtin_input_formats();
  return table;
}

const InputFormatEntry& detect_input_format(const SourceFile& source) {
  const std::string_view content = source.content();
  const std::string ext = source.extension();
  const auto& table = input_format_table();
  for (const auto& entry : table)
    if (entry.format.detect(content, ext)) return entry;
  return table.back();
}

}  // namespace chronicle::detail

namespace chronicle {

const std::vector<InputFormat>& input_formats() {
  static const std::vector<InputFormat> formats = [] {
    std::vector<InputFormat> out;
    for (const auto& entry : detail::input_format_table()) out.push_back(entry.format);
    return out;
  }();
  return formats;
}

std::string_view detect_input_format(std::string_view file_name, std::string_view bytes) {
  const IngestOptions options;
  const detail::SourceFile source{file_name, bytes, options};
  return detail::detect_input_format(source).format.name;
}

}  // namespace chronicle

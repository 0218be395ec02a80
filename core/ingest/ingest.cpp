// Ingest's entry points: refuse what is not usable text (empty, binary, not UTF-8),
// hand the rest to the reader for its format, walk inputs in a stable order, and make
// document ids unique: a repeated id gets "~2", "~3", ... in reading order.
#include "chronicle/ingest.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "ingest/input_files.h"
#include "ingest/input_format.h"
#include "ingest/json_reader.h"
#include "ingest/source_file.h"
#include "ingest/structured_import.h"
#include "ingest/text_reader.h"
#include "ingest/timeml_reader.h"

namespace chronicle {
namespace {

using detail::SourceFile;

constexpr std::size_t kSniffBytes = 8192;  // how much is looked at to call a file binary
constexpr std::size_t kMaxControlPercent = 30;

bool is_control(unsigned char c) {
  return (c < 0x20 && !detail::is_space(static_cast<char>(c))) || c == 0x7F;
}

std::optional<Diagnostic> check_binary(const SourceFile& source) {
  const std::string_view head = source.content().substr(0, kSniffBytes);
  const std::size_t base = source.content_begin();
  if (const std::size_t nul = head.find('\0'); nul != std::string_view::npos) {
    const bool utf16 = source.bytes.starts_with("\xFF\xFE") || source.bytes.starts_with("\xFE\xFF");
    Diagnostic d = source.report(Severity::error, "binary",
                                 std::string("binary data: a NUL byte") +
                                     (utf16 ? " (UTF-16? convert it to UTF-8)" : "") + "; refused");
    d.offset = static_cast<long long>(base + nul);
    return d;
  }
  const auto control = [](char c) { return is_control(static_cast<unsigned char>(c)); };
  const auto count = static_cast<std::size_t>(std::count_if(head.begin(), head.end(), control));
  if (count * 100 <= head.size() * kMaxControlPercent) return std::nullopt;
  Diagnostic d = source.report(Severity::error, "binary",
                               "binary data: " + std::to_string(count * 100 / head.size()) +
                                   "% control characters; refused");
  d.offset = static_cast<long long>(
      base + (std::find_if(head.begin(), head.end(), control) - head.begin()));
  return d;
}

std::optional<Diagnostic> check_utf8(const SourceFile& source) {
  const auto bad = find_invalid_utf8(source.bytes);
  if (!bad) return std::nullopt;
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(source.bytes[*bad]));
  // Offsets at or after the BOM; the BOM itself is valid UTF-8, so *bad is past it.
  return source.report_at(
      Severity::error, "invalid-utf8",
      "invalid UTF-8: byte " + std::string(byte) + " at offset " + std::to_string(*bad) +
          " starts no valid sequence; the file is refused (convert it to UTF-8)",
      *bad - source.content_begin());
}

// Why `source` cannot be read as text at all, if it cannot.
std::optional<Diagnostic> check_content(const SourceFile& source) {
  if (source.bytes.size() > source.options.max_file_bytes) {
    return source.report(Severity::error, "too-large",
                         "larger than the limit of " +
                             std::to_string(source.options.max_file_bytes) + " bytes; refused");
  }
  const std::string_view content = source.content();
  if (std::all_of(content.begin(), content.end(), detail::is_space)) {
    return source.report(Severity::error, "empty", "empty input");
  }
  if (auto binary = check_binary(source)) return binary;
  return check_utf8(source);
}

void read_by_format(const SourceFile& source, Ingested& out) {
  switch (detail::detect_input_format(source)) {
    case detail::InputFormat::text:
      return detail::read_text(source, out);
    case detail::InputFormat::json:
      return detail::read_json(source, out);
    case detail::InputFormat::json_lines:
      return detail::read_json_lines(source, out);
    case detail::InputFormat::timeml:
      return detail::read_timeml(source, out);
    case detail::InputFormat::other_xml:
      out.diagnostics.push_back(
          source.report(Severity::error, "unsupported-format",
                        "XML other than TimeML (DOCID, DCT, TEXT) is not read; refused"));
      return;
  }
}

// The first document keeps its id; a later one with the same id gets the first free
// "ID~N" for N = 2, 3, ... So ids depend only on the order documents are read in.
void make_ids_unique(std::vector<Document>& documents) {
  std::unordered_set<std::string> taken;
  std::unordered_map<std::string, int> next_suffix;
  for (Document& doc : documents) {
    if (doc.id.empty()) doc.id = "document";
    if (taken.insert(doc.id).second) continue;
    int& suffix = next_suffix.try_emplace(doc.id, 2).first->second;
    std::string candidate;
    do {
      candidate = doc.id + "~" + std::to_string(suffix++);
    } while (!taken.insert(candidate).second);
    doc.id = std::move(candidate);
  }
}

void append(Ingested& out, Ingested&& more) {
  std::move(more.documents.begin(), more.documents.end(), std::back_inserter(out.documents));
  std::move(more.diagnostics.begin(), more.diagnostics.end(), std::back_inserter(out.diagnostics));
  std::move(more.imported.begin(), more.imported.end(), std::back_inserter(out.imported));
}

void read_named(const std::string& name, Result<std::string> bytes, const IngestOptions& options,
                Ingested& out) {
  if (!bytes.ok()) {
    out.diagnostics.insert(out.diagnostics.end(), bytes.diagnostics().begin(),
                           bytes.diagnostics().end());
    return;
  }
  append(out, parse_input(name, bytes.value(), options));
}

void read_directory(const std::string& dir, const IngestOptions& options, Ingested& out) {
  const std::vector<std::string> files = detail::list_directory(dir, out.diagnostics);
  const std::size_t before = out.documents.size(), imported_before = out.imported.size();
  for (const std::string& relative : files) {
    const std::string path = (std::filesystem::path(dir) / relative).string();
    read_named(path, detail::read_file_bytes(path, options.max_file_bytes), options, out);
  }
  if (out.documents.size() > before || out.imported.size() > imported_before) return;
  Diagnostic d;
  d.code = "empty-directory";
  d.file = dir;
  d.message = files.empty() ? "no input files in " + dir + " (hidden files are skipped)"
                            : "none of the " + std::to_string(files.size()) + " files in " + dir +
                                  " could be used";
  out.diagnostics.push_back(std::move(d));
}

}  // namespace

Ingested parse_input(std::string_view name, std::string_view bytes, const IngestOptions& options) {
  Ingested out;
  const SourceFile source{name, bytes, options};
  if (auto problem = check_content(source)) {
    out.diagnostics.push_back(std::move(*problem));
    return out;
  }
  if (auto format = detail::detect_structured_format(source.content());
      format != detail::StructuredFormat::none) {
    detail::read_structured(source, format, out);
    return out;
  }
  read_by_format(source, out);
  if (options.dct_override) {
    for (Document& doc : out.documents) doc.dct = options.dct_override;
  }
  make_ids_unique(out.documents);
  return out;
}

Ingested read_inputs(const std::vector<std::string>& inputs, const IngestOptions& options) {
  Ingested out;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (input == "-") {
      read_named("stdin", detail::read_stdin_bytes(options.max_file_bytes), options, out);
    } else if (std::filesystem::is_directory(input, ec)) {
      read_directory(input, options, out);
    } else {
      read_named(input, detail::read_file_bytes(input, options.max_file_bytes), options, out);
    }
  }
  make_ids_unique(out.documents);
  return out;
}

}  // namespace chronicle

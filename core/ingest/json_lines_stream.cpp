// JSON Lines read one line at a time, for `chronicle extract -` as a filter: the same
// records, ids and diagnostics as reading the whole input at once, without holding it.
// Each line goes through the JSON Lines reader on its own under a placeholder name; the
// places, default ids and the end-of-input "no-date" count are then put right.
#include <algorithm>

#include "chronicle/ingest.h"
#include "ingest/json_reader.h"
#include "ingest/source_file.h"
#include "ingest/utf8.h"

namespace chronicle {
namespace {

// Cannot occur in a file name given on a command line, so a record's own id never equals
// the placeholder's default id.
constexpr std::string_view kPlaceholder = "\x01line";

bool blank(std::string_view line) {
  return std::all_of(line.begin(), line.end(), detail::is_space);
}

}  // namespace

JsonLinesStream::JsonLinesStream(std::string name, IngestOptions options)
    : name_(std::move(name)), options_(std::move(options)) {
  const IngestOptions none;
  stem_ = detail::SourceFile{name_, {}, none}.stem();
}

Ingested JsonLinesStream::next_line(std::string_view line) {
  ++line_;
  std::size_t offset = offset_;
  offset_ += line.size() + 1;
  if (line_ == 1 && line.starts_with(detail::kUtf8Bom)) {
    line.remove_prefix(detail::kUtf8Bom.size());
    offset += detail::kUtf8Bom.size();
  }
  if (line.ends_with('\r')) line.remove_suffix(1);
  Ingested out;
  if (blank(line)) return out;
  ++lines_;
  Ingested one;
  if (auto bad = find_invalid_utf8(line)) {
    Diagnostic d;
    d.code = "invalid-utf8";
    d.message = "invalid UTF-8 in this line; the record is skipped (convert it to UTF-8)";
    d.column = static_cast<int>(*bad) + 1;
    d.offset = static_cast<long long>(*bad);
    one.diagnostics.push_back(std::move(d));
  } else {
    detail::read_json_lines(detail::SourceFile{kPlaceholder, line, options_}, one);
  }
  for (Diagnostic& d : one.diagnostics) {
    if (d.code == "no-date") {
      ++undated_;
      continue;
    }
    d.file = name_;
    d.line = line_;
    if (d.offset >= 0) d.offset += static_cast<long long>(offset);  // line -> stream offset
    out.diagnostics.push_back(std::move(d));
  }
  for (Document& doc : one.documents) {
    ++documents_;
    doc.source = name_ + ":" + std::to_string(line_);
    if (doc.id == std::string(kPlaceholder) + "-1") doc.id = stem_ + "-" + std::to_string(lines_);
    if (options_.dct_override) doc.dct = options_.dct_override;
    if (doc.id.empty()) doc.id = "document";
    if (!taken_.insert(doc.id).second) {
      int& suffix = next_suffix_.try_emplace(doc.id, 2).first->second;
      std::string candidate;
      do {
        candidate = doc.id + "~" + std::to_string(suffix++);
      } while (!taken_.insert(candidate).second);
      doc.id = std::move(candidate);
    }
    out.documents.push_back(std::move(doc));
  }
  return out;
}

std::vector<Diagnostic> JsonLinesStream::finish() {
  const IngestOptions& options = options_;
  auto warning = detail::SourceFile{name_, {}, options}.missing_dates(undated_, documents_);
  if (!warning) return {};
  return {std::move(*warning)};
}

}  // namespace chronicle

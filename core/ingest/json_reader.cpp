// JSON and JSON Lines records (timeline17, feeds, exports). simdjson reads well-formed
// plain records (json_records_fast.h); everything else, errors included, nlohmann-json
// parses, and this file maps its records to Documents and turns parse errors into
// file:line:column values.
#include "ingest/json_reader.h"

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "ingest/json_records_fast.h"

namespace chronicle::detail {
namespace {

using nlohmann::json;
constexpr std::size_t kNoOffset = std::string_view::npos;

// Where a record came from: its Document::source, its id when it has none, and how
// diagnostics name it (a content offset for JSON Lines, a label for array elements).
struct RecordPlace {
  std::string source;
  std::string default_id;
  std::string label;
  std::size_t offset = kNoOffset;
};

// The explanation in a parse_error, without nlohmann's "[json.exception...] parse
// error at line 1, column 7: " prefix (we compute our own place).
std::string parse_error_detail(const json::exception& e) {
  std::string_view what = e.what();
  const auto prefix = what.find("parse error");
  const auto colon = what.find(": ", prefix == std::string_view::npos ? 0 : prefix);
  if (colon != std::string_view::npos) what.remove_prefix(colon + 2);
  return std::string(what);
}

// Parses `text` (content bytes from `base`), or reports json-syntax at the failing byte.
// nlohmann reports bad input by exception; here that is an expected data error, so it
// becomes a value right away.
std::optional<json> parse(const SourceFile& source, std::string_view text, std::size_t base,
                          Ingested& out) {
  try {
    return json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    // e.byte is the 1-based index of the last byte read: the offending one.
    const std::size_t at = std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size());
    out.diagnostics.push_back(source.report_at(
        Severity::error, "json-syntax", "invalid JSON: " + parse_error_detail(e), base + at));
  } catch (const json::exception& e) {
    out.diagnostics.push_back(source.report_at(Severity::error, "json-syntax",
                                               "invalid JSON: " + std::string(e.what()), base));
  }
  return std::nullopt;
}

// The first of `names` present and not null.
const json* field(const json& record, std::initializer_list<const char*> names) {
  for (const char* name : names) {
    const auto it = record.find(name);
    if (it != record.end() && !it->is_null()) return &*it;
  }
  return nullptr;
}

std::string id_of(const json& record, std::string fallback) {
  const json* id = field(record, {"id", "uid"});
  if (id == nullptr) return fallback;
  if (id->is_string() && !id->get_ref<const std::string&>().empty()) return id->get<std::string>();
  if (id->is_number_unsigned()) return std::to_string(id->get<std::uint64_t>());
  if (id->is_number_integer()) return std::to_string(id->get<std::int64_t>());
  if (id->is_number_float()) return id->dump();
  return fallback;
}

std::string string_field(const json& record, const char* name) {
  const json* value = field(record, {name});
  return value != nullptr && value->is_string() ? value->get<std::string>() : std::string();
}

// Turns records into Documents, counting the undated ones for one "no-date" warning.
class RecordReader {
 public:
  RecordReader(const SourceFile& source, Ingested& out) : source_(source), out_(out) {}

  void add(json& record, const RecordPlace& place) {
    if (!record.is_object()) return problem(place, "a record must be a JSON object; skipped");
    const auto text = record.find("text");
    if (text == record.end() || !text->is_string()) {
      return problem(place, "record has no string \"text\" field; skipped");
    }
    Document doc;
    doc.id = id_of(record, place.default_id);
    doc.text = std::move(text->get_ref<std::string&>());
    doc.title = string_field(record, "title");
    doc.url = string_field(record, "url");
    doc.source = place.source;
    read_date(record, place, doc);
    out_.documents.push_back(std::move(doc));
  }

  // A record the fast reader took: it needs no diagnostic.
  void add(PlainRecord&& record, const RecordPlace& place) {
    Document doc;
    doc.id = record.id ? std::move(*record.id) : place.default_id;
    doc.text = std::move(record.text);
    doc.title = std::move(record.title);
    doc.url = std::move(record.url);
    doc.source = place.source;
    count_date(record.dated);
    doc.dct = record.dct;
    out_.documents.push_back(std::move(doc));
  }

  void finish() {
    if (auto warning = source_.missing_dates(undated_, records_)) {
      out_.diagnostics.push_back(std::move(*warning));
    }
  }

 private:
  void read_date(const json& record, const RecordPlace& place, Document& doc) {
    const json* date = field(record, {"date", "dct"});
    count_date(date != nullptr);
    if (date == nullptr) return;
    if (date->is_string()) doc.dct = parse_date_prefix(date->get_ref<const std::string&>());
    if (!doc.dct) {
      report(place, Severity::warning, "bad-date",
             "unreadable date " + date->dump() + "; relative dates stay unresolved (use --dct)");
    }
  }

  void count_date(bool dated) {
    ++records_;
    if (!dated) ++undated_;
  }

  void problem(const RecordPlace& place, const std::string& message) {
    report(place, Severity::error, "json-record", message);
  }

  void report(const RecordPlace& place, Severity severity, const char* code,
              const std::string& message) {
    const std::string text = place.label.empty() ? message : place.label + ": " + message;
    out_.diagnostics.push_back(place.offset == kNoOffset
                                   ? source_.report(severity, code, text)
                                   : source_.report_at(severity, code, text, place.offset));
  }

  const SourceFile& source_;
  Ingested& out_;
  std::size_t records_ = 0;
  std::size_t undated_ = 0;
};

bool blank(std::string_view line) { return std::all_of(line.begin(), line.end(), is_space); }

// The places of the records of a top-level array, or of the one top-level object.
RecordPlace array_place(const std::string& name, const std::string& stem, std::size_t i) {
  const std::string index = std::to_string(i);
  return {name + "#" + index, stem + "-" + std::to_string(i + 1), "record #" + index};
}

RecordPlace object_place(const std::string& name, const std::string& stem) {
  return {name, stem, ""};
}

}  // namespace

void read_json(const SourceFile& source, Ingested& out, bool fast) {
  RecordReader records(source, out);
  const std::string name(source.name);
  const std::string stem = source.stem();
  bool array = false;
  if (auto plain = fast ? plain_records(source.content(), array) : std::nullopt) {
    for (std::size_t i = 0; i < plain->size(); ++i)
      records.add(std::move((*plain)[i]),
                  array ? array_place(name, stem, i) : object_place(name, stem));
    return records.finish();
  }
  auto value = parse(source, source.content(), 0, out);
  if (!value) return;
  if (value->is_array()) {
    if (value->empty()) {
      out.diagnostics.push_back(
          source.report(Severity::error, "empty", "empty JSON array: no records"));
    }
    for (std::size_t i = 0; i < value->size(); ++i)
      records.add((*value)[i], array_place(name, stem, i));
  } else if (value->is_object()) {
    records.add(*value, object_place(name, stem));
  } else {
    out.diagnostics.push_back(source.report(Severity::error, "json-record",
                                            "expected an array of records or one record object"));
    return;
  }
  records.finish();
}

void read_json_lines(const SourceFile& source, Ingested& out, bool fast) {
  const std::string_view content = source.content();
  const std::string name(source.name);
  const std::string stem = source.stem();
  RecordReader records(source, out);
  std::size_t number = 0;
  int line_number = 0;
  for (std::size_t start = 0; start < content.size();) {
    std::size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    const std::string_view line = content.substr(start, end - start);
    ++line_number;
    if (!blank(line)) {
      ++number;
      const RecordPlace place{name + ":" + std::to_string(line_number),
                              stem + "-" + std::to_string(number), "", start};
      bool array = false;
      auto plain = fast ? plain_records(line, array) : std::nullopt;
      if (plain && !array)
        records.add(std::move(plain->front()), place);
      else if (auto value = parse(source, line, start, out))
        records.add(*value, place);
    }
    start = end + 1;
  }
  records.finish();
}

}  // namespace chronicle::detail

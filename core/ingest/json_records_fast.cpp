// simdjson's DOM parser validates the whole text, as nlohmann does, several times faster;
// this file only reads the record fields out of it. Where a record would need a
// diagnostic it gives up, so that every message still comes from one reader.
#include "ingest/json_records_fast.h"

#include <simdjson.h>

#include <optional>
#include <string>

#include "ingest/source_file.h"

namespace chronicle::detail {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

// The last value given to each field the reader looks at (as nlohmann keeps the last of
// repeated keys); null values count as absent, as the nlohmann reader's field() has it.
struct Fields {
  std::optional<element> id, uid, text, title, url, date, dct;

  void read(simdjson::dom::object object) {
    for (auto [key, value] : object) {
      std::optional<element>* slot = key == "id"      ? &id
                                     : key == "uid"   ? &uid
                                     : key == "text"  ? &text
                                     : key == "title" ? &title
                                     : key == "url"   ? &url
                                     : key == "date"  ? &date
                                     : key == "dct"   ? &dct
                                                      : nullptr;
      if (slot != nullptr) *slot = value;
    }
  }
};

const std::optional<element>& present(const std::optional<element>& a,
                                      const std::optional<element>& b) {
  return a && !a->is_null() ? a : b;
}

std::string string_or_empty(const std::optional<element>& value) {
  if (!value || value->type() != element_type::STRING) return {};
  return std::string(std::string_view(*value));
}

// The id as the nlohmann reader makes it; false when that reader must decide.
bool read_id(const std::optional<element>& value, PlainRecord& record) {
  if (!value || value->is_null()) return true;
  switch (value->type()) {
    case element_type::STRING: {
      const std::string_view id(*value);
      if (id.empty()) return false;
      record.id = std::string(id);
      return true;
    }
    case element_type::INT64:
      record.id = std::to_string(std::int64_t(*value));
      return true;
    case element_type::UINT64:
      record.id = std::to_string(std::uint64_t(*value));
      return true;
    default:
      return false;
  }
}

bool read_record(element value, PlainRecord& record) {
  simdjson::dom::object object;
  if (value.get_object().get(object)) return false;
  Fields f;
  f.read(object);
  if (!f.text || f.text->type() != element_type::STRING) return false;
  if (!read_id(present(f.id, f.uid), record)) return false;
  record.text = std::string(std::string_view(*f.text));
  record.title = string_or_empty(f.title);
  record.url = string_or_empty(f.url);
  const auto& date = present(f.date, f.dct);
  if (date && !date->is_null()) {
    if (date->type() != element_type::STRING) return false;
    record.dated = true;
    record.dct = parse_date_prefix(std::string_view(*date));
    if (!record.dct) return false;
  }
  return true;
}

// "\u" followed by d or D: a surrogate escape, whose rules the two parsers may not
// apply alike; such text goes to the nlohmann reader.
bool has_surrogate_escape(std::string_view json) {
  for (std::size_t at = json.find("\\u"); at != std::string_view::npos;
       at = json.find("\\u", at + 2))
    if (at + 2 < json.size() && (json[at + 2] == 'd' || json[at + 2] == 'D')) return true;
  return false;
}

// Texts up to this size reuse the thread's parser and copy, whose buffers then stay
// allocated: about fifteen times the largest such text (simdjson's indexes and tape).
constexpr std::size_t kKeptBytes = std::size_t{4} << 20;

}  // namespace

std::optional<std::vector<PlainRecord>> plain_records(std::string_view json, bool& array) {
  if (has_surrogate_escape(json)) return std::nullopt;
  // Each thread keeps one parser and one padded copy of the text for all the files and
  // lines it reads, so their memory is touched once, not again for every input; a text
  // too big to keep buffers for gets a parser of its own, freed with it.
  thread_local simdjson::dom::parser kept_parser;
  thread_local std::string kept_copy;
  std::optional<simdjson::dom::parser> own_parser;
  std::string own_copy;
  const bool keep = json.size() <= kKeptBytes;
  simdjson::dom::parser& parser = keep ? kept_parser : own_parser.emplace();
  std::string& copy = keep ? kept_copy : own_copy;
  copy.assign(json);
  copy.append(simdjson::SIMDJSON_PADDING, ' ');
  element root;
  if (parser.parse(simdjson::padded_string_view(copy.data(), json.size(), copy.size())).get(root))
    return std::nullopt;
  std::vector<PlainRecord> records;
  array = root.type() == element_type::ARRAY;
  if (!array) {
    if (!read_record(root, records.emplace_back())) return std::nullopt;
    return records;
  }
  const simdjson::dom::array elements(root);
  if (elements.size() == 0) return std::nullopt;
  records.reserve(elements.size());
  for (element e : elements)
    if (!read_record(e, records.emplace_back())) return std::nullopt;
  return records;
}

}  // namespace chronicle::detail

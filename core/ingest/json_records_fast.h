// Article records read by simdjson, for the common case only: well-formed JSON whose
// records are objects with plain fields. Anything else is left to the nlohmann reader,
// which says what is wrong and where; both give the same documents where both apply.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/document.h"

namespace chronicle::detail {

/// One record's fields as json_reader.cpp reads them.
struct PlainRecord {
  std::optional<std::string> id;  ///< "id", else "uid": a non-empty string or an integer
  std::string text, title, url;
  bool dated = false;      ///< "date" or "dct" is present and not null
  std::optional<Day> dct;  ///< its date (set whenever `dated`)
};

/// The records of `json`: the elements of a top-level array, or the one top-level object
/// (`array` says which). Returns nullopt when the text is not valid JSON by simdjson, or
/// when some record would need a diagnostic or a reading this fast path does not make (an
/// element that is not an object, no string "text", an id that is a float, an empty
/// string or of another type, a date that is not a readable string, a title or url that
/// is not a string, an escaped surrogate), and for an empty array.
/// Thread safety: pure function.
std::optional<std::vector<PlainRecord>> plain_records(std::string_view json, bool& array);

}  // namespace chronicle::detail

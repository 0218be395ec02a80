// Small text helpers over UTF-8: case tests, ASCII lowercasing, ids from names.
#pragma once

#include <string>
#include <string_view>

namespace chronicle::detail {

/// ASCII-lowercased copy (other bytes unchanged).
std::string lower(std::string_view s);
/// True when the first code point is an uppercase letter (ICU's definition).
bool starts_upper(std::string_view s);
/// True when the first code point is a letter.
bool starts_alpha(std::string_view s);
/// True when every byte is an ASCII digit (and s is not empty).
bool all_digits(std::string_view s);
/// A stable identifier from a name: lowercase ASCII letters and digits joined by '-';
/// other letters are kept as UTF-8. "Vladimir Putin" -> "vladimir-putin".
std::string slugify(std::string_view name);
/// Collapses runs of whitespace (including newlines) into one space and trims.
std::string squeeze_space(std::string_view s);

}  // namespace chronicle::detail

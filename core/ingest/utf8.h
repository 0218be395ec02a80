// UTF-8 helpers for ingest: turning a byte offset into a line and column, and
// encoding a code point (numeric character references in TimeML).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace chronicle::detail {

/// A 1-based place in a text, for diagnostics.
struct TextPosition {
  int line = 1;
  int column = 1;
};

/// The line and column of byte `offset` in `bytes`. Lines end at '\n'; the column
/// counts UTF-8 characters (not bytes) from the start of the line, so it matches what
/// an editor shows; a leading byte-order mark is not counted.
/// Requires: offset <= bytes.size().
TextPosition locate(std::string_view bytes, std::size_t offset);

/// Appends the UTF-8 encoding of `code_point`. Returns false (and appends nothing)
/// for surrogates and values above U+10FFFF.
bool append_utf8(std::string& out, char32_t code_point);

/// The UTF-8 byte-order mark.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

}  // namespace chronicle::detail

// Escaping for the formats the renderers write (DOT quoted strings, HTML/SVG text and
// attributes) and UTF-8 safe shortening of labels. Invalid UTF-8 becomes U+FFFD so no
// writer ever emits bytes a browser or Graphviz would reject.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace chronicle::detail {

/// Text for the inside of a DOT double-quoted string: `"` and `\` escaped, a newline
/// becomes the DOT line break `\n`, other control characters are dropped.
std::string dot_escape(std::string_view text);

/// `dot_escape(text)` between double quotes.
std::string dot_quote(std::string_view text);

/// Text safe inside HTML/SVG elements and quoted attributes: & < > " ' escaped.
std::string html_escape(std::string_view text);

/// Number of code points in `text` (an invalid byte counts as one).
std::size_t utf8_length(std::string_view text);

/// `text` with invalid UTF-8 sequences replaced by U+FFFD.
std::string valid_utf8(std::string_view text);

/// At most `max_chars` code points: longer text is cut at a code point boundary and
/// ends with "…" (which counts as one). Runs of whitespace become one space; the
/// result is trimmed. Requires: max_chars >= 1.
std::string shorten(std::string_view text, std::size_t max_chars);

/// True for http:// and https:// URLs, the only links the views emit (a `javascript:`
/// URL from the data must never become a clickable link).
bool is_safe_url(std::string_view url);

}  // namespace chronicle::detail

// Documents: an article as read from disk or a feed, and the spans that every later
// stage points into. All offsets are byte offsets into Document::text (UTF-8).
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chronicle {

/// A calendar day (proleptic Gregorian). The standard type, so no dependency leaks.
using Day = std::chrono::year_month_day;

/// "YYYY-MM-DD" for a valid day.
std::string format_day(Day day);
/// Parses exactly "YYYY-MM-DD" into a valid day; nullopt otherwise.
std::optional<Day> parse_day(std::string_view text);

/// A half-open byte range [begin, end) into a document's text.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
  bool contains(Span other) const { return begin <= other.begin && other.end <= end; }
  friend bool operator==(Span, Span) = default;
  friend auto operator<=>(Span, Span) = default;
};

/// One article. `id` is unique within a run (file name without extension, or the
/// record's id); `dct` is the document creation time, when known; `text` is valid UTF-8.
/// `source` says where it came from ("path/to/file.txt", "feed.jsonl:12").
struct Document {
  std::string id;
  std::optional<Day> dct;
  std::string title;
  std::string text;
  std::string url;
  std::string source;
};

/// A token: a word, number or punctuation mark, with its bytes in the text.
struct Token {
  enum class Kind { word, number, punct };
  Span span;
  Kind kind = Kind::word;
};

/// A sentence and its tokens (indices into the document's token list).
struct Sentence {
  Span span;
  std::size_t first_token = 0;
  std::size_t end_token = 0;  ///< one past the last token
};

}  // namespace chronicle

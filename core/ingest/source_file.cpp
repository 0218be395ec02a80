// Places and dates in an input: the helpers shared by the text, JSON and TimeML readers.
#include "ingest/source_file.h"

#include <algorithm>
#include <utility>

#include "ingest/utf8.h"

namespace chronicle::detail {

std::size_t SourceFile::content_begin() const {
  return bytes.starts_with(kUtf8Bom) ? kUtf8Bom.size() : 0;
}

std::string SourceFile::stem() const {
  std::string_view base = name;
  if (const auto slash = base.find_last_of('/'); slash != std::string_view::npos) {
    base.remove_prefix(slash + 1);
  }
  const auto dot = base.rfind('.');
  if (dot != std::string_view::npos && dot > 0) base = base.substr(0, dot);
  return std::string(base);
}

std::string SourceFile::extension() const {
  std::string_view base = name.substr(name.find_last_of('/') + 1);
  const auto dot = base.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return {};
  std::string ext(base.substr(dot));
  std::transform(ext.begin(), ext.end(), ext.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return ext;
}

Diagnostic SourceFile::report(Severity severity, std::string code, std::string message) const {
  Diagnostic d;
  d.severity = severity;
  d.code = std::move(code);
  d.message = std::move(message);
  d.file = std::string(name);
  return d;
}

Diagnostic SourceFile::report_at(Severity severity, std::string code, std::string message,
                                 std::size_t offset) const {
  Diagnostic d = report(severity, std::move(code), std::move(message));
  const std::size_t file_offset = std::min(content_begin() + offset, bytes.size());
  const TextPosition position = locate(bytes, file_offset);
  d.offset = static_cast<long long>(file_offset);
  d.line = position.line;
  d.column = position.column;
  return d;
}

std::optional<Diagnostic> SourceFile::missing_dates(std::size_t missing, std::size_t total) const {
  if (missing == 0 || options.dct_override) return std::nullopt;
  std::string what = total == 1 ? std::string("no document date")
                                : std::to_string(missing) + " of " + std::to_string(total) +
                                      " documents have no document date";
  return report(Severity::warning, "no-date",
                what + "; relative dates stay unresolved (use --dct)");
}

std::optional<Day> parse_date_prefix(std::string_view text) {
  if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return std::nullopt;
  return parse_day(text.substr(0, 10));
}

}  // namespace chronicle::detail

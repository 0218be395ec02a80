// The plain-text reader: the seed marker " date YYYY-MM-DD " and nothing else, so that
// an article's own first words are never mistaken for metadata.
#include "ingest/text_reader.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace chronicle::detail {
namespace {

constexpr std::string_view kMarkerWord = "date";

std::size_t skip_space(std::string_view s, std::size_t i) {
  while (i < s.size() && is_space(s[i])) ++i;
  return i;
}

// "dddd-dd-dd": the shape of a day, valid or not.
bool shaped_like_day(std::string_view token) {
  if (token.size() != 10 || token[4] != '-' || token[7] != '-') return false;
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (i != 4 && i != 7 && (token[i] < '0' || token[i] > '9')) return false;
  }
  return true;
}

// Where the marker's day starts and where the text after it starts; nullopt when the
// input does not open with a marker.
struct Marker {
  std::size_t day_begin = 0;
  std::size_t text_begin = 0;
};

std::optional<Marker> find_marker(std::string_view content) {
  std::size_t i = skip_space(content, 0);
  if (content.substr(i, kMarkerWord.size()) != kMarkerWord) return std::nullopt;
  i += kMarkerWord.size();
  if (i >= content.size() || !is_space(content[i])) return std::nullopt;
  const std::size_t day_begin = skip_space(content, i);
  std::size_t day_end = day_begin;
  while (day_end < content.size() && !is_space(content[day_end])) ++day_end;
  if (!shaped_like_day(content.substr(day_begin, day_end - day_begin))) return std::nullopt;
  return Marker{day_begin, skip_space(content, day_end)};
}

}  // namespace

void read_text(const SourceFile& source, Ingested& out) {
  const std::string_view content = source.content();
  Document doc;
  doc.id = source.stem();
  doc.source = std::string(source.name);
  std::size_t text_begin = 0;
  bool bad_date = false;
  if (const auto marker = find_marker(content)) {
    const std::string_view day = content.substr(marker->day_begin, 10);
    doc.dct = parse_day(day);
    text_begin = marker->text_begin;
    if (!doc.dct) {
      bad_date = true;
      out.diagnostics.push_back(
          source.report_at(Severity::warning, "bad-date",
                           "no such day '" + std::string(day) +
                               "' in the date marker; relative dates stay unresolved (use --dct)",
                           marker->day_begin));
    }
  }
  doc.text = std::string(content.substr(text_begin));
  if (!bad_date) {
    if (auto warning = source.missing_dates(doc.dct ? 0 : 1, 1)) {
      out.diagnostics.push_back(std::move(*warning));
    }
  }
  out.documents.push_back(std::move(doc));
}

}  // namespace chronicle::detail

// ICEWS event files: tab-separated with a header line naming the columns ("Event ID",
// "Event Date", "Source Name", ...). Columns are found by name, so files that order them
// differently or add columns are read too.
#include "ingest/structured_import.h"
#include "util/text.h"

namespace chronicle::detail {
namespace {

const std::vector<std::string> kRequired = {"Event ID",       "Event Date",    "Source Name",
                                            "Source Country", "CAMEO Code",    "Intensity",
                                            "Target Name",    "Target Country"};

std::string_view cell(const std::vector<std::string_view>& cols, const IcewsHeader& h,
                      std::string_view name) {
  auto it = h.index.find(name);
  if (it == h.index.end()) return {};
  std::string_view v = cols[it->second];
  return v == "NA" ? std::string_view{} : v;  // ICEWS writes NA for an empty place field
}

std::optional<std::string> canonical_country(std::string_view name) {
  if (name.empty()) return std::nullopt;
  if (auto c = CameoTables::get().country_name(name)) return c;
  return std::string(name);
}

// A country named as such is the country; "Citizen (India)" is a group of the country;
// any other name (a person, an organisation) is kept as written with its country.
std::optional<RowActor> icews_actor(std::string_view name, std::string_view country) {
  if (name.empty()) return std::nullopt;
  RowActor side;
  if (auto c = CameoTables::get().country_name(name)) {
    side.actor = country_actor(*c);
  } else {
    const bool sector = name.ends_with(")") && name.find(" (") != std::string_view::npos;
    side.actor = country_actor(std::string(name), sector ? ActorKind::group : ActorKind::other);
    if (auto home = canonical_country(country)) {
      side.affiliation = country_actor(*home);
      side.actor.affiliation = side.affiliation->id;
    }
  }
  if (side.actor.name != name) side.actor.aliases.push_back(std::string(name));
  return side;
}

std::optional<RowActor> icews_place(const std::vector<std::string_view>& cols,
                                    const IcewsHeader& h) {
  const auto country = canonical_country(cell(cols, h, "Country"));
  for (const char* field : {"City", "District", "Province"})
    if (auto name = cell(cols, h, field); !name.empty())
      return place_actor(std::string(name), country);
  if (country) return place_actor(*country, country);
  return std::nullopt;
}

std::string summary(const ImportedRow& row, const std::vector<std::string_view>& cols,
                    const IcewsHeader& h) {
  std::string s;
  for (const auto& side : row.actors) s += side.actor.name + " -- ";
  const std::string_view text = cell(cols, h, "Event Text");
  s += text.empty() ? row.cameo->name : std::string(text);
  s += " (CAMEO " + row.code + ", intensity " + format_score(row.goldstein);
  if (row.place) s += ", at " + row.place->actor.name;
  if (auto story = cell(cols, h, "Story ID"); !story.empty()) s += ", story " + std::string(story);
  return s + ")";
}

}  // namespace

RowParse read_icews_header(const std::vector<std::string_view>& cols, IcewsHeader& header) {
  header.columns = cols.size();
  for (std::size_t i = 0; i < cols.size(); ++i) header.index.emplace(std::string(cols[i]), i);
  std::string missing;
  for (const auto& name : kRequired)
    if (!header.index.count(name)) missing += (missing.empty() ? "" : ", ") + name;
  if (missing.empty()) return {};
  return {std::nullopt, "ICEWS header lacks the columns " + missing};
}

RowParse parse_icews_row(const std::vector<std::string_view>& cols, const IcewsHeader& h) {
  if (cols.size() != h.columns)
    return {std::nullopt, "expected " + std::to_string(h.columns) +
                              " tab-separated columns (as in the header), found " +
                              std::to_string(cols.size())};
  for (const auto& name : kRequired)
    if (!h.index.count(name)) return {std::nullopt, "no usable header"};
  const std::string_view id = cell(cols, h, "Event ID");
  if (!all_digits(id)) return {std::nullopt, "bad event id '" + std::string(id) + "'"};
  ImportedRow row;
  const std::string_view date = cell(cols, h, "Event Date");
  const auto day = parse_day(date);
  if (!day) return {std::nullopt, "bad date '" + std::string(date) + "' (YYYY-MM-DD expected)"};
  const std::string_view code = cell(cols, h, "CAMEO Code");
  row.cameo = CameoTables::get().event(code);
  if (!row.cameo) return {std::nullopt, "bad CAMEO event code '" + std::string(code) + "'"};
  const std::string_view intensity = cell(cols, h, "Intensity");
  const auto score = parse_score(intensity, 10);
  if (!score) return {std::nullopt, "bad intensity '" + std::string(intensity) + "' (-10 to 10)"};
  row.day = *day;
  row.date_text = std::string(date);
  row.code = std::string(code);
  row.goldstein = *score;
  if (auto s = icews_actor(cell(cols, h, "Source Name"), cell(cols, h, "Source Country")))
    row.actors.push_back(std::move(*s));
  if (auto t = icews_actor(cell(cols, h, "Target Name"), cell(cols, h, "Target Country")))
    row.actors.push_back(std::move(*t));
  row.place = icews_place(cols, h);
  row.document.id = "icews-" + std::string(id);
  row.document.dct = row.day;
  row.document.title = std::string(cell(cols, h, "Publisher"));
  row.summary = summary(row, cols, h);
  return {std::move(row), {}};
}

}  // namespace chronicle::detail

// GDELT event export rows (GDELT 1.0: 57 or 58 columns; 2.0: 61), tab-separated, no
// header. Column positions follow GDELT's published column lists; 2.0 adds an ADM2 code
// to each of the three place blocks, which moves the later columns.
#include "ingest/structured_import.h"
#include "util/text.h"

namespace chronicle::detail {
namespace {

// Column positions that differ between the versions.
struct GdeltColumns {
  std::size_t action_place, date_added, url;
};
constexpr std::size_t kId = 0, kDay = 1, kActor1 = 5, kActor2 = 15, kEventCode = 26,
                      kGoldstein = 30;
constexpr GdeltColumns kGdelt1{50, 56, 57};
constexpr GdeltColumns kGdelt2{52, 59, 60};
// Offsets inside an actor block: code, name, country code, known group, ..., type 1.
constexpr std::size_t kCode = 0, kName = 1, kCountry = 2, kGroup = 3, kType = 7;

ActorKind kind_without_country(const CameoActorType* type, std::string_view group) {
  if (type) return type->kind;
  return group.empty() ? ActorKind::other : ActorKind::organization;
}

// An actor block -> an actor. A country code alone (or with the same actor code) is the
// country; a country with a type ("USAGOV") is that part of the country, affiliated to
// it; anything else is named as GDELT wrote it.
std::optional<RowActor> gdelt_actor(const std::vector<std::string_view>& cols, std::size_t at) {
  const std::string_view code = cols[at + kCode], name = cols[at + kName];
  const std::string_view country = cols[at + kCountry], type_code = cols[at + kType];
  if (code.empty() && name.empty()) return std::nullopt;
  const CameoTables& tables = CameoTables::get();
  const CameoPlace* place = country.empty() ? nullptr : tables.country_code(country);
  const CameoActorType* type = type_code.empty() ? nullptr : tables.actor_type(type_code);
  const std::string written = title_case(name.empty() ? code : name);
  RowActor side;
  if (place && (code == country || !type)) {
    side.actor = country_actor(place->name, place->kind);
  } else if (place) {
    side.actor = country_actor(place->name + " " + type->label, type->kind);
    side.affiliation = country_actor(place->name, place->kind);
    side.actor.affiliation = side.affiliation->id;
  } else {
    side.actor = country_actor(written, kind_without_country(type, cols[at + kGroup]));
  }
  if (written != side.actor.name) side.actor.aliases.push_back(written);
  return side;
}

// "Accra, Greater Accra, Ghana" -> Accra, in Ghana.
std::optional<RowActor> gdelt_place(std::string_view full_name) {
  if (full_name.empty()) return std::nullopt;
  const std::string_view head = full_name.substr(0, full_name.find(','));
  const std::size_t comma = full_name.rfind(',');
  std::string_view tail = comma == std::string_view::npos ? full_name : full_name.substr(comma + 1);
  while (tail.starts_with(' ')) tail.remove_prefix(1);
  return place_actor(std::string(head), CameoTables::get().country_name(tail));
}

std::string summary(const ImportedRow& row, std::string_view place) {
  std::string s;
  for (const auto& side : row.actors) s += side.actor.name + " -- ";
  s += row.cameo->name;
  s += " (CAMEO " + row.code + ", Goldstein " + format_score(row.goldstein);
  if (!place.empty()) s += ", at " + std::string(place);
  return s + ")";
}

}  // namespace

RowParse parse_gdelt_row(const std::vector<std::string_view>& cols, StructuredFormat format) {
  const bool v2 = format == StructuredFormat::gdelt2;
  const bool count_ok = v2 ? cols.size() == 61 : (cols.size() == 57 || cols.size() == 58);
  if (!count_ok) {
    return {std::nullopt, std::string("expected ") + (v2 ? "61" : "57 or 58") +
                              " tab-separated columns (GDELT " + (v2 ? "2.0" : "1.0") +
                              "), found " + std::to_string(cols.size())};
  }
  const GdeltColumns at = v2 ? kGdelt2 : kGdelt1;
  ImportedRow row;
  if (!all_digits(cols[kId]))
    return {std::nullopt, "bad event id '" + std::string(cols[kId]) + "'"};
  const auto day = parse_compact_day(cols[kDay]);
  if (!day) return {std::nullopt, "bad date '" + std::string(cols[kDay]) + "' (YYYYMMDD expected)"};
  row.cameo = CameoTables::get().event(cols[kEventCode]);
  if (!row.cameo)
    return {std::nullopt, "bad CAMEO event code '" + std::string(cols[kEventCode]) + "'"};
  const auto goldstein = parse_score(cols[kGoldstein], 10);
  if (!goldstein)
    return {std::nullopt,
            "bad Goldstein score '" + std::string(cols[kGoldstein]) + "' (-10 to 10)"};
  row.day = *day;
  row.date_text = std::string(cols[kDay]);
  row.code = std::string(cols[kEventCode]);
  row.goldstein = *goldstein;
  for (std::size_t block : {kActor1, kActor2})
    if (auto side = gdelt_actor(cols, block)) row.actors.push_back(std::move(*side));
  row.place = gdelt_place(cols[at.action_place]);
  row.document.id = "gdelt-" + std::string(cols[kId]);
  row.document.dct = parse_compact_day(cols[at.date_added].substr(0, 8));
  if (cols.size() > at.url) row.document.url = std::string(cols[at.url]);
  row.summary = summary(row, cols[at.action_place]);
  return {std::move(row), {}};
}

}  // namespace chronicle::detail

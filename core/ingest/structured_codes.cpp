// Loads the CAMEO tables; every row is checked, so a broken data file fails with file:line.
#include "ingest/structured_codes.h"

#include <cstdlib>

#include "language/language_data.h"
#include "util/data_files.h"
#include "util/text.h"

namespace chronicle::detail {
namespace {

const std::string kCodes = common_path("cameo_codes.tsv");
const std::string kCountryCodes = common_path("cameo_countries.tsv");
const std::string kActorTypes = common_path("cameo_actor_types.tsv");

std::map<std::string, EventClass> type_classes() {
  std::map<std::string, EventClass> classes;
  for (const auto& r : common_table("event_types.tsv", "event-types", 2)) {
    auto cls = parse_event_class(r.fields[1]);
    if (!cls) data_error(common_path("event_types.tsv"), r.line, "unknown class");
    classes[r.fields[0]] = *cls;
  }
  return classes;
}

double parse_weight(const DataRow& r) {
  char* end = nullptr;
  const double w = std::strtod(r.fields[2].c_str(), &end);
  if (r.fields[2].empty() || *end != '\0' || w < -10 || w > 10)
    data_error(kCodes, r.line, "Goldstein weight must be a number in [-10, 10]");
  return w;
}

}  // namespace

const CameoTables& CameoTables::get() {
  static const CameoTables tables;
  return tables;
}

CameoTables::CameoTables() {
  const auto classes = type_classes();
  for (const auto& r : read_table(kCodes, "cameo-codes", 4)) {
    auto cls = classes.find(r.fields[1]);
    if (cls == classes.end())
      data_error(kCodes, r.line, "unknown event type '" + r.fields[1] + "'");
    if (!all_digits(r.fields[0])) data_error(kCodes, r.line, "a CAMEO code is digits");
    events_[r.fields[0]] = {r.fields[0], r.fields[1], cls->second, parse_weight(r), r.fields[3]};
  }
  std::map<std::string, std::string> by_alpha2;
  // the actors the import makes are named as the default language's gazetteer names them
  auto language = LanguageData::load(kDefaultLanguage);
  for (const auto& r : language->table("lexicons/countries.tsv", "gazetteer", 3)) {
    by_alpha2.emplace(r.fields[2], r.fields[1]);
    country_names_.emplace(lower(r.fields[0]), r.fields[1]);
  }
  for (const auto& r : read_table(kCountryCodes, "cameo-countries", 3)) {
    if (r.fields[1] == "-") {
      if (r.fields[2] == "-") data_error(kCountryCodes, r.line, "a region needs a name");
      countries_[r.fields[0]] = {r.fields[2], ActorKind::place};
      continue;
    }
    auto it = by_alpha2.find(r.fields[1]);
    if (it == by_alpha2.end())
      data_error(kCountryCodes, r.line, "alpha-2 code not in countries.tsv");
    countries_[r.fields[0]] = {it->second, ActorKind::country};
  }
  for (const auto& r : read_table(kActorTypes, "cameo-actor-types", 3)) {
    auto kind = parse_actor_kind(r.fields[2]);
    if (!kind) data_error(kActorTypes, r.line, "unknown actor kind '" + r.fields[2] + "'");
    actor_types_[r.fields[0]] = {r.fields[1], *kind};
  }
}

const CameoCode* CameoTables::event(std::string_view code) const {
  if (code.size() < 2 || code.size() > 4 || !all_digits(code)) return nullptr;
  if (auto it = events_.find(code); it != events_.end()) return &it->second;
  if (code.size() == 4)
    if (auto it = events_.find(code.substr(0, 3)); it != events_.end()) return &it->second;
  return nullptr;
}

const CameoPlace* CameoTables::country_code(std::string_view code) const {
  auto it = countries_.find(code);
  return it == countries_.end() ? nullptr : &it->second;
}

std::optional<std::string> CameoTables::country_name(std::string_view name) const {
  auto it = country_names_.find(lower(name));
  if (it == country_names_.end()) return std::nullopt;
  return it->second;
}

const CameoActorType* CameoTables::actor_type(std::string_view code) const {
  auto it = actor_types_.find(code);
  return it == actor_types_.end() ? nullptr : &it->second;
}

}  // namespace chronicle::detail

// The code tables that structured event data is written in: CAMEO event codes, CAMEO
// actor country and type codes, and country names, loaded once from core/data.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "chronicle/actor.h"
#include "chronicle/event.h"

namespace chronicle::detail {

/// One CAMEO event code and what Chronicle makes of it.
struct CameoCode {
  std::string code;  ///< "040"
  std::string type;  ///< Chronicle event type ("consult")
  EventClass event_class = EventClass::neutral;
  double goldstein = 0;
  std::string name;  ///< "Consult, not specified below"
};

/// A country or region as an actor: canonical name (the one text extraction uses, so
/// imported and extracted events share actor ids) and kind.
struct CameoPlace {
  std::string name;
  ActorKind kind = ActorKind::country;
};

/// A CAMEO actor type ("GOV"): how to name it and what kind of actor it makes.
struct CameoActorType {
  std::string label;  ///< "government"
  ActorKind kind = ActorKind::organization;
};

/// The tables of en/lexicons/cameo_codes.tsv, cameo_countries.tsv, cameo_actor_types.tsv,
/// countries.tsv and event_types.tsv. Immutable after construction; thread-safe.
class CameoTables {
 public:
  /// The tables, loaded on first use. Throws std::runtime_error (file:line) for a broken
  /// data file.
  static const CameoTables& get();

  /// The entry of an event code: the code itself, else (for a four-digit code missing from
  /// the tables) its three-digit base. nullptr when the code is not CAMEO.
  const CameoCode* event(std::string_view code) const;
  /// The country or region of a three-letter CAMEO actor code ("USA", "AFR"), or nullptr.
  const CameoPlace* country_code(std::string_view code) const;
  /// The canonical country name for a name as written ("United States", "Russian
  /// Federation"), matched case-insensitively; nullopt when it names no country.
  std::optional<std::string> country_name(std::string_view name) const;
  /// The actor type of a CAMEO type code ("GOV"), or nullptr.
  const CameoActorType* actor_type(std::string_view code) const;

 private:
  CameoTables();
  std::map<std::string, CameoCode, std::less<>> events_;
  std::map<std::string, CameoPlace, std::less<>> countries_;
  std::map<std::string, std::string, std::less<>> country_names_;  // lowercase -> canonical
  std::map<std::string, CameoActorType, std::less<>> actor_types_;
};

}  // namespace chronicle::detail

// Time expressions: TimeML TIMEX3 values with the interval of days they cover.
#pragma once

#include <optional>
#include <string>

#include "chronicle/document.h"

namespace chronicle {

/// TimeML TIMEX3 types.
enum class TimexType { date, time, duration, set };

/// How fine a resolved date is; a week or a month is drawn as a span, not a point.
enum class Granularity { none, time_of_day, day, week, month, quarter, season, year, decade, century };

/// A time expression found in a document. `value` is a TIMEX3 value ("2021-08-24",
/// "2021-W33", "XXXX-07", "PAST_REF", "P45M"...); `begin`/`end` are the first and last
/// day it covers when it could be resolved to the calendar, else empty.
struct Timex {
  std::string tid;
  TimexType type = TimexType::date;
  std::string value;
  std::string text;
  Span span;
  std::optional<Day> begin;
  std::optional<Day> end;
  Granularity granularity = Granularity::none;
  bool relative = false;  ///< true when the value depends on the document date or context
};

/// "DATE", "TIME", "DURATION", "SET".
const char* to_string(TimexType type);
/// "day", "week", ...
const char* to_string(Granularity granularity);
/// How fine a granularity is: 9 for a time of day, 8 a day, down to 1 for a century;
/// 0 for none. Larger is finer.
int fineness(Granularity granularity);

}  // namespace chronicle

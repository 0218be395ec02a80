// Calendar arithmetic for time normalisation, done with Howard Hinnant's date library:
// day offsets, ISO weeks, month ends, and the interval of days a TIMEX3 value covers.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "chronicle/timex.h"

namespace chronicle::detail {

/// The days a TIMEX3 value covers, and how fine it is.
struct DayInterval {
  Day begin;
  Day end;
  Granularity granularity = Granularity::day;
};

Day add_days(Day day, int n);
Day add_months(Day day, int n);  ///< day clamped to the month's end
unsigned iso_weekday(Day day);  ///< Monday = 1 ... Sunday = 7
/// "2021-W33" for the ISO week containing `day`.
std::string week_value(Day day);
/// "2021-08" for the month containing `day`.
std::string month_value(Day day);
/// Last day of the month.
Day month_end(int year, unsigned month);
/// The day of a holiday rule of core/data/en/lexicons/holidays.tsv in `year`: "12-25",
/// "11-4-4" (fourth Thursday of November), "05-L-1" (last Monday of May), "11-1-1+1"
/// (the day after the first Monday of November). Nullopt for a malformed rule.
std::optional<Day> holiday_date(int year, std::string_view rule);
/// The month of a holiday rule ("11-4-4" -> 11); 0 for a malformed rule.
unsigned holiday_month(std::string_view rule);

/// The interval of a TIMEX3 value: YYYY-MM-DD (with any time suffix), YYYY-MM, YYYY,
/// YYYY-Www, YYYY-Qn, YYYY-SP|SU|FA|WI, YYY (decade), YY (century). Nullopt for
/// durations, references, sets and underspecified values (XXXX-07).
std::optional<DayInterval> interval_of(std::string_view value);

}  // namespace chronicle::detail

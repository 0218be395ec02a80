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

/// A duration counted in whole days, weeks, months or years: "P2D" is 2 days.
struct DurationUnits {
  int count = 0;
  Granularity unit = Granularity::day;
};
/// The count and unit of a TIMEX3 duration value "P<n>D|W|M|Y"; nullopt for anything else
/// ("PXD", "PT5H", "P1Y6M").
std::optional<DurationUnits> duration_units(std::string_view value);

/// The TIMEX3 value of the day, week, month or year holding `day` ("2021-08-24",
/// "2021-W34", "2021-08", "2021"); empty for other granularities.
std::string value_at(Day day, Granularity granularity);
/// `day` moved by `count` units of `unit` (day, week, month or year; negative: back).
Day shift_by(Day day, int count, Granularity unit);
/// A time `count` units of `unit` away from one of granularity `from` starting on `day`
/// ("two days after" a day, "a year after" a month), at the unit's granularity; nullopt
/// when the unit is finer than `from` (two days after a month could be in either month)
/// or is no day, week, month or year.
std::optional<DayInterval> shifted_interval(Day day, Granularity from, int count,
                                            Granularity unit);

/// The interval of a TIMEX3 value: YYYY-MM-DD (with any time suffix), YYYY-MM, YYYY,
/// YYYY-Www, YYYY-Qn, YYYY-SP|SU|FA|WI, YYY (decade), YY (century). Nullopt for
/// durations, references, sets and underspecified values (XXXX-07).
std::optional<DayInterval> interval_of(std::string_view value);

}  // namespace chronicle::detail

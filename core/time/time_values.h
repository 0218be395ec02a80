// The context a TIMEX3 value is computed in, and the value helpers the time actions
// (time/time_actions.h) share: formatting, the year a month or season falls in, days
// counted from the document date or the narrative's reference time.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>

#include "chronicle/timex.h"
#include "time/tense.h"

namespace chronicle::detail {

/// The context a value is computed in: the document date, the tense of the sentence,
/// and the last fully resolved date of the narrative.
struct TimeContext {
  std::optional<Day> dct;
  Tense tense = Tense::none;
  std::optional<Day> reference;
  Granularity reference_granularity = Granularity::none;
  /// The document reports by quarter ("third-quarter profit"), so "a year ago" means the
  /// same quarter a year before.
  bool quarterly = false;
  /// The quarter the report is at: the first one named ("the fourth quarter",
  /// "third-quarter") outside a future-tense clause, then the one that ended last or a
  /// fiscal one named later; "the quarter", "the latest period" and the prior-year
  /// periods follow it. Year and quarter (1-4); 0 when none is named.
  int report_year = 0;
  int report_quarter = 0;
  /// The last period a report named is a span of months ("the first nine months"), so
  /// its prior-year period ("a year earlier", "the 1988 period") is the year before.
  bool report_months = false;
  /// The day of the last expression resolved to one, and the token after it, for a day
  /// listed after it with its month left out ("April 24 and 25").
  std::optional<Day> listed_day;
  std::size_t listed_after = 0;
};

/// A TIMEX3 type and value, or nullopt when the expression has none.
using TimexValue = std::optional<std::pair<TimexType, std::string>>;

/// The values a rule match captured, by key ("month" -> "7").
using Captures = std::map<std::string, std::string>;

/// The capture `key` as an integer; `fallback` when absent or not a number.
int captured_int(const Captures& c, const char* key, int fallback = 0);
/// The capture `key`; empty when absent.
std::string captured(const Captures& c, const char* key);

/// "2024-03-05", "2024-03" (d == 0) or "2024" (m == 0 and d == 0); the year in 4 digits.
std::string ymd(int y, int m, int d);
/// As ymd(), with the year unspecified: "XXXX-03-05", "XXXX-07".
std::string undated_ymd(int m, int d);
/// A date value.
TimexValue date_value(std::string v);
/// The day y-m-d; not ok() when there is no such day.
Day make_day(int y, int m, int d);

/// The year for month `m` (and day `d`, or 0 for the whole month) in the tense's
/// direction from the document date: past -> not after it; future -> not before it;
/// no tense -> within a few months ahead, else behind. Requires ctx.dct.
int year_for(const TimeContext& ctx, int m, int d);
/// The year of a season ("SP", "SU", "FA", "WI") named without one: the current
/// season's for `which` "this" or none, the last completed one for "last", the one not
/// yet over in the future tense. Requires ctx.dct.
int year_of_season(const TimeContext& ctx, const std::string& season, const std::string& which);

/// Weekday `wd` (1 = Monday) nearest the document date in the tense's direction, the
/// document's own day included unless `strictly_before`; "T<part>" appended when `part`
/// is given. XXXX-WXX-<wd> without a document date. Always a value.
TimexValue weekday_value(const TimeContext& ctx, int wd, const std::string& part,
                         bool strictly_before = false);
/// The day, week, month, year, quarter, decade or century (unit D, W, M, Y, Q, DE, CE)
/// `n` units from the document date's; nullopt without a document date or for another
/// unit.
TimexValue relative_value(const TimeContext& ctx, const std::string& unit, int n);
/// As relative_value(), from the narrative's reference time (the document date when it
/// has none); an empty unit is the reference's granularity.
TimexValue reference_value(const TimeContext& ctx, const std::string& unit, int n);
/// The duration of `number` (1 when empty, "X" for unspecified) units: P3D, PT5H, P4W
/// for two fortnights ("2W"), P20Y for two decades. Nullopt for an empty unit.
TimexValue duration_value(const std::string& number, const std::string& unit);
/// `number` and a half units, in the next smaller unit: P2Y6M, PT5H30M; nullopt for an
/// unspecified number or a unit with no smaller one.
TimexValue half_duration_value(const std::string& number, const std::string& unit);
/// The weekend meant by "the weekend" (XXXX-WXX-WE without a document date): the coming
/// one in the future tense, else the last one (the current one on a weekend).
TimexValue weekend_value(const TimeContext& ctx);
/// The quarter a report is at (TimeContext::report_quarter), else the one before the
/// document's (reports come out in the month after their quarter).
TimexValue reported_quarter_value(const TimeContext& ctx);
/// "a year ago" in a quarterly report: the reported quarter a year earlier, or the year
/// before after a span of months; elsewhere the previous year.
TimexValue prior_year_value(const TimeContext& ctx);
/// The clock time `hour`:`minute` (`half` "am", "pm" or empty) on the day `on`, else the
/// document's ("XXXX-XX-XX" without one): 1998-08-07T10:35. Nullopt past 23 hours.
TimexValue clock_value(const TimeContext& ctx, const std::optional<std::string>& on, int hour,
                       int minute, const std::string& half);

}  // namespace chronicle::detail

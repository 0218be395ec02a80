// The value helpers of time normalisation. Expressions relative to the document date
// stay underspecified (XXXX-07, XXXX-WXX-2) when the document has no date: dates are
// never guessed. Weekdays and bare months resolve by tense: the latest such day or month
// on or before the document date in the past tense, the next one in the future.
#include "time/time_values.h"

#include <charconv>
#include <cstdio>

#include "time/calendar.h"

namespace chronicle::detail {
namespace {

// How many months after the document's a month named without a tense cue may lie and
// still be the coming one ("talks in March", written in January or in November); one
// further ahead is the past one, since news mostly reports what has happened.
constexpr int kMonthsAheadWithoutTense = 4;
// A date a past-tense sentence names in the weeks after the document date is still the
// coming one ("the offer was extended to Nov. 20"): a year-old date would carry its year.
constexpr int kDaysAheadInPastTense = 60;

}  // namespace

int captured_int(const Captures& c, const char* key, int fallback) {
  auto it = c.find(key);
  if (it == c.end()) return fallback;
  int v = fallback;
  std::from_chars(it->second.data(), it->second.data() + it->second.size(), v);
  return v;
}

std::string captured(const Captures& c, const char* key) {
  auto it = c.find(key);
  return it == c.end() ? std::string() : it->second;
}

std::string ymd(int y, int m, int d) {
  char buf[24];
  if (d > 0)
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  else if (m > 0)
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  else
    std::snprintf(buf, sizeof buf, "%04d", y);
  return buf;
}

std::string undated_ymd(int m, int d) { return ymd(0, m, d).replace(0, 4, "XXXX"); }

TimexValue date_value(std::string v) { return std::make_pair(TimexType::date, std::move(v)); }

Day make_day(int y, int m, int d) {
  return Day{std::chrono::year{y}, std::chrono::month{unsigned(m)}, std::chrono::day{unsigned(d)}};
}

int year_for(const TimeContext& ctx, int m, int d) {
  Day dct = *ctx.dct;
  int y = int(dct.year());
  int dm = int(unsigned(dct.month()));
  int dd = int(unsigned(dct.day()));
  bool after = m > dm || (m == dm && d > dd);
  bool before = m < dm || (m == dm && d != 0 && d < dd);
  if (ctx.tense == Tense::none) {
    int ahead = (m - dm + 12) % 12;
    if (ahead == 0) return y;
    if (ahead <= kMonthsAheadWithoutTense) return m < dm ? y + 1 : y;
    return m > dm ? y - 1 : y;
  }
  if (ctx.tense == Tense::past && after) {
    bool soon = d != 0 && make_day(y, m, d).ok() &&
                (std::chrono::sys_days{make_day(y, m, d)} - std::chrono::sys_days{dct}).count() <=
                    kDaysAheadInPastTense;
    return soon ? y : y - 1;
  }
  if (ctx.tense == Tense::future && before && (dm - m) > 1) return y + 1;
  if (ctx.tense == Tense::future && before && d == 0) return y + 1;
  return y;
}

int year_of_season(const TimeContext& ctx, const std::string& season, const std::string& which) {
  int y = int(ctx.dct->year());
  int m = int(unsigned(ctx.dct->month()));
  int first = season == "SP" ? 3 : season == "SU" ? 6 : season == "FA" ? 9 : 12;
  if (which == "this") return first == 12 && m <= 2 ? y - 1 : y;
  if (which == "last") return (first + 2 < m && first != 12) ? y : y - 1;
  if (ctx.tense == Tense::past) return first <= m ? y : y - 1;
  // in the future tense, the season not yet over: "the spring planting", said in March,
  // is this spring's; a winter named in January or February began the December before
  if (ctx.tense == Tense::future) {
    if (first == 12) return m <= 2 ? y - 1 : y;
    return m <= first + 2 ? y : y + 1;
  }
  return y;
}

TimexValue weekday_value(const TimeContext& ctx, int wd, const std::string& part,
                         bool strictly_before) {
  std::string suffix = part.empty() ? "" : "T" + part;
  if (!ctx.dct) return date_value("XXXX-WXX-" + std::to_string(wd) + suffix);
  int cur = int(iso_weekday(*ctx.dct));
  int delta = ctx.tense != Tense::future ? -((cur - wd + 7) % 7) : (wd - cur + 7) % 7;
  if (strictly_before && delta == 0) delta = -7;
  return date_value(format_day(add_days(*ctx.dct, delta)) + suffix);
}

TimexValue relative_value(const TimeContext& ctx, const std::string& unit, int n) {
  if (!ctx.dct) return std::nullopt;
  Day d = *ctx.dct;
  if (unit == "D") return date_value(format_day(add_days(d, n)));
  if (unit == "W") return date_value(week_value(add_days(d, 7 * n)));
  if (unit == "M") return date_value(month_value(add_months(d, n)));
  if (unit == "Y") return date_value(std::to_string(int(d.year()) + n));
  if (unit == "Q") {
    int q0 = int(unsigned(d.month()) - 1) / 3 + n;
    int y = int(d.year()) + (q0 < 0 ? (q0 - 3) / 4 : q0 / 4);
    int q = ((q0 % 4) + 4) % 4 + 1;
    return date_value(std::to_string(y) + "-Q" + std::to_string(q));
  }
  if (unit == "DE") return date_value(std::to_string((int(d.year()) / 10) + n));
  // "this century" written in 1999 is the 1900s: 19
  if (unit == "CE") {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d", int(d.year()) / 100 + n);
    return date_value(buf);
  }
  return std::nullopt;
}

TimexValue reference_value(const TimeContext& ctx, const std::string& unit, int n) {
  std::optional<Day> ref = ctx.reference ? ctx.reference : ctx.dct;
  if (!ref) return std::nullopt;
  TimeContext shifted = ctx;
  shifted.dct = ref;
  Granularity g = ctx.reference ? ctx.reference_granularity : Granularity::day;
  std::string u = unit;
  if (u.empty())
    u = g == Granularity::year    ? "Y"
        : g == Granularity::month ? "M"
        : g == Granularity::week  ? "W"
                                  : "D";
  return relative_value(shifted, u, n);
}

TimexValue duration_value(const std::string& number, const std::string& unit) {
  if (unit.empty()) return std::nullopt;
  std::string n = number.empty() ? "1" : number;
  std::string u = unit;
  if (u == "2W") {
    u = "W";
    n = n == "X" ? "X" : std::to_string(2 * std::stoi(n));
  }
  // TimeBank writes decades of duration in years: "two decades" P20Y, "decades" PXY
  if (u == "DE") {
    u = "Y";
    n = n == "X" ? "X" : std::to_string(10 * std::stoi(n));
  }
  if (u[0] == 'T') return std::make_pair(TimexType::duration, "PT" + n + u.substr(1));
  return std::make_pair(TimexType::duration, "P" + n + u);
}

TimexValue half_duration_value(const std::string& number, const std::string& unit) {
  static const std::map<std::string, std::string> kHalf = {
      {"Y", "6M"}, {"M", "15D"}, {"D", "T12H"}, {"TH", "30M"}, {"TM", "30S"}};
  auto half = kHalf.find(unit);
  if (number.empty() || number == "X" || half == kHalf.end()) return std::nullopt;
  if (unit[0] == 'T')
    return std::make_pair(TimexType::duration, "PT" + number + unit.substr(1) + half->second);
  return std::make_pair(TimexType::duration, "P" + number + unit + half->second);
}

TimexValue weekend_value(const TimeContext& ctx) {
  if (!ctx.dct) return date_value("XXXX-WXX-WE");
  bool on_weekend = iso_weekday(*ctx.dct) >= 6;
  int shift = ctx.tense == Tense::future ? (on_weekend ? 7 : 0) : (on_weekend ? 0 : -7);
  return date_value(week_value(add_days(*ctx.dct, shift)) + "-WE");
}

TimexValue reported_quarter_value(const TimeContext& ctx) {
  if (ctx.report_quarter == 0) return relative_value(ctx, "Q", -1);
  return date_value(std::to_string(ctx.report_year) + "-Q" + std::to_string(ctx.report_quarter));
}

TimexValue prior_year_value(const TimeContext& ctx) {
  if (!ctx.quarterly || ctx.report_months) return relative_value(ctx, "Y", -1);
  if (ctx.report_quarter == 0) return relative_value(ctx, "Q", -5);
  return date_value(std::to_string(ctx.report_year - 1) + "-Q" +
                    std::to_string(ctx.report_quarter));
}

TimexValue clock_value(const TimeContext& ctx, const std::optional<std::string>& on, int hour,
                       int minute, const std::string& half) {
  if (half == "pm" && hour < 12) hour += 12;
  if (half == "am" && hour == 12) hour = 0;
  if (hour > 23 || (!half.empty() && hour > 24)) return std::nullopt;
  char buf[16];
  std::snprintf(buf, sizeof buf, "T%02d:%02d", hour, minute);
  std::string day = on ? *on : ctx.dct ? format_day(*ctx.dct) : "XXXX-XX-XX";
  return std::make_pair(TimexType::time, day + buf);
}

}  // namespace chronicle::detail

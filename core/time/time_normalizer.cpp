// Normalisation of matched time expressions to TIMEX3 values. Design: every action is a
// small function of the captures and the context. Expressions relative to the document
// date stay underspecified (XXXX-07, XXXX-WXX-2) when the document has no date: dates
// are never guessed. Weekdays and bare months resolve by tense: the latest such day or
// month on or before the document date in the past tense, the next one in the future.
#include <algorithm>
#include <charconv>
#include <cstdio>

#include "time/calendar.h"
#include "time/time_tagger.h"

namespace chronicle::detail {
namespace {

using Value = std::optional<std::pair<TimexType, std::string>>;

int num(const std::map<std::string, std::string>& c, const char* key, int fallback = 0) {
  auto it = c.find(key);
  if (it == c.end()) return fallback;
  int v = fallback;
  std::from_chars(it->second.data(), it->second.data() + it->second.size(), v);
  return v;
}

std::string cap(const std::map<std::string, std::string>& c, const char* key) {
  auto it = c.find(key);
  return it == c.end() ? std::string() : it->second;
}

std::string fmt_ymd(int y, int m, int d) {
  char buf[24];
  if (d > 0) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  else if (m > 0) std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  else std::snprintf(buf, sizeof buf, "%04d", y);
  return buf;
}

Value date_of(std::string v) { return std::make_pair(TimexType::date, std::move(v)); }

Day day_of(int y, int m, int d) {
  return Day{std::chrono::year{y}, std::chrono::month{unsigned(m)}, std::chrono::day{unsigned(d)}};
}

// How many months after the document's a month named without a tense cue may lie and
// still be the coming one ("talks in March", written in January or in November); one
// further ahead is the past one, since news mostly reports what has happened.
constexpr int kMonthsAheadWithoutTense = 4;
// A date a past-tense sentence names in the weeks after the document date is still the
// coming one ("the offer was extended to Nov. 20"): a year-old date would carry its year.
constexpr int kDaysAheadInPastTense = 60;

// The year for month `m` (and day `d`, or 0 for the whole month) in the tense's
// direction from the document date: past -> not after it; future -> not before it.
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
    bool soon = d != 0 && day_of(y, m, d).ok() &&
                (std::chrono::sys_days{day_of(y, m, d)} - std::chrono::sys_days{dct}).count() <= kDaysAheadInPastTense;
    return soon ? y : y - 1;
  }
  if (ctx.tense == Tense::future && before && (dm - m) > 1) return y + 1;
  if (ctx.tense == Tense::future && before && d == 0) return y + 1;
  return y;
}

// The weekday nearest the document date in the tense's direction, the document's own
// day included unless `strictly_before` ("last Monday" written on a Monday).
Value weekday(const TimeContext& ctx, int wd, const std::string& part, bool strictly_before = false) {
  std::string suffix = part.empty() ? "" : "T" + part;
  if (!ctx.dct) return date_of("XXXX-WXX-" + std::to_string(wd) + suffix);
  int cur = int(iso_weekday(*ctx.dct));
  int delta = ctx.tense != Tense::future ? -((cur - wd + 7) % 7) : (wd - cur + 7) % 7;
  if (strictly_before && delta == 0) delta = -7;
  return date_of(format_day(add_days(*ctx.dct, delta)) + suffix);
}

Value unit_relative(const TimeContext& ctx, const std::string& unit, int n) {
  if (!ctx.dct) return std::nullopt;
  Day d = *ctx.dct;
  if (unit == "D") return date_of(format_day(add_days(d, n)));
  if (unit == "W") return date_of(week_value(add_days(d, 7 * n)));
  if (unit == "M") return date_of(month_value(add_months(d, n)));
  if (unit == "Y") return date_of(std::to_string(int(d.year()) + n));
  if (unit == "Q") {
    int q0 = int(unsigned(d.month()) - 1) / 3 + n;
    int y = int(d.year()) + (q0 < 0 ? (q0 - 3) / 4 : q0 / 4);
    int q = ((q0 % 4) + 4) % 4 + 1;
    return date_of(std::to_string(y) + "-Q" + std::to_string(q));
  }
  if (unit == "DE") return date_of(std::to_string((int(d.year()) / 10) + n));
  // "this century" written in 1999 is the 1900s: 19
  if (unit == "CE") {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d", int(d.year()) / 100 + n);
    return date_of(buf);
  }
  return std::nullopt;
}

Value duration(const std::string& number, const std::string& unit) {
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

Value from_reference(const TimeContext& ctx, const std::string& unit, int n) {
  std::optional<Day> ref = ctx.reference ? ctx.reference : ctx.dct;
  if (!ref) return std::nullopt;
  TimeContext shifted = ctx;
  shifted.dct = ref;
  Granularity g = ctx.reference ? ctx.reference_granularity : Granularity::day;
  std::string u = unit;
  if (u.empty()) u = g == Granularity::year ? "Y" : g == Granularity::month ? "M" : g == Granularity::week ? "W" : "D";
  return unit_relative(shifted, u, n);
}


// The weekend (Saturday and Sunday) meant by "the weekend": the coming one in the future
// tense, else the last one (the current one when the document is dated on a weekend).
Value weekend(const TimeContext& ctx) {
  if (!ctx.dct) return date_of("XXXX-WXX-WE");
  bool on_weekend = iso_weekday(*ctx.dct) >= 6;
  int shift = ctx.tense == Tense::future ? (on_weekend ? 7 : 0) : (on_weekend ? 0 : -7);
  return date_of(week_value(add_days(*ctx.dct, shift)) + "-WE");
}

// The quarter a report is at (TimeContext::report_quarter), else the one before the
// document's (reports come out in the month after their quarter).
Value reported_quarter(const TimeContext& ctx) {
  if (ctx.report_quarter == 0) return unit_relative(ctx, "Q", -1);
  return date_of(std::to_string(ctx.report_year) + "-Q" + std::to_string(ctx.report_quarter));
}

// "a year ago" in a quarterly report: the reported quarter a year earlier, or the year
// before when the report last spoke of a span of months ("the first nine months");
// elsewhere the previous year.
Value prior_year_period(const TimeContext& ctx) {
  if (!ctx.quarterly || ctx.report_months) return unit_relative(ctx, "Y", -1);
  if (ctx.report_quarter == 0) return unit_relative(ctx, "Q", -5);
  return date_of(std::to_string(ctx.report_year - 1) + "-Q" + std::to_string(ctx.report_quarter));
}

// A clock time on the document's day: "10:35 a.m." -> 1998-08-07T10:35.
Value clock(const TimeContext& ctx, const std::optional<std::string>& on, int hour, int minute,
            const std::string& half) {
  if (half == "pm" && hour < 12) hour += 12;
  if (half == "am" && hour == 12) hour = 0;
  if (hour > 23 || (!half.empty() && hour > 24)) return std::nullopt;
  char buf[16];
  std::snprintf(buf, sizeof buf, "T%02d:%02d", hour, minute);
  std::string day = on ? *on : ctx.dct ? format_day(*ctx.dct) : "XXXX-XX-XX";
  return std::make_pair(TimexType::time, day + buf);
}

// The year of a season named without one: the current season's year by default and
// for "this" (a winter begun in December for January and February), the last completed
// one for "last", the next one for the future.
int season_year(const TimeContext& ctx, const std::string& season, const std::string& which) {
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

// A year said in words, "nineteen ninety-six": the hundreds the rule names, then tens
// and units; with the month or season said before it.
Value spoken_year(const std::map<std::string, std::string>& c, int hundreds) {
  int tens = num(c, "tens"), units = num(c, "units");
  if (hundreds < 10 || tens < 10 || tens > 90 || tens % 10 != 0 || units > 9) return std::nullopt;
  int year = hundreds * 100 + tens + units;
  if (c.count("month")) return date_of(fmt_ymd(year, num(c, "month"), 0));
  if (c.count("season")) return date_of(std::to_string(year) + "-" + cap(c, "season"));
  return date_of(std::to_string(year));
}

// A holiday named without its year: the year is chosen as for a date in its month,
// then the holiday's day in that year.
Value holiday(const TimeContext& ctx, const std::string& rule) {
  if (!ctx.dct) return std::nullopt;
  auto this_year = holiday_date(int(ctx.dct->year()), rule);
  if (!this_year) return std::nullopt;
  int y = year_for(ctx, int(unsigned(this_year->month())), int(unsigned(this_year->day())));
  auto day = holiday_date(y, rule);
  if (!day) return std::nullopt;
  return date_of(format_day(*day));
}

// "two and a half years", "5 1/2 hours": the whole units and half of one, written in
// the next smaller unit (P2Y6M, PT5H30M).
Value duration_and_half(const std::string& number, const std::string& unit) {
  static const std::map<std::string, std::string> kHalf = {
      {"Y", "6M"}, {"M", "15D"}, {"D", "T12H"}, {"TH", "30M"}, {"TM", "30S"}};
  auto half = kHalf.find(unit);
  if (number.empty() || number == "X" || half == kHalf.end()) return std::nullopt;
  if (unit[0] == 'T') return std::make_pair(TimexType::duration, "PT" + number + unit.substr(1) + half->second);
  return std::make_pair(TimexType::duration, "P" + number + unit + half->second);
}

}  // namespace

std::optional<std::pair<TimexType, std::string>> TimeTagger::normalize(const TimeMatch& m,
                                                                       const TimeContext& ctx) const {
  const auto& c = m.captures;
  const std::string& a = m.rule->action;
  const auto& args = m.rule->args;
  // "twenty-five years", "the last twenty four hours": the number is the tens and units
  // said apart (a year said in words keeps its own reading)
  if (c.count("tens") && c.count("units") && !c.count("num") && a != "spoken_year") {
    int tens = num(c, "tens"), units = num(c, "units");
    TimeMatch whole = m;
    whole.captures["num"] = std::to_string(tens + units);
    return normalize(whole, ctx);
  }
  // "last July", "next Friday": the rule fixes the direction the context would give
  if (!args.empty() && (args[0] == "past" || args[0] == "future")) {
    TimeContext fixed = ctx;
    fixed.tense = args[0] == "past" ? Tense::past : Tense::future;
    TimeMatch plain = m;
    TimeRule rule = *m.rule;
    rule.args.erase(rule.args.begin());
    plain.rule = &rule;
    return normalize(plain, fixed);
  }
  int year = num(c, "year"), month = num(c, "month"), day = num(c, "day");
  if (a == "date") return date_of(fmt_ymd(year, month, day));
  if (a == "month_year") return date_of(fmt_ymd(year, month, 0));
  if (a == "year") return date_of(fmt_ymd(year, 0, 0));
  if (a == "month_day") {
    if (c.count("year")) return date_of(fmt_ymd(year, month, day));
    if (!ctx.dct) return date_of(fmt_ymd(0, month, day).replace(0, 4, "XXXX"));
    if (!day_of(2000, month, day).ok()) return std::nullopt;
    return date_of(fmt_ymd(year_for(ctx, month, day), month, day));
  }
  if (a == "month") {
    if (!ctx.dct) return date_of(fmt_ymd(0, month, 0).replace(0, 4, "XXXX"));
    // "this September": the document's year whatever the tense
    if (!args.empty() && args[0] == "this") return date_of(fmt_ymd(int(ctx.dct->year()), month, 0));
    // "last April": the latest April before the document's month; the month just before
    // it would be "last month", so named it is the one of the year before ("last
    // February", written on March 1)
    if (!args.empty() && args[0] == "last") {
      int y = int(ctx.dct->year()), dm = int(unsigned(ctx.dct->month()));
      return date_of(fmt_ymd(month < dm - 1 ? y : y - 1, month, 0));
    }
    return date_of(fmt_ymd(year_for(ctx, month, 0), month, 0));
  }
  if (a == "weekday") {
    std::string arg = args.empty() ? "" : args[0];
    if (arg != "before" && arg != "before_reference") return weekday(ctx, num(c, "weekday"), "");
    TimeContext past = ctx;
    past.tense = Tense::past;
    // "the previous Friday": the one before the day the narrative is at
    if (arg == "before_reference" && ctx.reference && ctx.reference_granularity == Granularity::day)
      past.dct = ctx.reference;
    return weekday(past, num(c, "weekday"), "", true);
  }
  if (a == "weekday_part" && !args.empty() && args[0] == "before") {
    // "last Friday night": the Friday before the document's day
    TimeContext past = ctx;
    past.tense = Tense::past;
    return weekday(past, num(c, "weekday"), cap(c, "part"), true);
  }
  if (a == "weekday_part") return weekday(ctx, num(c, "weekday"), cap(c, "part"));
  if (a == "part_reference") {
    // "placed orders in the morning": the morning of the day the narrative is at
    std::optional<Day> on = ctx.reference && ctx.reference_granularity == Granularity::day ? ctx.reference : ctx.dct;
    if (!on) return std::nullopt;
    return std::make_pair(TimexType::time, format_day(*on) + "T" + (args.empty() ? cap(c, "part") : args[0]));
  }
  if (a == "offset_day" || a == "offset_day_part" || a == "part_today") {
    if (!ctx.dct) return std::nullopt;
    int n = a == "part_today" ? 0 : std::stoi(args.at(0));
    std::string part = cap(c, "part");
    std::size_t part_arg = a == "part_today" ? 0 : 1;
    if (part.empty() && args.size() > part_arg) part = args[part_arg];
    std::string v = format_day(add_days(*ctx.dct, n));
    return std::make_pair(part.empty() ? TimexType::date : TimexType::time,
                          part.empty() ? v : v + "T" + part);
  }
  if (a == "earlier") {
    // "a year earlier" counts back to a date, as "ago"; "a day earlier" is the duration
    // "a day" with "earlier" as its signal, as "three days later"
    std::string unit = cap(c, "unit");
    if (std::find(args.begin(), args.end(), unit) == args.end())
      return duration(cap(c, "num"), unit);
    TimeRule rule = *m.rule;
    rule.action = "ago";
    rule.args.clear();
    TimeMatch back = m;
    back.rule = &rule;
    return normalize(back, ctx);
  }
  if (a == "ago") {
    std::string n = cap(c, "num");
    if (n == "X" || n.empty()) return std::make_pair(TimexType::date, std::string("PAST_REF"));
    std::string unit = cap(c, "unit");
    if (unit == "2W") return unit_relative(ctx, "W", -2 * std::stoi(n));
    if (unit == "Y" && n == "1" && ctx.quarterly) return prior_year_period(ctx);
    return unit_relative(ctx, unit, -std::stoi(n));
  }
  // "the quarter", "the latest period": the quarter the report is at; so is "this
  // quarter" in a report that named its quarter, unless it looks ahead
  if (a == "this_unit" && args.size() > 1 && args[1] == "Q" && args[0] == "-1")
    return reported_quarter(ctx);
  if (a == "this_unit" && args.size() > 2 && args[2] == "report" && ctx.quarterly &&
      ctx.report_quarter != 0 && ctx.tense != Tense::future)
    return reported_quarter(ctx);
  if (a == "this_unit") return unit_relative(ctx, args.size() > 1 ? args[1] : cap(c, "unit"), std::stoi(args.at(0)));
  if (a == "period") return duration(cap(c, "num"), "M");
  if (a == "ignore") return std::nullopt;
  if (a == "prior_year_period") return prior_year_period(ctx);
  if (a == "vague_duration") {
    auto d = duration("X", cap(c, "unit"));
    if (!d) return std::nullopt;
    return std::make_pair(TimexType::duration, d->second);
  }
  if (a == "weekend") return weekend(ctx);
  if (a == "clock") {
    // the day is the weekday or date written next to the time, else the document's
    std::optional<std::string> on;
    if (c.count("weekday")) on = weekday(ctx, num(c, "weekday"), "")->second;
    else if (c.count("month") && ctx.dct && day_of(2000, month, day).ok())
      on = fmt_ymd(year_for(ctx, month, day), month, day);
    // a bare "10:35 a.m." is on the day the narrative is at ("Friday ... at 10:35 a.m.")
    else if (ctx.reference && (ctx.reference_granularity == Granularity::day ||
                               ctx.reference_granularity == Granularity::time_of_day))
      on = format_day(*ctx.reference);
    return clock(ctx, on, num(c, "hour"), num(c, "minute"), args.empty() ? "" : args[0]);
  }
  if (a == "century") {
    int n = num(c, "day") - 1;
    return date_of(n < 10 ? "0" + std::to_string(n) : std::to_string(n));
  }
  if (a == "duration") return duration(cap(c, "num"), args.empty() ? cap(c, "unit") : args[0]);
  if (a == "ref") return date_of(args.at(0));
  if (a == "ref_offset") {
    std::string n = cap(c, "num");
    int k = (n.empty() || n == "X") ? std::stoi(args.at(0)) : std::stoi(n);
    std::string unit = args.size() > 1 ? args[1] : cap(c, "unit");
    return from_reference(ctx, unit, k);
  }
  if (a == "ref_same") {
    // "that day" points back to a day of the narrative: when it is at a month or a year,
    // the day is one of those left unspecified ("in October ... that same day" 1998-10-XX)
    if (!args.empty() && args[0] == "D" && ctx.reference &&
        ctx.reference_granularity > Granularity::day) {
      if (ctx.reference_granularity == Granularity::month)
        return date_of(month_value(*ctx.reference) + "-XX");
      if (ctx.reference_granularity == Granularity::year)
        return date_of(std::to_string(int(ctx.reference->year())) + "-XX-XX");
      return std::nullopt;
    }
    return from_reference(ctx, args.empty() ? "" : args[0], 0);
  }
  // shift_days and week_containing read the value another action gives from the
  // arguments at `from` on ("weekday before"), when it names a single day
  auto single_day = [&](std::size_t from) -> std::optional<std::pair<std::string, Day>> {
    TimeRule rule = *m.rule;
    rule.action = args.at(from);
    rule.args.assign(args.begin() + from + 1, args.end());
    TimeMatch inner = m;
    inner.rule = &rule;
    auto v = normalize(inner, ctx);
    auto interval = v ? interval_of(v->second) : std::nullopt;
    if (!interval || interval->begin != interval->end) return std::nullopt;
    return std::make_pair(v->second, interval->begin);
  };
  if (a == "shift_days") {
    // "the day before last Tuesday": the day the rest of the rule names, moved; a part of
    // the day stays with it ("the next morning" 2000-02-23TMO)
    auto d = single_day(1);
    if (!d) return std::nullopt;
    std::string part = d->first.size() > 10 ? d->first.substr(10) : "";
    return std::make_pair(part.empty() ? TimexType::date : TimexType::time,
                          format_day(add_days(d->second, std::stoi(args[0]))) + part);
  }
  if (a == "week_containing") {
    // "Easter week": the ISO week of the day the rest of the rule names
    auto d = single_day(0);
    return d ? date_of(week_value(d->second)) : std::nullopt;
  }
  if (a == "listed_day") {
    // "April 24 and 25": the day right after a date and a connecting word, in its month
    if (!ctx.listed_day || m.first != ctx.listed_after + 1) return std::nullopt;
    Day d = day_of(int(ctx.listed_day->year()), int(unsigned(ctx.listed_day->month())), day);
    if (!d.ok() || d <= *ctx.listed_day) return std::nullopt;
    return date_of(format_day(d));
  }
  if (a == "spoken_year") return spoken_year(c, std::stoi(args.at(0)));
  if (a == "holiday") return holiday(ctx, cap(c, "holiday"));
  if (a == "quarter_in_year") {
    // "the 1988 quarter" in a quarterly report: the quarter reported on, in 1988; the
    // year itself after a span of months ("the first nine months ... the 1988 period")
    if (!ctx.dct) return std::nullopt;
    if (ctx.report_months) return date_of(fmt_ymd(year, 0, 0));
    auto reported = reported_quarter(ctx);
    return date_of(std::to_string(year) + reported->second.substr(4));
  }
  if (a == "week_of") {
    // "the week of March 6": the ISO week holding that day
    if (!ctx.dct || !day_of(2000, month, day).ok()) return std::nullopt;
    Day d = day_of(year_for(ctx, month, day), month, day);
    if (!d.ok()) return std::nullopt;
    return date_of(week_value(d));
  }
  if (a == "duration_half") return duration_and_half(cap(c, "num"), cap(c, "unit"));
  if (a == "month_rel_year") {
    // "June last year": the month in the year before, after or of the document's
    if (!ctx.dct) return date_of(fmt_ymd(0, month, 0).replace(0, 4, "XXXX"));
    return date_of(fmt_ymd(int(ctx.dct->year()) + std::stoi(args.at(0)), month, 0));
  }
  if (a == "weekday_time") {
    // "noon Thursday": a clock time given by name on a weekday
    return std::make_pair(TimexType::time, weekday(ctx, num(c, "weekday"), "")->second + "T" + args.at(0));
  }
  if (a == "year_end") {
    // "by year-end" is this year's end, "since year-end" last year's
    if (!ctx.dct) return std::nullopt;
    return date_of(std::to_string(int(ctx.dct->year()) - (ctx.tense == Tense::past ? 1 : 0)));
  }
  if (a == "half") {
    // "the first half of 1990": the half year, in the document's year when none is named
    int n = args.empty() ? num(c, "ord") : std::stoi(args[0]);
    if (n < 1 || n > 2) return std::nullopt;
    if (!c.count("year") && !ctx.dct) return date_of("XXXX-H" + std::to_string(n));
    int y = c.count("year") ? year : int(ctx.dct->year());
    return date_of(std::to_string(y) + "-H" + std::to_string(n));
  }
  if (a == "season_year") return date_of(fmt_ymd(year, 0, 0) + "-" + cap(c, "season"));
  if (a == "season") {
    if (!ctx.dct) return date_of("XXXX-" + cap(c, "season"));
    std::string arg = args.empty() ? "" : args[0];
    return date_of(std::to_string(season_year(ctx, cap(c, "season"), arg)) + "-" + cap(c, "season"));
  }
  if (a == "decade") return date_of(cap(c, "decade"));
  if (a == "quarter") {
    int q = num(c, "ord");
    if (!c.count("year") && !ctx.dct) return date_of("XXXX-Q" + std::to_string(q));
    int y = c.count("year") ? year : int(ctx.dct->year()) + (args.empty() ? 0 : std::stoi(args[0]));
    // a quarter not yet begun, named outside the future tense, is last year's: "profits
    // for the fourth quarter" written in January
    int current = int(unsigned(ctx.dct ? ctx.dct->month() : std::chrono::month{1}) - 1) / 3 + 1;
    if (!c.count("year") && args.empty() && ctx.dct && q > current && ctx.tense != Tense::future) --y;
    return date_of(std::to_string(y) + "-Q" + std::to_string(q));
  }
  if (a == "set") {
    if (c.count("weekday")) return std::make_pair(TimexType::set, "XXXX-WXX-" + cap(c, "weekday"));
    if (c.count("month")) return std::make_pair(TimexType::set, fmt_ymd(0, month, 0).replace(0, 4, "XXXX"));
    std::string unit = cap(c, "unit");
    if (unit.empty() && !args.empty()) unit = args[0];
    // "every two years": P2Y
    std::string n = cap(c, "num");
    auto d = duration(n.empty() || n == "X" ? "1" : n, unit);
    if (d) d->first = TimexType::set;
    return d;
  }
  if (a == "ahead") {
    // "two years from now"; "in five years" looking ahead (the stock "would be redeemed
    // in five years"), while "in two weeks" of a past clause is how long something took
    std::string n = cap(c, "num"), unit = cap(c, "unit");
    if (n.empty() || n == "X" || unit.empty()) return std::nullopt;
    if (!args.empty() && args[0] == "looking_ahead" && ctx.tense != Tense::future)
      return duration(n, unit);
    if (unit == "2W") return unit_relative(ctx, "W", 2 * std::stoi(n));
    if (unit[0] == 'T') return duration(n, unit);
    return unit_relative(ctx, unit, std::stoi(n));
  }
  return std::nullopt;
}

}  // namespace chronicle::detail

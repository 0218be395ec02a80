// Calendar arithmetic on Howard Hinnant's date library. Seasons follow the
// meteorological northern-hemisphere convention (spring = March-May, winter = December
// to February of the next year), the usual reading in news.
#include "time/calendar.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

#include <date/date.h>
#include <date/iso_week.h>

namespace chronicle::detail {
namespace {

date::sys_days to_sys(Day d) {
  return date::sys_days{date::days{std::chrono::sys_days{d}.time_since_epoch().count()}};
}

Day from_sys(date::sys_days s) {
  return Day{std::chrono::sys_days{std::chrono::days{s.time_since_epoch().count()}}};
}

Day make_day(int y, unsigned m, unsigned d) {
  return Day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

bool parse_int(std::string_view s, int& out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

std::optional<DayInterval> season_interval(int year, std::string_view code) {
  struct Season { const char* code; unsigned first; unsigned last; };
  static constexpr Season kSeasons[] = {{"SP", 3, 5}, {"SU", 6, 8}, {"FA", 9, 11}, {"WI", 12, 2}};
  for (const auto& s : kSeasons) {
    if (code != s.code) continue;
    int end_year = s.last < s.first ? year + 1 : year;
    return DayInterval{make_day(year, s.first, 1), month_end(end_year, s.last), Granularity::season};
  }
  return std::nullopt;
}

std::optional<DayInterval> week_interval(int year, std::string_view week_text) {
  int week = 0;
  if (!parse_int(week_text, week) || week < 1 || week > 53) return std::nullopt;
  iso_week::year_weeknum_weekday start{iso_week::year{year}, iso_week::weeknum{unsigned(week)},
                                       iso_week::mon};
  if (!start.ok()) return std::nullopt;
  date::sys_days first{start};
  return DayInterval{from_sys(first), from_sys(first + date::days{6}), Granularity::week};
}

std::optional<DayInterval> after_year(int year, std::string_view rest) {
  if (rest.empty()) return DayInterval{make_day(year, 1, 1), make_day(year, 12, 31), Granularity::year};
  if (auto season = season_interval(year, rest)) return season;
  if (rest.size() >= 2 && rest[0] == 'W') return week_interval(year, rest.substr(1, 2));
  if (rest.size() == 2 && rest[0] == 'Q') {
    int q = rest[1] - '0';
    if (q < 1 || q > 4) return std::nullopt;
    unsigned first = unsigned(q - 1) * 3 + 1;
    return DayInterval{make_day(year, first, 1), month_end(year, first + 2), Granularity::quarter};
  }
  if (rest.size() == 2 && rest[0] == 'H') {
    // a half year has no granularity of its own; a season is the nearest span
    int h = rest[1] - '0';
    if (h < 1 || h > 2) return std::nullopt;
    unsigned first = unsigned(h - 1) * 6 + 1;
    return DayInterval{make_day(year, first, 1), month_end(year, first + 5), Granularity::season};
  }
  if (rest.size() == 2 && (rest[0] < '0' || rest[0] > '9')) return season_interval(year, rest);
  int month = 0;
  if (!parse_int(rest.substr(0, 2), month) || month < 1 || month > 12) return std::nullopt;
  if (rest.size() == 2)
    return DayInterval{make_day(year, unsigned(month), 1), month_end(year, unsigned(month)), Granularity::month};
  int day = 0;
  if (rest.size() < 5 || rest[2] != '-' || !parse_int(rest.substr(3, 2), day)) return std::nullopt;
  Day d = make_day(year, unsigned(month), unsigned(day));
  if (!d.ok()) return std::nullopt;
  Granularity g = rest.size() > 5 && rest[5] == 'T' ? Granularity::time_of_day : Granularity::day;
  return DayInterval{d, d, g};
}

}  // namespace

Day add_days(Day day, int n) { return from_sys(to_sys(day) + date::days{n}); }

Day add_months(Day day, int n) {
  int total = int(day.year()) * 12 + int(unsigned(day.month())) - 1 + n;
  int y = total / 12;
  unsigned m = unsigned(total % 12) + 1;
  Day end = month_end(y, m);
  unsigned d = std::min(unsigned(day.day()), unsigned(end.day()));
  return make_day(y, m, d);
}

unsigned iso_weekday(Day day) {
  return date::weekday{to_sys(day)}.iso_encoding();
}

std::string week_value(Day day) {
  iso_week::year_weeknum_weekday w{to_sys(day)};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02u", int(w.year()), unsigned(w.weeknum()));
  return buf;
}

std::string month_value(Day day) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u", int(day.year()), unsigned(day.month()));
  return buf;
}

Day month_end(int year, unsigned month) {
  date::year_month_day_last last{date::year{year}, date::month_day_last{date::month{month}}};
  return make_day(year, month, unsigned(last.day()));
}

unsigned holiday_month(std::string_view rule) {
  int m = 0;
  if (rule.size() < 5 || !parse_int(rule.substr(0, 2), m) || m < 1 || m > 12) return 0;
  return unsigned(m);
}

// Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus, as given by
// Meeus, "Astronomical Algorithms", ch. 8).
Day easter_sunday(int year) {
  int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int n = h + l - 7 * m + 114;
  return make_day(year, unsigned(n / 31), unsigned(n % 31 + 1));
}

std::optional<Day> holiday_date(int year, std::string_view rule) {
  if (rule == "easter") return easter_sunday(year);
  unsigned m = holiday_month(rule);
  if (m == 0 || rule[2] != '-') return std::nullopt;
  std::string_view rest = rule.substr(3);
  int d = 0;
  if (rest.size() == 2 && parse_int(rest, d)) {
    Day day = make_day(year, m, unsigned(d));
    return day.ok() ? std::optional<Day>(day) : std::nullopt;
  }
  // N-W[+K]
  int later = 0, wd = 0;
  if (auto plus = rest.find('+'); plus != std::string_view::npos) {
    if (!parse_int(rest.substr(plus + 1), later)) return std::nullopt;
    rest = rest.substr(0, plus);
  }
  if (rest.size() != 3 || rest[1] != '-' || !parse_int(rest.substr(2), wd) || wd < 1 || wd > 7) return std::nullopt;
  date::weekday w{unsigned(wd % 7)};
  date::year_month ym{date::year{year}, date::month{m}};
  date::sys_days base;
  if (rest[0] == 'L') {
    base = date::sys_days{date::year_month_weekday_last{ym.year(), ym.month(), date::weekday_last{w}}};
  } else {
    int n = rest[0] - '0';
    if (n < 1 || n > 5) return std::nullopt;
    date::year_month_weekday ymw{ym.year(), ym.month(), w[unsigned(n)]};
    if (!ymw.ok()) return std::nullopt;
    base = date::sys_days{ymw};
  }
  return from_sys(base + date::days{later});
}

std::optional<DayInterval> interval_of(std::string_view value) {
  std::size_t digits = 0;
  while (digits < value.size() && value[digits] >= '0' && value[digits] <= '9') ++digits;
  int n = 0;
  if (digits == 4 && parse_int(value.substr(0, 4), n)) {
    if (value.size() == 4) return after_year(n, "");
    if (value[4] != '-') return std::nullopt;
    return after_year(n, value.substr(5));
  }
  if (digits == value.size() && digits == 3 && parse_int(value, n))
    return DayInterval{make_day(n * 10, 1, 1), make_day(n * 10 + 9, 12, 31), Granularity::decade};
  if (digits == value.size() && digits == 2 && parse_int(value, n))
    return DayInterval{make_day(n * 100, 1, 1), make_day(n * 100 + 99, 12, 31), Granularity::century};
  return std::nullopt;
}

static std::optional<Granularity> unit_of(char designator) {
  switch (designator) {
    case 'D':
      return Granularity::day;
    case 'W':
      return Granularity::week;
    case 'M':
      return Granularity::month;
    case 'Y':
      return Granularity::year;
    default:
      return std::nullopt;
  }
}

std::optional<DurationUnits> duration_units(std::string_view value) {
  if (value.size() < 3 || value[0] != 'P') return std::nullopt;
  auto unit = unit_of(value.back());
  int count = 0;
  std::string_view digits = value.substr(1, value.size() - 2);
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), count);
  if (!unit || error != std::errc() || end != digits.data() + digits.size() || count <= 0)
    return std::nullopt;
  return DurationUnits{count, *unit};
}

std::string value_at(Day day, Granularity granularity) {
  switch (granularity) {
    case Granularity::time_of_day:
    case Granularity::day:
      return format_day(day);
    case Granularity::week:
      return week_value(day);
    case Granularity::month:
      return month_value(day);
    case Granularity::year:
      return format_day(day).substr(0, 4);
    default:
      return {};
  }
}

Day shift_by(Day day, int count, Granularity unit) {
  switch (unit) {
    case Granularity::week:
      return add_days(day, 7 * count);
    case Granularity::month:
      return add_months(day, count);
    case Granularity::year:
      return add_months(day, 12 * count);
    default:
      return add_days(day, count);
  }
}

std::optional<DayInterval> shifted_interval(Day day, Granularity from, int count,
                                            Granularity unit) {
  if (fineness(from) < fineness(unit)) return std::nullopt;
  std::string value = value_at(shift_by(day, count, unit), unit);
  if (value.empty()) return std::nullopt;
  return interval_of(value);
}

}  // namespace chronicle::detail

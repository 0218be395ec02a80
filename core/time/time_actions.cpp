// The time actions and their table. Design: every action is a short function of the
// captures, the context and the rule's arguments; make_table() lists them with the
// arguments each takes, and bind_time_action() checks a rule against that list when the
// rules load, so that at run time an action only computes. Helpers shared by several
// actions are in time/time_values.h.
#include "time/time_actions.h"

#include <algorithm>
#include <charconv>

#include "time/calendar.h"
#include "util/data_files.h"

namespace chronicle::detail {
namespace {

// ---- dates written out, and days of the calendar --------------------------------------

TimexValue date(const ActionInput& in) {
  return date_value(ymd(in.number("year"), in.number("month"), in.number("day")));
}

TimexValue month_year(const ActionInput& in) {
  return date_value(ymd(in.number("year"), in.number("month"), 0));
}

TimexValue year(const ActionInput& in) { return date_value(ymd(in.number("year"), 0, 0)); }

TimexValue month_day(const ActionInput& in) {
  int m = in.number("month"), d = in.number("day");
  if (in.has("year")) return date_value(ymd(in.number("year"), m, d));
  if (!in.ctx.dct) return date_value(undated_ymd(m, d));
  if (!make_day(2000, m, d).ok()) return std::nullopt;
  return date_value(ymd(year_for(in.ctx, m, d), m, d));
}

// "this September": the document's year whatever the tense. "last April": the latest
// April before the document's month; the month just before it would be "last month", so
// named it is the one of the year before ("last February", written on March 1).
TimexValue month(const ActionInput& in) {
  int m = in.number("month");
  if (!in.ctx.dct) return date_value(undated_ymd(m, 0));
  int y = int(in.ctx.dct->year()), dm = int(unsigned(in.ctx.dct->month()));
  std::string which = in.arg_or(0, "");
  if (which == "this") return date_value(ymd(y, m, 0));
  if (which == "last") return date_value(ymd(m < dm - 1 ? y : y - 1, m, 0));
  return date_value(ymd(year_for(in.ctx, m, 0), m, 0));
}

// "June last year": the month in the year before, after or of the document's.
TimexValue month_rel_year(const ActionInput& in) {
  int m = in.number("month");
  if (!in.ctx.dct) return date_value(undated_ymd(m, 0));
  return date_value(ymd(int(in.ctx.dct->year()) + in.int_arg(0), m, 0));
}

// "before": the last such day before the document's; "before_reference" ("the previous
// Friday"): the last one before the day the narrative is at.
TimexValue weekday(const ActionInput& in) {
  std::string which = in.arg_or(0, "");
  if (which.empty()) return weekday_value(in.ctx, in.number("weekday"), "");
  TimeContext past = in.ctx;
  past.tense = Tense::past;
  if (which == "before_reference" && in.ctx.reference &&
      in.ctx.reference_granularity == Granularity::day)
    past.dct = in.ctx.reference;
  return weekday_value(past, in.number("weekday"), "", true);
}

// "last Friday night" (before): the Friday before the document's day.
TimexValue weekday_part(const ActionInput& in) {
  if (in.arg_or(0, "") != "before")
    return weekday_value(in.ctx, in.number("weekday"), in.text("part"));
  TimeContext past = in.ctx;
  past.tense = Tense::past;
  return weekday_value(past, in.number("weekday"), in.text("part"), true);
}

// "noon Thursday": a clock time given by name on a weekday.
TimexValue weekday_time(const ActionInput& in) {
  return std::make_pair(TimexType::time,
                        weekday_value(in.ctx, in.number("weekday"), "")->second + "T" + in.args[0]);
}

TimexValue weekend(const ActionInput& in) { return weekend_value(in.ctx); }

// A holiday named without its year: the year is chosen as for a date in its month, then
// the holiday's day in that year.
TimexValue holiday(const ActionInput& in) {
  if (!in.ctx.dct) return std::nullopt;
  std::string rule = in.text("holiday");
  auto this_year = holiday_date(int(in.ctx.dct->year()), rule);
  if (!this_year) return std::nullopt;
  int y = year_for(in.ctx, int(unsigned(this_year->month())), int(unsigned(this_year->day())));
  auto day = holiday_date(y, rule);
  if (!day) return std::nullopt;
  return date_value(format_day(*day));
}

// "April 24 and 25": the day right after a date and a connecting word, in its month.
TimexValue listed_day(const ActionInput& in) {
  const auto& listed = in.ctx.listed_day;
  if (!listed || in.first != in.ctx.listed_after + 1) return std::nullopt;
  Day d = make_day(int(listed->year()), int(unsigned(listed->month())), in.number("day"));
  if (!d.ok() || d <= *listed) return std::nullopt;
  return date_value(format_day(d));
}

// "the week of March 6": the ISO week holding that day.
TimexValue week_of(const ActionInput& in) {
  int m = in.number("month"), d = in.number("day");
  if (!in.ctx.dct || !make_day(2000, m, d).ok()) return std::nullopt;
  Day day = make_day(year_for(in.ctx, m, d), m, d);
  if (!day.ok()) return std::nullopt;
  return date_value(week_value(day));
}

// ---- days counted from the document date or the narrative -----------------------------

// The document's day `n` days on, with a part of the day when one is given.
TimexValue day_with_part(const TimeContext& ctx, int n, const std::string& part) {
  if (!ctx.dct) return std::nullopt;
  std::string v = format_day(add_days(*ctx.dct, n));
  return std::make_pair(part.empty() ? TimexType::date : TimexType::time,
                        part.empty() ? v : v + "T" + part);
}

// The part of the day the match captured, else the rule's argument `i`.
std::string part_of(const ActionInput& in, std::size_t i) {
  std::string part = in.text("part");
  return part.empty() ? in.arg_or(i, "") : part;
}

TimexValue offset_day(const ActionInput& in) {
  return day_with_part(in.ctx, in.int_arg(0), in.text("part"));
}

TimexValue offset_day_part(const ActionInput& in) {
  return day_with_part(in.ctx, in.int_arg(0), part_of(in, 1));
}

TimexValue part_today(const ActionInput& in) { return day_with_part(in.ctx, 0, part_of(in, 0)); }

// "placed orders in the morning": the morning of the day the narrative is at.
TimexValue part_reference(const ActionInput& in) {
  const TimeContext& ctx = in.ctx;
  std::optional<Day> on =
      ctx.reference && ctx.reference_granularity == Granularity::day ? ctx.reference : ctx.dct;
  if (!on) return std::nullopt;
  return std::make_pair(TimexType::time, format_day(*on) + "T" + in.arg_or(0, in.text("part")));
}

TimexValue ago(const ActionInput& in) {
  std::string n = in.text("num");
  if (n == "X" || n.empty()) return std::make_pair(TimexType::date, std::string("PAST_REF"));
  std::string unit = in.text("unit");
  if (unit == "2W") return relative_value(in.ctx, "W", -2 * std::stoi(n));
  if (unit == "Y" && n == "1" && in.ctx.quarterly) return prior_year_value(in.ctx);
  return relative_value(in.ctx, unit, -std::stoi(n));
}

// "a year earlier" counts back to a date, as "ago"; "a day earlier" is the duration "a
// day" with "earlier" as its signal, as "three days later".
TimexValue earlier(const ActionInput& in) {
  std::string unit = in.text("unit");
  if (std::find(in.args.begin(), in.args.end(), unit) == in.args.end())
    return duration_value(in.text("num"), unit);
  return ago(in);
}

// "two years from now"; "in five years" looking ahead (the stock "would be redeemed in
// five years"), while "in two weeks" of a past clause is how long something took.
TimexValue ahead(const ActionInput& in) {
  std::string n = in.text("num"), unit = in.text("unit");
  if (n.empty() || n == "X" || unit.empty()) return std::nullopt;
  if (in.arg_or(0, "") == "looking_ahead" && in.ctx.tense != Tense::future)
    return duration_value(n, unit);
  if (unit == "2W") return relative_value(in.ctx, "W", 2 * std::stoi(n));
  if (unit[0] == 'T') return duration_value(n, unit);
  return relative_value(in.ctx, unit, std::stoi(n));
}

// "the quarter", "the latest period" (-1 Q): the quarter the report is at; so is "this
// quarter" (0 Q report) in a report that named its quarter, unless it looks ahead.
TimexValue this_unit(const ActionInput& in) {
  const auto& args = in.args;
  const TimeContext& ctx = in.ctx;
  if (args.size() > 1 && args[1] == "Q" && args[0] == "-1") return reported_quarter_value(ctx);
  if (args.size() > 2 && args[2] == "report" && ctx.quarterly && ctx.report_quarter != 0 &&
      ctx.tense != Tense::future)
    return reported_quarter_value(ctx);
  return relative_value(ctx, in.arg_or(1, in.text("unit")), in.int_arg(0));
}

TimexValue ref(const ActionInput& in) { return date_value(in.args[0]); }

TimexValue ref_offset(const ActionInput& in) {
  std::string n = in.text("num");
  int k = (n.empty() || n == "X") ? in.int_arg(0) : std::stoi(n);
  return reference_value(in.ctx, in.arg_or(1, in.text("unit")), k);
}

// "that day" points back to a day of the narrative: when it is at a month or a year, the
// day is one of those left unspecified ("in October ... that same day" 1998-10-XX).
TimexValue ref_same(const ActionInput& in) {
  const TimeContext& ctx = in.ctx;
  std::string unit = in.arg_or(0, "");
  if (unit != "D" || !ctx.reference || ctx.reference_granularity <= Granularity::day)
    return reference_value(ctx, unit, 0);
  if (ctx.reference_granularity == Granularity::month)
    return date_value(month_value(*ctx.reference) + "-XX");
  if (ctx.reference_granularity == Granularity::year)
    return date_value(std::to_string(int(ctx.reference->year())) + "-XX-XX");
  return std::nullopt;
}

// The value of the action argument, and its day, when it names a single day.
std::optional<std::pair<std::string, Day>> single_day(const ActionInput& in) {
  auto v = run_time_action(*in.inner, in.captures, in.first, in.ctx);
  auto interval = v ? interval_of(v->second) : std::nullopt;
  if (!interval || interval->begin != interval->end) return std::nullopt;
  return std::make_pair(v->second, interval->begin);
}

// "the day before last Tuesday": the day the rest of the rule names, moved; a part of the
// day stays with it ("the next morning" 2000-02-23TMO).
TimexValue shift_days(const ActionInput& in) {
  auto d = single_day(in);
  if (!d) return std::nullopt;
  std::string part = d->first.size() > 10 ? d->first.substr(10) : "";
  return std::make_pair(part.empty() ? TimexType::date : TimexType::time,
                        format_day(add_days(d->second, in.int_arg(0))) + part);
}

// "Easter week": the ISO week of the day the rest of the rule names.
TimexValue week_containing(const ActionInput& in) {
  auto d = single_day(in);
  return d ? date_value(week_value(d->second)) : std::nullopt;
}

// ---- clock times -----------------------------------------------------------------------

// The day of a clock time: the weekday or date written next to it, else the day the
// narrative is at ("Friday ... at 10:35 a.m."); nullopt for the document's.
std::optional<std::string> clock_day(const ActionInput& in) {
  const TimeContext& ctx = in.ctx;
  int m = in.number("month"), d = in.number("day");
  if (in.has("weekday")) return weekday_value(ctx, in.number("weekday"), "")->second;
  if (in.has("month") && ctx.dct && make_day(2000, m, d).ok())
    return ymd(year_for(ctx, m, d), m, d);
  if (ctx.reference && (ctx.reference_granularity == Granularity::day ||
                        ctx.reference_granularity == Granularity::time_of_day))
    return format_day(*ctx.reference);
  return std::nullopt;
}

TimexValue clock_time(const ActionInput& in) {
  return clock_value(in.ctx, clock_day(in), in.number("hour"), in.number("minute"),
                     in.arg_or(0, ""));
}

// ---- durations and sets ----------------------------------------------------------------

TimexValue duration(const ActionInput& in) {
  return duration_value(in.text("num"), in.arg_or(0, in.text("unit")));
}

TimexValue duration_half(const ActionInput& in) {
  return half_duration_value(in.text("num"), in.text("unit"));
}

TimexValue vague_duration(const ActionInput& in) { return duration_value("X", in.text("unit")); }

// A span of months a report covers, "the first nine months".
TimexValue period(const ActionInput& in) { return duration_value(in.text("num"), "M"); }

// "every Friday", "every July", "every two years" (P2Y as a set).
TimexValue set(const ActionInput& in) {
  if (in.has("weekday")) return std::make_pair(TimexType::set, "XXXX-WXX-" + in.text("weekday"));
  if (in.has("month")) return std::make_pair(TimexType::set, undated_ymd(in.number("month"), 0));
  std::string unit = in.text("unit");
  if (unit.empty()) unit = in.arg_or(0, "");
  std::string n = in.text("num");
  auto d = duration_value(n.empty() || n == "X" ? "1" : n, unit);
  if (d) d->first = TimexType::set;
  return d;
}

// ---- years, seasons, quarters and longer -----------------------------------------------

// "by year-end" is this year's end, "since year-end" last year's.
TimexValue year_end(const ActionInput& in) {
  if (!in.ctx.dct) return std::nullopt;
  return date_value(
      std::to_string(int(in.ctx.dct->year()) - (in.ctx.tense == Tense::past ? 1 : 0)));
}

// A year said in words, "nineteen ninety-six": the hundreds the rule names, then tens and
// units; with the month or season said before it.
TimexValue spoken_year(const ActionInput& in) {
  int hundreds = in.int_arg(0), tens = in.number("tens"), units = in.number("units");
  if (hundreds < 10 || tens < 10 || tens > 90 || tens % 10 != 0 || units > 9) return std::nullopt;
  int y = hundreds * 100 + tens + units;
  if (in.has("month")) return date_value(ymd(y, in.number("month"), 0));
  if (in.has("season")) return date_value(std::to_string(y) + "-" + in.text("season"));
  return date_value(std::to_string(y));
}

// "the first half of 1990": the half year, in the document's year when none is named.
TimexValue half(const ActionInput& in) {
  int n = in.args.empty() ? in.number("ord") : in.int_arg(0);
  if (n < 1 || n > 2) return std::nullopt;
  if (!in.has("year") && !in.ctx.dct) return date_value("XXXX-H" + std::to_string(n));
  int y = in.has("year") ? in.number("year") : int(in.ctx.dct->year());
  return date_value(std::to_string(y) + "-H" + std::to_string(n));
}

TimexValue season_year(const ActionInput& in) {
  return date_value(ymd(in.number("year"), 0, 0) + "-" + in.text("season"));
}

TimexValue season(const ActionInput& in) {
  std::string name = in.text("season");
  if (!in.ctx.dct) return date_value("XXXX-" + name);
  return date_value(std::to_string(year_of_season(in.ctx, name, in.arg_or(0, ""))) + "-" + name);
}

TimexValue decade(const ActionInput& in) { return date_value(in.text("decade")); }

// The ordinal captured as "day": "the 20th century" is 19.
TimexValue century(const ActionInput& in) {
  int n = in.number("day") - 1;
  return date_value(n < 10 ? "0" + std::to_string(n) : std::to_string(n));
}

// A quarter not yet begun, named outside the future tense, is last year's: "profits for
// the fourth quarter" written in January. YEARS counts from the document's year.
TimexValue quarter(const ActionInput& in) {
  const TimeContext& ctx = in.ctx;
  int q = in.number("ord");
  bool named_year = in.has("year");
  if (!named_year && !ctx.dct) return date_value("XXXX-Q" + std::to_string(q));
  int y =
      named_year ? in.number("year") : int(ctx.dct->year()) + (in.args.empty() ? 0 : in.int_arg(0));
  int current = int(unsigned(ctx.dct ? ctx.dct->month() : std::chrono::month{1}) - 1) / 3 + 1;
  if (!named_year && in.args.empty() && ctx.dct && q > current && ctx.tense != Tense::future) --y;
  return date_value(std::to_string(y) + "-Q" + std::to_string(q));
}

// "the 1988 quarter" in a quarterly report: the quarter reported on, in 1988; the year
// itself after a span of months ("the first nine months ... the 1988 period").
TimexValue quarter_in_year(const ActionInput& in) {
  if (!in.ctx.dct) return std::nullopt;
  int y = in.number("year");
  if (in.ctx.report_months) return date_value(ymd(y, 0, 0));
  return date_value(std::to_string(y) + reported_quarter_value(in.ctx)->second.substr(4));
}

TimexValue prior_year_period(const ActionInput& in) { return prior_year_value(in.ctx); }

// A match that is not a time expression ("6-year-old").
TimexValue ignore(const ActionInput&) { return std::nullopt; }

// ---- the table -------------------------------------------------------------------------

ArgSpec integer(std::string_view name) { return {name, ArgKind::integer, false, {}}; }
ArgSpec unit() { return {"UNIT", ArgKind::unit, false, {}}; }
ArgSpec part() { return {"PART", ArgKind::part, false, {}}; }
ArgSpec one_of(std::string_view name, std::vector<std::string_view> words) {
  return {name, ArgKind::word, false, std::move(words)};
}
ArgSpec opt(ArgSpec spec) {
  spec.optional = true;
  return spec;
}

TimeAction act(std::string_view name, ActionFn fn, std::vector<ArgSpec> args = {}) {
  return {name, fn, std::move(args)};
}
TimeAction directed(TimeAction a) {
  a.directed = true;
  return a;
}
TimeAction absolute(TimeAction a) {
  a.relative = false;
  return a;
}

std::vector<TimeAction> make_table() {
  TimeAction spoken = act("spoken_year", spoken_year, {integer("HUNDREDS")});
  spoken.sums_number_words = false;
  return {
      absolute(act("date", date)),
      directed(act("month_day", month_day)),
      absolute(act("month_year", month_year)),
      directed(act("month", month, {opt(one_of("this|last", {"this", "last"}))})),
      absolute(act("year", year)),
      directed(act("weekday", weekday,
                   {opt(one_of("before|before_reference", {"before", "before_reference"}))})),
      directed(act("weekday_part", weekday_part, {opt(one_of("before", {"before"}))})),
      act("weekday_time", weekday_time, {{"HH:MM", ArgKind::clock, false, {}}}),
      directed(act("weekend", weekend)),
      directed(act("holiday", holiday)),
      act("listed_day", listed_day),
      act("week_of", week_of),
      act("month_rel_year", month_rel_year, {integer("N")}),
      act("offset_day", offset_day, {integer("N")}),
      act("offset_day_part", offset_day_part, {integer("N"), opt(part())}),
      act("part_today", part_today, {opt(part())}),
      act("part_reference", part_reference, {{"PART|HH:MM", ArgKind::part_or_clock, true, {}}}),
      act("ago", ago),
      act("earlier", earlier, {{"UNITS", ArgKind::units, false, {}}}),
      act("ahead", ahead, {opt(one_of("looking_ahead", {"looking_ahead"}))}),
      act("this_unit", this_unit, {integer("N"), opt(unit()), opt(one_of("report", {"report"}))}),
      act("ref", ref, {{"VALUE", ArgKind::value, false, {}}}),
      act("ref_offset", ref_offset, {integer("N"), opt(unit())}),
      act("ref_same", ref_same, {opt(unit())}),
      act("shift_days", shift_days, {integer("N"), {"ACTION", ArgKind::action, false, {}}}),
      act("week_containing", week_containing, {{"ACTION", ArgKind::action, false, {}}}),
      act("clock", clock_time, {opt(one_of("am|pm", {"am", "pm"}))}),
      act("duration", duration, {opt(unit())}),
      act("duration_half", duration_half),
      act("vague_duration", vague_duration),
      act("period", period),
      act("set", set, {opt(unit())}),
      act("year_end", year_end),
      spoken,
      act("half", half, {opt(one_of("1|2", {"1", "2"}))}),
      absolute(act("season_year", season_year)),
      directed(act("season", season, {opt(one_of("last|this", {"last", "this"}))})),
      absolute(act("decade", decade)),
      act("century", century),
      act("quarter", quarter, {opt(integer("YEARS"))}),
      act("quarter_in_year", quarter_in_year),
      act("prior_year_period", prior_year_period),
      act("ignore", ignore),
  };
}

// ---- binding ---------------------------------------------------------------------------

bool is_integer(std::string_view s) {
  int v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return !s.empty() && ec == std::errc() && end == s.data() + s.size();
}

bool is_clock(std::string_view s) {
  return s.size() == 5 && s[2] == ':' &&
         std::all_of(s.begin(), s.end(), [](char c) { return c == ':' || (c >= '0' && c <= '9'); });
}

// The unit codes the values are written in (lexicons/time_units.tsv maps words onto them).
bool is_unit(std::string_view s) {
  for (std::string_view u : {"D", "W", "2W", "M", "Q", "Y", "DE", "CE", "TH", "TM", "TS"})
    if (s == u) return true;
  return false;
}

bool is_part(std::string_view s) {
  return s == "MO" || s == "MI" || s == "AF" || s == "EV" || s == "NI";
}

bool accepts(const ArgSpec& spec, std::string_view word) {
  switch (spec.kind) {
    case ArgKind::integer:
      return is_integer(word);
    case ArgKind::unit:
    case ArgKind::units:
      return is_unit(word);
    case ArgKind::part:
      return is_part(word);
    case ArgKind::clock:
      return is_clock(word);
    case ArgKind::part_or_clock:
      return is_part(word) || is_clock(word);
    case ArgKind::word:
      return std::find(spec.words.begin(), spec.words.end(), word) != spec.words.end();
    case ArgKind::value:
    case ArgKind::action:
      return !word.empty();
  }
  return false;
}

// Checks `args` against the action's specs; an action argument binds the rest.
void bind_args(BoundAction& bound, const std::vector<std::string>& args, std::string_view file,
               int line) {
  const TimeAction& a = *bound.action;
  auto refuse = [&](const std::string& why) {
    data_error(file, line,
               "action '" + std::string(a.name) + "' " + why + " (usage: " + action_usage(a) + ")");
  };
  std::size_t i = 0;
  for (const ArgSpec& spec : a.args) {
    if (i == args.size()) {
      if (!spec.optional) refuse("needs " + std::string(spec.name));
      return;
    }
    if (!accepts(spec, args[i]))
      refuse("takes " + std::string(spec.name) + ", not '" + args[i] + "'");
    if (spec.kind == ArgKind::action) {
      std::vector<std::string> rest(args.begin() + i, args.end());
      bound.inner = std::make_shared<const BoundAction>(bind_time_action(rest, file, line));
      bound.args.assign(args.begin(), args.begin() + i);
      return;
    }
    if (spec.kind == ArgKind::units) {
      for (std::size_t k = i; k < args.size(); ++k)
        if (!is_unit(args[k]))
          refuse("takes " + std::string(spec.name) + ", not '" + args[k] + "'");
      i = args.size();
      continue;
    }
    ++i;
  }
  if (i < args.size()) refuse("takes no argument '" + args[i] + "'");
}

}  // namespace

const std::vector<TimeAction>& time_actions() {
  static const std::vector<TimeAction> table = make_table();
  return table;
}

const TimeAction* find_time_action(std::string_view name) {
  for (const auto& a : time_actions())
    if (a.name == name) return &a;
  return nullptr;
}

std::string action_usage(const TimeAction& action) {
  std::string out(action.name);
  if (action.directed) out += " [past|future]";
  for (const ArgSpec& spec : action.args) {
    std::string name(spec.name);
    if (spec.kind == ArgKind::action) name += " ARGS";
    out += " " + (spec.optional ? "[" + name + "]" : name);
  }
  return out;
}

BoundAction bind_time_action(const std::vector<std::string>& words, std::string_view file,
                             int line) {
  if (words.empty()) data_error(file, line, "empty action");
  BoundAction bound;
  bound.action = find_time_action(words[0]);
  if (!bound.action) data_error(file, line, "unknown action '" + words[0] + "'");
  std::vector<std::string> args(words.begin() + 1, words.end());
  if (bound.action->directed && !args.empty() && (args[0] == "past" || args[0] == "future")) {
    bound.direction = args[0] == "past" ? Tense::past : Tense::future;
    args.erase(args.begin());
  }
  bound.args = args;
  bind_args(bound, args, file, line);
  return bound;
}

TimexValue run_time_action(const BoundAction& bound, const Captures& captures, std::size_t first,
                           const TimeContext& ctx) {
  // "twenty-five years", "the last twenty four hours": the number is the tens and units
  // said apart
  if (bound.action->sums_number_words && captures.count("tens") && captures.count("units") &&
      !captures.count("num")) {
    Captures whole = captures;
    whole["num"] = std::to_string(captured_int(captures, "tens") + captured_int(captures, "units"));
    return run_time_action(bound, whole, first, ctx);
  }
  if (!bound.direction)
    return bound.action->fn({captures, first, ctx, bound.args, bound.inner.get()});
  TimeContext fixed = ctx;
  fixed.tense = *bound.direction;
  return bound.action->fn({captures, first, fixed, bound.args, bound.inner.get()});
}

}  // namespace chronicle::detail

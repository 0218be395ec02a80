// Time axis design: the span from the first to the last event day maps linearly onto the
// axis width, except that a gap without events longer than 30% of the span (and at least
// a month) shrinks to a fixed-width break, keeping a little context on either side. Tick
// units step up (day, week, month, ..., century) until their labels fit; a greedy pass
// then drops any tick whose label would touch the previous one or a break mark.
#include "time_axis.h"

#include <date/date.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <locale>

#include "text_width.h"

namespace chronicle::detail {
namespace {

using Interval = std::pair<long long, long long>;

constexpr long long kMinSpanDays = 7;
constexpr double kBreakFraction = 0.3;
constexpr long long kMinBreakDays = 30;
constexpr double kBreakWidth = 40;
constexpr double kBreakMarginFraction = 0.02;
constexpr double kTickGap = 14;

enum class Unit { day, week, month, year };
struct Step {
  Unit unit;
  int count;
  double days;
};
constexpr Step kSteps[] = {
    {Unit::day, 1, 1},        {Unit::day, 2, 2},       {Unit::week, 1, 7},
    {Unit::week, 2, 14},      {Unit::month, 1, 30.44}, {Unit::month, 2, 60.9},
    {Unit::month, 3, 91.3},   {Unit::month, 6, 182.6}, {Unit::year, 1, 365.25},
    {Unit::year, 2, 730.5},   {Unit::year, 5, 1826},   {Unit::year, 10, 3652},
    {Unit::year, 20, 7305},   {Unit::year, 50, 18262}, {Unit::year, 100, 36525},
    {Unit::year, 500, 182621}};

long long floor_div(long long a, long long b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}
long long floor_mod(long long a, long long b) { return a - floor_div(a, b) * b; }

Day day_of(long long n) { return Day{std::chrono::sys_days{std::chrono::days{n}}}; }

// Days covered by some event, merged into sorted half-open blocks [a, b).
std::vector<Interval> covered_blocks(const std::vector<Interval>& intervals) {
  std::vector<Interval> sorted;
  for (auto [first, last] : intervals) sorted.emplace_back(first, std::max(first, last) + 1);
  std::sort(sorted.begin(), sorted.end());
  std::vector<Interval> blocks;
  for (const auto& iv : sorted) {
    if (!blocks.empty() && iv.first <= blocks.back().second) {
      blocks.back().second = std::max(blocks.back().second, iv.second);
    } else {
      blocks.push_back(iv);
    }
  }
  return blocks;
}

std::vector<long long> day_ticks(const Step& step, long long first, long long end) {
  std::vector<long long> out;
  for (long long d = first; d <= end; ++d) {
    if (step.unit == Unit::day && floor_mod(d, step.count) == 0) out.push_back(d);
    // Day 4 (1970-01-05) was a Monday.
    if (step.unit == Unit::week && floor_mod(d - 4, 7) == 0 &&
        floor_mod(floor_div(d - 4, 7), step.count) == 0)
      out.push_back(d);
  }
  return out;
}

std::vector<long long> calendar_ticks(const Step& step, long long first, long long end) {
  using namespace std::chrono;
  std::vector<long long> out;
  const Day start = day_of(first);
  year_month ym{start.year(), step.unit == Unit::year ? January : start.month()};
  const months stride{step.unit == Unit::year ? 12 : 1};
  for (; day_number(ym / 1) <= end; ym += stride) {
    const long long d = day_number(ym / 1);
    const long long index = step.unit == Unit::year
                                ? static_cast<int>(ym.year())
                                : static_cast<int>(ym.year()) * 12LL + unsigned(ym.month()) - 1;
    if (d >= first && floor_mod(index, step.count) == 0) out.push_back(d);
  }
  return out;
}

std::string month_abbrev(long long d) {
  return date::format(std::locale::classic(), "%b", date::sys_days{date::days{d}});
}

std::string tick_label(const Step& step, long long d, bool with_year) {
  const Day day = day_of(d);
  const std::string year = std::to_string(static_cast<int>(day.year()));
  if (step.unit == Unit::year) return year;
  std::string label = month_abbrev(d);
  if (step.unit != Unit::month) label = std::to_string(unsigned(day.day())) + " " + label;
  return with_year ? label + " " + year : label;
}

// The finest step whose widest label (one that shows the year) fits between its ticks
// at `scale` points per day.
const Step* tick_step(double scale, double font_size) {
  for (const Step& s : kSteps) {
    const char* widest = s.unit == Unit::year    ? "2000"
                         : s.unit == Unit::month ? "Sep 2000"
                                                 : "28 Sep 2000";
    if (s.days * scale >= text_width(widest, font_size) + kTickGap) return &s;
  }
  return &kSteps[std::size(kSteps) - 1];
}

}  // namespace

long long day_number(Day day) { return std::chrono::sys_days(day).time_since_epoch().count(); }

TimeAxis::TimeAxis(const std::vector<Interval>& intervals, double x_left, double width) {
  std::vector<Interval> blocks = covered_blocks(intervals);
  first_day_ = blocks.front().first;
  end_day_ = blocks.back().second;
  if (end_day_ - first_day_ < kMinSpanDays) {
    first_day_ -= (kMinSpanDays - (end_day_ - first_day_)) / 2;
    end_day_ = first_day_ + kMinSpanDays;
  }
  build(std::move(blocks), x_left, width);
}

void TimeAxis::build(std::vector<Interval> blocks, double x_left, double width) {
  const auto total = static_cast<double>(end_day_ - first_day_);
  const long long margin = std::max(1LL, std::llround(kBreakMarginFraction * total));
  long long break_days = 0;
  for (std::size_t i = 0; i + 1 < blocks.size(); ++i) {
    const long long gap = blocks[i + 1].first - blocks[i].second;
    if (static_cast<double>(gap) <= kBreakFraction * total || gap < kMinBreakDays) continue;
    breaks_.push_back({blocks[i].second + margin, blocks[i + 1].first - margin, 0, 0});
    break_days += breaks_.back().end_day - breaks_.back().first_day;
  }
  const double break_width = std::min(kBreakWidth, 0.1 * width);
  const double scale = (width - break_width * static_cast<double>(breaks_.size())) /
                       (total - static_cast<double>(break_days));
  double t = static_cast<double>(first_day_), x = x_left;
  auto add = [&](double t1, double x1) {
    segments_.push_back({t, t1, x, x1});
    t = t1;
    x = x1;
  };
  for (auto& br : breaks_) {
    add(static_cast<double>(br.first_day), x + (static_cast<double>(br.first_day) - t) * scale);
    br.x0 = x;
    add(static_cast<double>(br.end_day), x + break_width);
    br.x1 = x;
  }
  add(static_cast<double>(end_day_), x + (static_cast<double>(end_day_) - t) * scale);
}

double TimeAxis::x(double t) const {
  if (t <= segments_.front().t0) return segments_.front().x0;
  for (const auto& s : segments_) {
    if (t <= s.t1) return s.x0 + (t - s.t0) / (s.t1 - s.t0) * (s.x1 - s.x0);
  }
  return segments_.back().x1;
}

std::vector<AxisTick> TimeAxis::ticks(double font_size) const {
  const Segment& normal = segments_.front();  // the first segment is never a break
  const Step* step = tick_step((normal.x1 - normal.x0) / (normal.t1 - normal.t0), font_size);
  std::vector<long long> days = step->unit == Unit::day || step->unit == Unit::week
                                    ? day_ticks(*step, first_day_, end_day_)
                                    : calendar_ticks(*step, first_day_, end_day_);
  std::vector<AxisTick> out;
  double last_right = -std::numeric_limits<double>::infinity();
  int last_year = std::numeric_limits<int>::min();
  for (long long d : days) {
    auto inside = [&](const AxisBreak& b) { return d > b.first_day - 1 && d < b.end_day + 1; };
    if (std::any_of(breaks_.begin(), breaks_.end(), inside)) continue;
    const int year = static_cast<int>(day_of(d).year());
    std::string label = tick_label(*step, d, year != last_year);
    const double tx = x(static_cast<double>(d)), half = text_width(label, font_size) / 2;
    if (tx - half < last_right + kTickGap) continue;
    auto crowds = [&](const AxisBreak& b) {
      return tx + half > b.x0 - kTickGap && tx - half < b.x1 + kTickGap;
    };
    if (std::any_of(breaks_.begin(), breaks_.end(), crowds)) continue;
    out.push_back({d, tx, std::move(label)});
    last_right = tx + half;
    last_year = year;
  }
  return out;
}

}  // namespace chronicle::detail

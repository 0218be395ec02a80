// Timeline layout design: each dated event goes to the lane of its first principal agent
// (else first principal participant, else "Other"). Its marker sits at its date on the
// proportional axis and its label beside it (to the left near the right edge). Within a
// lane, items (marker plus label, as one horizontal interval) are sorted by left edge
// and put in the first row whose last item ends before them: first-fit interval
// partitioning, so no two items in a row intersect and rows never share vertical space.
// Undated events flow left to right, wrapping, in a band of their own at the bottom.
#include "timeline_layout.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <numeric>

#include "escape.h"
#include "event_text.h"
#include "text_width.h"

namespace chronicle::detail {
namespace {

using S = TimelineStyle;
using Interval = std::pair<long long, long long>;

bool is_point(const Event& e) {
  switch (e.time.granularity) {
    case Granularity::time_of_day:
    case Granularity::day:
      return true;
    case Granularity::none:
      return !e.time.end || *e.time.end == *e.time.begin;
    default:
      return false;
  }
}

Interval interval_of(const Event& e) {
  const long long first = day_number(*e.time.begin);
  const long long last = e.time.end ? day_number(*e.time.end) : first;
  return {first, std::max(first, last)};
}

// Index into `principals` of the event's lane; principals.size() for "Other".
std::size_t lane_of(const Event& e, const std::vector<std::string>& principals) {
  auto rank = [&](const std::string& id) {
    return static_cast<std::size_t>(std::find(principals.begin(), principals.end(), id) -
                                    principals.begin());
  };
  for (const auto& p : e.participants)
    if (p.role == "agent" && rank(p.actor) < principals.size()) return rank(p.actor);
  for (const auto& p : e.participants)
    if (rank(p.actor) < principals.size()) return rank(p.actor);
  return principals.size();
}

double left_edge(const PlacedEvent& p) { return std::min(p.x0, p.label_x - p.label_width / 2); }
double right_edge(const PlacedEvent& p) { return std::max(p.x1, p.label_x + p.label_width / 2); }

PlacedEvent with_label(const Event& e, std::size_t index, const GraphIndex& names) {
  PlacedEvent p;
  p.event = index;
  p.label = event_label(e, names);
  p.label_width = text_width(p.label, S::kFontSize);
  return p;
}

bool crosses_break(const TimeAxis& axis, double x0, double x1) {
  return std::any_of(axis.breaks().begin(), axis.breaks().end(),
                     [&](const AxisBreak& b) { return x0 < b.x1 && b.x0 < x1; });
}

// Puts the label inside a wide enough span, else beside the marker: on the right unless
// that runs past the axis or across a break band and the left side does neither; then
// whichever side crosses no break.
void place_label(PlacedEvent& p, const TimeAxis& axis) {
  const double w = p.label_width;
  if (p.span && w + 2 * S::kLabelGap <= p.x1 - p.x0) {
    p.label_x = p.x0 + S::kLabelGap + w / 2;
    return;
  }
  const double right0 = p.x1 + S::kLabelGap, left0 = p.x0 - S::kLabelGap - w;
  const bool right_clear = !crosses_break(axis, right0, right0 + w);
  const bool left_clear = !crosses_break(axis, left0, left0 + w) && left0 >= axis.left();
  const bool right_fits = right_clear && right0 + w <= axis.right();
  const bool left = !right_fits && left_clear;
  p.label_x = left ? left0 + w / 2 : right0 + w / 2;
}

// The marker over days [first, end) (a point at the middle of `first` when not a span).
void place_marker(PlacedEvent& p, long long first, long long end, const TimeAxis& axis) {
  if (p.span) {
    p.x0 = axis.x(static_cast<double>(first));
    p.x1 = axis.x(static_cast<double>(end));
  } else {
    p.x0 = p.x1 = axis.x(static_cast<double>(first) + 0.5);
  }
  const double min_width = p.span ? S::kMinSpan : S::kMarker;
  if (p.x1 - p.x0 < min_width) {
    const double centre = (p.x0 + p.x1) / 2;
    p.x0 = centre - min_width / 2;
    p.x1 = centre + min_width / 2;
  }
  place_label(p, axis);
}

PlacedEvent place_dated(const Event& e, std::size_t index, const TimeAxis& axis,
                        const GraphIndex& names) {
  PlacedEvent p = with_label(e, index, names);
  const auto [first, last] = interval_of(e);
  p.span = !is_point(e);
  place_marker(p, first, last + 1, axis);
  return p;
}

// ---- Aggregation of dense timelines by period --------------------------------------

enum class Period { week, month, quarter, year };
constexpr std::pair<Period, double> kPeriods[] = {
    {Period::week, 7}, {Period::month, 30.44}, {Period::quarter, 91.3}, {Period::year, 365.25}};
constexpr double kMinPeriodWidth = 24;  // points; narrower periods would be unreadable

Day day_at(long long n) { return Day{std::chrono::sys_days{std::chrono::days{n}}}; }

long long period_start(long long day, Period period) {
  using namespace std::chrono;
  if (period == Period::week) return day - (((day - 4) % 7) + 7) % 7;  // day 4 was a Monday
  const Day d = day_at(day);
  unsigned month = static_cast<unsigned>(d.month());
  if (period == Period::quarter) month = (month - 1) / 3 * 3 + 1;
  if (period == Period::year) month = 1;
  return day_number(Day{d.year(), std::chrono::month{month}, std::chrono::day{1}});
}

long long period_end(long long start, Period period) {
  using namespace std::chrono;
  if (period == Period::week) return start + 7;
  const int months = period == Period::month ? 1 : period == Period::quarter ? 3 : 12;
  const Day d = day_at(start);
  const auto next = year_month{d.year(), d.month()} + std::chrono::months{months};
  return day_number(Day{next.year(), next.month(), std::chrono::day{1}});
}

std::string period_name(long long start, Period period) {
  const Day d = day_at(start);
  const std::string day = format_day(d);
  switch (period) {
    case Period::week:
      return "week of " + day;
    case Period::month:
      return day.substr(0, 7);
    case Period::quarter:
      return day.substr(0, 4) + " Q" + std::to_string((static_cast<unsigned>(d.month()) + 2) / 3);
    default:
      return day.substr(0, 4);
  }
}

const char* period_noun(Period period) {
  switch (period) {
    case Period::week:
      return "week";
    case Period::month:
      return "month";
    case Period::quarter:
      return "quarter";
    default:
      return "year";
  }
}

// The shortest period at least kMinPeriodWidth wide on the axis (breaks only widen them).
Period choose_period(const std::vector<Interval>& intervals, double axis_width) {
  long long first = intervals.front().first, last = intervals.front().second;
  for (const auto& [a, b] : intervals) {
    first = std::min(first, a);
    last = std::max(last, b);
  }
  const double span = static_cast<double>(last - first + 1);
  for (const auto& [period, days] : kPeriods)
    if (axis_width * days / span >= kMinPeriodWidth) return period;
  return Period::year;
}

EventClass majority_class(const EventGraph& graph, const std::vector<std::size_t>& members) {
  int counts[3] = {0, 0, 0};
  for (std::size_t i : members) ++counts[static_cast<int>(graph.events[i].event_class)];
  if (counts[1] > counts[0] && counts[1] >= counts[2]) return EventClass::conflict;
  if (counts[0] >= counts[1] && counts[0] > counts[2]) return EventClass::cooperation;
  return EventClass::neutral;
}

std::string count_label(std::size_t n, const char* what) {
  return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
}

PlacedEvent aggregate(const EventGraph& graph, std::vector<std::size_t> members, std::string label) {
  PlacedEvent p;
  p.event = members.front();
  p.label = std::move(label);
  p.label_width = text_width(p.label, S::kFontSize);
  p.aggregate_class = majority_class(graph, members);
  p.members = std::move(members);
  return p;
}

// One span per period holding events of the lane (an event counts in the period of its
// first day).
std::vector<PlacedEvent> aggregate_lane(const EventGraph& graph, const std::vector<PlacedEvent>& events,
                                        Period period, const TimeAxis& axis) {
  std::map<long long, std::vector<std::size_t>> by_period;
  for (const PlacedEvent& p : events)
    by_period[period_start(interval_of(graph.events[p.event]).first, period)].push_back(p.event);
  std::vector<PlacedEvent> out;
  for (auto& [start, members] : by_period) {
    std::string label = count_label(members.size(), "event");
    PlacedEvent p = aggregate(graph, std::move(members), std::move(label));
    p.period = period_name(start, period);
    p.span = true;
    place_marker(p, start, period_end(start, period), axis);
    out.push_back(std::move(p));
  }
  return out;
}

std::size_t dated_count(const EventGraph& graph) {
  return static_cast<std::size_t>(std::count_if(graph.events.begin(), graph.events.end(),
                                                [](const Event& e) { return e.time.begin.has_value(); }));
}

// First-fit rows; returns each item's row and the number of rows.
std::vector<std::size_t> assign_rows(const std::vector<PlacedEvent>& items, std::size_t& rows) {
  std::vector<std::size_t> order(items.size()), row(items.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::make_pair(left_edge(items[a]), items[a].event) <
           std::make_pair(left_edge(items[b]), items[b].event);
  });
  std::vector<double> row_right;
  for (std::size_t i : order) {
    std::size_t r = 0;
    while (r < row_right.size() && row_right[r] + S::kItemGap > left_edge(items[i])) ++r;
    if (r == row_right.size()) row_right.push_back(0);
    row_right[r] = right_edge(items[i]);
    row[i] = r;
  }
  rows = std::max<std::size_t>(1, row_right.size());
  return row;
}

// Gives each item of `lane` its row's y and sets the lane's height, starting at `top`.
void stack_rows(Lane& lane, double top, const std::vector<std::size_t>& row, std::size_t rows) {
  lane.top = top;
  lane.height = 2 * S::kLanePad + static_cast<double>(rows) * S::kRowHeight;
  for (std::size_t i = 0; i < lane.events.size(); ++i) {
    lane.events[i].y = top + S::kLanePad + (static_cast<double>(row[i]) + 0.5) * S::kRowHeight;
  }
}

std::vector<Lane> dated_lanes(const EventGraph& graph, const TimelineOptions& options,
                              const TimeAxis& axis, const GraphIndex& names) {
  const std::vector<std::string> principals = principal_actors(graph, options.max_lanes);
  std::vector<Lane> lanes(principals.size() + 1);
  for (std::size_t i = 0; i < principals.size(); ++i)
    lanes[i].title = shorten(names.actor_name(principals[i]), S::kLaneTitleChars);
  lanes.back().title = principals.empty() ? "Events" : "Other";
  for (std::size_t i = 0; i < graph.events.size(); ++i) {
    const Event& e = graph.events[i];
    if (e.time.begin)
      lanes[lane_of(e, principals)].events.push_back(place_dated(e, i, axis, names));
  }
  std::erase_if(lanes, [](const Lane& l) { return l.events.empty(); });
  return lanes;
}

Lane undated_band(const EventGraph& graph, double x_left, double x_right, double top,
                  const GraphIndex& names) {
  Lane band;
  band.title = "Undated";
  std::vector<std::size_t> row;
  std::size_t r = 0;
  double x = x_left;
  for (std::size_t i = 0; i < graph.events.size(); ++i) {
    if (graph.events[i].time.begin) continue;
    PlacedEvent p = with_label(graph.events[i], i, names);
    const double w = S::kMarker + S::kLabelGap + p.label_width;
    if (x + w > x_right && x > x_left) {
      ++r;
      x = x_left;
    }
    p.x0 = x;
    p.x1 = x + S::kMarker;
    p.label_x = p.x1 + S::kLabelGap + p.label_width / 2;
    x += w + S::kItemGap;
    band.events.push_back(std::move(p));
    row.push_back(r);
  }
  stack_rows(band, top, row, r + 1);
  return band;
}

// A dense timeline's undated events as one item; the report lists them.
Lane undated_summary(const EventGraph& graph, std::size_t count, double x_left, double top) {
  Lane band;
  band.title = "Undated";
  std::vector<std::size_t> members;
  for (std::size_t i = 0; i < graph.events.size(); ++i)
    if (!graph.events[i].time.begin) members.push_back(i);
  PlacedEvent p = aggregate(graph, std::move(members), count_label(count, "undated event"));
  p.x0 = x_left;
  p.x1 = x_left + S::kMarker;
  p.label_x = p.x1 + S::kLabelGap + p.label_width / 2;
  band.events.push_back(std::move(p));
  stack_rows(band, top, {0}, 1);
  return band;
}

std::vector<Interval> dated_intervals(const EventGraph& graph) {
  std::vector<Interval> out;
  for (const auto& e : graph.events)
    if (e.time.begin) out.push_back(interval_of(e));
  return out;
}

double axis_left_edge(const EventGraph& graph, const TimelineOptions& options,
                      const GraphIndex& names) {
  double widest =
      std::max(text_width("Undated", S::kLaneFontSize), text_width("Events", S::kLaneFontSize));
  for (const auto& id : principal_actors(graph, options.max_lanes))
    widest = std::max(
        widest, text_width(shorten(names.actor_name(id), S::kLaneTitleChars), S::kLaneFontSize));
  return S::kMargin + 4 + widest + 16;
}

// Lays the dated lanes out from `y`; returns the y below them.
double layout_dated(TimelineLayout& out, const EventGraph& graph, const TimelineOptions& options,
                    const GraphIndex& names, double y) {
  out.ticks = out.axis->ticks(S::kTickFontSize);
  out.tick_label_y = y + 7;
  out.axis_y = y + 16;
  y = out.axis_y + 8;
  out.lanes = dated_lanes(graph, options, *out.axis, names);
  if (const std::size_t dated = dated_count(graph); dated > options.max_markers) {
    const Period period = choose_period(dated_intervals(graph), out.axis->right() - out.axis->left());
    for (Lane& lane : out.lanes) lane.events = aggregate_lane(graph, lane.events, period, *out.axis);
    out.note = std::to_string(dated) + " dated events, more than " +
               std::to_string(options.max_markers) + ": each bar counts one lane's events in one " +
               period_noun(period) + "; hover for the list";
  }
  for (Lane& lane : out.lanes) {
    std::size_t rows = 1;
    std::vector<std::size_t> row = assign_rows(lane.events, rows);
    stack_rows(lane, y, row, rows);
    y += lane.height;
  }
  return y;
}

double right_extent(const TimelineLayout& layout, double axis_right) {
  double right = axis_right;
  auto widen = [&](const Lane& lane) {
    for (const auto& p : lane.events) right = std::max(right, right_edge(p));
  };
  for (const auto& lane : layout.lanes) widen(lane);
  if (layout.undated) widen(*layout.undated);
  return right;
}

}  // namespace

std::vector<std::string> principal_actors(const EventGraph& graph, int max_lanes) {
  std::map<std::string, int> counts;
  for (const auto& e : graph.events) {
    std::vector<std::string> ids;
    for (const auto& p : e.participants) ids.push_back(p.actor);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (const auto& id : ids) ++counts[id];
  }
  std::vector<std::pair<int, std::string>> ranked;
  for (const auto& [id, n] : counts) ranked.emplace_back(-n, id);
  std::sort(ranked.begin(), ranked.end());
  std::vector<std::string> out;
  for (std::size_t i = 0; i < ranked.size() && static_cast<int>(i) < max_lanes; ++i)
    out.push_back(ranked[i].second);
  return out;
}

TimelineLayout layout_timeline(const EventGraph& graph, const TimelineOptions& options) {
  const GraphIndex names(graph);
  TimelineLayout out;
  out.title = options.title;
  out.lane_title_x = S::kMargin + 4;
  const double axis_left = axis_left_edge(graph, options, names);
  const double axis_width = std::max(100.0, options.width_points);
  double y = S::kMargin;
  if (!out.title.empty()) {
    out.title_y = y + 10;
    y += 30;
  }
  if (std::vector<Interval> intervals = dated_intervals(graph); !intervals.empty()) {
    out.axis.emplace(intervals, axis_left, axis_width);
    y = layout_dated(out, graph, options, names, y);
  }
  out.lanes_bottom = y;
  if (out.axis && y - out.axis_y > S::kTallLanes) {  // the top axis is out of sight
    out.bottom_axis_y = y;
    out.bottom_tick_label_y = y + 9;
    y += 18;
  }
  if (const std::size_t undated = graph.events.size() - dated_count(graph); undated > 0) {
    const bool summarise = undated > S::kDenseUndated && graph.events.size() > options.max_markers;
    out.undated = summarise ? undated_summary(graph, undated, axis_left, y + 10)
                            : undated_band(graph, axis_left, axis_left + axis_width, y + 10, names);
    y = out.undated->top + out.undated->height;
  }
  out.legend_x = axis_left;
  out.legend_y = y + 18;
  double bottom = out.legend_y;
  if (!out.note.empty()) {
    out.note_y = out.legend_y + 18;
    bottom = out.note_y;
  }
  out.width = right_extent(out, axis_left + axis_width) + S::kMargin;
  out.height = bottom + 10 + S::kMargin;
  return out;
}

}  // namespace chronicle::detail

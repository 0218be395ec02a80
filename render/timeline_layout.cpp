// Timeline layout design: each dated event goes to the lane of its first principal agent
// (else first principal participant, else "Other"). Its marker sits at its date on the
// proportional axis and its label beside it (to the left near the right edge). Within a
// lane, items (marker plus label, as one horizontal interval) are sorted by left edge
// and put in the first row whose last item ends before them: first-fit interval
// partitioning, so no two items in a row intersect and rows never share vertical space.
// Undated events flow left to right, wrapping, in a band of their own at the bottom.
#include "timeline_layout.h"

#include <algorithm>
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

// Marker at the event's date; label on the right unless that overflows the axis and the
// left has room.
PlacedEvent place_dated(const Event& e, std::size_t index, const TimeAxis& axis,
                        const GraphIndex& names) {
  PlacedEvent p = with_label(e, index, names);
  const auto [first, last] = interval_of(e);
  p.span = !is_point(e);
  if (p.span) {
    p.x0 = axis.x(static_cast<double>(first));
    p.x1 = axis.x(static_cast<double>(last + 1));
  } else {
    p.x0 = p.x1 = axis.x(static_cast<double>(first) + 0.5);
  }
  const double min_width = p.span ? S::kMinSpan : S::kMarker;
  if (p.x1 - p.x0 < min_width) {
    const double centre = (p.x0 + p.x1) / 2;
    p.x0 = centre - min_width / 2;
    p.x1 = centre + min_width / 2;
  }
  const double w = p.label_width;
  if (p.span && w + 2 * S::kLabelGap <= p.x1 - p.x0) {  // the label fits inside the span
    p.label_x = p.x0 + S::kLabelGap + w / 2;
    return p;
  }
  const bool flip =
      p.x1 + S::kLabelGap + w > axis.right() && p.x0 - S::kLabelGap - w >= axis.left();
  p.label_x = flip ? p.x0 - S::kLabelGap - w / 2 : p.x1 + S::kLabelGap + w / 2;
  return p;
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
  if (std::any_of(graph.events.begin(), graph.events.end(),
                  [](const Event& e) { return !e.time.begin; })) {
    out.undated = undated_band(graph, axis_left, axis_left + axis_width, y + 10, names);
    y = out.undated->top + out.undated->height;
  }
  out.legend_x = axis_left;
  out.legend_y = y + 18;
  out.width = right_extent(out, axis_left + axis_width) + S::kMargin;
  out.height = out.legend_y + 10 + S::kMargin;
  return out;
}

}  // namespace chronicle::detail

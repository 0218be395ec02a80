// The timeline's geometry, computed before any DOT is written: lanes, rows, the position
// of every marker and label, ticks and legend. Coordinates in points, y grows downwards.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "chronicle/render.h"
#include "time_axis.h"

namespace chronicle::detail {

/// Sizes of the timeline, in points.
struct TimelineStyle {
  static constexpr double kMargin = 12;
  static constexpr double kFontSize = 10;
  static constexpr double kLaneFontSize = 11;
  static constexpr double kTickFontSize = 9;
  static constexpr double kTitleFontSize = 16;
  static constexpr double kRowHeight = 16;
  static constexpr double kLabelHeight = 14;
  static constexpr double kLanePad = 6;
  static constexpr double kMarker = 8;       ///< point marker diameter
  static constexpr double kSpanHeight = 12;  ///< span marker height (a label may sit inside)
  static constexpr double kMinSpan = 6;      ///< narrowest span marker
  static constexpr double kLabelGap = 4;     ///< between a marker and its label
  static constexpr double kItemGap = 10;     ///< between items sharing a row
  static constexpr std::size_t kLaneTitleChars = 24;
  static constexpr double kTallLanes = 480;      ///< lanes taller than this get a bottom axis
  static constexpr std::size_t kDenseUndated = 100;  ///< more undated events: one summary item
};

/// One event as drawn: its marker and, beside it, its label.
struct PlacedEvent {
  std::size_t event = 0;  ///< index into EventGraph::events
  bool span = false;      ///< a box over its interval rather than a point
  double x0 = 0;          ///< marker left
  double x1 = 0;          ///< marker right
  double y = 0;           ///< centre of its row
  double label_x = 0;     ///< label centre
  double label_width = 0;
  std::string label;
  /// Set when the marker stands for several events (a dense timeline aggregated by
  /// period): their indices, and the class most of them have.
  std::vector<std::size_t> members;
  EventClass aggregate_class = EventClass::neutral;
  std::string period;  ///< the period's name, for the tooltip ("week of 2020-03-02")
};

/// A horizontal band: one principal actor, the "Other" lane, or the undated band.
struct Lane {
  std::string title;
  double top = 0;
  double height = 0;
  std::vector<PlacedEvent> events;
};

/// Everything the DOT writer draws.
struct TimelineLayout {
  std::string title;
  double title_y = 0;
  std::optional<TimeAxis> axis;  ///< absent when no event is dated
  std::vector<AxisTick> ticks;
  double tick_label_y = 0;
  double axis_y = 0;
  std::vector<Lane> lanes;  ///< dated lanes in order
  std::optional<Lane> undated;
  double lane_title_x = 0;  ///< left edge of lane titles
  double lanes_bottom = 0;  ///< bottom of the dated lanes
  std::optional<double> bottom_axis_y;  ///< ticks repeated below tall lanes
  double bottom_tick_label_y = 0;
  std::string note;  ///< says how a dense timeline was aggregated; empty otherwise
  double note_y = 0;
  double legend_y = 0;
  double legend_x = 0;
  double width = 0;
  double height = 0;
};

/// Lays out the timeline. Labels never overlap each other, their markers, or lane titles.
/// Deterministic.
TimelineLayout layout_timeline(const EventGraph& graph, const TimelineOptions& options);

/// Ids of the principal actors: the `max_lanes` actors in most events, ties by id.
std::vector<std::string> principal_actors(const EventGraph& graph, int max_lanes);

}  // namespace chronicle::detail

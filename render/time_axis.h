// The timeline's time axis: a proportional map from days to x with long empty stretches
// compressed into fixed-width breaks, and tick marks chosen for the span.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "chronicle/document.h"

namespace chronicle::detail {

/// Days since 1970-01-01 (negative before).
long long day_number(Day day);

/// A compressed stretch without events: days [first_day, end_day) drawn in [x0, x1].
struct AxisBreak {
  long long first_day = 0;
  long long end_day = 0;
  double x0 = 0;
  double x1 = 0;
};

/// A tick: the x of the start of its day and its label.
struct AxisTick {
  long long day = 0;
  double x = 0;
  std::string label;
};

/// Maps days to x. Requires: at least one interval. Immutable after construction.
class TimeAxis {
 public:
  /// `intervals`: inclusive [first, last] day numbers of the dated events. The axis covers
  /// every interval (at least a week) on [x_left, x_left + width]; a gap longer than 30% of
  /// the span (and a month) becomes a break of fixed width.
  TimeAxis(const std::vector<std::pair<long long, long long>>& intervals, double x_left,
           double width);

  /// The x of the continuous day position `t` (day number; `d + 0.5` is the middle of d).
  double x(double t) const;
  double left() const { return segments_.front().x0; }
  double right() const { return segments_.back().x1; }
  const std::vector<AxisBreak>& breaks() const { return breaks_; }

  /// Ticks for the span: days, weeks, months or years so that labels at `font_size` fit;
  /// none inside a break, none whose label would crowd the previous one or a break mark.
  std::vector<AxisTick> ticks(double font_size) const;

 private:
  struct Segment {
    double t0, t1, x0, x1;
  };
  void build(std::vector<std::pair<long long, long long>> blocks, double x_left, double width);

  std::vector<Segment> segments_;
  std::vector<AxisBreak> breaks_;
  long long first_day_ = 0;
  long long end_day_ = 0;  // one past the last day
};

}  // namespace chronicle::detail

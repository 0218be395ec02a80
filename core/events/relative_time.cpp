#include "events/relative_time.h"

#include "time/calendar.h"

namespace chronicle::detail {
namespace {

std::optional<EventTime> time_of_value(std::string value, std::string text) {
  auto interval = value.empty() ? std::nullopt : interval_of(value);
  if (!interval) return std::nullopt;
  return EventTime{std::move(value), interval->begin, interval->end, std::move(text),
                   interval->granularity};
}

}  // namespace

std::optional<RelativeOrder> parse_relative_order(std::string_view value) {
  if (value == "before") return RelativeOrder::before;
  if (value == "after") return RelativeOrder::after;
  if (value == "same") return RelativeOrder::same;
  return std::nullopt;
}

std::optional<RelativeOffset> offset_of_duration(std::string_view value) {
  if (value.size() < 3 || value[0] != 'P') return std::nullopt;
  if (value[1] == 'T') {
    char unit = value.back();
    if (unit != 'H' && unit != 'M') return std::nullopt;
    return RelativeOffset{RelativeOffset::Kind::hours, 0, Granularity::time_of_day};
  }
  auto units = duration_units(value);
  if (!units) return std::nullopt;
  return RelativeOffset{RelativeOffset::Kind::units, units->count, units->unit};
}

std::optional<EventTime> relative_time(const EventTime& anchor, RelativeOrder order,
                                       const RelativeOffset& offset, std::string text) {
  if (!anchor.begin || !anchor.value) return std::nullopt;
  if (order == RelativeOrder::same) {
    EventTime same = anchor;
    same.text = std::move(text);
    return same;
  }
  bool day_or_finer = fineness(anchor.granularity) >= fineness(Granularity::day);
  switch (offset.kind) {
    case RelativeOffset::Kind::unsaid:
      return std::nullopt;
    case RelativeOffset::Kind::hours:
      if (!day_or_finer) return relative_time(anchor, RelativeOrder::same, offset, text);
      return time_of_value(format_day(*anchor.begin), std::move(text));
    case RelativeOffset::Kind::units:
      break;
  }
  int sign = order == RelativeOrder::before ? -1 : 1;
  auto interval =
      shifted_interval(*anchor.begin, anchor.granularity, sign * offset.count, offset.unit);
  if (!interval) return std::nullopt;
  return EventTime{value_at(interval->begin, interval->granularity), interval->begin,
                   interval->end, std::move(text), interval->granularity};
}

std::optional<EventTime> time_of_anchored_duration(const Timex& x) {
  if (x.type != TimexType::duration || !x.begin) return std::nullopt;
  return time_of_value(value_at(*x.begin, x.granularity), x.text);
}

}  // namespace chronicle::detail

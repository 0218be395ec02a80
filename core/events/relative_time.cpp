#include "events/relative_time.h"

#include <charconv>

#include "time/calendar.h"

namespace chronicle::detail {
namespace {

std::optional<Granularity> unit_of(char designator) {
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

Day shift(Day day, const RelativeOffset& offset, int sign) {
  int n = sign * offset.count;
  switch (offset.unit) {
    case Granularity::week:
      return add_days(day, 7 * n);
    case Granularity::month:
      return add_months(day, n);
    case Granularity::year:
      return add_months(day, 12 * n);
    default:
      return add_days(day, n);
  }
}

// The TIMEX3 value of the unit of `granularity` holding `day`; empty for granularities
// this module does not produce.
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

std::optional<EventTime> time_of_value(std::string value, std::string text) {
  auto interval = value.empty() ? std::nullopt : interval_of(value);
  if (!interval) return std::nullopt;
  return EventTime{std::move(value), interval->begin, interval->end, std::move(text),
                   interval->granularity};
}

}  // namespace

std::optional<RelativeOrder> relative_order(std::string_view w) {
  if (w == "before") return RelativeOrder::before;
  if (w == "after" || w == "following") return RelativeOrder::after;
  if (w == "during" || w == "amid") return RelativeOrder::same;
  return std::nullopt;
}

std::optional<RelativeOffset> offset_of_duration(std::string_view value) {
  if (value.size() < 3 || value[0] != 'P') return std::nullopt;
  if (value[1] == 'T') {
    char unit = value.back();
    if (unit != 'H' && unit != 'M') return std::nullopt;
    return RelativeOffset{RelativeOffset::Kind::hours, 0, Granularity::time_of_day};
  }
  auto unit = unit_of(value.back());
  int count = 0;
  std::string_view digits = value.substr(1, value.size() - 2);
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), count);
  if (!unit || error != std::errc() || end != digits.data() + digits.size() || count <= 0)
    return std::nullopt;
  return RelativeOffset{RelativeOffset::Kind::units, count, *unit};
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
  // a unit finer than the anchor could land anywhere in it ("two days after the March vote")
  if (fineness(anchor.granularity) < fineness(offset.unit)) return std::nullopt;
  int sign = order == RelativeOrder::before ? -1 : 1;
  return time_of_value(value_at(shift(*anchor.begin, offset, sign), offset.unit), std::move(text));
}

}  // namespace chronicle::detail

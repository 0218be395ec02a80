// Event-relative time: an event placed by another one ("hours before the summit", "two
// days after the vote", "during the talks") takes its date from that event's date.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "chronicle/event.h"
#include "chronicle/timex.h"

namespace chronicle::detail {

/// Where an event lies against the event its phrase names.
enum class RelativeOrder { same, before, after };

/// How far apart the two are: unsaid ("after the summit"), within hours ("hours before",
/// "shortly after"), or a count of calendar units ("two days after", "the day before").
struct RelativeOffset {
  enum class Kind { unsaid, hours, units };
  Kind kind = Kind::unsaid;
  int count = 0;
  Granularity unit = Granularity::day;  ///< day, week, month or year
};

/// The order a value of the word class relative_order names ("before", "after",
/// "same"); nullopt for any other text.
std::optional<RelativeOrder> parse_relative_order(std::string_view value);

/// The offset a TIMEX3 duration value gives: "P2D", "P3W", "P1M", "P2Y" count units,
/// "PT5H", "PT30M", "PTXH" are hours; nullopt for anything else ("PXD", "P1DT2H").
std::optional<RelativeOffset> offset_of_duration(std::string_view value);

/// The time of an event placed against `anchor`, or nullopt when that gives no date:
/// the anchor is undated, or the order is before/after with the offset unsaid (a
/// date is never invented). `text` becomes the time's text. A count of units moves the
/// anchor's first day and keeps the coarser of the unit and the anchor's granularity;
/// hours keep the anchor's day.
std::optional<EventTime> relative_time(const EventTime& anchor, RelativeOrder order,
                                       const RelativeOffset& offset, std::string text);

/// The time of a duration the time stage placed from the narrative ("two days later"):
/// the days it points to, with their TIMEX3 date value; nullopt for any other expression.
std::optional<EventTime> time_of_anchored_duration(const Timex& x);

}  // namespace chronicle::detail

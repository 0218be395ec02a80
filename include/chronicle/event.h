// Events: who did what, to or with whom, when, and where it was reported.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/document.h"
#include "chronicle/timex.h"

namespace chronicle {

/// Whether the text says the event happened.
enum class Factuality { actual, future, hypothetical, negated, reported };
/// "actual", "future", ...
const char* to_string(Factuality factuality);
std::optional<Factuality> parse_factuality(std::string_view text);

/// Broad class of an event type, used to colour and filter views.
enum class EventClass { cooperation, conflict, neutral };
/// "cooperation", "conflict", "neutral"
const char* to_string(EventClass cls);
std::optional<EventClass> parse_event_class(std::string_view text);

/// An actor taking part in an event. `role` is "agent", "patient" or "participant".
struct Participant {
  std::string actor;  ///< Actor::id
  std::string role;
  friend bool operator==(const Participant&, const Participant&) = default;
};

/// When an event happened. `value` is a TIMEX3 value or empty when undated;
/// `begin`/`end` bound the days it may have happened on; `text` is the time expression
/// (or the context) it was taken from.
struct EventTime {
  std::optional<std::string> value;
  std::optional<Day> begin;
  std::optional<Day> end;
  std::string text;
  Granularity granularity = Granularity::none;
  friend bool operator==(const EventTime&, const EventTime&) = default;
};

/// Where an event was reported: the sentence (`span`, `text`) and the trigger in it.
struct EventMention {
  std::string doc;
  Span span;
  Span trigger;
  std::string text;
  friend bool operator==(const EventMention&, const EventMention&) = default;
};

/// One real-world happening with every report of it. `id` is stable for the same
/// input; `sources` counts the distinct documents that report it.
struct Event {
  std::string id;
  std::string type;  ///< taxonomy identifier, e.g. "consult", "make_statement"
  EventClass event_class = EventClass::neutral;
  std::string trigger;
  /// What identifies the happening beside type, actors and time: the trigger's merge key
  /// and its complement ("talk", "agree/form"). Reports with different lemmas are
  /// different happenings.
  std::string lemma;
  std::vector<Participant> participants;
  EventTime time;
  Factuality factuality = Factuality::actual;
  std::vector<EventMention> mentions;
  int sources = 0;
  friend bool operator==(const Event&, const Event&) = default;
};

}  // namespace chronicle

// Internals of the merge: event clustering and its compatibility test.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "chronicle/event.h"

namespace chronicle::detail {

/// The last space-separated word of a name.
std::string_view last_word(std::string_view name);

/// True when two event reports may be the same happening: same type and lemma, an actor
/// in common (or both without actors and in the same sentence context), and time
/// intervals that overlap when both are known.
bool compatible(const Event& a, const Event& b);

/// Clusters event reports into happenings (see merge.cpp) and returns them sorted by
/// (first mention's document, offset, id), with mentions sorted and sources counted.
std::vector<Event> cluster_events(std::vector<Event> events);

}  // namespace chronicle::detail

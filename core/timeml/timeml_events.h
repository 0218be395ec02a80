// TimeML EVENT mentions (TempEval-3 Task B): which words of an analysed document are
// events in the TimeML sense, with their class. TimeML's notion is wider than
// Chronicle's events: states, reporting and perception verbs and aspectual verbs count.
#pragma once

#include <string>
#include <vector>

#include "chronicle/analysis.h"
#include "chronicle/timeml.h"

namespace chronicle::detail {

/// The TimeML events of `doc` (after the segment, time, actors and events stages), in
/// text order, without overlaps.
std::vector<TimemlEvent> timeml_events(const DocumentAnalysis& doc);

}  // namespace chronicle::detail

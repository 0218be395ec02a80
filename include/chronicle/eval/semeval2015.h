// SemEval-2015 Task 4 (TimeLine, Minard et al. 2015): the timeline file format, building
// a target entity's timeline from Chronicle's events, and the task's score, temporal
// awareness (UzZaman and Allen, 2011) over the relations a timeline implies. Only
// standard and public headers here: the CLI includes it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "chronicle/diagnostic.h"
#include "chronicle/document.h"
#include "chronicle/eval/f1.h"
#include "chronicle/event_graph.h"

namespace chronicle::eval {

/// One line of a timeline: position, anchor ("2010-06-07", "2008", "XXXX-XX-XX") and the
/// coreferent mentions, each "DOCID-SENTENCE-WORD".
struct TimelineEntry {
  int ordinal = 0;
  std::string anchor;
  std::vector<std::string> mentions;
};

/// A timeline: the target entity (first line of the file) and its entries in order.
struct Timeline {
  std::string target;
  std::vector<TimelineEntry> entries;
};

/// Parses the task's format. Errors name the line ("semeval-timeline").
Result<Timeline> parse_timeline(std::string_view name, std::string_view text);
/// Writes the task's format: the target, then "ORDINAL\tANCHOR\tMENTION..." lines.
std::string format_timeline(const Timeline& timeline);

/// The timeline of `target` from merged events: every dated event that names the target
/// (a participant whose name contains it, or a mention sentence that does), ordered by
/// the start of its time, events on the same anchor sharing a position. Mentions are
/// written as DOCID-LINE-WORD, LINE counting the lines of the document text from 1 (the
/// task's TimeML files hold one sentence per line) and WORD the whitespace-separated word
/// at the trigger. `documents` must hold the texts the events point into.
Timeline build_timeline(const EventGraph& graph, const std::vector<Document>& documents,
                        const std::string& target);

/// Counts of the temporal awareness measure: precision = matched system relations of the
/// reduced system graph that the reference closure entails, over all of them; recall the
/// same the other way round.
struct Awareness {
  double system_matched = 0;
  double system_total = 0;
  double reference_matched = 0;
  double reference_total = 0;
  double precision() const { return system_total > 0 ? system_matched / system_total : 0; }
  double recall() const { return reference_total > 0 ? reference_matched / reference_total : 0; }
  double f1() const { return f1_score(precision(), recall()); }
  Awareness& operator+=(const Awareness& o);
};

/// Scores `system` against `reference` as the task does: each timeline becomes a graph of
/// mentions and time anchors (an event SIMULTANEOUS with its anchor's TIMEX3 unless the
/// anchor is unknown, SIMULTANEOUS within a position, BEFORE across positions).
Awareness temporal_awareness(const Timeline& reference, const Timeline& system);

}  // namespace chronicle::eval

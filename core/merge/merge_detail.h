// Internals of the merge: event clustering.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/event.h"

namespace chronicle::detail {

/// The last space-separated word of a name.
std::string_view last_word(std::string_view name);

/// The order in which the clustering visits reports (places in the reports given), and
/// those places split into parts by happening key. It reads only the reports, not the
/// actor merge, so it can be made while actors are merged.
struct ClusterPlan {
  std::vector<std::size_t> order;
  std::vector<std::vector<std::size_t>> parts;  ///< places in `order`
};

/// The plan of clustering `events`. Thread safety: pure function.
ClusterPlan plan_clusters(const std::vector<const Event*>& events);

/// Clusters event reports into happenings (see event_clusters.cpp) and returns them sorted
/// by (first mention's document, offset, id), with mentions sorted and sources counted.
/// The reports are read, not changed: each happening is made of copies. `plan` is
/// plan_clusters(events). `report_days` gives documents' creation dates: an undated
/// report of something that happened cannot be a happening dated after the article that
/// reports it. `rename` maps actor ids folded by the actor merge to the id they became;
/// participants are compared and written under those. Uses at most `jobs` threads (0
/// counts as 1); the result does not depend on it.
std::vector<Event> cluster_events(const std::vector<const Event*>& events, const ClusterPlan& plan,
                                  const std::map<std::string, Day>& report_days,
                                  const std::map<std::string, std::string>& rename, unsigned jobs);

/// The same for reports held by value, on one thread, with no actor renamed.
std::vector<Event> cluster_events(const std::vector<Event>& events,
                                  const std::map<std::string, Day>& report_days = {});

}  // namespace chronicle::detail

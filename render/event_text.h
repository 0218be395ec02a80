// The words the views show for an event: its short label, date, tooltip and link,
// written once here so the timeline, the actor network and the report agree.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>

#include "chronicle/event_graph.h"

namespace chronicle::detail {

/// Actors and documents of a graph by id. Requires: `graph` outlives the index.
class GraphIndex {
 public:
  explicit GraphIndex(const EventGraph& graph);
  /// The actor with this id, or nullptr.
  const Actor* actor(const std::string& id) const;
  /// The actor's name, or `id` itself when the actor is unknown.
  const std::string& actor_name(const std::string& id) const;
  /// The document with this id, or nullptr.
  const DocumentInfo* document(const std::string& id) const;

 private:
  std::unordered_map<std::string, const Actor*> actors_;
  std::unordered_map<std::string, const DocumentInfo*> documents_;
};

/// The trigger, else the type with underscores as spaces ("make statement").
std::string event_action(const Event& event);

/// Distinct participants' names in order: "A", "A and B", "A, B and C",
/// "A, B and 3 others" (more than three). Each name shortened.
std::string participant_names(const Event& event, const GraphIndex& index);

/// Short label: "Narendra Modi and Vladimir Putin: phone call", with " ×N" when N > 1
/// documents report it. At most about 60 characters plus the count.
std::string event_label(const Event& event, const GraphIndex& index);

/// "2021-08-24", "2021-08-02 – 2021-08-08", or "undated".
std::string event_date_text(const Event& event);

/// Tooltip text: date (and the time expression), type, class and factuality, then up to
/// `max_mentions` source sentences as "[document] sentence". Newline separated.
std::string event_tooltip(const Event& event, std::size_t max_mentions = 6);

/// The first safe (http/https) URL among the documents that mention the event, or "".
std::string event_url(const Event& event, const GraphIndex& index);

}  // namespace chronicle::detail

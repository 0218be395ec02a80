// The merged graph as the single results inside it are written against (and read back
// against): each report event against its host, the merged event holding its first
// mention, and each actor and document against the merged one of its id.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "chronicle/event_graph.h"

namespace chronicle::detail {

/// Indexes of a merged graph by mention, actor id and document id. Holds pointers into
/// `graph`, which must outlive it. Hash tables: every event, actor and document of every
/// report is looked up, and ordered maps of strings made that a third of writing a big
/// merged result. Thread safety: read-only after construction.
struct ReportHosts {
  using MentionKey = std::tuple<std::string_view, Span, Span>;
  struct MentionHash {
    std::size_t operator()(const MentionKey& k) const {
      std::size_t h = std::hash<std::string_view>{}(std::get<0>(k));
      for (std::size_t x :
           {std::get<1>(k).begin, std::get<1>(k).end, std::get<2>(k).begin, std::get<2>(k).end})
        h = h * 1000003 ^ x;
      return h;
    }
  };
  std::unordered_map<MentionKey, std::pair<const Event*, std::string_view>, MentionHash>
      mentions;  // -> event, text
  std::unordered_map<std::string_view, const Actor*> actors;
  std::unordered_map<std::string_view, const DocumentInfo*> documents;

  explicit ReportHosts(const EventGraph& graph) {
    std::size_t count = 0;
    for (const auto& e : graph.events) count += e.mentions.size();
    mentions.reserve(count);
    actors.reserve(graph.actors.size());
    documents.reserve(graph.documents.size());
    for (const auto& e : graph.events)
      for (const auto& m : e.mentions)
        mentions.emplace(MentionKey{m.doc, m.span, m.trigger}, std::make_pair(&e, std::string_view(m.text)));
    for (const auto& a : graph.actors) actors.emplace(a.id, &a);
    for (const auto& d : graph.documents) documents.emplace(d.id, &d);
  }
  /// The merged event holding `m`, or nullptr.
  const Event* event_of(const EventMention& m) const {
    auto it = mentions.find({m.doc, m.span, m.trigger});
    return it == mentions.end() ? nullptr : it->second.first;
  }
  /// True when the merged event holding `m` holds it with the same text.
  bool knows_text(const EventMention& m) const {
    auto it = mentions.find({m.doc, m.span, m.trigger});
    return it != mentions.end() && it->second.second == m.text;
  }
  /// The merged actor of this id, or nullptr.
  const Actor* actor(std::string_view id) const {
    auto it = actors.find(id);
    return it == actors.end() ? nullptr : it->second;
  }
};

}  // namespace chronicle::detail

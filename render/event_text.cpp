// Event labels, dates, tooltips and links shared by every view.
#include "event_text.h"

#include <algorithm>
#include <vector>

#include "escape.h"

namespace chronicle::detail {
namespace {

constexpr std::size_t kNameChars = 28;
constexpr std::size_t kLabelChars = 60;
constexpr std::size_t kSentenceChars = 240;
constexpr std::string_view kTimes = "\xC3\x97";       // ×
constexpr std::string_view kEnDash = "\xE2\x80\x93";  // –

std::vector<std::string> distinct_names(const Event& event, const GraphIndex& index) {
  std::vector<std::string> seen_ids, names;
  for (const auto& p : event.participants) {
    if (std::find(seen_ids.begin(), seen_ids.end(), p.actor) != seen_ids.end()) continue;
    seen_ids.push_back(p.actor);
    names.push_back(shorten(index.actor_name(p.actor), kNameChars));
  }
  return names;
}

}  // namespace

GraphIndex::GraphIndex(const EventGraph& graph) {
  for (const auto& a : graph.actors) actors_.emplace(a.id, &a);
  for (const auto& d : graph.documents) documents_.emplace(d.id, &d);
}

const Actor* GraphIndex::actor(const std::string& id) const {
  auto it = actors_.find(id);
  return it == actors_.end() ? nullptr : it->second;
}

const std::string& GraphIndex::actor_name(const std::string& id) const {
  const Actor* a = actor(id);
  return a && !a->name.empty() ? a->name : id;
}

const DocumentInfo* GraphIndex::document(const std::string& id) const {
  auto it = documents_.find(id);
  return it == documents_.end() ? nullptr : it->second;
}

std::string event_action(const Event& event) {
  if (!event.trigger.empty()) return event.trigger;
  std::string type = event.type;
  std::replace(type.begin(), type.end(), '_', ' ');
  return type;
}

std::string participant_names(const Event& event, const GraphIndex& index) {
  std::vector<std::string> names = distinct_names(event, index);
  if (names.empty()) return {};
  if (names.size() == 1) return names[0];
  if (names.size() > 3) {
    return names[0] + ", " + names[1] + " and " + std::to_string(names.size() - 2) + " others";
  }
  std::string out = names[0];
  for (std::size_t i = 1; i + 1 < names.size(); ++i) out += ", " + names[i];
  return out + " and " + names.back();
}

std::string event_label(const Event& event, const GraphIndex& index) {
  std::string names = participant_names(event, index);
  std::string action = event_action(event);
  std::string label = names.empty() ? action : action.empty() ? names : names + ": " + action;
  label = shorten(label, kLabelChars);
  if (event.sources > 1) label += " " + std::string(kTimes) + std::to_string(event.sources);
  return label;
}

std::string event_date_text(const Event& event) {
  const EventTime& t = event.time;
  if (!t.begin) return "undated";
  std::string text = format_day(*t.begin);
  if (t.end && *t.end != *t.begin) text += " " + std::string(kEnDash) + " " + format_day(*t.end);
  return text;
}

std::string event_tooltip(const Event& event, std::size_t max_mentions) {
  std::string out = event_date_text(event);
  if (event.time.value && !event.time.value->empty()) out += " [" + *event.time.value + "]";
  if (!event.time.text.empty()) out += " \"" + shorten(event.time.text, 60) + "\"";
  out += "\n" + event.type + " \xC2\xB7 " + to_string(event.event_class) + " \xC2\xB7 " +
         to_string(event.factuality);
  if (event.sources > 0) out += " \xC2\xB7 " + std::to_string(event.sources) + " source(s)";
  for (std::size_t i = 0; i < event.mentions.size() && i < max_mentions; ++i) {
    const EventMention& m = event.mentions[i];
    out += "\n[" + m.doc + "] " + shorten(m.text, kSentenceChars);
  }
  if (event.mentions.size() > max_mentions) {
    out += "\n(" + std::to_string(event.mentions.size() - max_mentions) + " more)";
  }
  return out;
}

std::string event_url(const Event& event, const GraphIndex& index) {
  for (const auto& m : event.mentions) {
    const DocumentInfo* doc = index.document(m.doc);
    if (doc && is_safe_url(doc->url)) return doc->url;
  }
  return {};
}

}  // namespace chronicle::detail

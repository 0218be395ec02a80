// MEANTIME event scoring. Gold events are the EVENT_MENTION markables; gold participants
// the HAS_PARTICIPANT relations from an event mention to an ENTITY_MENTION (relations to
// values or times are not actors). Chronicle names participants by actor, so a pair is
// placed on the actor's mention nearest to the trigger in the same sentence, the reading
// a person would give the output.
#include "chronicle/eval/meantime_events.h"

#include <algorithm>
#include <set>

#include "chronicle/eval/f1.h"
#include "timeml/timeml_events.h"

namespace chronicle::eval {

// The readers and stages this evaluation is built on are internals.
using namespace detail;
namespace {

bool overlaps(const TokenSet& a, const TokenSet& b) {
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) return true;
    a[i] < b[j] ? ++i : ++j;
  }
  return false;
}

double ratio(long a, long b) { return b ? static_cast<double>(a) / static_cast<double>(b) : 0.0; }

template <class T>
void sort_unique(std::vector<T>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

template <class T, class Match>
MatchCounts count(const std::vector<T>& gold, const std::vector<T>& system, Match match) {
  MatchCounts c;
  c.gold = static_cast<long>(gold.size());
  c.system = static_cast<long>(system.size());
  for (const auto& g : gold)
    c.gold_matched +=
        std::any_of(system.begin(), system.end(), [&](const T& s) { return match(g, s); });
  for (const auto& s : system)
    c.system_matched +=
        std::any_of(gold.begin(), gold.end(), [&](const T& g) { return match(g, s); });
  return c;
}

Document to_document(const CatDocument& cat) {
  Document d;
  d.id = cat.doc_id.empty() ? cat.name : cat.doc_id;
  d.title = cat.name;
  d.text = cat.text;
  d.source = cat.file;
  return d;
}

const Sentence* sentence_of(const DocumentAnalysis& a, Span span) {
  for (const auto& s : a.sentences)
    if (s.span.contains(span)) return &s;
  return nullptr;
}

std::string words(const CatDocument& doc, const TokenSet& tokens) {
  std::string out;
  for (std::size_t t : tokens) out += (out.empty() ? "" : " ") + doc.tokens[t].text;
  return out;
}

void record_event_errors(const CatDocument& text, const EventAnnotation& gold,
                         const EventAnnotation& system, MeantimeEventScores& out) {
  for (const TokenSet& g : gold.events) {
    if (std::binary_search(system.events.begin(), system.events.end(), g)) continue;
    const bool near = std::any_of(system.events.begin(), system.events.end(),
                                  [&](const TokenSet& s) { return overlaps(g, s); });
    const auto pos = gold.pos.find(g);
    const std::string tag = pos == gold.pos.end() || pos->second.empty() ? "?" : pos->second;
    out.errors[near ? "event span" : "missed event"][words(text, g) + " (" + tag + ")"] += 1;
  }
  for (const TokenSet& s : system.events)
    if (std::none_of(gold.events.begin(), gold.events.end(),
                     [&](const TokenSet& g) { return overlaps(g, s); }))
      out.errors["spurious event"][words(text, s)] += 1;
}

void record_participant_errors(const CatDocument& text, const EventAnnotation& gold,
                               const EventAnnotation& system, const DocumentAnalysis& a,
                               MeantimeEventScores& out) {
  for (const auto& g : gold.participants) {
    if (std::binary_search(system.participants.begin(), system.participants.end(), g)) continue;
    const std::string pair = words(text, g.event) + " / " + words(text, g.entity);
    std::string kind = "participant: not linked";
    if (!std::binary_search(system.events.begin(), system.events.end(), g.event))
      kind = "participant: event missed";
    else if (std::none_of(
                 a.actor_mentions.begin(), a.actor_mentions.end(),
                 [&](const ActorMention& m) { return tokens_of(text, m.span) == g.entity; }))
      kind = "participant: entity missed";
    out.errors[kind][pair] += 1;
  }
  for (const auto& s : system.participants)
    if (!std::binary_search(gold.participants.begin(), gold.participants.end(), s))
      out.errors["spurious participant"][words(text, s.event) + " / " + words(text, s.entity)] += 1;
}

}  // namespace

double MatchCounts::precision() const { return ratio(system_matched, system); }
double MatchCounts::recall() const { return ratio(gold_matched, gold); }
double MatchCounts::f1() const { return f1_score(precision(), recall()); }

MatchCounts& MatchCounts::operator+=(const MatchCounts& o) {
  gold += o.gold;
  system += o.system;
  gold_matched += o.gold_matched;
  system_matched += o.system_matched;
  return *this;
}

EventAnnotation gold_event_annotation(const CatDocument& doc) {
  EventAnnotation out;
  for (const auto& m : doc.markables)
    if (m.tag == "EVENT_MENTION" && !m.tokens.empty()) {
      TokenSet tokens = m.tokens;
      std::sort(tokens.begin(), tokens.end());
      out.pos[tokens] = m.attribute("pos");
      out.events.push_back(std::move(tokens));
    }
  for (const auto& r : doc.relations) {
    if (r.tag != "HAS_PARTICIPANT") continue;
    for (const auto& source : r.sources)
      for (const auto& target : r.targets) {
        const CatMarkable* event = doc.markable(source);
        const CatMarkable* entity = doc.markable(target);
        if (!event || !entity || event->tag != "EVENT_MENTION" || entity->tag != "ENTITY_MENTION")
          continue;
        if (event->tokens.empty() || entity->tokens.empty()) continue;
        ParticipantPair pair{event->tokens, entity->tokens};
        std::sort(pair.event.begin(), pair.event.end());
        std::sort(pair.entity.begin(), pair.entity.end());
        out.participants.push_back(std::move(pair));
      }
  }
  sort_unique(out.events);
  sort_unique(out.participants);
  return out;
}

TokenSet tokens_of(const CatDocument& doc, Span span) {
  TokenSet out;
  for (std::size_t i = 0; i < doc.tokens.size(); ++i)
    if (doc.tokens[i].span.begin < span.end && span.begin < doc.tokens[i].span.end)
      out.push_back(i);
  return out;
}

EventAnnotation system_event_annotation(const CatDocument& doc, const DocumentAnalysis& a) {
  const std::size_t annotated_end = doc.annotated_end();
  EventAnnotation out;
  for (const auto& event : a.events)
    for (const auto& mention : event.mentions) {
      const Span trigger = mention.trigger;
      if (trigger.end > annotated_end) continue;
      out.events.push_back(tokens_of(doc, trigger));
      const Sentence* sentence = sentence_of(a, trigger);
      if (!sentence) continue;
      for (const auto& participant : event.participants) {
        const ActorMention* nearest = nullptr;
        std::size_t best = 0;
        for (const auto& m : a.actor_mentions) {
          if (a.actors[m.actor].id != participant.actor || !sentence->span.contains(m.span))
            continue;
          const std::size_t distance = m.span.begin > trigger.begin ? m.span.begin - trigger.begin
                                                                    : trigger.begin - m.span.begin;
          if (!nearest || distance < best) nearest = &m, best = distance;
        }
        if (nearest)
          out.participants.push_back({tokens_of(doc, trigger), tokens_of(doc, nearest->span)});
      }
    }
  sort_unique(out.events);
  sort_unique(out.participants);
  return out;
}

AnnotationCounts score_event_annotation(const EventAnnotation& gold,
                                        const EventAnnotation& system) {
  AnnotationCounts c;
  c.events_exact = count(gold.events, system.events,
                         [](const TokenSet& g, const TokenSet& s) { return g == s; });
  c.events_partial = count(gold.events, system.events,
                           [](const TokenSet& g, const TokenSet& s) { return overlaps(g, s); });
  c.participants_exact =
      count(gold.participants, system.participants,
            [](const ParticipantPair& g, const ParticipantPair& s) { return g == s; });
  c.participants_partial =
      count(gold.participants, system.participants,
            [](const ParticipantPair& g, const ParticipantPair& s) {
              return overlaps(g.event, s.event) && overlaps(g.entity, s.entity);
            });
  return c;
}

MeantimeEventScores evaluate_meantime_events(const Pipeline& pipeline,
                                             const std::vector<CatDocument>& docs) {
  MeantimeEventScores out;
  for (const auto& cat : docs) {
    const DocumentAnalysis a = pipeline.analyze(to_document(cat));
    const std::size_t end = cat.annotated_end();
    const EventAnnotation gold = gold_event_annotation(cat);
    const EventAnnotation system = system_event_annotation(cat, a);
    const AnnotationCounts c = score_event_annotation(gold, system);
    out.events_exact += c.events_exact;
    out.events_partial += c.events_partial;
    out.participants_exact += c.participants_exact;
    out.participants_partial += c.participants_partial;
    EventAnnotation timeml;
    for (const auto& e : detail::timeml_events(a))
      if (e.span.end <= end) timeml.events.push_back(tokens_of(cat, e.span));
    const AnnotationCounts t = score_event_annotation(gold, timeml);
    out.timeml_exact += t.events_exact;
    out.timeml_partial += t.events_partial;
    record_event_errors(cat, gold, system, out);
    record_participant_errors(cat, gold, system, a, out);
    ++out.documents;
  }
  return out;
}

}  // namespace chronicle::eval

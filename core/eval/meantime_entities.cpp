// MEANTIME entity scoring. Detection counts a named mention (syntactic type NAM or
// PRE.NAM, as the MEANTIME guidelines mark proper names, premodifiers included) found
// when Chronicle has a named actor mention with the same byte span and the mapped type.
// Coreference compares every mention of a PER/ORG/LOC entity (names, nominals,
// pronouns) with Chronicle's actor mentions of mapped kinds, clustered by actor.
#include "chronicle/eval/meantime_entities.h"

#include <set>

#include "merge/actor_merge.h"

namespace chronicle::eval {

// The readers and stages this evaluation is built on are internals.
using namespace detail;
namespace {

Document to_document(const CatDocument& cat) {
  Document d;
  d.id = cat.doc_id.empty() ? cat.name : cat.doc_id;
  d.title = cat.name;
  d.text = cat.text;
  d.url = cat.url;
  d.source = cat.file;
  return d;
}

struct SystemMention {
  Span span;
  std::string type;
  std::string actor;
  bool named = true;
};

// The actor mentions of mapped kinds within the annotated part of the document.
std::vector<SystemMention> system_mentions(const DocumentAnalysis& a, std::size_t annotated_end) {
  std::vector<SystemMention> out;
  for (const auto& m : a.actor_mentions) {
    if (m.span.end > annotated_end) continue;
    const Actor& actor = a.actors[m.actor];
    if (auto type = meantime_type(actor.kind)) out.push_back({m.span, *type, actor.id, m.named});
  }
  return out;
}

bool overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

void score_detection(const DocumentAnalysis& a, const std::vector<GoldEntityMention>& gold,
                     const std::vector<SystemMention>& system, MeantimeEntityScores& s) {
  std::vector<const GoldEntityMention*> names;
  for (const auto& g : gold)
    if (g.syntactic_type == "NAM" || g.syntactic_type == "PRE.NAM") names.push_back(&g);
  std::set<std::pair<Span, std::string>> gold_set, system_set;
  for (const auto* g : names) gold_set.insert({g->span, g->type});
  for (const auto& m : system)
    if (m.named) system_set.insert({m.span, m.type});
  for (const auto& [span, type] : gold_set) {
    s.detection[type].gold += 1;
    s.detection["all"].gold += 1;
    if (system_set.count({span, type})) {
      s.detection[type].tp += 1;
      s.detection["all"].tp += 1;
    }
  }
  for (const auto& [span, type] : system_set) {
    s.detection[type].system += 1;
    s.detection["all"].system += 1;
  }
  // Error kinds: a gold name missed entirely, found with another span or another type;
  // a system name that matches nothing.
  for (const auto& [span, type] : gold_set) {
    if (system_set.count({span, type})) continue;
    std::string kind = "missed";
    for (const auto& [ss, st] : system_set)
      if (ss == span)
        kind = "type";
      else if (overlaps(ss, span) && kind == "missed")
        kind = "span";
    s.errors[kind][std::string(a.text(span)) + " (" + type + ")"] += 1;
  }
  for (const auto& [span, type] : system_set) {
    bool near = false;
    for (const auto& [gs, gt] : gold_set) near |= overlaps(gs, span);
    if (!near) s.errors["spurious"][std::string(a.text(span)) + " (" + type + ")"] += 1;
  }
}

}  // namespace

std::optional<std::string> meantime_type(ActorKind kind) {
  switch (kind) {
    case ActorKind::person:
      return "PER";
    case ActorKind::organization:
    case ActorKind::group:
      return "ORG";
    case ActorKind::country:
    case ActorKind::place:
      return "LOC";
    case ActorKind::other:
      return std::nullopt;
  }
  return std::nullopt;
}

std::vector<GoldEntityMention> gold_entity_mentions(const CatDocument& doc) {
  std::map<std::string, const CatMarkable*> by_id;
  for (const auto& m : doc.markables) by_id[m.id] = &m;
  std::vector<GoldEntityMention> out;
  std::set<std::string> seen;
  for (const auto& r : doc.relations) {
    if (r.tag != "REFERS_TO" || r.targets.empty()) continue;
    auto target = by_id.find(r.targets.front());
    if (target == by_id.end() || target->second->tag != "ENTITY") continue;
    const CatMarkable& entity = *target->second;
    std::string type = entity.attribute("ent_type");
    if (type != "PER" && type != "ORG" && type != "LOC") continue;
    std::string instance =
        entity.attribute("instance_id").empty() ? entity.id : entity.attribute("instance_id");
    for (const auto& source : r.sources) {
      auto m = by_id.find(source);
      if (m == by_id.end() || m->second->tag != "ENTITY_MENTION" || m->second->tokens.empty())
        continue;
      if (!seen.insert(source).second) continue;
      out.push_back({doc.span(*m->second), type, instance, m->second->attribute("syntactic_type"),
                     doc.words(*m->second)});
    }
  }
  return out;
}

eval::Score b_cubed_of(const std::map<MentionKey, std::string>& system,
                       const std::map<MentionKey, std::string>& gold) {
  auto clusters = [](const std::map<MentionKey, std::string>& of) {
    std::map<std::string, std::vector<std::string>> by_cluster;
    for (const auto& [key, cluster] : of) {
      const auto& [file, begin, end] = key;
      by_cluster[cluster].push_back(file + "#" + std::to_string(begin) + "-" + std::to_string(end));
    }
    eval::Clusters out;
    for (auto& [cluster, mentions] : by_cluster) out.push_back(std::move(mentions));
    return out;
  };
  return eval::b_cubed(clusters(gold), clusters(system));
}

MeantimeEntityScores evaluate_meantime_entities(const Pipeline& pipeline,
                                                const std::vector<CatDocument>& within,
                                                const std::vector<CatDocument>& cross) {
  MeantimeEntityScores s;
  std::map<MentionKey, std::string> system_within, gold_within;
  for (const auto& cat : within) {
    DocumentAnalysis a = pipeline.analyze(to_document(cat));
    auto gold = gold_entity_mentions(cat);
    auto system = system_mentions(a, cat.annotated_end());
    score_detection(a, gold, system, s);
    for (const auto& m : system)
      system_within[{cat.file, m.span.begin, m.span.end}] = cat.file + "#" + m.actor;
    for (const auto& g : gold)
      gold_within[{cat.file, g.span.begin, g.span.end}] = cat.file + "#" + g.entity;
    ++s.documents;
  }
  s.within_document = b_cubed_of(system_within, gold_within);

  std::vector<EventGraph> parts;
  std::vector<std::pair<const CatDocument*, std::vector<SystemMention>>> found;
  std::map<MentionKey, std::string> gold_cross, system_cross;
  for (const auto& cat : cross) {
    DocumentAnalysis a = pipeline.analyze(to_document(cat));
    found.emplace_back(&cat, system_mentions(a, cat.annotated_end()));
    parts.push_back(Pipeline::to_graph(a));
    for (const auto& g : gold_entity_mentions(cat))
      gold_cross[{cat.file, g.span.begin, g.span.end}] = g.entity;
    ++s.cross_documents;
  }
  auto ids = detail::merged_actor_ids(parts);
  for (const auto& [cat, mentions] : found)
    for (const auto& m : mentions)
      system_cross[{cat->file, m.span.begin, m.span.end}] =
          ids.count(m.actor) ? ids.at(m.actor) : m.actor;
  s.cross_document = b_cubed_of(system_cross, gold_cross);
  return s;
}

}  // namespace chronicle::eval

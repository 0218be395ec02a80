// ECB+ cross-document event coreference. Design: the corpus tokens are joined into a
// plain text per document, Chronicle runs on it unchanged, and its merge runs per topic
// (the corpus' document clusters, as in most ECB+ evaluations). Two mention settings:
//  - gold mentions: every gold event mention becomes an event report; where a Chronicle
//    trigger overlaps it, the report takes that event's type, merge key, participants and
//    time, otherwise it is untyped, keyed by its head word's stem, with the actors and
//    date of its sentence. Chronicle's merge clusters these reports.
//  - predicted mentions: Chronicle's own trigger mentions; one overlapping a gold
//    mention counts as it, the rest are spurious (the scorer's twinless mentions).
// The same-lemma baseline clusters the same mentions of a topic by their head's stem.
#include "chronicle/eval/ecbplus.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "chronicle/pipeline.h"
#include "events/trigger_lexicon.h"
#include "ingest/xml_scanner.h"
#include "language/language_data.h"
#include "merge/actor_merge.h"
#include "merge/merge_detail.h"
#include "segment/segmenter.h"
#include "util/text.h"

namespace chronicle::eval {
namespace {

namespace fs = std::filesystem;
using detail::XmlScanner;
using detail::XmlToken;

bool is_event_tag(std::string_view name) {
  return name.starts_with("ACTION_") || name.starts_with("NEG_ACTION");
}

struct RawMention {
  std::string m_id;
  std::vector<std::string> tokens;  // t_id
};

// Reads one CAT file; returns false with a message on malformed XML.
struct FileReader {
  Document doc;
  std::map<std::string, Span> token_span;  // t_id -> bytes
  std::vector<RawMention> mentions;
  std::map<std::string, std::string> chain_of;  // m_id -> chain
  std::string error;

  bool read(std::string_view xml) {
    XmlScanner scan(xml);
    XmlToken t;
    std::string sentence, t_id, relation_chain;
    bool in_token = false, in_relation = false;
    std::vector<std::string> sources;
    RawMention* open = nullptr;
    while (scan.next(t)) {
      if (t.kind == XmlToken::Kind::start && t.raw == "token") {
        in_token = true;
        t_id = t.attributes["t_id"];
        std::string s = t.attributes["sentence"];
        if (!doc.text.empty()) doc.text += s != sentence ? "\n" : " ";
        sentence = s;
        token_span[t_id] = {doc.text.size(), doc.text.size()};
      } else if (t.kind == XmlToken::Kind::text && in_token) {
        detail::append_decoded(doc.text, t.raw);
        token_span[t_id].end = doc.text.size();
      } else if (t.kind == XmlToken::Kind::end && t.raw == "token") {
        in_token = false;
      } else if (t.kind == XmlToken::Kind::start && is_event_tag(t.raw)) {
        mentions.push_back({t.attributes["m_id"], {}});
        open = &mentions.back();
      } else if (t.kind == XmlToken::Kind::empty && t.raw == "token_anchor" && open) {
        open->tokens.push_back(t.attributes["t_id"]);
      } else if (t.kind == XmlToken::Kind::end && is_event_tag(t.raw)) {
        open = nullptr;
      } else if (t.kind == XmlToken::Kind::start &&
                 (t.raw == "CROSS_DOC_COREF" || t.raw == "INTRA_DOC_COREF")) {
        in_relation = true;
        sources.clear();
        relation_chain = t.raw == "CROSS_DOC_COREF" ? t.attributes["note"] : "";
      } else if (t.kind == XmlToken::Kind::empty && in_relation && t.raw == "source") {
        sources.push_back(t.attributes["m_id"]);
      } else if (t.kind == XmlToken::Kind::empty && in_relation && t.raw == "target") {
        if (relation_chain.empty()) relation_chain = doc.id + "#" + t.attributes["m_id"];
      } else if (t.kind == XmlToken::Kind::end &&
                 (t.raw == "CROSS_DOC_COREF" || t.raw == "INTRA_DOC_COREF")) {
        in_relation = false;
        for (const auto& s : sources) chain_of[s] = relation_chain;
      }
    }
    if (scan.error()) {
      error = "byte " + std::to_string(scan.error()->offset) + ": " + scan.error()->message;
      return false;
    }
    return true;
  }
};

std::vector<fs::path> xml_files(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".xml") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

// A crude English stem, enough to group inflections of one head word.
std::string stem(std::string w) {
  auto ends = [&](std::string_view s) { return w.size() > s.size() + 2 && w.ends_with(s); };
  if (ends("ies") || ends("ied")) return w.substr(0, w.size() - 3) + "y";
  if (ends("ing")) return w.substr(0, w.size() - 3);
  if (ends("ed")) return w.substr(0, w.size() - (w.ends_with("eed") ? 1 : 2));
  if (ends("es") &&
      (w.ends_with("ses") || w.ends_with("xes") || w.ends_with("ches") || w.ends_with("shes")))
    return w.substr(0, w.size() - 2);
  if (ends("s") && !w.ends_with("ss")) return w.substr(0, w.size() - 1);
  if (ends("e")) return w.substr(0, w.size() - 1);  // "arrive" ~ "arriv(ed)"
  return w;
}

// The stem of the first word of a span.
std::string head_stem(const Document& doc, Span span) {
  std::string_view text = std::string_view(doc.text).substr(span.begin, span.size());
  std::size_t sp = text.find(' ');
  return stem(detail::lower(text.substr(0, sp)));
}

bool overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

Clusters to_clusters(const std::map<std::string, std::vector<std::string>>& groups) {
  Clusters out;
  for (const auto& [key, members] : groups) out.push_back(members);
  return out;
}

struct Analysed {
  const EcbCorpus& corpus;
  std::vector<DocumentAnalysis> docs;
  std::vector<std::vector<std::size_t>> gold_of_doc;            // mention indices per document
  std::map<std::string, Day> report_days;                       // dateline dates
  std::map<int, std::map<std::string, std::string>> actor_ids;  // topic -> merged ids
};

// The actors of each topic merged as merge() merges them ("Comeaux" is the topic's one
// "Arcade Joseph Comeaux Jr."), so that reports name them alike.
void merge_actors_by_topic(Analysed& an) {
  std::map<int, std::vector<EventGraph>> parts;
  for (std::size_t d = 0; d < an.docs.size(); ++d)
    parts[an.corpus.topic[d]].push_back(Pipeline::to_graph(an.docs[d]));
  for (const auto& [topic, graphs] : parts) an.actor_ids[topic] = detail::merged_actor_ids(graphs);
}

// `e` with its participants renamed to the topic's merged actors; a participant that
// the merge folds into another one already present is dropped.
Event with_merged_actors(Event e, const std::map<std::string, std::string>& ids) {
  std::vector<Participant> kept;
  for (Participant p : e.participants) {
    if (auto it = ids.find(p.actor); it != ids.end()) p.actor = it->second;
    if (std::none_of(kept.begin(), kept.end(),
                     [&](const Participant& q) { return q.actor == p.actor; }))
      kept.push_back(p);
  }
  e.participants = std::move(kept);
  return e;
}

// The Chronicle event (unmerged) whose trigger overlaps `span`, if any.
const Event* event_at(const DocumentAnalysis& a, Span span) {
  for (const Event& e : a.events)
    if (overlaps(e.mentions.front().trigger, span)) return &e;
  return nullptr;
}

// Reads a mention's own words with the trigger lexicon, for gold mentions that Chronicle
// did not take as triggers in their sentence (a trigger inside what was read as a name,
// as in a headline "Esther Williams Dies").
class MentionTyper {
 public:
  MentionTyper()
      : language_(detail::LanguageData::load(detail::kDefaultLanguage)),
        segmenter_(*language_),
        lexicon_(*language_, segmenter_) {}
  /// The trigger the mention's words start with, if any.
  const detail::TriggerEntry* operator()(std::string_view words) const {
    std::vector<std::string> lowered;
    for (const Token& t : segmenter_.tokenize(words))
      lowered.push_back(detail::lower(words.substr(t.span.begin, t.span.size())));
    if (lowered.empty()) return nullptr;
    const detail::TriggerEntry* entry = lexicon_.match(lowered, 0, lowered.size()).entry;
    return entry && !entry->type.empty() ? entry : nullptr;
  }

 private:
  std::shared_ptr<const detail::LanguageData> language_;
  detail::Segmenter segmenter_;
  detail::TriggerLexicon lexicon_;
};

// An event report for a gold mention without a Chronicle event: typed by the trigger
// lexicon when its words are a known trigger, else untyped and keyed by its head; with
// the actors and the first date of its sentence.
Event untyped_report(const DocumentAnalysis& a, Span span, const MentionTyper& typer) {
  Event e;
  e.type = "untyped";
  e.lemma = head_stem(a.document, span);
  if (const detail::TriggerEntry* t = typer(a.document.text.substr(span.begin, span.size()))) {
    e.type = t->type;
    e.event_class = t->event_class;
    e.lemma = t->merge_key;
  }
  for (const Sentence& s : a.sentences) {
    if (!s.span.contains(span)) continue;
    std::set<std::string> seen;
    for (const ActorMention& m : a.actor_mentions)
      if (s.span.contains(m.span) && seen.insert(a.actors[m.actor].id).second &&
          a.actors[m.actor].kind != ActorKind::place)
        e.participants.push_back({a.actors[m.actor].id, "participant"});
    for (const Timex& x : a.timexes)
      if (s.span.contains(x.span) && x.begin &&
          (x.type == TimexType::date || x.type == TimexType::time)) {
        e.time = {x.value, x.begin, x.end, x.text, x.granularity};
        break;
      }
  }
  return e;
}

std::string key_of(const std::string& doc, Span s) {
  return doc + "@" + std::to_string(s.begin) + ":" + std::to_string(s.end);
}

// Gold mentions clustered by Chronicle's merge, topic by topic.
Clusters chronicle_on_gold(const Analysed& an) {
  const EcbCorpus& c = an.corpus;
  std::map<int, std::vector<Event>> by_topic;
  std::map<std::string, std::vector<std::string>> ids_at;  // mention key -> gold ids
  const MentionTyper typer;
  for (std::size_t d = 0; d < c.documents.size(); ++d) {
    for (std::size_t g : an.gold_of_doc[d]) {
      const EcbMention& m = c.mentions[g];
      const Event* found = event_at(an.docs[d], m.span);
      Event e = found ? *found : untyped_report(an.docs[d], m.span, typer);
      e.mentions = {{c.documents[d].id, m.span, m.span, ""}};
      e = with_merged_actors(std::move(e), an.actor_ids.at(c.topic[d]));
      e.id = m.id;
      e.sources = 1;
      auto& ids = ids_at[key_of(c.documents[d].id, m.span)];
      if (ids.empty()) by_topic[c.topic[d]].push_back(std::move(e));
      ids.push_back(m.id);
    }
  }
  Clusters out;
  for (auto& [topic, events] : by_topic)
    for (const Event& merged : detail::cluster_events(std::move(events), an.report_days)) {
      std::vector<std::string> cluster;
      for (const auto& m : merged.mentions)
        for (const auto& id : ids_at[key_of(m.doc, m.trigger)]) cluster.push_back(id);
      out.push_back(std::move(cluster));
    }
  return out;
}

Clusters lemma_on_gold(const EcbCorpus& c) {
  std::map<std::string, std::vector<std::string>> groups;
  for (const auto& m : c.mentions)
    groups[std::to_string(c.topic[m.doc]) + "|" + head_stem(c.documents[m.doc], m.span)].push_back(
        m.id);
  return to_clusters(groups);
}

// The identifier of a predicted mention: the gold mention it overlaps (each gold mention
// claimed once), else its own.
struct PredictedIds {
  const Analysed& an;
  std::set<std::string> claimed;
  std::string operator()(std::size_t d, Span trigger) {
    for (std::size_t g : an.gold_of_doc[d]) {
      const EcbMention& m = an.corpus.mentions[g];
      if (overlaps(m.span, trigger) && claimed.insert(m.id).second) return m.id;
    }
    return "system:" + key_of(an.corpus.documents[d].id, trigger);
  }
};

std::map<std::string, std::size_t> doc_index(const EcbCorpus& c) {
  std::map<std::string, std::size_t> idx;
  for (std::size_t d = 0; d < c.documents.size(); ++d) idx[c.documents[d].id] = d;
  return idx;
}

Clusters chronicle_predicted(const Analysed& an) {
  const EcbCorpus& c = an.corpus;
  auto idx = doc_index(c);
  std::map<int, std::vector<Event>> by_topic;
  for (std::size_t d = 0; d < c.documents.size(); ++d)
    for (const Event& e : an.docs[d].events)
      by_topic[c.topic[d]].push_back(with_merged_actors(e, an.actor_ids.at(c.topic[d])));
  PredictedIds ids{an, {}};
  Clusters out;
  for (auto& [topic, events] : by_topic)
    for (const Event& merged : detail::cluster_events(std::move(events), an.report_days)) {
      std::vector<std::string> cluster;
      for (const auto& m : merged.mentions) cluster.push_back(ids(idx.at(m.doc), m.trigger));
      out.push_back(std::move(cluster));
    }
  return out;
}

Clusters lemma_predicted(const Analysed& an) {
  const EcbCorpus& c = an.corpus;
  std::map<std::string, std::vector<std::string>> groups;
  PredictedIds ids{an, {}};
  for (std::size_t d = 0; d < c.documents.size(); ++d)
    for (const Event& e : an.docs[d].events) {
      Span t = e.mentions.front().trigger;
      groups[std::to_string(c.topic[d]) + "|" + head_stem(c.documents[d], t)].push_back(ids(d, t));
    }
  return to_clusters(groups);
}

Clusters gold_clusters(const EcbCorpus& c) {
  std::map<std::string, std::vector<std::string>> groups;
  for (const auto& m : c.mentions) groups[m.chain].push_back(m.id);
  return to_clusters(groups);
}

std::size_t count(const Clusters& c) {
  std::size_t n = 0;
  for (const auto& x : c) n += x.size();
  return n;
}

// ECB+ documents carry no creation date; most state it in a dateline among their first
// lines. The first absolute day written there becomes the date, and the document is
// analysed again so that relative expressions resolve against it.
DocumentAnalysis with_dateline(const Pipeline& pipeline, const Document& d) {
  DocumentAnalysis a = pipeline.analyze(d);
  std::size_t limit = a.sentences.size() > 3 ? a.sentences[3].span.begin : d.text.size();
  for (const Timex& x : a.timexes) {
    if (x.span.begin >= limit) break;
    if (x.relative || x.granularity != Granularity::day || !x.begin) continue;
    Document dated = d;
    dated.dct = *x.begin;
    return pipeline.analyze(std::move(dated));
  }
  return a;
}

}  // namespace

EcbCorpus read_ecbplus(const fs::path& dir, int first_topic, int last_topic) {
  EcbCorpus corpus;
  for (int topic = first_topic; topic <= last_topic; ++topic) {
    for (const auto& path : xml_files(dir / std::to_string(topic))) {
      std::ifstream in(path, std::ios::binary);
      std::stringstream buf;
      buf << in.rdbuf();
      FileReader r;
      r.doc.id = path.stem().string();
      r.doc.source = path.string();
      if (!in || !r.read(buf.str())) {
        corpus.diagnostics.push_back({Severity::error, "ecbplus-xml",
                                      r.error.empty() ? "cannot read" : r.error, path.string()});
        continue;
      }
      std::size_t d = corpus.documents.size();
      for (const auto& m : r.mentions) {
        if (m.tokens.empty() || !r.token_span.count(m.tokens.front()) ||
            !r.token_span.count(m.tokens.back()))
          continue;
        std::string id = r.doc.id + "/" + m.m_id;
        auto chain = r.chain_of.find(m.m_id);
        Span span{r.token_span[m.tokens.front()].begin, r.token_span[m.tokens.back()].end};
        corpus.mentions.push_back({id, d, span, chain == r.chain_of.end() ? id : chain->second});
      }
      corpus.documents.push_back(std::move(r.doc));
      corpus.topic.push_back(topic);
    }
  }
  return corpus;
}

std::vector<EcbResult> evaluate_ecbplus(const EcbCorpus& corpus, const Pipeline& pipeline) {
  Analysed an{corpus, {}, std::vector<std::vector<std::size_t>>(corpus.documents.size()), {}, {}};
  for (const auto& d : corpus.documents) {
    an.docs.push_back(with_dateline(pipeline, d));
    if (an.docs.back().document.dct) an.report_days.emplace(d.id, *an.docs.back().document.dct);
  }
  merge_actors_by_topic(an);
  for (std::size_t g = 0; g < corpus.mentions.size(); ++g)
    an.gold_of_doc[corpus.mentions[g].doc].push_back(g);
  Clusters key = gold_clusters(corpus);
  std::vector<EcbResult> out;
  auto add = [&](const char* system, const char* mentions, const Clusters& response) {
    out.push_back({system, mentions, score_all(key, response), count(key), count(response)});
  };
  add("chronicle", "gold", chronicle_on_gold(an));
  add("same-lemma", "gold", lemma_on_gold(corpus));
  add("chronicle", "predicted", chronicle_predicted(an));
  add("same-lemma", "predicted", lemma_predicted(an));
  return out;
}

}  // namespace chronicle::eval

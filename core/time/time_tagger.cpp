// The time stage: scans each sentence for the longest rule match, normalises it and
// keeps the narrative's reference time (the last expression resolved to a day, week,
// month or year) for "the next day" and "a year later".
#include "time/time_tagger.h"

#include "time/calendar.h"
#include "util/text.h"

namespace chronicle::detail {
namespace {

// Words that put a sentence in the future tense (a first approximation of tense).
bool future_cue(std::string_view low) {
  return low == "will" || low == "'ll" || low == "shall" || low == "expected" ||
         low == "scheduled" || low == "plans" || low == "planned" || low == "upcoming" ||
         low == "intends";
}

}  // namespace

Tense TimeTagger::sentence_tense(const DocumentAnalysis& doc, const Sentence& s) const {
  for (std::size_t i = s.first_token; i < s.end_token; ++i)
    if (future_cue(lower(doc.text(doc.tokens[i].span)))) return Tense::future;
  return Tense::past;
}

void TimeTagger::process(DocumentAnalysis& doc) const {
  TimeContext ctx;
  ctx.dct = doc.document.dct;
  int next_tid = 1;
  for (const Sentence& s : doc.sentences) {
    ctx.tense = sentence_tense(doc, s);
    for (std::size_t i = s.first_token; i < s.end_token;) {
      auto m = rules_.match_at(doc, i, s.end_token);
      if (!m) {
        ++i;
        continue;
      }
      i = m->end;
      auto value = normalize(*m, ctx);
      if (!value) continue;
      Timex t;
      t.tid = "t" + std::to_string(next_tid++);
      t.type = value->first;
      t.value = value->second;
      t.span = {doc.tokens[m->first].span.begin, doc.tokens[m->end - 1].span.end};
      t.text = std::string(doc.text(t.span));
      t.relative = m->rule->action != "date" && m->rule->action != "month_year" &&
                   m->rule->action != "year" && m->rule->action != "season_year" &&
                   m->rule->action != "decade";
      if (auto interval = interval_of(t.value)) {
        t.begin = interval->begin;
        t.end = interval->end;
        t.granularity = interval->granularity;
        if (t.type == TimexType::date || t.type == TimexType::time) {
          ctx.reference = interval->begin;
          ctx.reference_granularity = interval->granularity;
        }
      }
      doc.timexes.push_back(std::move(t));
    }
  }
}

}  // namespace chronicle::detail

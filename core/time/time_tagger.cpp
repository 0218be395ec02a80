// The time stage: scans each sentence for the longest rule match, normalises it and
// keeps the narrative's reference time (the last expression resolved to a day, week,
// month or year) for "the next day" and "a year later".
#include "time/time_tagger.h"

#include <algorithm>

#include "time/calendar.h"
#include "util/text.h"

namespace chronicle::detail {
namespace {

// Words that put a clause in the future or the past (a first approximation of tense).
bool future_cue(std::string_view low) {
  return low == "will" || low == "'ll" || low == "shall" || low == "would" || low == "expected" ||
         low == "scheduled" || low == "plans" || low == "planned" || low == "upcoming" ||
         low == "intends" || low == "expects" || low == "until" || low == "going";
}

bool past_cue(std::string_view low) {
  if (low == "said" || low == "was" || low == "were" || low == "had" || low == "did" || low == "told" ||
      low == "since" || low == "met" || low == "began" || low == "took" || low == "came" || low == "went" ||
      low == "made" || low == "won" || low == "lost" || low == "fell" || low == "rose" || low == "left")
    return true;
  return low.size() >= 4 && low.ends_with("ed");
}

// "a.m." and "p.m." end a sentence for the segmenter when a capitalised word follows,
// though "9 a.m. Tuesday" is one expression.
bool ends_with_clock_abbreviation(const TokenTexts& tokens, const Sentence& s) {
  if (s.end_token == s.first_token) return false;
  const std::string& last = tokens.low[s.end_token - 1];
  if (last == "a.m." || last == "p.m.") return true;
  if (last != "." || s.end_token - s.first_token < 2) return false;
  const std::string& before = tokens.low[s.end_token - 2];
  return before == "a.m" || before == "p.m" || before == "m";
}

// How far from an expression a tense cue may be and still govern it.
constexpr std::size_t kTenseWindow = 4;

}  // namespace

Tense TimeTagger::tense_near(const TokenTexts& tokens, const Sentence& s, std::size_t first,
                             std::size_t end) const {
  for (std::size_t d = 1; d <= kTenseWindow; ++d) {
    for (std::size_t i : {first >= s.first_token + d ? first - d : s.end_token, end - 1 + d}) {
      if (i < s.first_token || i >= s.end_token) continue;
      if (future_cue(tokens.low[i])) return Tense::future;
      if (past_cue(tokens.low[i]) && !starts_upper(tokens.text[i])) return Tense::past;
    }
  }
  return Tense::none;
}

void TimeTagger::process(DocumentAnalysis& doc) const {
  TimeContext ctx;
  ctx.dct = doc.document.dct;
  int next_tid = 1;
  const TokenTexts tokens = TimeRules::token_texts(doc);
  for (const auto& low : tokens.low)
    if (low == "quarter" || low == "quarterly") ctx.quarterly = true;
  std::size_t resume = 0;  // a match may run into the next sentence ("9 a.m. | Tuesday")
  for (std::size_t k = 0; k < doc.sentences.size(); ++k) {
    const Sentence& s = doc.sentences[k];
    std::size_t limit = s.end_token;
    if (k + 1 < doc.sentences.size() && ends_with_clock_abbreviation(tokens, s))
      limit = doc.sentences[k + 1].end_token;
    for (std::size_t i = std::max(s.first_token, resume); i < s.end_token;) {
      auto m = rules_.match_at(tokens, i, limit);
      if (!m) {
        ++i;
        continue;
      }
      i = m->end;
      resume = m->end;
      ctx.tense = tense_near(tokens, s, m->first, m->end);
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

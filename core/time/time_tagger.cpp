// The time stage: scans each sentence for the longest rule match, normalises it and
// keeps the narrative's reference time (the last expression resolved to a day, week,
// month or year) for "the next day" and "a year later".
#include "time/time_tagger.h"

#include <algorithm>

#include "language/language_data.h"
#include "time/calendar.h"
#include "time/time_actions.h"
#include "util/data_files.h"
#include "util/text.h"

namespace chronicle::detail {
namespace {

// "a.m." and "p.m." end a sentence for the segmenter when a capitalised word follows,
// though "9 a.m. Tuesday" is one expression (lexicons/time_signals.tsv).
bool ends_with_clock_abbreviation(const TokenTexts& tokens, const TimeRules& rules, const Sentence& s) {
  if (s.end_token == s.first_token) return false;
  std::string_view last = tokens.low(s.end_token - 1);
  if (rules.signal(last) == "clock_end") return true;
  if (last != "." || s.end_token - s.first_token < 2) return false;
  return rules.signal(tokens.low(s.end_token - 2)) == "clock_end_dot";
}

// +1 for a word after a duration that points it forward from the reference ("later"),
// -1 for one that points it back ("earlier"), 0 for any other.
int direction_of(const TimeRules& rules, std::string_view low) {
  std::string_view role = rules.signal(low);
  return role == "forward" ? 1 : role == "back" ? -1 : 0;
}

// "This Week", "60 Minutes": a unit written with a capital inside an expression makes
// it a title, not a time. A holiday ("Election Day") is a title when another capitalised
// word other than a weekday follows it: "Easter Island", "the Easter Bunny".
bool is_title(const TokenTexts& tokens, const TimeRules& rules, const TimeMatch& m) {
  if (m.rule->action == "holiday")
    return m.end < tokens.size() && starts_upper(tokens.text(m.end)) &&
           rules.lexicon("weekdays", tokens.low(m.end)).empty();
  for (std::size_t k = m.first + 1; k < m.end; ++k)
    if (starts_upper(tokens.text(k)) && !rules.lexicon("time_units", tokens.low(k)).empty()) return true;
  return false;
}

// A document reports by quarter when it names one ("the third quarter", "third-quarter
// profit", "the quarter ended", "last year's quarter") or says "quarterly"; "a quarter of the market" and "a
// quarter-century" are no such report.
bool reports_by_quarter(const TokenTexts& tokens, const TimeRules& rules, const QuarterCues& cues) {
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (!cues.heads_or_alone.may_contain(tokens.low(k))) continue;
    if (cues.alone.count(tokens.low(k))) return true;
    if (!cues.heads.count(tokens.low(k))) continue;
    std::size_t before = k;
    if (before > 0 && tokens.low(before - 1) == "-") --before;
    if (before == 0) continue;
    std::string_view prev = tokens.low(before - 1);
    if (!rules.lexicon("ordinals", prev).empty() || cues.before.count(prev)) return true;
  }
  return false;
}

// "two days later", "a week earlier": the duration keeps its TIMEX3 value, and the days it
// points to from the narrative's reference time become its interval (and the new
// reference), so that an event can be dated by it.
void place_from_reference(const TokenTexts& tokens, const TimeRules& rules, std::size_t after,
                          TimeContext& ctx, Timex& t) {
  if (!ctx.reference || after >= tokens.size()) return;
  int sign = direction_of(rules, tokens.low(after));
  auto units = duration_units(t.value);
  if (sign == 0 || !units) return;
  auto interval =
      shifted_interval(*ctx.reference, ctx.reference_granularity, sign * units->count, units->unit);
  if (!interval) return;
  t.begin = interval->begin;
  t.end = interval->end;
  t.granularity = interval->granularity;
  ctx.reference = interval->begin;
  ctx.reference_granularity = interval->granularity;
}

// A report is at the quarter its lead names, the first it names other than looking
// ahead ("will result in a fourth-quarter charge"); a quarter of another year ("the 1988
// second quarter") or one counted back ("the year-earlier third quarter") is a
// comparison. Another quarter named later is the background ("after a flat second
// quarter") unless it is the one that ended last or a fiscal one, where the report turns
// to another company's results. A span of months ("the first nine months") takes over for
// the prior-year periods until a quarter is named again.
void track_report_period(const TokenTexts& tokens, const QuarterCues& cues, const TimeMatch& m,
                         const Timex& t, TimeContext& ctx) {
  if (m.rule->action == "period") {
    ctx.report_months = true;
    return;
  }
  bool named = m.rule->action == "quarter" && m.rule->args.empty();
  if (!named || ctx.tense == Tense::future || !ctx.dct || t.value.size() != 7 ||
      t.value[4] != '-' || t.value[5] != 'Q')
    return;
  int year = std::stoi(t.value.substr(0, 4));
  if (year != int(ctx.dct->year()) && m.captures.count("year")) return;
  int quarter = t.value[6] - '0';
  ctx.report_months = false;
  int last_ended = int(unsigned(ctx.dct->month()) - 1) / 3;  // 0: the last year's fourth
  bool ended_last = last_ended == 0 ? (quarter == 4 && year == int(ctx.dct->year()) - 1)
                                    : (quarter == last_ended && year == int(ctx.dct->year()));
  bool fiscal = false;
  for (std::size_t k = m.first; k < m.end && !fiscal; ++k) fiscal = cues.fiscal.count(tokens.low(k)) > 0;
  if (ctx.report_quarter != 0 && !ended_last && !fiscal) return;
  ctx.report_year = year;
  ctx.report_quarter = quarter;
}

}  // namespace

QuarterCues::QuarterCues(const LanguageData& language) {
  const std::string path = language.path("lexicons/quarter_cues.tsv");
  for (const auto& row : read_table(path, "quarter-cues", 2)) {
    const std::string& use = row.fields[1];
    StringSet* set = use == "head"     ? &heads
                     : use == "before" ? &before
                     : use == "alone"  ? &alone
                     : use == "fiscal" ? &fiscal
                                       : nullptr;
    if (!set) data_error(path, row.line, "use must be head, before, alone or fiscal");
    set->insert(row.fields[0]);
    if (set == &heads || set == &alone) heads_or_alone.add(row.fields[0]);
  }
}

TimexValue TimeTagger::normalize(const TimeMatch& m, const TimeContext& ctx) const {
  return run_time_action(*m.rule->bound, m.captures, m.first, ctx);
}

void TimeTagger::process(DocumentAnalysis& doc) const {
  TimeContext ctx;
  ctx.dct = doc.document.dct;
  int next_tid = 1;
  const TokenTexts tokens = rules_.token_texts(doc);
  ctx.quarterly = reports_by_quarter(tokens, rules_, quarter_cues_);
  std::size_t resume = 0;  // a match may run into the next sentence ("9 a.m. | Tuesday")
  std::size_t last_end = 0;  // a modifier cannot reach into the expression before
  for (std::size_t k = 0; k < doc.sentences.size(); ++k) {
    const Sentence& s = doc.sentences[k];
    std::size_t limit = s.end_token;
    if (k + 1 < doc.sentences.size() && ends_with_clock_abbreviation(tokens, rules_, s))
      limit = doc.sentences[k + 1].end_token;
    for (std::size_t i = std::max(s.first_token, resume); i < s.end_token;) {
      auto m = rules_.match_at(tokens, i, limit);
      if (!m) {
        ++i;
        continue;
      }
      i = m->end;
      resume = m->end;
      m->first = rules_.modifier_start(tokens, *m, std::max(s.first_token, last_end));
      last_end = m->end;
      if (is_title(tokens, rules_, *m)) continue;
      ctx.tense = tense_.tense_near(tokens, s, m->first, m->end);
      auto value = normalize(*m, ctx);
      if (!value) continue;
      Timex t;
      t.tid = "t" + std::to_string(next_tid++);
      t.type = value->first;
      t.value = value->second;
      t.span = {doc.tokens[m->first].span.begin, doc.tokens[m->end - 1].span.end};
      t.text = std::string(doc.text(t.span));
      t.relative = m->rule->bound->action->relative;
      // the signal after a duration, or closing it ("a day earlier")
      std::size_t signal =
          m->end - 1 > m->first && direction_of(rules_, tokens.low(m->end - 1)) != 0 ? m->end - 1 : m->end;
      if (t.type == TimexType::duration) place_from_reference(tokens, rules_, signal, ctx, t);
      track_report_period(tokens, quarter_cues_, *m, t, ctx);
      if (auto interval = interval_of(t.value)) {
        t.begin = interval->begin;
        t.end = interval->end;
        t.granularity = interval->granularity;
        if (t.type == TimexType::date || t.type == TimexType::time) {
          ctx.reference = interval->begin;
          ctx.reference_granularity = interval->granularity;
        }
        // "2009-2010": valued by its first year, it spans to the end of the last
        if (auto last = m->captures.find("last_year"); last != m->captures.end()) {
          int y = std::stoi(last->second);
          if (y > int(interval->begin.year()))
            t.end = Day{std::chrono::year{y}, std::chrono::December, std::chrono::day{31}};
        }
        if (t.type == TimexType::date && interval->granularity == Granularity::day) {
          ctx.listed_day = interval->begin;
          ctx.listed_after = m->end;
        }
      }
      doc.timexes.push_back(std::move(t));
    }
  }
}

}  // namespace chronicle::detail

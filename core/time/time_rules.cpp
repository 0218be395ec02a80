// Loads the time rules and matches their token patterns. Matching backtracks over
// optional elements, so "March 5, 2024" and "March 5" are both found by one pattern.
#include "time/time_rules.h"

#include <algorithm>
#include <charconv>
#include <sstream>
#include <stdexcept>

#include "util/data_files.h"
#include "util/text.h"

namespace chronicle::detail {
namespace {

const char* const kRulesFile = "en/rules/time.txt";

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    std::size_t p = s.find(sep, start);
    std::string part(s.substr(start, p == std::string_view::npos ? p : p - start));
    if (!part.empty()) out.push_back(part);
    if (p == std::string_view::npos) break;
    start = p + 1;
  }
  return out;
}

PatternElement parse_element(std::string text, int line) {
  PatternElement e;
  if (text.size() > 1 && text.back() == '?') {
    e.optional = true;
    text.pop_back();
  }
  if (text.size() > 2 && text.front() == '[' && text.back() == ']') {
    e.context = true;
    text = text.substr(1, text.size() - 2);
  }
  if (text.size() > 2 && text.front() == '<' && text.back() == '>') {
    e.cls = text.substr(1, text.size() - 2);
    return e;
  }
  e.words = split(text, '|');
  if (e.words.empty()) data_error(kRulesFile, line, "empty pattern element");
  return e;
}

int to_int(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

bool in_range(std::string_view tok, int lo, int hi, std::size_t min_len, std::size_t max_len) {
  if (!all_digits(tok) || tok.size() < min_len || tok.size() > max_len) return false;
  int v = to_int(tok);
  return v >= lo && v <= hi;
}

}  // namespace

TimeRules::TimeRules() {
  for (const char* name : {"months", "weekdays", "numbers", "time_units", "day_parts", "seasons",
                           "ordinals"}) {
    std::string path = std::string("en/lexicons/") + name + ".tsv";
    auto& lex = lexicons_[name];
    for (const auto& row : read_table(path, "lexicon", 2)) lex[row.fields[0]] = row.fields[1];
  }
  static const std::vector<std::string> kClasses = {"month", "weekday", "num",  "year",
                                                    "day",   "mm",      "dd",   "unit",
                                                    "part",  "season",  "ord",  "decade",
                                                    "hour",  "minute"};
  for (const auto& row : read_table(kRulesFile, "time-rules", 3)) {
    TimeRule rule;
    rule.id = row.fields[0];
    rule.line = row.line;
    for (const auto& el : split(row.fields[1], ' ')) {
      rule.pattern.push_back(parse_element(el, row.line));
      const auto& cls = rule.pattern.back().cls;
      if (!cls.empty() && std::find(kClasses.begin(), kClasses.end(), cls) == kClasses.end())
        data_error(kRulesFile, row.line, "unknown class <" + cls + ">");
    }
    auto action = split(row.fields[2], ' ');
    if (action.empty()) data_error(kRulesFile, row.line, "empty action");
    rule.action = action[0];
    rule.args.assign(action.begin() + 1, action.end());
    if (row.fields.size() > 3) {
      for (auto& ex : split(row.fields[3], ';')) rule.examples.push_back(squeeze_space(ex));
    }
    if (rule.examples.empty()) data_error(kRulesFile, row.line, "rule has no examples");
    rules_.push_back(std::move(rule));
    index_rule(rules_.size() - 1);
  }
  for (const auto& [name, lex] : lexicons_)
    for (const auto& [word, value] : lex) keywords_[word] = true;
}

std::string TimeRules::lexicon(std::string_view name, std::string_view word) const {
  auto lex = lexicons_.find(std::string(name));
  if (lex == lexicons_.end()) return {};
  auto it = lex->second.find(std::string(word));
  return it == lex->second.end() ? std::string() : it->second;
}

// A rule can start at a token matching any of its leading optional elements or its first
// required one.
void TimeRules::index_rule(std::size_t r) {
  for (const auto& e : rules_[r].pattern) {
    if (e.cls.empty()) {
      for (const auto& w : e.words) {
        by_word_[w].push_back(r);
        keywords_[w] = true;
      }
    } else {
      by_class_[e.cls].push_back(r);
    }
    if (!e.optional) break;
  }
}

TokenTexts TimeRules::token_texts(const DocumentAnalysis& doc) {
  TokenTexts t;
  t.text.reserve(doc.tokens.size());
  t.low.reserve(doc.tokens.size());
  for (const auto& tok : doc.tokens) {
    t.text.push_back(doc.text(tok.span));
    t.low.push_back(lower(t.text.back()));
  }
  return t;
}

std::vector<std::size_t> TimeRules::candidates(std::string_view tok, const std::string& low) const {
  std::vector<std::size_t> out;
  bool digit = !low.empty() && low[0] >= '0' && low[0] <= '9';
  if (!digit && !keywords_.count(low)) return out;
  if (auto it = by_word_.find(low); it != by_word_.end()) out = it->second;
  for (const auto& [cls, rules] : by_class_)
    if (class_value(cls, tok, low)) out.insert(out.end(), rules.begin(), rules.end());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::optional<std::string> TimeRules::class_value(std::string_view cls, std::string_view tok,
                                                  const std::string& low) const {
  auto from_lexicon = [&](const char* name, bool capitalised) -> std::optional<std::string> {
    if (capitalised && !starts_upper(tok)) return std::nullopt;
    std::string v = lexicon(name, low);
    if (v.empty()) return std::nullopt;
    return v;
  };
  if (cls == "month") return from_lexicon("months", true);
  if (cls == "weekday") return from_lexicon("weekdays", true);
  if (cls == "unit") return from_lexicon("time_units", false);
  if (cls == "part") return from_lexicon("day_parts", false);
  if (cls == "season") return from_lexicon("seasons", false);
  if (cls == "ord") return from_lexicon("ordinals", false);
  if (cls == "num") {
    if (in_range(tok, 0, 9999, 1, 4)) return std::string(tok);
    return from_lexicon("numbers", false);
  }
  if (cls == "year" && in_range(tok, 1000, 2199, 4, 4)) return std::string(tok);
  if (cls == "mm" && in_range(tok, 1, 12, 2, 2)) return std::to_string(to_int(tok));
  if (cls == "dd" && in_range(tok, 1, 31, 2, 2)) return std::to_string(to_int(tok));
  if (cls == "day") {
    std::string_view digits = tok;
    for (const char* suffix : {"st", "nd", "rd", "th"})
      if (low.size() > 2 && low.ends_with(suffix)) digits = tok.substr(0, tok.size() - 2);
    if (in_range(digits, 1, 31, 1, 2)) return std::to_string(to_int(digits));
  }
  if (cls == "hour" && in_range(tok, 0, 23, 1, 2)) return std::to_string(to_int(tok));
  if (cls == "minute" && in_range(tok, 0, 59, 2, 2)) return std::string(tok);
  if (cls == "decade" && low.size() == 5 && low.back() == 's' && in_range(low.substr(0, 4), 1000, 2190, 4, 4) &&
      low[3] == '0')
    return low.substr(0, 3);
  return std::nullopt;
}

bool TimeRules::match_element(const PatternElement& e, std::string_view tok, const std::string& low,
                              TimeMatch& m) const {
  if (e.cls.empty()) return std::find(e.words.begin(), e.words.end(), low) != e.words.end();
  auto v = class_value(e.cls, tok, low);
  if (!v) return false;
  if (e.cls == "mm") m.captures["month"] = *v;
  else if (e.cls == "dd") m.captures["day"] = *v;
  else if (!m.captures.count(e.cls)) m.captures[e.cls] = *v;
  return true;
}

bool TimeRules::match_from(const TokenTexts& tokens, const TimeRule& rule, std::size_t el, std::size_t tok,
                           std::size_t end, TimeMatch& m) const {
  if (el == rule.pattern.size()) {
    m.end = tok;
    return true;
  }
  const PatternElement& e = rule.pattern[el];
  if (tok < end) {
    TimeMatch attempt = m;
    if (match_element(e, tokens.text[tok], tokens.low[tok], attempt)) {
      if (e.context && el == 0) attempt.first = tok + 1;
      if (match_from(tokens, rule, el + 1, tok + 1, end, attempt)) {
        m = std::move(attempt);
        return true;
      }
    }
  }
  return e.optional && match_from(tokens, rule, el + 1, tok, end, m);
}

std::optional<TimeMatch> TimeRules::match_at(const TokenTexts& tokens, std::size_t i, std::size_t end) const {
  std::optional<TimeMatch> best;
  for (std::size_t r : candidates(tokens.text[i], tokens.low[i])) {
    const TimeRule& rule = rules_[r];
    TimeMatch m;
    m.rule = &rule;
    m.first = i;
    if (!match_from(tokens, rule, 0, i, end, m)) continue;
    if (m.end <= m.first) continue;
    // longest from `i`; on a tie the one with fewer context tokens ("last fall" as a
    // whole beats "fall" after the context word "last")
    if (!best || m.end > best->end || (m.end == best->end && m.first < best->first)) best = std::move(m);
  }
  // a match that only began with context ("in summer") yields to a longer expression
  // starting after the context ("summer 2019")
  if (best && best->first > i) {
    auto inner = match_at(tokens, best->first, end);
    if (inner && inner->end > best->end) return inner;
  }
  return best;
}

}  // namespace chronicle::detail

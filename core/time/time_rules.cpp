// Loads the time rules and matches their token patterns. Matching backtracks over
// optional elements, so "March 5, 2024" and "March 5" are both found by one pattern.
#include "time/time_rules.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <sstream>
#include <stdexcept>

#include "language/language_data.h"
#include "segment/segmenter.h"
#include "time/calendar.h"
#include "time/time_actions.h"
#include "util/data_files.h"
#include "util/text.h"

namespace chronicle::detail {
namespace {

constexpr std::string_view kRulesFile = "rules/time.txt";

TokenClass class_id(std::string_view name) {
  static const std::pair<const char*, TokenClass> kClasses[] = {
      {"month", TokenClass::month},
      {"weekday", TokenClass::weekday},
      {"num", TokenClass::num},
      {"year", TokenClass::year},
      {"day", TokenClass::day},
      {"mm", TokenClass::mm},
      {"dd", TokenClass::dd},
      {"unit", TokenClass::unit},
      {"part", TokenClass::part},
      {"season", TokenClass::season},
      {"ord", TokenClass::ord},
      {"decade", TokenClass::decade},
      {"hour", TokenClass::hour},
      {"minute", TokenClass::minute},
      {"quantity", TokenClass::quantity},
      {"word", TokenClass::word},
      {"unit1", TokenClass::unit1},
      {"monthname", TokenClass::monthname},
      {"holiday", TokenClass::holiday},
      {"holiday_day", TokenClass::holiday_day},
      {"tens", TokenClass::tens},
      {"units", TokenClass::units}};
  for (const auto& [n, id] : kClasses)
    if (name == n) return id;
  return TokenClass::none;
}

bool starts_with_digit(std::string_view s) { return !s.empty() && s[0] >= '0' && s[0] <= '9'; }

PatternElement parse_element(std::string text, std::string_view file, int line) {
  PatternElement e;
  if (text.size() > 1 && text.front() == '!') {
    e.negated = true;
    text.erase(0, 1);
  }
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
    e.key = e.cls;
    if (auto colon = e.cls.find(':'); colon != std::string::npos) {
      e.key = e.cls.substr(colon + 1);
      e.cls.resize(colon);
    }
    e.id = class_id(e.cls);
    if (e.id == TokenClass::none) data_error(file, line, "unknown class <" + e.cls + ">");
    if (e.id == TokenClass::mm) e.key = "month";
    if (e.id == TokenClass::dd) e.key = "day";
    if (e.negated && (e.optional || e.context))
      data_error(file, line, "a negated element is neither optional nor context");
    return e;
  }
  if (e.negated && (e.optional || e.context))
    data_error(file, line, "a negated element is neither optional nor context");
  e.words = split_nonempty(text, '|');
  if (e.words.empty()) data_error(file, line, "empty pattern element");
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

TimeRules::TimeRules(const LanguageData& language) : rules_file_(language.path(kRulesFile)) {
  for (const char* name : {"months", "weekdays", "numbers", "time_units", "day_parts", "seasons",
                           "ordinals", "time_signals"}) {
    std::string path = std::string("lexicons/") + name + ".tsv";
    auto& lex = lexicons_[name];
    for (const auto& row : language.table(path, "lexicon", 2)) lex[row.fields[0]] = row.fields[1];
  }
  const std::string holidays = language.path("lexicons/holidays.tsv");
  for (const auto& row : read_table(holidays, "holidays", 3)) {
    if (row.fields[2] != "alone" && row.fields[2] != "day")
      data_error(holidays, row.line, "form must be alone or day");
    if (!holiday_date(2000, row.fields[1])) data_error(holidays, row.line, "malformed date rule");
    holiday_days_[row.fields[0]] = row.fields[1];
    if (row.fields[2] == "alone") holidays_[row.fields[0]] = row.fields[1];
  }
  months_ = &lexicons_.at("months");
  signals_ = &lexicons_.at("time_signals");
  weekdays_ = &lexicons_.at("weekdays");
  numbers_ = &lexicons_.at("numbers");
  units_ = &lexicons_.at("time_units");
  parts_ = &lexicons_.at("day_parts");
  seasons_ = &lexicons_.at("seasons");
  ordinals_ = &lexicons_.at("ordinals");
  for (const auto& row : read_table(rules_file_, "time-rules", 3)) {
    TimeRule rule = parse_time_rule(row, rules_file_);
    index_second(rule);
    rules_.push_back(std::move(rule));
    index_rule(rules_.size() - 1);
  }
  index_words();
  index_follow();
  const std::string modifiers = language.path("lexicons/time_modifiers.tsv");
  for (const auto& row : read_table(modifiers, "time-modifiers", 2)) {
    modifiers_.push_back({split_nonempty(row.fields[0], ' '), split_nonempty(row.fields[1], ',')});
    for (const auto& action : modifiers_.back().actions)
      if (!find_time_action(action))
        data_error(modifiers, row.line, "unknown action '" + action + "'");
  }
}

TimeRule parse_time_rule(const DataRow& row, std::string_view file) {
  TimeRule rule;
  rule.id = row.fields.at(0);
  rule.line = row.line;
  for (const auto& el : split_nonempty(row.fields.at(1), ' '))
    rule.pattern.push_back(parse_element(el, file, row.line));
  if (rule.pattern.empty()) data_error(file, row.line, "empty pattern");
  auto action = split_nonempty(row.fields.at(2), ' ');
  rule.bound = std::make_shared<const BoundAction>(bind_time_action(action, file, row.line));
  rule.action = action[0];
  rule.args.assign(action.begin() + 1, action.end());
  if (row.fields.size() > 3) {
    for (auto& ex : split_nonempty(row.fields[3], ';')) rule.examples.push_back(squeeze_space(ex));
  }
  if (rule.examples.empty()) data_error(file, row.line, "rule has no examples");
  if (rule.pattern.front().negated)
    data_error(file, row.line, "a rule cannot start with a negated element");
  return rule;
}

std::size_t TimeRules::modifier_start(const TokenTexts& tokens, const TimeMatch& m, std::size_t floor) const {
  for (const auto& mod : modifiers_) {
    std::size_t n = mod.words.size();
    if (m.first < floor + n) continue;
    if (std::find(mod.actions.begin(), mod.actions.end(), m.rule->action) == mod.actions.end()) continue;
    bool match = true;
    for (std::size_t k = 0; k < n && match; ++k) match = tokens.low(m.first - n + k) == mod.words[k];
    if (match) return m.first - n;
  }
  return m.first;
}

std::string TimeRules::lexicon(std::string_view name, std::string_view word) const {
  auto lex = lexicons_.find(std::string(name));
  if (lex == lexicons_.end()) return {};
  auto it = lex->second.find(word);
  return it == lex->second.end() ? std::string() : it->second;
}

// A rule can start at a token matching any of its leading optional elements or its first
// required one.
void TimeRules::index_rule(std::size_t r) {
  for (const auto& e : rules_[r].pattern) {
    if (e.negated) break;
    if (e.cls.empty()) {
      for (const auto& w : e.words) by_word_[w].push_back(r);
    } else {
      // a class that any word can be would make every token a candidate
      if (e.id == TokenClass::word)
        data_error(rules_file_, rules_[r].line, "a rule cannot start with <word>");
      by_class_[e.id].push_back(r);
    }
    if (!e.optional) break;
  }
}

// The elements after each element that can take a match's first token (the leading
// optional ones and the first required one): the next element, or the one after an
// optional next, and so on; reaching the end means a match can be one token long.
void TimeRules::index_second(TimeRule& rule) {
  const auto& p = rule.pattern;
  for (std::size_t k = 0; k < p.size(); ++k) {
    if (p[k].negated) break;
    for (std::size_t j = k + 1;; ++j) {
      while (j < p.size() && p[j].negated) ++j;
      if (j == p.size()) {
        rule.one_token = true;
        break;
      }
      if (std::find(rule.second.begin(), rule.second.end(), j) == rule.second.end()) rule.second.push_back(j);
      if (!p[j].optional) break;
    }
    if (!p[k].optional) break;
  }
}

// Which rules can start at a word, and which classes it is of, depend only on the word
// and its capitalisation, so they are worked out once for every word a rule or lexicon
// names; literals are then compared by id.
void TimeRules::index_words() {
  std::vector<std::string> words;
  for (const auto& [w, rules] : by_word_) words.push_back(w);
  for (const auto& [name, lex] : lexicons_)
    for (const auto& [w, value] : lex) words.push_back(w);
  for (const auto& [w, value] : holiday_days_) words.push_back(w);
  for (const auto& rule : rules_)
    for (const auto& e : rule.pattern) words.insert(words.end(), e.words.begin(), e.words.end());
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  word_candidates_.assign(words.size() + 1, {});
  word_classes_.assign(words.size() + 1, {0, 0});
  for (std::size_t k = 0; k < words.size(); ++k) {
    const std::string& w = words[k];
    std::uint32_t id = word_ids_.add(w);  // k + 1: the words are sorted and unique
    if (starts_with_digit(w)) continue;
    std::string capital = w;
    capital[0] = char(std::toupper(static_cast<unsigned char>(capital[0])));
    for (int upper = 0; upper < 2; ++upper) {
      std::string_view tok = upper ? capital : w;
      for (int c = 1; c <= int(TokenClass::units); ++c)
        if (class_value(TokenClass(c), tok, w)) word_classes_[id][upper] |= 1u << c;
      auto& out = word_candidates_[id][upper];
      if (auto it = by_word_.find(w); it != by_word_.end()) out = it->second;
      for (const auto& [cls, rules] : by_class_)
        if (word_classes_[id][upper] & (1u << int(cls))) out.insert(out.end(), rules.begin(), rules.end());
      std::sort(out.begin(), out.end());
      out.erase(std::unique(out.begin(), out.end()), out.end());
    }
  }
  for (auto& rule : rules_)
    for (auto& e : rule.pattern)
      for (const auto& w : e.words) e.word_ids.push_back(word_ids_.find(w));
}

void TimeRules::index_follow() {
  follow_.resize(rules_.size());
  for (std::size_t r = 0; r < rules_.size(); ++r) {
    Follow& f = follow_[r];
    f.one_token = rules_[r].one_token;
    for (std::size_t j : rules_[r].second) {
      const PatternElement& e = rules_[r].pattern[j];
      if (e.cls.empty())
        f.words.insert(f.words.end(), e.word_ids.begin(), e.word_ids.end());
      else
        f.classes |= 1u << int(e.id);
    }
  }
  word_follow_.assign(word_candidates_.size(), {});
  for (std::size_t id = 0; id < word_candidates_.size(); ++id) {
    for (int upper = 0; upper < 2; ++upper) {
      Follow& any = word_follow_[id][upper];
      for (std::size_t r : word_candidates_[id][upper]) {
        any.one_token = any.one_token || follow_[r].one_token;
        any.classes |= follow_[r].classes;
        any.words.insert(any.words.end(), follow_[r].words.begin(), follow_[r].words.end());
      }
      std::sort(any.words.begin(), any.words.end());
      any.words.erase(std::unique(any.words.begin(), any.words.end()), any.words.end());
    }
  }
}

TokenTexts TimeRules::token_texts(DocumentAnalysis& doc) const {
  fill_lower_text(doc);
  std::vector<std::uint32_t> ids;
  ids.reserve(doc.tokens.size());
  for (const auto& tok : doc.tokens) ids.push_back(word_ids_.find(doc.lowered(tok.span)));
  return TokenTexts(doc, std::move(ids));
}

const std::vector<std::size_t>& TimeRules::candidates(const TokenTexts& tokens, std::size_t i,
                                                     std::vector<std::size_t>& scratch) const {
  scratch.clear();
  std::string_view tok = tokens.text(i), low = tokens.low(i);
  if (!starts_with_digit(low)) {
    if (tokens.id(i) == 0) return scratch;
    return word_candidates_[tokens.id(i)][starts_upper(tok) ? 1 : 0];
  }
  for (const auto& [cls, rules] : by_class_)
    if (class_value(cls, tok, low)) scratch.insert(scratch.end(), rules.begin(), rules.end());
  std::sort(scratch.begin(), scratch.end());
  scratch.erase(std::unique(scratch.begin(), scratch.end()), scratch.end());
  return scratch;
}

std::optional<std::string> TimeRules::from_lexicon(const Lexicon* lex, std::string_view low) const {
  auto it = lex->find(low);
  if (it == lex->end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> TimeRules::class_value(TokenClass cls, std::string_view tok,
                                                  std::string_view low) const {
  switch (cls) {
    case TokenClass::month: return starts_upper(tok) ? from_lexicon(months_, low) : std::nullopt;
    case TokenClass::weekday: return starts_upper(tok) ? from_lexicon(weekdays_, low) : std::nullopt;
    case TokenClass::monthname:
      // a bare "Jan" or "Sept" is more often a name or a typo than a month
      if (low.size() <= 4 && low != "may" && low != "june" && low != "july") return std::nullopt;
      return starts_upper(tok) ? from_lexicon(months_, low) : std::nullopt;
    case TokenClass::holiday: return starts_upper(tok) ? from_lexicon(&holidays_, low) : std::nullopt;
    case TokenClass::holiday_day: return starts_upper(tok) ? from_lexicon(&holiday_days_, low) : std::nullopt;
    case TokenClass::unit: return from_lexicon(units_, low);
    case TokenClass::unit1:
      // a unit in the singular: "coming week", not "coming weeks"
      if (low.ends_with("s")) return std::nullopt;
      return from_lexicon(units_, low);
    case TokenClass::part: return from_lexicon(parts_, low);
    case TokenClass::season: return from_lexicon(seasons_, low);
    case TokenClass::ord: return from_lexicon(ordinals_, low);
    case TokenClass::num:
      if (in_range(tok, 0, 9999, 1, 4)) return std::string(tok);
      return from_lexicon(numbers_, low);
    case TokenClass::year:
      if (in_range(tok, 1000, 2199, 4, 4)) return std::string(tok);
      return std::nullopt;
    case TokenClass::mm:
      if (in_range(tok, 1, 12, 2, 2)) return std::to_string(to_int(tok));
      return std::nullopt;
    case TokenClass::dd:
      if (in_range(tok, 1, 31, 2, 2)) return std::to_string(to_int(tok));
      return std::nullopt;
    case TokenClass::day: {
      std::string_view digits = tok;
      for (const char* suffix : {"st", "nd", "rd", "th"})
        if (low.size() > 2 && low.ends_with(suffix)) digits = tok.substr(0, tok.size() - 2);
      if (in_range(digits, 1, 31, 1, 2)) return std::to_string(to_int(digits));
      return std::nullopt;
    }
    case TokenClass::quantity:
      // an amount: "358,000", "1.76", "four"
      if (starts_with_digit(low)) return std::string(tok);
      return from_lexicon(numbers_, low);
    case TokenClass::word:
      // any lowercase word ("four flights a week")
      if (low.empty() || starts_upper(tok)) return std::nullopt;
      for (char ch : low)
        if (ch < 'a' || ch > 'z') return std::nullopt;
      return std::string(tok);
    case TokenClass::hour:
      if (in_range(tok, 0, 23, 1, 2)) return std::to_string(to_int(tok));
      return std::nullopt;
    case TokenClass::minute:
      if (in_range(tok, 0, 59, 2, 2)) return std::string(tok);
      return std::nullopt;
    case TokenClass::decade:
      if (low.size() == 5 && low.back() == 's' && low[3] == '0' && in_range(low.substr(0, 4), 1000, 2190, 4, 4))
        return std::string(low.substr(0, 3));
      return std::nullopt;
    case TokenClass::tens:
    case TokenClass::units: {
      // the parts of a number said in words, "twenty" and "five" of "twenty-five"
      if (starts_with_digit(low) || low.size() < 3) return std::nullopt;
      auto v = from_lexicon(numbers_, low);
      if (!v || v->empty() || !starts_with_digit(*v)) return std::nullopt;
      int n = to_int(*v);
      bool ok = cls == TokenClass::tens ? (n >= 20 && n <= 90 && n % 10 == 0) : (n >= 1 && n <= 9);
      return ok ? v : std::nullopt;
    }
    case TokenClass::none: break;
  }
  return std::nullopt;
}

std::uint32_t TimeRules::may_be(const TokenTexts& tokens, std::size_t i) const {
  if (starts_with_digit(tokens.low(i))) return ~std::uint32_t{0};
  // a word no rule or lexicon names can only be <word>
  if (tokens.id(i) == 0) return 1u << int(TokenClass::word);
  return word_classes_[tokens.id(i)][starts_upper(tokens.text(i)) ? 1 : 0];
}

bool TimeRules::may_match(const PatternElement& e, const TokenTexts& tokens, std::size_t i) const {
  if (e.cls.empty())
    return tokens.id(i) != 0 && std::find(e.word_ids.begin(), e.word_ids.end(), tokens.id(i)) != e.word_ids.end();
  return (may_be(tokens, i) & (1u << int(e.id))) != 0;
}

bool TimeRules::element_matches(const PatternElement& e, const TokenTexts& tokens, std::size_t i,
                                std::optional<std::string>& value) const {
  if (e.cls.empty()) return may_match(e, tokens, i);
  if (!may_match(e, tokens, i)) return false;
  value = class_value(e.id, tokens.text(i), tokens.low(i));
  return value.has_value();
}

// Backtracking without copies: what an element adds to `m` (a capture, the start after
// leading context, the end of the expression) is undone when the rest fails.
bool TimeRules::match_from(const TokenTexts& tokens, const TimeRule& rule, std::size_t el, std::size_t tok,
                           std::size_t end, TimeMatch& m) const {
  if (el == rule.pattern.size()) {
    m.end = m.content_end;
    m.scan_end = tok;
    return true;
  }
  const PatternElement& e = rule.pattern[el];
  std::optional<std::string> value;
  if (e.negated) {
    if (tok < end && element_matches(e, tokens, tok, value)) return false;
    return match_from(tokens, rule, el + 1, tok, end, m);
  }
  if (tok < end && element_matches(e, tokens, tok, value)) {
    std::size_t first = m.first, content_end = m.content_end;
    bool captured = value && !e.context && m.captures.emplace(e.key, *value).second;
    if (e.context && el == 0) m.first = tok + 1;
    if (!e.context) m.content_end = tok + 1;
    if (match_from(tokens, rule, el + 1, tok + 1, end, m)) return true;
    if (captured) m.captures.erase(e.key);
    m.first = first;
    m.content_end = content_end;
  }
  return e.optional && match_from(tokens, rule, el + 1, tok, end, m);
}

std::optional<TimeMatch> TimeRules::match_at(const TokenTexts& tokens, std::size_t i, std::size_t end) const {
  std::optional<TimeMatch> best;
  std::vector<std::size_t> scratch;
  const std::vector<std::size_t>& rules = candidates(tokens, i, scratch);
  if (rules.empty()) return best;
  // the next token, once for all candidates: most are ruled out by it, often all of them
  // at once (a word starting rules is always in the vocabulary, and has its union)
  std::uint32_t next_classes = i + 1 < end ? may_be(tokens, i + 1) : 0;
  std::uint32_t next_id = i + 1 < end ? tokens.id(i + 1) : 0;
  if (!starts_with_digit(tokens.low(i))) {
    const Follow& any = word_follow_[tokens.id(i)][starts_upper(tokens.text(i)) ? 1 : 0];
    if (!any.allows(next_classes, next_id)) return best;
  }
  for (std::size_t r : rules) {
    if (!follow_[r].allows(next_classes, next_id)) continue;
    const TimeRule& rule = rules_[r];
    TimeMatch m;
    m.rule = &rule;
    m.first = i;
    if (!match_from(tokens, rule, 0, i, end, m)) continue;
    if (m.end <= m.first) continue;
    // longest from `i`; on a tie the one with fewer leading context tokens ("last fall"
    // as a whole beats "fall" after the context word "last"), then the one that needed
    // more trailing context ("the year" before "ended" is the fiscal year)
    bool better = !best || m.end > best->end ||
                  (m.end == best->end && (m.first < best->first ||
                                          (m.first == best->first && m.scan_end > best->scan_end)));
    if (better) best = std::move(m);
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

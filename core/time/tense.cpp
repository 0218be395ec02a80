// Tense from cue words. Design: the nearest cue decides (before the expression first at
// equal distance), except for cues that govern a whole clause ("as soon as") and cues
// that only count right next to the expression ("by Friday", "Friday's").
#include "time/tense.h"

#include "util/data_files.h"
#include "util/text.h"

namespace chronicle::detail {
namespace {

const char* const kCuesFile = "en/lexicons/tense_cues.tsv";

// How far from an expression a cue may be and still govern it.
constexpr std::size_t kWindow = 4;
constexpr std::size_t kGoverningWindow = 6;

std::vector<std::string> words_of(const std::string& phrase) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < phrase.size()) {
    std::size_t sp = phrase.find(' ', start);
    if (sp == std::string::npos) sp = phrase.size();
    if (sp > start) out.push_back(phrase.substr(start, sp - start));
    start = sp + 1;
  }
  return out;
}

bool past_form(std::string_view low) { return low.size() >= 4 && low.ends_with("ed"); }

}  // namespace

TenseCues::TenseCues() {
  static const std::unordered_map<std::string, Scope> kScopes = {
      {"near", Scope::near},   {"before", Scope::before},   {"adjacent", Scope::adjacent},
      {"after", Scope::after}, {"governs", Scope::governs}, {"infinitive", Scope::infinitive}};
  for (const auto& row : read_table(kCuesFile, "tense-cues", 3)) {
    const std::string& tense = row.fields[1];
    if (tense == "-" && row.fields[2] == "not-verb") {
      not_verbs_[row.fields[0]] = true;
      continue;
    }
    auto scope = kScopes.find(row.fields[2]);
    if (scope == kScopes.end()) data_error(kCuesFile, row.line, "unknown scope '" + row.fields[2] + "'");
    if (tense != "past" && tense != "future") data_error(kCuesFile, row.line, "tense must be past or future");
    Cue cue{words_of(row.fields[0]), tense == "past" ? Tense::past : Tense::future, scope->second};
    if (cue.words.empty()) data_error(kCuesFile, row.line, "empty cue");
    by_last_word_[cue.words.back()].push_back(std::move(cue));
  }
}

const TenseCues::Cue* TenseCues::cue_at(const TokenTexts& tokens, const Sentence& s, std::size_t i) const {
  auto it = by_last_word_.find(tokens.low[i]);
  if (it == by_last_word_.end()) return nullptr;
  for (const Cue& cue : it->second) {
    std::size_t n = cue.words.size();
    if (i + 1 < s.first_token + n) continue;
    bool match = true;
    for (std::size_t k = 0; k < n && match; ++k) match = tokens.low[i + 1 - n + k] == cue.words[k];
    if (match) return &cue;
  }
  return nullptr;
}

// "to" followed by a plain verb: a lowercase word that is no determiner and not in -ed
// or -ing.
bool TenseCues::infinitive_at(const TokenTexts& tokens, const Sentence& s, std::size_t i) const {
  if (i + 1 >= s.end_token) return false;
  std::string_view next = tokens.text[i + 1];
  const std::string& low = tokens.low[i + 1];
  if (next.empty() || starts_upper(next) || !(low[0] >= 'a' && low[0] <= 'z')) return false;
  if (not_verbs_.count(low) || past_form(low) || low.ends_with("ing")) return false;
  return true;
}

Tense TenseCues::governing(const TokenTexts& tokens, const Sentence& s, std::size_t first) const {
  for (std::size_t d = 1; d <= kGoverningWindow && first >= s.first_token + d; ++d) {
    const Cue* cue = cue_at(tokens, s, first - d);
    if (cue && cue->scope == Scope::governs) return cue->tense;
  }
  return Tense::none;
}

Tense TenseCues::tense_near(const TokenTexts& tokens, const Sentence& s, std::size_t first,
                            std::size_t end) const {
  if (end < s.end_token) {
    const Cue* cue = cue_at(tokens, s, end);
    if (cue && cue->scope == Scope::after) return cue->tense;
  }
  if (Tense t = governing(tokens, s, first); t != Tense::none) return t;
  for (std::size_t d = 1; d <= kWindow; ++d) {
    for (bool before : {true, false}) {
      std::size_t i = before ? first - d : end - 1 + d;
      if (before ? first < s.first_token + d : i >= s.end_token) continue;
      const Cue* cue = cue_at(tokens, s, i);
      if (cue) {
        bool applies = cue->scope == Scope::near || (before && cue->scope == Scope::before) ||
                       (before && d == 1 && cue->scope == Scope::adjacent) ||
                       (before && cue->scope == Scope::infinitive && infinitive_at(tokens, s, i));
        if (applies && (cue->tense == Tense::future || !starts_upper(tokens.text[i]))) return cue->tense;
      }
      if (past_form(tokens.low[i]) && !starts_upper(tokens.text[i])) return Tense::past;
    }
  }
  return Tense::none;
}

}  // namespace chronicle::detail

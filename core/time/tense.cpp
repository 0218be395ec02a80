// Tense from cue words. Design: the nearest cue decides (before the expression first at
// equal distance), except for cues that govern a whole clause ("as soon as") and cues
// that only count right next to the expression ("by Friday", "Friday's"). With no cue
// within four tokens, the nearest one up to ten tokens before the expression decides: the
// clause's verb often stands further back ("would be traveling to the United States
// Thursday"), while what follows that far is mostly another clause.
#include "time/tense.h"

#include <algorithm>
#include <iterator>
#include <string_view>
#include <utility>

#include "language/language_data.h"
#include "timeml/event_lexicon.h"
#include "util/data_files.h"
#include "util/text.h"

namespace chronicle::detail {
namespace {

// How far from an expression a cue may be and still govern it.
constexpr std::size_t kWindow = 4;
constexpr std::size_t kGoverningWindow = 6;
// With no cue that near, the nearest verb before the expression within this distance
// decides ("would be traveling to the United States Thursday").
constexpr std::size_t kFarWindow = 10;

}  // namespace

TenseCues::TenseCues(const LanguageData& language) {
  const std::string cues_file = language.path("lexicons/tense_cues.tsv");
  static const std::unordered_map<std::string, Scope> kScopes = {{"near", Scope::near},
                                                                 {"before", Scope::before},
                                                                 {"adjacent", Scope::adjacent},
                                                                 {"after", Scope::after},
                                                                 {"governs", Scope::governs},
                                                                 {"infinitive", Scope::infinitive},
                                                                 {"participle", Scope::participle},
                                                                 {"modal", Scope::modal},
                                                                 {"perfect", Scope::perfect}};
  for (const auto& row : read_table(cues_file, "tense-cues", 3)) {
    const std::string& tense = row.fields[1];
    if (row.fields.size() > 3)
      for (const auto& ex : split_nonempty(row.fields[3], ';')) examples_.push_back(squeeze_space(ex));
    // Rows of tense "-" are word lists, named in the scope column.
    const std::pair<std::string_view, StringSet*> lists[] = {{"not-verb", &not_verbs_},
                                                             {"not-past", &not_past_},
                                                             {"auxiliary", &auxiliaries_},
                                                             {"present-be", &present_be_}};
    auto list = std::find_if(std::begin(lists), std::end(lists),
                             [&](const auto& l) { return tense == "-" && l.first == row.fields[2]; });
    if (list != std::end(lists)) {
      list->second->insert(row.fields[0]);
      continue;
    }
    auto scope = kScopes.find(row.fields[2]);
    if (scope == kScopes.end())
      data_error(cues_file, row.line, "unknown scope '" + row.fields[2] + "'");
    if (tense != "past" && tense != "future")
      data_error(cues_file, row.line, "tense must be past or future");
    Cue cue{split_nonempty(row.fields[0], ' '), tense == "past" ? Tense::past : Tense::future, scope->second};
    if (cue.words.empty()) data_error(cues_file, row.line, "empty cue");
    std::uint32_t last = last_words_.add(cue.words.back());
    if (by_last_word_.size() < last) by_last_word_.resize(last);
    by_last_word_[last - 1].push_back(std::move(cue));
  }
}

bool TenseCues::past_form(std::string_view low) const {
  return low.size() >= 4 && low.ends_with("ed") && !not_past_.count(low);
}

const TenseCues::Cue* TenseCues::cue_at(const TokenTexts& tokens, const Sentence& s, std::size_t i) const {
  std::uint32_t last = last_words_.find(tokens.low(i));
  if (last == 0) return nullptr;
  for (const Cue& cue : by_last_word_[last - 1]) {
    std::size_t n = cue.words.size();
    if (i + 1 < s.first_token + n) continue;
    bool match = true;
    for (std::size_t k = 0; k < n && match; ++k) match = tokens.low(i + 1 - n + k) == cue.words[k];
    if (match) return &cue;
  }
  return nullptr;
}

// "to" followed by a plain verb: a lowercase word that is no determiner, not in -ed or
// -ing, and, when WordNet knows it, has a verb sense ("shot to death Oct. 23": "death" is
// only a noun, so "to" is a preposition there).
bool TenseCues::infinitive_at(const TokenTexts& tokens, const Sentence& s, std::size_t i) const {
  if (i + 1 >= s.end_token) return false;
  std::string_view next = tokens.text(i + 1);
  std::string_view low = tokens.low(i + 1);
  if (next.empty() || starts_upper(next) || !(low[0] >= 'a' && low[0] <= 'z')) return false;
  if (not_verbs_.count(low) || past_form(low) || low.ends_with("ing")) return false;
  if (const auto* classes = wordnet_lexicon().classes_of(low))
    return std::any_of(classes->begin(), classes->end(),
                       [](const std::string& c) { return c.starts_with("v."); });
  return true;
}

bool TenseCues::after_auxiliary(const TokenTexts& tokens, const Sentence& s, std::size_t i) const {
  return i > s.first_token && auxiliaries_.count(tokens.low(i - 1));
}

// A passive or progressive after a present form of "be" ("will be named", "is being
// traded") is no past form of its own: the auxiliary before it decides.
bool TenseCues::after_present_be(const TokenTexts& tokens, const Sentence& s, std::size_t i) const {
  return i > s.first_token && present_be_.count(tokens.low(i - 1));
}

// A word in -ed right after a determiner is an adjective ("an unidentified man", "the
// troubled region"), no verb.
bool TenseCues::after_determiner(const TokenTexts& tokens, const Sentence& s, std::size_t i) const {
  return i > s.first_token && not_verbs_.count(tokens.low(i - 1));
}

Tense TenseCues::governing(const TokenTexts& tokens, const Sentence& s, std::size_t first) const {
  bool modal = false;  // a modal between a perfect and the expression starts its own verb
  for (std::size_t d = 1; d <= kGoverningWindow && first >= s.first_token + d; ++d) {
    const Cue* cue = cue_at(tokens, s, first - d);
    if (!cue) continue;
    if (cue->scope == Scope::governs) return cue->tense;
    if (cue->scope == Scope::modal) modal = true;
    if (cue->scope == Scope::perfect && !modal) return cue->tense;
  }
  return Tense::none;
}

// An expression that opens the sentence, set off by a comma ("Until Thursday, they had
// not called him"), belongs to the clause after the comma, whatever its preposition says.
Tense TenseCues::fronted(const TokenTexts& tokens, const Sentence& s, std::size_t first,
                         std::size_t end) const {
  if (first > s.first_token + 1 || end >= s.end_token || tokens.low(end) != ",") return Tense::none;
  for (std::size_t i = end + 1; i < s.end_token && i < end + kWindow; ++i) {
    const Cue* cue = cue_at(tokens, s, i);
    if (cue && (near_like(cue->scope) || cue->scope == Scope::participle)) return cue->tense;
    if (past_form(tokens.low(i)) && !starts_upper(tokens.text(i)) &&
        !after_present_be(tokens, s, i) && !after_determiner(tokens, s, i))
      return Tense::past;
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
  if (Tense t = fronted(tokens, s, first, end); t != Tense::none) return t;
  // a deadline ("by Friday") speaks of the future unless a past verb before it is near:
  // "had filed reports by Wednesday"
  Tense deadline = Tense::none;
  for (std::size_t d = 1; d <= kFarWindow; ++d) {
    if (d == kWindow + 1 && deadline != Tense::none) return deadline;
    for (bool before : {true, false}) {
      std::size_t i = before ? first - d : end - 1 + d;
      if (before ? first < s.first_token + d : i >= s.end_token) continue;
      // what follows beyond the near window is mostly another clause ("..., an official
      // said")
      if (!before && (d > kWindow || deadline != Tense::none)) continue;
      const Cue* cue = cue_at(tokens, s, i);
      if (cue && before && d == 1 && cue->scope == Scope::adjacent) {
        deadline = cue->tense;
        continue;
      }
      // beyond the near window only the verbs and auxiliaries of the clause count
      if (cue && d > kWindow && !near_like(cue->scope) && cue->scope != Scope::participle)
        cue = nullptr;
      if (cue && cue->scope == Scope::participle && after_auxiliary(tokens, s, i)) cue = nullptr;
      if (cue) {
        bool applies = near_like(cue->scope) || cue->scope == Scope::participle ||
                       (before && cue->scope == Scope::before) ||
                       (before && cue->scope == Scope::infinitive && infinitive_at(tokens, s, i));
        // "were planning", "was expected to": a plan made in the past for a time ahead
        if (applies && cue->tense == Tense::past && i + 1 < s.end_token) {
          const Cue* next = cue_at(tokens, s, i + 1);
          if (next && next->tense == Tense::future && next->scope == Scope::near)
            return Tense::future;
        }
        if (applies && (cue->tense == Tense::future || !starts_upper(tokens.text(i)))) return cue->tense;
      }
      if (past_form(tokens.low(i)) && !starts_upper(tokens.text(i)) &&
          !after_present_be(tokens, s, i) && !after_determiner(tokens, s, i))
        return Tense::past;
    }
  }
  return deadline;
}

}  // namespace chronicle::detail

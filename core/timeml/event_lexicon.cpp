// WordNet readings of word forms for the event tagger.
#include "timeml/event_lexicon.h"

#include <algorithm>
#include <array>
#include <sstream>

#include "language/language_data.h"
#include "util/data_files.h"

namespace chronicle::detail {
namespace {

struct Detachment {
  std::string_view suffix;
  std::string_view replacement;
};

// WordNet's morphy detachment rules for nouns, verbs and adjectives, in one list.
constexpr std::array<Detachment, 16> kRules = {{{"s", ""},
                                                {"ses", "s"},
                                                {"xes", "x"},
                                                {"zes", "z"},
                                                {"ches", "ch"},
                                                {"shes", "sh"},
                                                {"men", "man"},
                                                {"ies", "y"},
                                                {"es", "e"},
                                                {"es", ""},
                                                {"ed", "e"},
                                                {"ed", ""},
                                                {"ing", "e"},
                                                {"ing", ""},
                                                {"er", ""},
                                                {"est", ""}}};

std::vector<std::string> split_spaces(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string item; in >> item;) out.push_back(item);
  return out;
}

}  // namespace

// The lexicon is one per process, of the default language (see wordnet_lexicon()).
WordnetLexicon::WordnetLexicon() {
  auto language = LanguageData::load(kDefaultLanguage);
  const std::string lexicon_file = language->path("timeml/wordnet_lexicon.tsv");
  const std::string exceptions_file = language->path("timeml/wordnet_exceptions.tsv");
  for (const auto& row : read_table(lexicon_file, "timeml-wordnet", 2)) {
    auto classes = split_spaces(row.fields[1]);
    if (classes.empty()) data_error(lexicon_file, row.line, "a lemma without classes");
    classes_.emplace(row.fields[0], std::move(classes));
  }
  for (const auto& row : read_table(exceptions_file, "timeml-wordnet-exceptions", 2))
    exceptions_.emplace(row.fields[0], row.fields[1]);
}

std::vector<WordReading> WordnetLexicon::readings(std::string_view form) const {
  std::vector<WordReading> out;
  auto add = [&](const std::string& lemma, std::string_view rule) {
    auto it = classes_.find(lemma);
    if (it == classes_.end()) return;
    for (const auto& r : out)
      if (r.lemma == lemma) return;
    out.push_back({lemma, std::string(rule), &it->second});
  };
  const std::string word(form);
  add(word, "");
  auto [first, last] = exceptions_.equal_range(word);
  std::vector<std::string> irregular;
  for (auto it = first; it != last; ++it) irregular.push_back(it->second);
  std::sort(irregular.begin(), irregular.end());  // multimap order is unspecified
  for (const auto& lemma : irregular) add(lemma, "=");
  for (const auto& rule : kRules)
    if (word.size() > rule.suffix.size() + 1 && word.ends_with(rule.suffix))
      add(word.substr(0, word.size() - rule.suffix.size()) + std::string(rule.replacement),
          rule.suffix);
  return out;
}

bool WordnetLexicon::known(std::string_view form) const {
  if (classes_.contains(form)) return true;
  auto [first, last] = exceptions_.equal_range(form);
  for (auto it = first; it != last; ++it)
    if (classes_.contains(it->second)) return true;
  std::string lemma;
  for (const auto& rule : kRules)
    if (form.size() > rule.suffix.size() + 1 && form.ends_with(rule.suffix)) {
      lemma.assign(form.substr(0, form.size() - rule.suffix.size()));
      lemma += rule.replacement;
      if (classes_.contains(lemma)) return true;
    }
  return false;
}

const WordnetLexicon& wordnet_lexicon() {
  static const WordnetLexicon lexicon;
  return lexicon;
}

}  // namespace chronicle::detail

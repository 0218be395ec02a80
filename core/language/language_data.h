// The data of one language (core/data/<code>/): its tables and word lists by name and
// the word classes every stage tests tokens against, loaded once and shared by the
// stages, so that nothing English is written in a stage's code.
#pragma once

#include <bitset>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "util/data_files.h"
#include "util/text.h"

namespace chronicle::detail {

/// The language a pipeline reads when its options name none.
inline constexpr std::string_view kDefaultLanguage = "en";

/// One class of words of a language (lexicons/word_classes.tsv): case-folded words, each
/// with a value ("-" when the class gives none). Immutable after loading; thread-safe.
class WordClass {
 public:
  /// Whether `folded` (a token as DocumentAnalysis::lowered gives it) is in the class.
  bool contains(std::string_view folded) const {
    return may_contain(folded) && words_.find(folded) != words_.end();
  }
  /// The value of `folded`, or nullptr when it is not in the class.
  const std::string* value(std::string_view folded) const;
  /// The 1-based line of lexicons/word_classes.tsv that lists `folded`, or 0.
  int line(std::string_view folded) const;
  /// Every word of the class with its value.
  const StringMap<std::string>& words() const { return words_; }
  /// Adds a word (the loader's use).
  void add(std::string word, std::string value, int line);

 private:
  // a test on length and first byte that rules out most tokens before any hashing
  bool may_contain(std::string_view w) const {
    return w.size() >= min_size_ && w.size() <= max_size_ &&
           first_bytes_[static_cast<unsigned char>(w[0])];
  }
  StringMap<std::string> words_;
  StringMap<int> lines_;
  std::bitset<256> first_bytes_;
  std::size_t min_size_ = 1, max_size_ = 0;
};

/// An example row of lexicons/word_classes.tsv: "sentence => check" for a class.
struct WordClassExample {
  int line = 0;
  std::string word_class;
  std::string sentence;
  std::string check;
};

/// The data of one language. Made by load(); immutable; thread-safe.
class LanguageData {
 public:
  /// The data of the language `code` ("en"), loaded on first use and then shared.
  /// Throws std::runtime_error when core/data/<code>/ holds no language (no
  /// lexicons/word_classes.tsv) or when its word classes are broken (file:line).
  static std::shared_ptr<const LanguageData> load(std::string_view code);

  /// The language's code, as given to load().
  const std::string& code() const { return code_; }
  /// The data path of a file of this language: "lexicons/x.tsv" -> "en/lexicons/x.tsv",
  /// as read_table() and data_error() take it.
  std::string path(std::string_view relative) const;
  /// The rows of the language's table `relative` (see read_table()).
  std::vector<DataRow> table(std::string_view relative, std::string_view format,
                             std::size_t min_fields = 1) const;
  /// The contents of the language's file `relative`. Throws std::runtime_error when absent.
  std::string_view file(std::string_view relative) const;

  /// The word class `name`. Throws std::runtime_error when the language has no such class.
  const WordClass& words(std::string_view name) const;
  /// Whether a case-folded token is the possessive ending ("'s", "’s", a bare apostrophe).
  bool is_possessive(std::string_view folded) const { return possessive_->contains(folded); }
  /// The example rows of the word classes, in file order.
  const std::vector<WordClassExample>& examples() const { return examples_; }

 private:
  explicit LanguageData(std::string code);
  std::string code_;
  std::map<std::string, WordClass, std::less<>> classes_;
  std::vector<WordClassExample> examples_;
  const WordClass* possessive_ = nullptr;
};

/// The words that end a company's name (word class company_suffix): "Apple", "Apple Inc."
/// and "Apple Computer" are one company. Requires: `language` outlives it. Thread-safe.
class CompanySuffixes {
 public:
  explicit CompanySuffixes(const LanguageData& language)
      : words_(language.words("company_suffix")) {}
  /// Whether `word`, the last word of a name as written ("Inc.", "Holdings"), is a suffix:
  /// in the class when case-folded, with a final stop only after an abbreviation.
  bool ends_name(std::string_view word) const;
  /// Whether a case-folded token is an abbreviation that takes the stop after it into
  /// the name ("inc" of "Apple Inc.").
  bool takes_stop(std::string_view folded) const;

 private:
  const WordClass& words_;
};

/// The rows of a language-neutral table, core/data/common/<relative> (see read_table()).
std::vector<DataRow> common_table(std::string_view relative, std::string_view format,
                                  std::size_t min_fields = 1);
/// The data path of a language-neutral file: "event_types.tsv" -> "common/event_types.tsv".
std::string common_path(std::string_view relative);

}  // namespace chronicle::detail

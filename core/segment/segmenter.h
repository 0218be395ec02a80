// Segmentation: tokens and sentences with byte offsets into the original text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "chronicle/analysis.h"
#include "util/text.h"

namespace chronicle::detail {

class LanguageData;

/// Splits text into tokens (words, numbers, punctuation; possessive 's and n't apart)
/// and sentences (at . ! ? before a capital, a digit or a quote, unless the word is a
/// known abbreviation or an initial; always at a blank line). Immutable after
/// construction; thread-safe.
class Segmenter {
 public:
  /// Reads the language's abbreviations (lexicons/abbreviations.txt).
  explicit Segmenter(const LanguageData& language);
  std::vector<Token> tokenize(std::string_view text) const;
  std::vector<Sentence> split(std::string_view text, const std::vector<Token>& tokens) const;
  void process(DocumentAnalysis& doc) const;

 private:
  bool ends_sentence(std::string_view text, const std::vector<Token>& tokens, std::size_t i) const;
  StringSet abbreviations_;
};

/// Fills doc.lower_text from the document text unless it already matches it in length
/// (the segment stage fills it; stages that read it call this first, so that they also
/// work on an analysis whose tokens were set by hand).
void fill_lower_text(DocumentAnalysis& doc);

}  // namespace chronicle::detail

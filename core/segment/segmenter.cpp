// Tokens and sentences. Tokens keep byte spans; classification of code points goes
// through ICU so that curly quotes and dashes are punctuation and accented letters
// are letters.
#include "segment/segmenter.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>

#include "language/language_data.h"
#include "util/data_files.h"
#include "util/text.h"

namespace chronicle::detail {
namespace {

struct CodePoint {
  UChar32 c;
  std::size_t begin;
  std::size_t end;
};

CodePoint next_cp(std::string_view text, std::size_t pos) {
  // ASCII, nearly all of news text, needs no decoding
  if (static_cast<unsigned char>(text[pos]) < 0x80) return {static_cast<UChar32>(text[pos]), pos, pos + 1};
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  return {c, pos, static_cast<std::size_t>(i)};
}

bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }
// ASCII letters and digits by byte value: the innermost loop of tokenizing tests every
// byte of a word, and one load is cheaper than three range compares.
constexpr std::array<bool, 256> kAsciiAlnum = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c)
    table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return table;
}();
bool is_ascii_alnum(UChar32 c) { return c >= 0 && c < 0x80 && kAsciiAlnum[c]; }
// The ICU calls are exact but slow; ASCII is answered directly.
bool is_word_char(UChar32 c) {
  if (c >= 0 && c < 0x80) return is_ascii_alnum(c);
  return c >= 0 && (u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK);
}
bool is_space(UChar32 c) {
  if (c >= 0 && c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return c < 0 ? false : (u_isUWhiteSpace(c) != 0);
}

// A word runs over letters and digits; '.' and ',' stay inside numbers ("1.5", "10,000"),
// '.' stays inside dotted abbreviations ("U.S."), an apostrophe inside a word ("O'Brien")
// but not before a final s ("Russia's" -> "Russia", "'s").
std::size_t word_end(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end < text.size()) {
    // runs of ASCII letters and digits, most of every word, skip the general step
    while (end < text.size() && kAsciiAlnum[static_cast<unsigned char>(text[end])]) ++end;
    if (end >= text.size()) break;
    CodePoint cp = next_cp(text, end);
    if (is_word_char(cp.c)) {
      end = cp.end;
      continue;
    }
    // only these can continue a word; anything else (mostly a space) ends it at once
    if (cp.c != '.' && cp.c != ',' && !is_apostrophe(cp.c)) break;
    if (cp.end >= text.size()) break;
    CodePoint after = next_cp(text, cp.end);
    if (!is_word_char(after.c)) break;
    bool digits_around = u_isdigit(next_cp(text, end - 1).c) && u_isdigit(after.c);
    if ((cp.c == '.' || cp.c == ',') && digits_around) {
      end = cp.end;
      continue;
    }
    if (cp.c == '.' && u_isupper(after.c) && cp.end + 1 < text.size() &&
        next_cp(text, after.end).c == '.' && end - pos == 1) {
      end = cp.end;  // "U.S": the final stop is handled below
      continue;
    }
    if (is_apostrophe(cp.c)) {
      std::size_t rest = after.end;
      bool final_s = (after.c == 's' || after.c == 'S') &&
                     (rest >= text.size() || !is_word_char(next_cp(text, rest).c));
      bool nt = (after.c == 't') && end > pos && text[end - 1] == 'n';
      if (!final_s && !nt) {
        end = cp.end;
        continue;
      }
    }
    break;
  }
  // A dotted abbreviation keeps its final stop: "U.S." (letters and stops alternating).
  if (end < text.size() && text[end] == '.' && end - pos >= 3 && text[end - 2] == '.')
    ++end;
  return end;
}

Token::Kind kind_of(std::string_view word) {
  return all_digits(word.substr(0, 1)) ? Token::Kind::number : Token::Kind::word;
}

}  // namespace

Segmenter::Segmenter(const LanguageData& language) {
  for (const auto& row : language.table("lexicons/abbreviations.txt", "wordlist"))
    abbreviations_.insert(row.fields[0]);
}

std::vector<Token> Segmenter::tokenize(std::string_view text) const {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5 + 1);  // news English: about one token per 5.5 bytes
  std::size_t pos = 0;
  while (pos < text.size()) {
    CodePoint cp = next_cp(text, pos);
    if (is_space(cp.c)) {
      pos = cp.end;
      continue;
    }
    if (is_word_char(cp.c)) {
      std::size_t end = word_end(text, pos);
      // "n't" splits off its verb: "didn't" -> "did", "n't"
      if (end - pos > 1 && end < text.size() && text[end - 1] == 'n' &&
          is_apostrophe(next_cp(text, end).c)) {
        CodePoint apo = next_cp(text, end);
        if (apo.end < text.size() && text[apo.end] == 't') {
          tokens.push_back({{pos, end - 1}, kind_of(text.substr(pos, end - 1 - pos))});
          tokens.push_back({{end - 1, apo.end + 1}, Token::Kind::word});
          pos = apo.end + 1;
          continue;
        }
      }
      tokens.push_back({{pos, end}, kind_of(text.substr(pos, end - pos))});
      pos = end;
      continue;
    }
    if (is_apostrophe(cp.c) && cp.end < text.size()) {
      CodePoint after = next_cp(text, cp.end);
      if ((after.c == 's' || after.c == 'S' || after.c == 't') && !tokens.empty() &&
          tokens.back().span.end == pos &&
          (after.end >= text.size() || !is_word_char(next_cp(text, after.end).c))) {
        tokens.push_back({{pos, after.end}, Token::Kind::word});
        pos = after.end;
        continue;
      }
    }
    tokens.push_back({{cp.begin, cp.end}, Token::Kind::punct});
    pos = cp.end;
  }
  return tokens;
}

bool Segmenter::ends_sentence(std::string_view text, const std::vector<Token>& tokens,
                              std::size_t i) const {
  std::string_view tok = text.substr(tokens[i].span.begin, tokens[i].span.size());
  // every candidate below ends in one of these bytes ("\xE2\x80\xA6" is the ellipsis);
  // most tokens are ruled out by one compare
  char last = tok.empty() ? '\0' : tok.back();
  if (last != '.' && last != '!' && last != '?' && last != '\xA6') return false;
  bool terminal = tok == "." || tok == "!" || tok == "?" || tok == "\xE2\x80\xA6";
  bool dotted_word = tok.size() > 1 && tok.back() == '.';
  if (!terminal && !dotted_word) return false;
  if (i + 1 >= tokens.size()) return true;
  std::string_view next = text.substr(tokens[i + 1].span.begin, tokens[i + 1].span.size());
  if (!(starts_upper(next) || all_digits(next.substr(0, 1)) || tokens[i + 1].kind == Token::Kind::punct))
    return false;
  // A dotted abbreviation ("U.S.") is taken as never ending a sentence: "the U.S. Embassy"
  // is far more common in news than a sentence ending in one.
  if (dotted_word) return false;
  if (tok == "." && i > 0) {
    std::string_view prev = text.substr(tokens[i - 1].span.begin, tokens[i - 1].span.size());
    if (tokens[i - 1].span.end == tokens[i].span.begin) {
      if (abbreviations_.count(lower(prev))) return false;
      if (prev.size() == 1 && starts_upper(prev)) return false;  // an initial: "J. Smith"
    }
  }
  return true;
}

std::vector<Sentence> Segmenter::split(std::string_view text,
                                       const std::vector<Token>& tokens) const {
  std::vector<Sentence> sentences;
  std::size_t first = 0;
  auto close = [&](std::size_t end_token) {
    if (end_token <= first) return;
    sentences.push_back({{tokens[first].span.begin, tokens[end_token - 1].span.end}, first, end_token});
    first = end_token;
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (i > first) {
      std::string_view gap = text.substr(tokens[i - 1].span.end,
                                         tokens[i].span.begin - tokens[i - 1].span.end);
      // (a blank line needs two bytes at least; most gaps are one space)
      if (gap.size() >= 2 && (gap.find("\n\n") != std::string_view::npos ||
                              gap.find("\n\r\n") != std::string_view::npos))
        close(i);
    }
    if (!ends_sentence(text, tokens, i)) continue;
    std::size_t end = i + 1;
    // closing quotes and brackets right after the stop stay with the sentence
    while (end < tokens.size() && tokens[end].kind == Token::Kind::punct) {
      std::string_view p = text.substr(tokens[end].span.begin, tokens[end].span.size());
      bool closer = p == "\"" || p == "'" || p == ")" || p == "\xE2\x80\x9D" || p == "\xE2\x80\x99";
      if (!closer) break;
      ++end;
    }
    close(end);
    i = end - 1;
  }
  close(tokens.size());
  return sentences;
}

void Segmenter::process(DocumentAnalysis& doc) const {
  doc.tokens = tokenize(doc.document.text);
  doc.sentences = split(doc.document.text, doc.tokens);
  lower_into(doc.document.text, doc.lower_text);
}

void fill_lower_text(DocumentAnalysis& doc) {
  if (doc.lower_text.size() != doc.document.text.size()) lower_into(doc.document.text, doc.lower_text);
}

}  // namespace chronicle::detail

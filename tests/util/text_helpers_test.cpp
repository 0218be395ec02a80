// Text helpers the stages lean on for speed: lowercasing into a reused buffer, the
// lowercased text of an analysis, whitespace squeezing, the word filter in front of the
// lexicon tables, and lookups by string_view.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <catch2/catch.hpp>

#include "segment/segmenter.h"
#include "stage_support.h"
#include "util/text.h"

using namespace chronicle;
using namespace chronicle::detail;

namespace {

// The plain definitions the faster helpers must agree with: code point by code point,
// the lowercase when it has as many UTF-8 bytes, else the bytes as they were.
std::string lower_reference(std::string_view s) {
  std::string out;
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  for (int32_t i = 0, n = static_cast<int32_t>(s.size()); i < n;) {
    int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, n, c);
    UChar32 low = c < 0 ? c : u_tolower(c);
    if (c < 0 || U8_LENGTH(low) != i - start) {
      out.append(s.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
      continue;
    }
    char buffer[4];
    int32_t at = 0;
    U8_APPEND_UNSAFE(buffer, at, low);
    out.append(buffer, static_cast<std::size_t>(at));
  }
  return out;
}

std::string squeeze_reference(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

const std::vector<std::string> kSamples = {
    "",
    " ",
    "Abc",
    "ABC xyz",
    "  Leading and trailing  ",
    "new\nline\r\n\tand\ftabs",
    "@[`{ Z A z a",
    "Caf\xC3\xA9 \xC3\x89LYS\xC3\x89\xC3\x89S",
    "M\xC3\xBCller\xE2\x80\x99s  \n\n  ISTANBUL",
    "x",
    "a  b",
    "\t\tonly spaces\t\t",
    "\xC4\xB0stanbul \xE2\x84\xAA \xCE\xA3\xCE\x9F\xCE\xA6\xCE\x8A\xCE\x91",
    "bad \xC3 tail \xFF\xFE"};

}  // namespace

TEST_CASE("util: lower_into folds every letter whose lowercase keeps its length", "[util]") {
  std::string buffer = "left over from before, longer than some samples";
  for (const auto& s : kSamples) {
    lower_into(s, buffer);
    CHECK(buffer == lower_reference(s));
    CHECK(buffer.size() == s.size());
    CHECK(lower(s) == lower_reference(s));
  }
  std::string all;
  for (int c = 1; c < 256; ++c) all += static_cast<char>(c);
  CHECK(lower(all) == lower_reference(all));
}

TEST_CASE("util: split_nonempty leaves out empty pieces", "[util]") {
  using V = std::vector<std::string>;
  CHECK(split_nonempty("a||b|", '|') == V{"a", "b"});
  CHECK(split_nonempty("|kill|killed", '|') == V{"kill", "killed"});
  CHECK(split_nonempty("as soon as", ' ') == V{"as", "soon", "as"});
  CHECK(split_nonempty("one", ' ') == V{"one"});
  CHECK(split_nonempty("", ' ').empty());
  CHECK(split_nonempty(";;", ';').empty());
}

TEST_CASE("util: squeeze_space collapses whitespace runs and trims", "[util]") {
  for (const auto& s : kSamples) CHECK(squeeze_space(s) == squeeze_reference(s));
  CHECK(squeeze_space("  the\n\nU.S.   Embassy ") == "the U.S. Embassy");
}

TEST_CASE("util: a word filter never says no to a word it holds", "[util]") {
  WordFilter filter;
  CHECK_FALSE(filter.may_contain("president"));
  std::vector<std::string> words;
  for (int i = 0; i < 2000; ++i) words.push_back("w" + std::to_string(i * 7919));
  words.insert(words.end(), {"", "the", "united", "\xE2\x80\x99s", "prime"});
  for (const auto& w : words) filter.add(w);
  for (const auto& w : words) CHECK(filter.may_contain(w));
  // with a few thousand words in 65,536 bits most other words are still told apart
  int maybe = 0;
  for (int i = 0; i < 1000; ++i) maybe += filter.may_contain("other" + std::to_string(i)) ? 1 : 0;
  CHECK(maybe < 100);
}

TEST_CASE("util: string maps are searched by string_view", "[util]") {
  StringMap<int> map{{"minister", 1}, {"ministry", 2}};
  std::string text = "the ministry said";
  std::string_view word = std::string_view(text).substr(4, 8);
  REQUIRE(map.find(word) != map.end());
  CHECK(map.find(word)->second == 2);
  CHECK(map.find(std::string_view(text).substr(0, 3)) == map.end());
  StringSet set{"inc", "corp"};
  CHECK(set.count(std::string_view("corp.").substr(0, 4)) == 1);
}

TEST_CASE("segment: the analysis holds the lowercased text, span for span", "[segment]") {
  auto a = chronicle::testing::analyze_text("Prime Minister MODI met \xC3\x89mile in PARIS.", "",
                                            {"segment"});
  REQUIRE(a.lower_text.size() == a.document.text.size());
  for (const auto& t : a.tokens) CHECK(a.lowered(t.span) == lower(a.text(t.span)));
  CHECK(a.lowered(a.tokens[0].span) == "prime");
  // a stage run on an analysis whose text was never lowercased fills it first
  DocumentAnalysis b;
  b.document.text = "The UN Said";
  fill_lower_text(b);
  CHECK(b.lower_text == "the un said");
  fill_lower_text(b);
  CHECK(b.lower_text == "the un said");
}

// Segmentation: tokens keep byte offsets; sentences split at stops but not at
// abbreviations, initials or numbers.
#include <catch2/catch.hpp>

#include "stage_support.h"

using chronicle::testing::analyze_text;

namespace {

std::vector<std::string> sentence_texts(const chronicle::DocumentAnalysis& a) {
  std::vector<std::string> out;
  for (const auto& s : a.sentences) out.emplace_back(a.text(s.span));
  return out;
}

std::vector<std::string> token_texts(const chronicle::DocumentAnalysis& a) {
  std::vector<std::string> out;
  for (const auto& t : a.tokens) out.emplace_back(a.text(t.span));
  return out;
}

}  // namespace

TEST_CASE("segment: sentences split at stops, not at abbreviations or initials", "[segment]") {
  auto a = analyze_text("Mr. Smith met the U.S. envoy. J. Doe said 3.5 million left! Did they? Yes.",
                        "", {"segment"});
  CHECK(sentence_texts(a) == std::vector<std::string>{"Mr. Smith met the U.S. envoy.",
                                                      "J. Doe said 3.5 million left!", "Did they?", "Yes."});
}

TEST_CASE("segment: a closing quote stays with its sentence and blank lines split", "[segment]") {
  auto a = analyze_text("\"We agreed.\" Modi said\n\nNew paragraph", "", {"segment"});
  CHECK(sentence_texts(a) == std::vector<std::string>{"\"We agreed.\"", "Modi said", "New paragraph"});
}

TEST_CASE("segment: possessives, n't and curly quotes are tokens of their own", "[segment]") {
  auto a = analyze_text("Russia\xE2\x80\x99s envoy didn't call \xE2\x80\x9Cnow\xE2\x80\x9D.", "", {"segment"});
  CHECK(token_texts(a) == std::vector<std::string>{"Russia", "\xE2\x80\x99s", "envoy", "did", "n't", "call",
                                                   "\xE2\x80\x9C", "now", "\xE2\x80\x9D", "."});
}

TEST_CASE("segment: token offsets point at the original bytes", "[segment]") {
  std::string text = "Zürich  hosted\ttalks, 2021-08-24.";
  auto a = analyze_text(text, "", {"segment"});
  for (const auto& t : a.tokens) {
    CHECK(t.span.end <= text.size());
    CHECK(text.substr(t.span.begin, t.span.size()) == std::string(a.text(t.span)));
  }
  CHECK(token_texts(a).front() == "Zürich");
}

// Escaping for DOT and HTML, UTF-8 safe shortening, URL checks and layout_engine().
#include "escape.h"

#include <catch2/catch.hpp>
#include <string>

#include "chronicle/render.h"
#include "text_width.h"

using namespace chronicle;
using namespace chronicle::detail;

TEST_CASE("render: DOT strings escape quotes and backslashes", "[render]") {
  CHECK(dot_escape(R"(say "hi" \ {x|y} <b>)") == R"(say \"hi\" \\ {x|y} <b>)");
  CHECK(dot_escape("two\nlines") == "two\\nlines");
  CHECK(dot_escape("tab\tbell\a") == "tabbell");
  CHECK(dot_escape(R"(\N\G)") == R"(\\N\\G)");  // never a Graphviz escape sequence
  CHECK(dot_quote("a\"b") == "\"a\\\"b\"");
}

TEST_CASE("render: HTML text escapes markup characters", "[render]") {
  CHECK(html_escape("<script>alert('x')</script> & \"q\"") ==
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
  CHECK(html_escape("plain café") == "plain café");
}

TEST_CASE("render: invalid UTF-8 becomes the replacement character", "[render]") {
  const std::string replacement = "\xEF\xBF\xBD";
  CHECK(dot_escape("a\xFF b") == "a" + replacement + " b");
  CHECK(html_escape("\xC3") == replacement);
  CHECK(valid_utf8("ok \xE2\x82") == "ok " + replacement + replacement);
  CHECK(valid_utf8("\xED\xA0\x80") == replacement + replacement + replacement);  // a surrogate
  CHECK(utf8_length("Zürich") == 6);
}

TEST_CASE("render: shorten never cuts a multibyte character", "[render]") {
  const std::string text = "Zürich–Genève ≈ 東京 🚀 talks";
  const std::size_t length = utf8_length(text);
  for (std::size_t max = 1; max <= length + 2; ++max) {
    const std::string s = shorten(text, max);
    INFO("max " << max << ": " << s);
    CHECK(valid_utf8(s) == s);
    CHECK(utf8_length(s) <= max);
    if (max < length)
      CHECK(s.substr(s.size() - 3) == "\xE2\x80\xA6");
    else
      CHECK(s == text);
  }
}

TEST_CASE("render: shorten collapses whitespace and bounds very long names", "[render]") {
  CHECK(shorten("  Narendra \n  Modi  ", 40) == "Narendra Modi");
  CHECK(shorten("abcdef", 6) == "abcdef");
  CHECK(shorten("abcdefg", 6) == "abcde\xE2\x80\xA6");
  CHECK(shorten("abc defg", 5) == "abc\xE2\x80\xA6");  // no space before the ellipsis
  const std::string long_name(5000, 'x');
  CHECK(utf8_length(shorten(long_name, 28)) == 28);
}

TEST_CASE("render: only http and https URLs become links", "[render]") {
  CHECK(is_safe_url("https://example.com/a?b=1&c=2"));
  CHECK(is_safe_url("HTTP://EXAMPLE.COM"));
  CHECK_FALSE(is_safe_url("javascript:alert(1)"));
  CHECK_FALSE(is_safe_url("data:text/html,<script>"));
  CHECK_FALSE(is_safe_url("https://"));
  CHECK_FALSE(is_safe_url("https://a.com/\" onmouseover=\"x"));
  CHECK_FALSE(is_safe_url(""));
}

TEST_CASE("render: text width estimates grow with the text", "[render]") {
  CHECK(text_width("", 10) > 0);
  CHECK(text_width("WWWW", 10) > text_width("iiii", 10));
  CHECK(text_width("東京", 10) >= 20);
  CHECK(text_width("abc", 20) == Approx(2 * text_width("abc", 10)));
}

TEST_CASE("render: layout_engine reads the layout graph attribute", "[render]") {
  struct Case {
    const char* dot;
    const char* engine;
  };
  const Case cases[] = {
      {"graph g { layout=neato; a -- b }", "neato"},
      {"digraph { graph [layout=\"sfdp\", splines=true] a -> b }", "sfdp"},
      {"graph { layout = fdp }", "fdp"},
      {"graph { a [label=\"layout=circo\"] }", "dot"},
      {"graph { // layout=circo\n a }", "dot"},
      {"graph { /* layout=circo */ a }", "dot"},
      {"graph { mylayout=circo; a }", "dot"},
      {"graph { a -- b }", "dot"},
      {"", "dot"},
  };
  for (const auto& c : cases) {
    INFO(c.dot);
    CHECK(layout_engine(c.dot) == c.engine);
  }
}

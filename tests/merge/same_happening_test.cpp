// Every example pair of lexicons/same_happening.tsv, run through the pipeline and the
// merge: the first sentence reports the row's key, the second the key it is read as, and
// the merge makes one happening of the two.
#include <algorithm>
#include <catch2/catch.hpp>

#include "chronicle/pipeline.h"
#include "language/language_data.h"
#include "merge_support.h"

using chronicle::testing::part;

namespace {

// The first report of `g` whose "type|merge key" is `key`, if any.
const chronicle::Event* report_of(const chronicle::EventGraph& g, const std::string& key) {
  auto it = std::find_if(g.events.begin(), g.events.end(),
                         [&](const chronicle::Event& e) { return e.type + "|" + e.lemma == key; });
  return it == g.events.end() ? nullptr : &*it;
}

// The happening of `g` with a mention of `report`'s trigger in document `doc`.
const chronicle::Event* happening_of(const chronicle::EventGraph& g, const std::string& doc,
                                     const chronicle::Event& report) {
  const auto& at = report.mentions.front().trigger;
  for (const auto& e : g.events)
    for (const auto& m : e.mentions)
      if (m.doc == doc && m.trigger == at) return &e;
  return nullptr;
}

}  // namespace

TEST_CASE("merge: every example pair of same_happening.tsv is one happening", "[merge]") {
  auto en = chronicle::detail::LanguageData::load("en");
  const auto rows = en->table("lexicons/same_happening.tsv", "same-happening", 3);
  REQUIRE(rows.size() >= 2);
  for (const auto& row : rows) {
    INFO("core/data/" << en->path("lexicons/same_happening.tsv") << ":" << row.line << ": "
                      << row.fields[2]);
    const std::string& example = row.fields[2];
    const auto slash = example.find(" / ");
    REQUIRE(slash != std::string::npos);
    const auto a = part("a", "2021-08-25", example.substr(0, slash));
    const auto b = part("b", "2021-08-25", example.substr(slash + 3));
    const chronicle::Event* first = report_of(a, row.fields[0]);
    const chronicle::Event* second = report_of(b, row.fields[1]);
    REQUIRE(first != nullptr);
    REQUIRE(second != nullptr);
    const auto merged = chronicle::merge({a, b});
    const chronicle::Event* happening = happening_of(merged, "a", *first);
    REQUIRE(happening != nullptr);
    CHECK(happening == happening_of(merged, "b", *second));
    CHECK(happening->sources == 2);
  }
}

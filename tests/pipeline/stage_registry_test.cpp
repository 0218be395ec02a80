// The stage registry: chains are checked when a Pipeline is built, and every stage's
// declaration of what it needs and provides is what it really reads and writes.
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <stdexcept>
#include <string>

#include "chronicle/pipeline.h"

namespace {

using chronicle::DocumentAnalysis;

// A fingerprint of one analysis part, to tell whether a stage changed it.
std::string fingerprint(const DocumentAnalysis& a, std::string_view part) {
  std::string f;
  auto span = [&f](chronicle::Span s) {
    f += std::to_string(s.begin) + "-" + std::to_string(s.end) + ";";
  };
  if (part == "tokens") {
    f = a.lower_text;
    for (const auto& t : a.tokens) span(t.span);
  } else if (part == "sentences") {
    for (const auto& s : a.sentences) span(s.span);
  } else if (part == "timexes") {
    for (const auto& t : a.timexes)
      f += t.tid + "=" + t.value + "@" + std::to_string(t.span.begin) + ";";
  } else if (part == "actors") {
    for (const auto& x : a.actors) f += x.id + ";";
    for (const auto& m : a.actor_mentions) span(m.span);
  } else if (part == "events") {
    for (const auto& e : a.events) f += e.id + ";";
  }
  return f;
}

bool has(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

TEST_CASE("pipeline: the default chain is the registry in order and passes the check",
          "[pipeline]") {
  CHECK(chronicle::Options{}.stages == chronicle::stage_names());
  CHECK_NOTHROW(chronicle::check_stage_chain(chronicle::stage_names()));
  for (const auto& s : chronicle::stage_registry()) {
    CHECK(chronicle::find_stage(s.name) == &s);
    CHECK_FALSE(s.help.empty());
    for (const auto& part : s.needs)
      CHECK(has({chronicle::kAnalysisParts.begin(), chronicle::kAnalysisParts.end()}, part));
    for (const auto& part : s.provides)
      CHECK(has({chronicle::kAnalysisParts.begin(), chronicle::kAnalysisParts.end()}, part));
  }
  CHECK(chronicle::find_stage("parse") == nullptr);
}

TEST_CASE("pipeline: a chain that cannot work is refused when the pipeline is built",
          "[pipeline]") {
  using Catch::Matchers::Contains;
  auto refused = [](std::vector<std::string> stages) {
    chronicle::Options o;
    o.stages = std::move(stages);
    try {
      chronicle::Pipeline p(o);
    } catch (const std::invalid_argument& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  CHECK_THAT(refused({"events"}),
             Contains("'events' needs tokens") && Contains("'segment' stage provides it"));
  CHECK_THAT(refused({"segment", "actors"}),
             Contains("'actors' needs timexes") && Contains("'time'"));
  CHECK_THAT(refused({"segment", "time", "events"}), Contains("'events' needs actors"));
  CHECK_THAT(refused({"time", "segment"}), Contains("'time' needs tokens"));
  CHECK_THAT(refused({"segment", "segment"}), Contains("'segment' comes twice"));
  CHECK_THAT(refused({"segment", "parse"}), Contains("unknown stage 'parse'"));
  CHECK(refused({}).empty());
  CHECK(refused({"segment"}).empty());
  CHECK(refused({"segment", "time"}).empty());
  CHECK(refused({"segment", "time", "actors"}).empty());
}

TEST_CASE("pipeline: each stage writes what it declares and nothing else", "[pipeline]") {
  chronicle::Options options;
  DocumentAnalysis a;
  a.document.id = "registry";
  a.document.dct = chronicle::parse_day("2021-08-25");
  a.document.text =
      "Prime Minister Narendra Modi met Vladimir Putin in Moscow on Tuesday. Modi said India "
      "would sign the agreement next week. Russia's foreign ministry welcomed the talks.";
  for (const auto& info : chronicle::stage_registry()) {
    INFO("stage " << info.name);
    std::map<std::string_view, std::string> before;
    for (auto part : chronicle::kAnalysisParts) before[part] = fingerprint(a, part);
    chronicle::make_stage(info.name, options)->process(a);
    for (auto part : chronicle::kAnalysisParts) {
      INFO("part " << part);
      if (has(info.provides, part))
        CHECK(fingerprint(a, part) != before[part]);
      else
        CHECK(fingerprint(a, part) == before[part]);
    }
  }
}

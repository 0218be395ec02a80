// Merge is a function of the set of single results: any grouping and order of them, merged
// groups merged again (through their JSON or not), and repeats all give the bytes of one
// merge of all, actor folding included.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <random>

#include "chronicle/ingest.h"
#include "chronicle/json.h"
#include "chronicle/pipeline.h"
#include "merge/actor_merge.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace chronicle;
using chronicle::testing::read_file;
using chronicle::testing::shared_dir;
using chronicle::testing::source_dir;

namespace {

std::vector<EventGraph> single_results_of(const Ingested& in) {
  Pipeline pipeline;
  std::vector<EventGraph> results;
  for (const auto& d : in.documents) results.push_back(Pipeline::to_graph(pipeline.analyze(d)));
  return results;
}

// The samples and, when the corpus is there, the first articles of two agencies' accounts
// of one story, so that reports and actors meet across documents.
std::vector<EventGraph> corpus_results() {
  std::vector<std::string> samples;
  for (const auto& e : fs::directory_iterator(source_dir() / "samples"))
    if (e.path().extension() == ".txt") samples.push_back(e.path().string());
  std::sort(samples.begin(), samples.end());
  auto results = single_results_of(read_inputs(samples));
  const auto shared = shared_dir();
  if (!shared || !fs::exists(*shared / "data" / "timeline17")) {
    WARN("timeline17 (../shared/data/timeline17) is absent: grouping checked on the samples only");
    return results;
  }
  for (const char* story : {"SyrianCrisis_bbc", "SyrianCrisis_reuters"}) {
    auto articles =
        nlohmann::json::parse(read_file(*shared / "data" / "timeline17" / story / "articles.json"));
    if (articles.size() > 15) articles.erase(articles.begin() + 15, articles.end());
    auto more = single_results_of(parse_input(std::string(story) + ".json", articles.dump()));
    std::move(more.begin(), more.end(), std::back_inserter(results));
  }
  return results;
}

EventGraph through_json(const EventGraph& g) {
  auto back = from_json(to_json(g, -1), "part.json");
  REQUIRE(back.ok());
  return std::move(back).value();
}

// Merges `results` in a random grouping: shuffled, split into groups, some groups merged
// inside other groups, some read back from their JSON.
EventGraph merged_in_groups(std::vector<EventGraph> results, std::mt19937& random) {
  std::shuffle(results.begin(), results.end(), random);
  std::vector<EventGraph> level = std::move(results);
  while (level.size() > 1) {
    std::uniform_int_distribution<std::size_t> size(1, std::max<std::size_t>(2, level.size() / 2));
    std::vector<EventGraph> next;
    for (std::size_t i = 0; i < level.size();) {
      std::size_t n = std::min(size(random), level.size() - i);
      std::vector<EventGraph> group(std::make_move_iterator(level.begin() + i),
                                    std::make_move_iterator(level.begin() + i + n));
      i += n;
      EventGraph m = merge(std::move(group));
      next.push_back(random() % 2 ? through_json(m) : std::move(m));
    }
    std::shuffle(next.begin(), next.end(), random);
    level = std::move(next);
  }
  return merge(std::move(level));
}

EventGraph one_document(const std::string& id, std::vector<Actor> actors,
                        std::vector<Event> events) {
  EventGraph g;
  g.documents.push_back({id, parse_day("2021-08-25"), "", "", id + ".txt"});
  g.actors = std::move(actors);
  g.events = std::move(events);
  return g;
}

Actor actor(const std::string& id, const std::string& name, ActorKind kind) {
  Actor a;
  a.id = id;
  a.name = name;
  a.kind = kind;
  a.aliases = {name};
  a.mentions = 1;
  return a;
}

Event spoke(const std::string& doc, std::vector<std::string> who) {
  Event e;
  e.id = doc + "@10";
  e.type = "consult";
  e.lemma = "speak";
  e.trigger = "spoke";
  for (const auto& w : who) e.participants.push_back({w, "participant"});
  e.mentions.push_back({doc, {0, 30}, {10, 15}, "They spoke."});
  e.sources = 1;
  return e;
}

}  // namespace

TEST_CASE("merge: any grouping and order of the single results gives the bytes of one merge",
          "[merge]") {
  const auto results = corpus_results();
  REQUIRE(results.size() >= 4);
  const std::string all = to_json(merge(results));
  for (unsigned seed = 1; seed <= 5; ++seed) {
    INFO("grouping seed " << seed);
    std::mt19937 random(seed);
    CHECK(to_json(merged_in_groups(results, random)) == all);
  }
}

TEST_CASE("merge: the threads it may use do not change a byte", "[merge]") {
  const auto results = corpus_results();
  const std::string one = to_json(merge(results, 1));
  CHECK(to_json(merge(results, 2)) == one);
  CHECK(to_json(merge(results, 0)) == one);
}

TEST_CASE("merge: actors are folded as one merge of all folds them, whatever was merged first",
          "[merge]") {
  // "Modi" joins "Narendra Modi" when he is the only Modi, but not once "Rahul Modi"
  // is known too: a merge of a and b alone must not decide it for the merge with c.
  auto a = one_document(
      "a", {actor("modi", "Modi", ActorKind::person), actor("putin", "Putin", ActorKind::person)},
      {spoke("a", {"modi", "putin"})});
  auto b = one_document("b", {actor("narendra-modi", "Narendra Modi", ActorKind::person)},
                        {spoke("b", {"narendra-modi"})});
  auto c = one_document("c", {actor("rahul-modi", "Rahul Modi", ActorKind::person)},
                        {spoke("c", {"rahul-modi"})});
  const EventGraph all = merge({a, b, c});
  REQUIRE(all.find_actor("modi") != nullptr);  // two Modis: the surname stays apart
  CHECK(merge({a, b}).find_actor("modi") == nullptr);
  CHECK(to_json(merge({merge({a, b}), c})) == to_json(all));
  CHECK(to_json(merge({through_json(merge({b, a})), through_json(merge({c}))})) == to_json(all));
}

TEST_CASE("merge: a single result given twice counts once", "[merge]") {
  auto results = corpus_results();
  REQUIRE(results.size() >= 4);
  const EventGraph all = merge(results);
  const std::string bytes = to_json(all);
  CHECK(to_json(merge({all, all})) == bytes);
  CHECK(to_json(merge({all, results[1]})) == bytes);
  CHECK(to_json(merge({merge({results[0], results[1]}), all, results[0]})) == bytes);
  auto twice = results;
  twice.insert(twice.end(), results.begin(), results.end());
  const EventGraph again = merge(twice);
  REQUIRE(again.events.size() == all.events.size());
  for (std::size_t i = 0; i < all.events.size(); ++i) {
    CHECK(again.events[i].sources == all.events[i].sources);
    CHECK(again.events[i].mentions.size() == all.events[i].mentions.size());
  }
  for (std::size_t i = 0; i < all.actors.size(); ++i)
    CHECK(again.actors[i].mentions == all.actors[i].mentions);
}

TEST_CASE("merge: two different results of one document are both kept, in a fixed order",
          "[merge]") {
  auto a = one_document("a", {actor("modi", "Modi", ActorKind::person)}, {spoke("a", {"modi"})});
  auto other =
      one_document("a", {actor("putin", "Putin", ActorKind::person)}, {spoke("a", {"putin"})});
  const EventGraph g = merge({a, other});
  CHECK(g.documents.size() == 1);
  CHECK(g.reports.size() == 2);
  CHECK(to_json(merge({other, a})) == to_json(g));
  CHECK(to_json(merge({merge({other}), merge({a, other})})) == to_json(g));
}

TEST_CASE("merge: the actor part done alone folds the actors merge() folds", "[merge]") {
  const auto results = corpus_results();
  CHECK(chronicle::detail::merged_actor_count(results) == merge(results).actors.size());
}

// Streaming and parallel extraction, and the merge of part results: `extract -` as a
// JSON Lines filter, --jobs N giving the bytes of --jobs 1, `merge` giving the same bytes
// for any grouping and order of parts, --strict, and a silent progress line off a terminal.
#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "chronicle/pipeline.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace chronicle::testing;

namespace {

CommandResult chronicle_cmd(std::vector<std::string> args, const std::string& input = "") {
  args.insert(args.begin(), chronicle_binary().string());
  return run(args, input);
}

std::vector<std::string> sample_files() {
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(source_dir() / "samples"))
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(line + "\n");
  return lines;
}

std::string join(const std::vector<std::string>& lines) {
  std::string all;
  for (const auto& l : lines) all += l;
  return all;
}

// Per-document results of the samples (and the seeds, when ../shared is present).
std::vector<std::string> per_document_results() {
  auto files = sample_files();
  if (auto shared = shared_dir(); shared && fs::exists(*shared / "seeds"))
    for (const auto& e : fs::directory_iterator(*shared / "seeds"))
      if (e.path().extension() == ".txt") files.push_back(e.path().string());
  std::vector<std::string> args = {"extract", "--format", "jsonl", "--quiet"};
  args.insert(args.end(), files.begin(), files.end());
  auto r = chronicle_cmd(args);
  REQUIRE(r.exit_code == 0);
  return lines_of(r.out);
}

const char* const kFeed =
    R"({"id": "a", "date": "2021-08-25", "text": "Modi and Putin spoke on Tuesday."})"
    "\n"
    R"({"date": "2021-08-26", "text": "Russia criticised NATO on Wednesday."})"
    "\n"
    "\n"
    R"({"id": "a", "date": "2021-08-27", "text": "India and Russia signed an agreement."})"
    "\n";

}  // namespace

TEST_CASE("streaming: extract - reads JSON Lines and writes one result per line in order",
          "[cli][streaming]") {
  auto r = chronicle_cmd({"extract", "-", "--format", "jsonl", "--jobs", "2"}, kFeed);
  REQUIRE(r.exit_code == 0);
  auto lines = lines_of(r.out);
  REQUIRE(lines.size() == 3);
  CHECK_THAT(lines[0], Catch::Contains(R"("id":"a")"));
  CHECK_THAT(lines[1], Catch::Contains(R"("id":"stdin-2")"));
  CHECK_THAT(lines[1], Catch::Contains(R"("source":"stdin:2")"));
  CHECK_THAT(lines[2], Catch::Contains(R"("id":"a~2")"));
  // The same as reading the whole input first, and the same for any number of jobs.
  CHECK(chronicle_cmd({"extract", "-", "--format", "jsonl", "--jobs", "1"}, kFeed).out == r.out);
  TempDir dir;
  auto file = dir.write("feed.jsonl", kFeed);
  auto whole = chronicle_cmd({"extract", file.string(), "--format", "jsonl"});
  CHECK(whole.exit_code == 0);
  CHECK(lines_of(whole.out).size() == 3);
}

TEST_CASE("streaming: lines longer than a read, a last line without a newline, warnings",
          "[cli][streaming]") {
  // Standard input is read in blocks of 64 KiB: a line spans several of them here, the
  // last line has no '\n', and the repeated id warns on the reading thread while
  // results are written on another.
  std::string feed;
  const std::string long_text(200000, 'x');
  for (int i = 0; i < 60; ++i)
    feed += R"({"id": "same", "date": "2021-08-25", "text": "Modi met Putin. )" +
            (i % 20 == 0 ? long_text : std::string()) + R"("})" + "\n";
  feed += R"({"id": "last", "date": "2021-08-25", "text": "Putin spoke."})";
  auto one = chronicle_cmd({"extract", "-", "--format", "jsonl", "--jobs", "1"}, feed);
  auto two = chronicle_cmd({"extract", "-", "--format", "jsonl", "--jobs", "2"}, feed);
  CHECK(one.exit_code == two.exit_code);
  auto lines = lines_of(two.out);
  REQUIRE(lines.size() == 61);
  CHECK_THAT(lines[20], Catch::Contains(R"("id":"same~21")"));
  CHECK_THAT(lines[60], Catch::Contains(R"("id":"last")"));
  CHECK(two.out == one.out);
}

TEST_CASE("streaming: a bad line is reported at its line and the stream goes on",
          "[cli][streaming]") {
  const std::string feed = std::string(kFeed) + "{not json}\n" +
                           R"({"id": "z", "text": "Spain and Portugal met."})" + "\n";
  auto r = chronicle_cmd({"extract", "-", "--format", "jsonl"}, feed);
  CHECK(r.exit_code == 5);
  CHECK_THAT(r.err, Catch::Contains("stdin:5:"));
  CHECK(lines_of(r.out).size() == 4);
  auto strict = chronicle_cmd({"extract", "-", "--format", "jsonl", "--strict"}, feed);
  CHECK(strict.exit_code == 5);
  CHECK(lines_of(strict.out).size() <= 3);
}

TEST_CASE("streaming: --jobs N gives the bytes of --jobs 1", "[cli][streaming]") {
  std::vector<std::string> args = {"extract", "--format", "json"};
  auto files = sample_files();
  args.insert(args.end(), files.begin(), files.end());
  auto one = args, two = args;
  one.insert(one.end(), {"--jobs", "1"});
  two.insert(two.end(), {"--jobs", "3"});
  auto a = chronicle_cmd(one), b = chronicle_cmd(two);
  REQUIRE(a.exit_code == 0);
  CHECK(a.out == b.out);
  CHECK(chronicle_cmd({"extract", "--jobs", "0", files[0]}).exit_code == 2);
  CHECK(chronicle_cmd({"extract", "--jobs", "x", files[0]}).exit_code == 2);
}

TEST_CASE(
    "streaming: per-document results merged in any split and order give the extraction's bytes",
    "[cli][streaming][merge]") {
  const auto results = per_document_results();
  REQUIRE(results.size() >= 4);
  TempDir dir;
  auto merge_of = [&](const std::vector<std::string>& parts, const std::string& name) {
    auto file = dir.write(name, join(parts));
    auto r = chronicle_cmd({"merge", file.string()});
    REQUIRE(r.exit_code == 0);
    return r.out;
  };
  const std::string all = merge_of(results, "all.jsonl");
  // The merge of the per-document results is the result of extracting them together.
  std::vector<std::string> args = {"extract", "--format", "json"};
  auto files = sample_files();
  args.insert(args.end(), files.begin(), files.end());
  if (auto shared = shared_dir(); shared && fs::exists(*shared / "seeds"))
    for (const auto& e : fs::directory_iterator(*shared / "seeds"))
      if (e.path().extension() == ".txt") args.push_back(e.path().string());
  CHECK(chronicle_cmd(args).out == all);
  // Any order, and the lines split over files and standard input in any way.
  std::vector<std::string> reversed(results.rbegin(), results.rend());
  CHECK(merge_of(reversed, "reversed.jsonl") == all);
  std::vector<std::string> odd, even;
  for (std::size_t i = 0; i < results.size(); ++i) (i % 2 ? odd : even).push_back(results[i]);
  auto f1 = dir.write("odd.jsonl", join(odd)), f2 = dir.write("even.jsonl", join(even));
  CHECK(chronicle_cmd({"merge", f2.string(), "-"}, join(odd)).out == all);
  CHECK(chronicle_cmd({"merge", "--format", "jsonl", f1.string(), f2.string()}).out ==
        chronicle_cmd({"merge", "--format", "jsonl", f2.string(), f1.string()}).out);
}

TEST_CASE(
    "streaming: parts gathered with --partial in any grouping merge to the bytes of one merge",
    "[cli][merge]") {
  const auto results = per_document_results();
  REQUIRE(results.size() >= 4);
  TempDir dir;
  auto gathered = [&](const std::vector<std::string>& inputs, const std::string& name) {
    auto r = chronicle_cmd([&] {
      std::vector<std::string> a = {"merge", "--partial", "-o", (dir.path() / name).string()};
      a.insert(a.end(), inputs.begin(), inputs.end());
      return a;
    }());
    REQUIRE(r.exit_code == 0);
    return (dir.path() / name).string();
  };
  auto all_file = dir.write("all.jsonl", join(results));
  const std::string all = chronicle_cmd({"merge", all_file.string()}).out;
  std::vector<std::string> odd, even;
  for (std::size_t i = 0; i < results.size(); ++i) (i % 2 ? odd : even).push_back(results[i]);
  auto a = gathered({dir.write("odd.jsonl", join(odd)).string()}, "a.jsonl");
  auto b = gathered({dir.write("even.jsonl", join(even)).string()}, "b.jsonl");
  auto ab = gathered({b, a}, "ab.jsonl");
  auto again = gathered({ab, a}, "again.jsonl");  // a part gathered twice counts once
  CHECK(read_file(ab) == read_file(gathered({all_file.string()}, "one.jsonl")));
  CHECK(chronicle_cmd({"merge", ab}).out == all);
  CHECK(chronicle_cmd({"merge", again}).out == all);
  CHECK(chronicle_cmd({"merge", a, b}).out == all);
}

// The reduce of a cluster run: groups merged on their own, then the merged groups merged,
// a merged result merged with itself or with one of its parts.
TEST_CASE("streaming: merged groups merged again give the bytes of one merge", "[cli][merge]") {
  const auto results = per_document_results();
  REQUIRE(results.size() >= 4);
  TempDir dir;
  auto merged = [&](const std::vector<std::string>& parts, const std::string& name) {
    auto file = dir.write(name + ".jsonl", join(parts));
    auto r =
        chronicle_cmd({"merge", file.string(), "-o", (dir.path() / (name + ".json")).string()});
    REQUIRE(r.exit_code == 0);
    return (dir.path() / (name + ".json")).string();
  };
  const std::string all = read_file(merged(results, "all"));
  std::vector<std::string> odd, even;
  for (std::size_t i = 0; i < results.size(); ++i) (i % 2 ? odd : even).push_back(results[i]);
  CHECK(chronicle_cmd({"merge", merged(even, "even"), merged(odd, "odd")}).out == all);
  std::vector<std::string> head(results.begin(), results.begin() + 1),
      tail(results.begin() + 1, results.end());
  CHECK(chronicle_cmd({"merge", merged(tail, "tail"), merged(head, "head")}).out == all);
  // merged groups mixed with single results on standard input
  CHECK(chronicle_cmd({"merge", merged(tail, "tail"), "-"}, join(head)).out == all);
  // a document seen twice counts once
  const auto all_file = (dir.path() / "all.json").string();
  CHECK(chronicle_cmd({"merge", all_file, all_file}).out == all);
  CHECK(chronicle_cmd({"merge", all_file, merged(odd, "odd")}).out == all);
  CHECK(chronicle_cmd({"merge", all_file, dir.write("one.jsonl", results[0]).string()}).out == all);
}

TEST_CASE("streaming: merge refuses two different results of one document", "[cli][merge]") {
  TempDir dir;
  auto first = chronicle_cmd({"extract", "-", "--format", "jsonl"},
                             R"({"id": "x", "date": "2021-08-25", "text": "Modi met Putin."})");
  auto second = chronicle_cmd({"extract", "-", "--format", "jsonl"},
                              R"({"id": "x", "date": "2021-08-25", "text": "Modi met Merkel."})");
  REQUIRE(first.exit_code == 0);
  REQUIRE(second.exit_code == 0);
  auto a = dir.write("a.jsonl", first.out);
  auto b = dir.write("b.jsonl", second.out + first.out);
  auto r = chronicle_cmd({"merge", a.string(), b.string(), "-o", (dir.path() / "m.json").string()});
  CHECK(r.exit_code == 5);
  CHECK_THAT(r.err, Catch::Contains("b.jsonl:1: document 'x' has a different result in"));
  CHECK_THAT(r.err, Catch::Contains("a.jsonl:1"));
  CHECK_FALSE(fs::exists(dir.path() / "m.json"));
  // the same result twice is no conflict
  CHECK(chronicle_cmd({"merge", a.string(), a.string()}).exit_code == 0);
}

TEST_CASE("streaming: merge reports a bad line and refuses with --strict", "[cli][merge]") {
  TempDir dir;
  const auto results = per_document_results();
  auto file = dir.write("parts.jsonl", results[0] + "{\"documents\": [}\n" + results[1]);
  auto r = chronicle_cmd({"merge", file.string(), "-o", (dir.path() / "m.json").string()});
  CHECK(r.exit_code == 5);
  CHECK_THAT(r.err, Catch::Contains("parts.jsonl:2:"));
  CHECK(fs::exists(dir.path() / "m.json"));
  auto strict =
      chronicle_cmd({"merge", "--strict", file.string(), "-o", (dir.path() / "s.json").string()});
  CHECK(strict.exit_code == 5);
  CHECK_FALSE(fs::exists(dir.path() / "s.json"));
}

TEST_CASE("streaming: --strict makes a malformed row fatal and writes nothing",
          "[cli][structured]") {
  TempDir dir;
  std::string header =
      "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\t"
      "Intensity\tTarget Name\tTarget Sectors\tTarget Country\n";
  auto file = dir.write("events.tab",
                        header +
                            "1\t2018-06-01\tIndia\t\tIndia\tConsult\t040\t1\tRussia\t\tRussia\n"
                            "2\t2018-06-01\tIndia\t\tIndia\tConsult\t999\t1\tRussia\t\tRussia\n");
  auto strict =
      chronicle_cmd({"build", file.string(), "-o", (dir.path() / "s").string(), "--strict"});
  CHECK(strict.exit_code == 5);
  CHECK_THAT(strict.err, Catch::Contains("events.tab:3:"));
  CHECK_FALSE(fs::exists(dir.path() / "s" / "events.json"));
  auto lenient = chronicle_cmd({"build", file.string(), "-o", (dir.path() / "l").string()});
  CHECK(lenient.exit_code == 5);
  CHECK_THAT(lenient.err, Catch::Contains("1 of 2 rows imported, 1 malformed rows skipped"));
  CHECK(fs::exists(dir.path() / "l" / "events.json"));
  CHECK(fs::exists(dir.path() / "l" / "timeline.svg"));
}

TEST_CASE("streaming: no progress line when standard error is not a terminal", "[cli][streaming]") {
  auto files = sample_files();
  std::vector<std::string> args = {"extract"};
  args.insert(args.end(), files.begin(), files.end());
  auto r = chronicle_cmd(args);
  CHECK(r.exit_code == 0);
  CHECK(r.err.find('\r') == std::string::npos);
}

TEST_CASE("pipeline: run() keeps input order, bounds work in flight and rethrows", "[streaming]") {
  chronicle::Pipeline pipeline;
  std::vector<chronicle::Document> docs;
  for (int i = 0; i < 40; ++i)
    docs.push_back({"d" + std::to_string(i), chronicle::parse_day("2021-08-25"), "",
                    std::string(static_cast<std::size_t>(i % 7) * 40, 'x') + " Modi met Putin.", "",
                    ""});
  // Windows of one and two places leave no room to refill a part of them at a time.
  const std::size_t window = GENERATE(1, 2, 5);
  CAPTURE(window);
  std::size_t next = 0, max_in_flight = 0;
  std::atomic<std::size_t> taken{0}, emitted{0};  // the source runs on another thread
  std::vector<std::string> order;
  chronicle::RunOptions options;
  options.jobs = 3;
  options.window = window;
  pipeline.run(
      [&](chronicle::Document& d) {
        if (next == docs.size()) return false;
        d = docs[next++];
        ++taken;
        return true;
      },
      [&](chronicle::DocumentResult&& r) {
        max_in_flight = std::max(max_in_flight, taken.load() - emitted.load());
        ++emitted;
        order.push_back(r.graph.documents.at(0).id);
      },
      options);
  REQUIRE(order.size() == docs.size());
  for (std::size_t i = 0; i < docs.size(); ++i) CHECK(order[i] == docs[i].id);
  CHECK(max_in_flight <= options.window);
  std::size_t calls = 0;
  CHECK_THROWS_AS(pipeline.run(
                      [&](chronicle::Document& d) {
                        if (++calls == 10) throw std::runtime_error("source failed");
                        d = docs[0];
                        return true;
                      },
                      [](chronicle::DocumentResult&&) {}, options),
                  std::runtime_error);
}

TEST_CASE("pipeline: run() prepares each result on its worker before the sink", "[streaming]") {
  chronicle::Pipeline pipeline;
  std::vector<chronicle::Document> docs;
  for (int i = 0; i < 30; ++i)
    docs.push_back({"d" + std::to_string(i), chronicle::parse_day("2021-08-25"), "",
                    std::string(static_cast<std::size_t>(i % 5) * 40, 'x') + " Modi met Putin.", "",
                    ""});
  for (unsigned jobs : {1u, 3u}) {
    std::size_t next = 0;
    std::atomic<std::size_t> prepared{0};
    std::vector<std::string> texts;
    chronicle::RunOptions options;
    options.jobs = jobs;
    const auto caller = std::this_thread::get_id();
    std::atomic<bool> off_caller{false};
    pipeline.run(
        [&](chronicle::Document& d) {
          if (next == docs.size()) return false;
          d = docs[next++];
          return true;
        },
        [&](chronicle::DocumentResult&& r) { texts.push_back(r.text); }, options,
        [&](chronicle::DocumentResult& r) {
          ++prepared;
          if (std::this_thread::get_id() != caller) off_caller = true;
          r.text = r.graph.documents.at(0).id;
        });
    CHECK(prepared == docs.size());
    CHECK(off_caller == (jobs > 1));
    REQUIRE(texts.size() == docs.size());
    for (std::size_t i = 0; i < docs.size(); ++i) CHECK(texts[i] == docs[i].id);
  }
}

TEST_CASE("streaming: extract reads inputs while analysing and reports as reading all first would",
          "[cli][streaming]") {
  TempDir dir;
  const auto good = dir.write("good.jsonl", kFeed);
  const auto bad = dir.write("bad.json", "[{\"text\": 1}]");
  auto files = sample_files();
  std::vector<std::string> inputs = {good.string(), bad.string()};
  inputs.insert(inputs.end(), files.begin(), files.end());
  for (const std::string format : {"json", "jsonl"}) {
    std::vector<std::string> args = {"extract", "--quiet", "--format", format};
    args.insert(args.end(), inputs.begin(), inputs.end());
    auto one = args, two = args;
    one.push_back("--jobs=1");
    two.push_back("--jobs=2");
    auto r1 = chronicle_cmd(one), r2 = chronicle_cmd(two);
    CHECK(r1.exit_code == 5);
    CHECK(r2.exit_code == 5);
    CHECK(r1.out == r2.out);
    CHECK(r1.err == r2.err);
    CHECK(r1.err.find("bad.json") != std::string::npos);
    auto strict = args;
    strict.push_back("--strict");
    auto rs = chronicle_cmd(strict);
    CHECK(rs.exit_code == 5);
    CHECK(rs.out.empty());
  }
}

TEST_CASE("streaming: merge of many lines parsed on several threads keeps line order",
          "[cli][merge]") {
  const auto results = per_document_results();
  REQUIRE(results.size() >= 2);
  TempDir dir;
  // Enough lines for several threads; repeats count once, blank lines are skipped, and a
  // bad line far down is reported at its own line.
  std::string many;
  for (int i = 0; i < 300; ++i)
    many += results[static_cast<std::size_t>(i) % results.size()] + (i % 50 ? "" : "\n");
  const auto once = dir.write("once.jsonl", join(results));
  const auto repeated = dir.write("many.jsonl", many);
  auto expected = chronicle_cmd({"merge", once.string()});
  REQUIRE(expected.exit_code == 0);
  auto r = chronicle_cmd({"merge", repeated.string()});
  CHECK(r.exit_code == 0);
  CHECK(r.out == expected.out);
  const auto bad = dir.write("bad.jsonl", many + "{\"documents\": [}\n" + results[0]);
  const int bad_line = static_cast<int>(std::count(many.begin(), many.end(), '\n')) + 1;
  auto rb = chronicle_cmd({"merge", bad.string()});
  CHECK(rb.exit_code == 5);
  CHECK_THAT(rb.err, Catch::Contains("bad.jsonl:" + std::to_string(bad_line) + ":"));
  CHECK(rb.out == expected.out);
}

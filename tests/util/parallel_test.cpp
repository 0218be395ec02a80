// parallel_for: every index exactly once whatever the number of threads, and the first
// exception of the work reaches the caller after the threads have stopped.
#include "util/parallel.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <stdexcept>
#include <vector>

using chronicle::detail::parallel_for;

TEST_CASE("util: parallel_for runs every index once on any number of threads", "[util]") {
  for (unsigned jobs : {0u, 1u, 2u, 7u}) {
    std::vector<std::atomic<int>> runs(1000);
    parallel_for(runs.size(), jobs, [&](std::size_t i) { ++runs[i]; });
    for (const auto& r : runs) REQUIRE(r.load() == 1);
  }
  int calls = 0;
  parallel_for(0, 4, [&](std::size_t) { ++calls; });
  CHECK(calls == 0);
}

TEST_CASE("util: parallel_for passes on an exception of the work", "[util]") {
  for (unsigned jobs : {1u, 3u}) {
    auto work = [](std::size_t i) {
      if (i == 17) throw std::runtime_error("piece 17");
    };
    CHECK_THROWS_WITH(parallel_for(100, jobs, work), "piece 17");
  }
}

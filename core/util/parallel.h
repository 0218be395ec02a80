// Running independent pieces of work on several threads: each index once, in any order.
// The pieces write to places of their own, so the result does not depend on the threads.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace chronicle::detail {

/// Calls `work(i)` once for every i in [0, count), on at most `jobs` threads (the
/// caller's among them; 0 counts as 1). Indexes are taken in increasing order by whichever
/// thread is free, so giving the biggest pieces the lowest indexes balances the threads.
/// The first exception thrown by `work` is rethrown once every thread has stopped.
/// Requires: calls of `work` for different indexes may run at the same time.
template <typename Work>
void parallel_for(std::size_t count, unsigned jobs, const Work& work) {
  if (jobs <= 1 || count <= 1) {
    for (std::size_t i = 0; i < count; ++i) work(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_m;
  auto run = [&] {
    try {
      for (std::size_t i; (i = next++) < count;) work(i);
    } catch (...) {
      std::lock_guard lock(failure_m);
      if (!failure) failure = std::current_exception();
      next = count;
    }
  };
  std::vector<std::thread> threads;
  const std::size_t extra = std::min<std::size_t>(jobs, count) - 1;
  for (std::size_t t = 0; t < extra; ++t) threads.emplace_back(run);
  run();
  for (auto& t : threads) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace chronicle::detail

// The word index in front of the time rules' vocabulary: ids in insertion order, 0 for
// every other word, the same answers as a std::map across table growth.
#include "util/word_index.h"

#include <catch2/catch.hpp>
#include <map>
#include <string>

using chronicle::detail::WordIndex;

TEST_CASE("util: word index gives ids in insertion order and 0 for unknown words", "[util]") {
  WordIndex index;
  CHECK(index.find("week") == 0);
  CHECK(index.add("week") == 1);
  CHECK(index.add("monday") == 2);
  CHECK(index.add("week") == 1);
  CHECK(index.size() == 2);
  CHECK(index.find("week") == 1);
  CHECK(index.find("monday") == 2);
  CHECK(index.find("Week") == 0);
  CHECK(index.find("") == 0);
  CHECK(index.find(std::string_view("weekend").substr(0, 4)) == 1);
}

TEST_CASE("util: word index agrees with a map after growing", "[util]") {
  WordIndex index;
  std::map<std::string, std::uint32_t> reference;
  for (int k = 0; k < 1000; ++k) {
    std::string w = "w" + std::to_string(k * 7919 % 1000);
    auto id = index.add(w);
    reference.emplace(w, id);
    CHECK(reference.at(w) == id);
  }
  CHECK(index.size() == reference.size());
  for (const auto& [w, id] : reference) CHECK(index.find(w) == id);
  for (int k = 1000; k < 1100; ++k) CHECK(index.find("w" + std::to_string(k)) == 0);
}

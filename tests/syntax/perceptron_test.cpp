// The averaged perceptron: it learns, averages deterministically, and its frozen weights
// survive being written and read.
#include <catch2/catch.hpp>

#include "syntax/perceptron.h"

using namespace chronicle::syntax::detail;

namespace {

// Class c is told apart by feature 100 + c; feature 1 is on everywhere.
TrainingWeights learn_three_classes() {
  TrainingWeights w(3);
  for (int round = 0; round < 5; ++round)
    for (int c = 0; c < 3; ++c) {
      const std::vector<Feature> feats = {1, static_cast<Feature>(100 + c)};
      std::vector<float> scores(3);
      w.score(feats, scores);
      const int guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
      w.learn(feats, c, guess);
    }
  return w;
}

int predict(const FrozenWeights& w, Feature distinct) {
  const Feature feats[] = {1, distinct};
  float scores[3] = {0, 0, 0};
  w.score(feats, 2, scores);
  return static_cast<int>(std::max_element(scores, scores + 3) - scores);
}

}  // namespace

TEST_CASE("perceptron: it separates classes that one feature each tells apart", "[syntax]") {
  const FrozenWeights w = learn_three_classes().average(1, 0.0f);
  for (int c = 0; c < 3; ++c) CHECK(predict(w, static_cast<Feature>(100 + c)) == c);
}

TEST_CASE("perceptron: written and read weights score the same, and the bytes are stable", "[syntax]") {
  const FrozenWeights w = learn_three_classes().average(1, 0.0f);
  std::string bytes, again_bytes;
  w.write(bytes);
  learn_three_classes().average(1, 0.0f).write(again_bytes);
  CHECK(bytes == again_bytes);
  std::string_view in = bytes;
  const FrozenWeights read = FrozenWeights::read(in);
  CHECK(in.empty());
  CHECK(read.features() == w.features());
  for (int c = 0; c < 3; ++c) CHECK(predict(read, static_cast<Feature>(100 + c)) == c);
  std::string_view cut = std::string_view(bytes).substr(0, bytes.size() - 3);
  CHECK_THROWS(FrozenWeights::read(cut));
}

TEST_CASE("perceptron: rare features are dropped when frozen", "[syntax]") {
  TrainingWeights w(2);
  w.learn({7, 8}, 0, 1);
  w.learn({7}, 1, 0);
  CHECK(w.average(1, 0.0f).features() == 2);
  CHECK(w.average(2, 0.0f).features() == 1);
}

// A token classifier for TimeML events: an averaged perceptron over word, suffix,
// context and shape features, deciding for every word of a sentence whether it is an
// EVENT and of which class. The project has no part-of-speech tagger; the features stand
// in for one (suffixes, neighbouring function words, capitals). The weights are learned
// from TimeML gold data by `chronicle train timeml-events` and shipped as a data file.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chronicle/analysis.h"
#include "timeml_events.h"

namespace chronicle::detail {

/// The labels a token can get: not an event, or one of the seven TimeML classes.
inline constexpr std::array<std::string_view, 8> kEventLabels = {
    "O", "OCCURRENCE", "REPORTING", "PERCEPTION", "ASPECTUAL", "I_ACTION", "I_STATE", "STATE"};
inline constexpr std::size_t kLabelCount = kEventLabels.size();

/// The index of a label name in kEventLabels; kLabelCount when unknown.
std::size_t event_label(std::string_view name);

/// The features of token `i` of `doc` (inside sentence `sentence`), given the label
/// predicted for the token before it (0 at the sentence start). Appends to `out`.
void event_features(const DocumentAnalysis& doc, const Sentence& sentence, std::size_t i,
                    std::size_t previous_label, std::vector<std::string>& out);

/// Whether the token may be an event at all (words only; numbers and punctuation never).
bool may_be_event(const DocumentAnalysis& doc, std::size_t i);

/// Feature weights per label. Immutable after loading or training: tag() is const and
/// safe to call from several threads.
class EventTagger {
 public:
  using Weights = std::array<float, kLabelCount>;

  /// Reads a model written by save(): header "# FORMAT: timeml-event-model 1", then one
  /// line per feature, "feature<TAB>label:weight label:weight ...". `name` names the
  /// source in errors; throws std::runtime_error("NAME:LINE: ...") on a malformed line.
  static EventTagger load(std::string_view name, std::string_view text);

  /// The model as text for load(); features sorted, weights to 4 significant digits,
  /// weights below `min_weight` in magnitude (and features left without any) left out.
  std::string save(float min_weight) const;

  /// The TimeML events of an analysed document (needs tokens, sentences, timexes).
  std::vector<TimemlEvent> tag(const DocumentAnalysis& doc) const;

  /// The label scored highest for the given features.
  std::size_t predict(const std::vector<std::string>& features) const;

  std::size_t feature_count() const { return weights_.size(); }

  /// Lowers the score of "not an event" for every token by `fraction` of the weight the
  /// "bias" feature gives it, trading precision for recall. Requires: 0 <= fraction < 1.
  void favour_events(float fraction) { weights_["bias"][0] *= 1.0f - fraction; }

 private:
  friend class EventTrainer;
  std::unordered_map<std::string, Weights> weights_;
};

/// One training sentence: the analysed document it belongs to, the sentence and the gold
/// label of each of its tokens.
struct LabelledSentence {
  const DocumentAnalysis* doc = nullptr;
  std::size_t sentence = 0;
  std::vector<std::size_t> labels;  ///< one per token of the sentence
};

/// Averaged perceptron training (Collins 2002), with the label of the previous token
/// taken from the model's own prediction, as at tagging time. Deterministic: sentences
/// are visited in an order shuffled by a fixed seed.
class EventTrainer {
 public:
  /// Runs `epochs` passes over `data` and returns the averaged model.
  static EventTagger train(const std::vector<LabelledSentence>& data, int epochs);
};

}  // namespace chronicle::detail

// Reading TimeML gold events and counting Task B matches for the event tagger.
#include "timeml/event_corpus.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "chronicle/eval/f1.h"
#include "chronicle/pipeline.h"
#include "ingest/source_file.h"
#include "ingest/timeml_reader.h"
#include "util/text.h"

namespace chronicle::eval {

// The readers and stages this evaluation is built on are internals.
using namespace detail;
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> tml_files(const std::string& directory) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec))
    if (it->is_regular_file() && it->path().extension() == ".tml") out.push_back(it->path());
  std::sort(out.begin(), out.end());
  return out;
}

Diagnostic file_error(const std::string& file, std::string message) {
  Diagnostic d;
  d.code = "timeml-gold";
  d.message = std::move(message);
  d.file = file;
  return d;
}

// The whitespace-separated word range [first, last] holding a span.
std::pair<std::size_t, std::size_t> word_range(const std::vector<std::size_t>& word_starts,
                                               Span span) {
  auto word_of = [&](std::size_t offset) {
    return static_cast<std::size_t>(
        std::upper_bound(word_starts.begin(), word_starts.end(), offset) - word_starts.begin());
  };
  return {word_of(span.begin), word_of(span.end > span.begin ? span.end - 1 : span.begin)};
}

std::vector<std::size_t> word_starts(std::string_view text) {
  std::vector<std::size_t> out;
  auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
  for (std::size_t i = 0; i < text.size(); ++i)
    if (!space(text[i]) && (i == 0 || space(text[i - 1]))) out.push_back(i);
  return out;
}

// The words of a span as an error listing shows them.
std::string words_of(std::string_view text, Span span) {
  return lower(squeeze_space(text.substr(span.begin, span.end - span.begin)));
}

double ratio(long a, long b) { return b ? static_cast<double>(a) / static_cast<double>(b) : 0.0; }

}  // namespace

std::vector<GoldEventDocument> read_event_gold(const std::string& directory,
                                               std::vector<Diagnostic>& diagnostics) {
  Options options;
  options.stages = {"segment", "time"};
  const Pipeline pipeline(options);
  std::vector<GoldEventDocument> out;
  for (const auto& path : tml_files(directory)) {
    const std::string file = path.string();
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in) {
      diagnostics.push_back(file_error(file, "cannot read"));
      continue;
    }
    auto parsed = parse_timeml(file, bytes.str());
    if (!parsed.ok()) {
      diagnostics.insert(diagnostics.end(), parsed.diagnostics().begin(),
                         parsed.diagnostics().end());
      continue;
    }
    const TimemlDocument& tml = parsed.value();
    Document doc;
    doc.id = tml.id.empty() ? path.stem().string() : tml.id;
    doc.dct = parse_date_prefix(tml.dct_timex.attribute("value"));
    doc.text = tml.text;
    doc.source = file;
    GoldEventDocument gold{file, pipeline.analyze(std::move(doc)), {}};
    for (const auto& e : tml.elements)
      if (e.name == "EVENT") gold.gold.push_back({e.span, e.attribute("class")});
    out.push_back(std::move(gold));
  }
  return out;
}

EventCounts& EventCounts::operator+=(const EventCounts& o) {
  gold += o.gold;
  system += o.system;
  strict += o.strict;
  strict_system += o.strict_system;
  relaxed_gold += o.relaxed_gold;
  relaxed_system += o.relaxed_system;
  class_correct += o.class_correct;
  return *this;
}

double EventCounts::strict_precision() const { return ratio(strict_system, system); }
double EventCounts::strict_recall() const { return ratio(strict, gold); }
double EventCounts::strict_f1() const {
  return eval::f1_score(strict_precision(), strict_recall());
}
double EventCounts::relaxed_f1() const {
  return eval::f1_score(ratio(relaxed_system, system), ratio(relaxed_gold, gold));
}
double EventCounts::class_accuracy() const { return ratio(class_correct, relaxed_gold); }

void add_event_errors(EventErrors& errors, const EventErrors& more) {
  for (const auto& [kind, items] : more)
    for (const auto& [words, n] : items) errors[kind][words] += n;
}

EventCounts score_events(std::string_view text, const std::vector<TimemlEvent>& gold,
                         const std::vector<TimemlEvent>& system, EventErrors* errors) {
  const auto starts = word_starts(text);
  EventCounts c;
  c.gold = static_cast<long>(gold.size());
  c.system = static_cast<long>(system.size());
  auto overlaps = [](auto a, auto b) { return a.first <= b.second && b.first <= a.second; };
  auto error = [&](const std::string& kind, const std::string& words) {
    if (errors) ++(*errors)[kind][words];
  };
  for (const auto& g : gold) {
    const auto gw = word_range(starts, g.span);
    const TimemlEvent* match = nullptr;
    bool exact = false;
    for (const auto& s : system) {
      const auto sw = word_range(starts, s.span);
      if (!overlaps(gw, sw)) continue;
      if (!match || sw == gw) match = &s;
      exact = exact || sw == gw;
    }
    if (!match) {
      error("missed", words_of(text, g.span));
      continue;
    }
    ++c.relaxed_gold;
    if (exact)
      ++c.strict;
    else
      error("span", words_of(text, g.span) + " / " + words_of(text, match->span));
    if (match->event_class == g.event_class)
      ++c.class_correct;
    else
      error("class " + g.event_class + " as " + match->event_class, words_of(text, g.span));
  }
  for (const auto& s : system) {
    const auto sw = word_range(starts, s.span);
    if (std::any_of(gold.begin(), gold.end(),
                    [&](const auto& g) { return overlaps(word_range(starts, g.span), sw); }))
      ++c.relaxed_system;
    else
      error("spurious", words_of(text, s.span));
    if (std::any_of(gold.begin(), gold.end(),
                    [&](const auto& g) { return word_range(starts, g.span) == sw; }))
      ++c.strict_system;
  }
  return c;
}

}  // namespace chronicle::eval

namespace chronicle::detail {

GoldEventSelection select_all(const std::vector<GoldEventDocument>& docs) {
  GoldEventSelection out;
  for (const auto& d : docs) out.push_back(&d);
  return out;
}

std::vector<LabelledSentence> labelled_sentences(const GoldEventSelection& docs) {
  std::vector<LabelledSentence> out;
  for (const GoldEventDocument* d : docs) {
    const DocumentAnalysis& a = d->analysis;
    std::vector<std::size_t> token_label(a.tokens.size(), 0);
    for (const auto& e : d->gold) {
      const std::size_t label = event_label(e.event_class);
      if (label >= kLabelCount) continue;
      std::size_t last = a.tokens.size();
      for (std::size_t i = 0; i < a.tokens.size(); ++i)
        if (e.span.contains(a.tokens[i].span) && may_be_event(a, i)) last = i;
      if (last < a.tokens.size()) token_label[last] = label;
    }
    for (std::size_t s = 0; s < a.sentences.size(); ++s) {
      const Sentence& sentence = a.sentences[s];
      LabelledSentence ls{&a, s, {}};
      for (std::size_t i = sentence.first_token; i < sentence.end_token; ++i)
        ls.labels.push_back(token_label[i]);
      out.push_back(std::move(ls));
    }
  }
  return out;
}

namespace {

constexpr float kMarginStep = 0.05f;
constexpr int kMarginSteps = 16;

float choose_margin(const GoldEventSelection& docs, int epochs) {
  GoldEventSelection train_part, dev_part;
  for (std::size_t i = 0; i < docs.size(); ++i)
    (i % 5 == 4 ? dev_part : train_part).push_back(docs[i]);
  if (dev_part.empty() || train_part.empty()) return 0;
  const EventTagger base = EventTrainer::train(labelled_sentences(train_part), epochs);
  float best = 0;
  double best_f1 = -1;
  for (int step = 0; step <= kMarginSteps; ++step) {
    const float margin = kMarginStep * static_cast<float>(step);
    EventTagger tagger = base;
    tagger.favour_events(margin);
    EventCounts counts;
    for (const GoldEventDocument* d : dev_part)
      counts += score_events(d->analysis.document.text, d->gold, tagger.tag(d->analysis));
    if (counts.strict_f1() > best_f1) best_f1 = counts.strict_f1(), best = margin;
  }
  return best;
}

}  // namespace

TrainedEventTagger train_event_tagger(const GoldEventSelection& docs, int epochs,
                                      std::optional<float> margin) {
  TrainedEventTagger out;
  out.margin = margin ? *margin : choose_margin(docs, epochs);
  out.tagger = EventTrainer::train(labelled_sentences(docs), epochs);
  out.tagger.favour_events(out.margin);
  return out;
}

TrainedEventTagger train_event_tagger(const std::vector<GoldEventDocument>& docs, int epochs,
                                      std::optional<float> margin) {
  return train_event_tagger(select_all(docs), epochs, margin);
}

EventTagger as_saved(const EventTagger& tagger, float min_weight) {
  return EventTagger::load("model", tagger.save(min_weight));
}

}  // namespace chronicle::detail

namespace chronicle::eval {

TrainedEventModel train_event_model(const std::vector<GoldEventDocument>& docs, int epochs,
                                    std::optional<float> margin, float min_weight) {
  const detail::TrainedEventTagger trained = detail::train_event_tagger(docs, epochs, margin);
  TrainedEventModel out;
  out.text = trained.tagger.save(min_weight);
  out.margin = trained.margin;
  // counted on the model as written (pruned), as it is shipped and measured
  out.features = detail::EventTagger::load("model", out.text).feature_count();
  return out;
}

EventCounts score_event_model(std::string_view name, std::string_view model_text,
                              const std::vector<GoldEventDocument>& docs, EventErrors* errors) {
  const auto tagger = detail::EventTagger::load(name, model_text);
  EventCounts all;
  for (const auto& d : docs)
    all += score_events(d.analysis.document.text, d.gold, tagger.tag(d.analysis), errors);
  return all;
}

}  // namespace chronicle::eval

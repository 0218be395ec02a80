// The language layer's model file and its use: tagger, lemmatiser and parser in one file,
// a text header saying what it was trained on, then the binary weights.
//
// Training (train_ud) runs in this order: the tagger on the training sentences, picking
// its epoch on dev; four more taggers, each on three quarters of the training sentences,
// tag the quarter they did not see (jackknifing), so that the parser learns from tags as
// wrong as those it will read; the parser on those tags; the lemmatiser from gold tags.
#include <atomic>
#include <functional>
#include <ostream>
#include <thread>
#include <sstream>
#include <stdexcept>

#include "chronicle/syntax.h"
#include "syntax/lemmatizer.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"
#include "syntax/word_keys.h"

extern "C" {
extern const char chronicle_model_en_ud[];
extern const char chronicle_model_en_ud_end[];
}

namespace chronicle::syntax {

using detail::Lemmatizer;
using detail::Parser;
using detail::Tagger;

namespace {

constexpr std::string_view kMagic = "chronicle-ud-model 1\n";
constexpr int kFolds = 4;

std::vector<std::string_view> forms_of(const ParsedSentence& s) {
  std::vector<std::string_view> forms;
  for (const auto& w : s.words) forms.push_back(w.form);
  return forms;
}

std::vector<std::vector<std::string>> tags_of(const Tagger& tagger, const std::vector<ParsedSentence>& sentences) {
  std::vector<std::vector<std::string>> out;
  for (const auto& s : sentences) {
    std::vector<std::string> xpos;
    for (int t : tagger.tag(detail::sentence_keys(forms_of(s)))) xpos.push_back(tagger.xpos(t));
    out.push_back(std::move(xpos));
  }
  return out;
}

// Runs the jobs on up to two threads; each job writes only its own results.
void run_jobs(const std::vector<std::function<void()>>& jobs) {
  std::atomic<std::size_t> next{0};
  const auto worker = [&] {
    for (std::size_t i; (i = next++) < jobs.size();) jobs[i]();
  };
  std::thread other(worker);
  worker();
  other.join();
}

// The tagger trained on all of `train` (epochs chosen on `dev`), and the tags of `train`
// from the four fold taggers: each sentence tagged by one that did not learn from it.
std::pair<Tagger, std::vector<std::vector<std::string>>> train_taggers(const std::vector<ParsedSentence>& train,
                                                                       const std::vector<ParsedSentence>& dev,
                                                                       const TrainOptions& options) {
  Tagger main;
  std::vector<std::vector<std::vector<std::string>>> fold_tags(kFolds);
  std::vector<std::vector<std::size_t>> fold_index(kFolds);
  std::vector<std::function<void()>> jobs;
  jobs.push_back([&] { main = Tagger::train(train, dev, options.tagger_epochs, options.min_feature_count, 0.0f, options.log); });
  for (int fold = 0; fold < kFolds; ++fold)
    jobs.push_back([&, fold] {
      std::vector<ParsedSentence> learn, held;
      for (std::size_t i = 0; i < train.size(); ++i) {
        if (static_cast<int>(i % kFolds) == fold) {
          held.push_back(train[i]);
          fold_index[static_cast<std::size_t>(fold)].push_back(i);
        } else {
          learn.push_back(train[i]);
        }
      }
      const Tagger tagger = Tagger::train(learn, {}, options.tagger_epochs, options.min_feature_count, 0.0f, nullptr);
      fold_tags[static_cast<std::size_t>(fold)] = tags_of(tagger, held);
    });
  run_jobs(jobs);
  std::vector<std::vector<std::string>> tags(train.size());
  for (std::size_t f = 0; f < fold_tags.size(); ++f)
    for (std::size_t j = 0; j < fold_tags[f].size(); ++j) tags[fold_index[f][j]] = std::move(fold_tags[f][j]);
  return {std::move(main), std::move(tags)};
}

std::size_t word_count(const std::vector<ParsedSentence>& sentences) {
  std::size_t n = 0;
  for (const auto& s : sentences) n += s.words.size();
  return n;
}

}  // namespace

struct Analyzer::Impl {
  std::string description;
  Tagger tagger;
  Lemmatizer lemmatizer;
  Parser parser;
};

Analyzer::Analyzer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Analyzer::~Analyzer() = default;

const std::string& Analyzer::description() const { return impl_->description; }

std::shared_ptr<const Analyzer> Analyzer::load(std::string_view bytes, std::string_view name) {
  const auto fail = [&](const std::string& why) {
    return std::runtime_error(std::string(name) + ": not a language model: " + why);
  };
  if (bytes.substr(0, kMagic.size()) != kMagic) throw fail("it does not start with '" + std::string(kMagic.substr(0, 18)) + "'");
  const std::size_t end = bytes.find("\n\n");
  if (end == std::string_view::npos) throw fail("its header does not end");
  auto impl = std::make_unique<Impl>();
  impl->description = std::string(bytes.substr(kMagic.size(), end + 1 - kMagic.size()));
  std::string_view in = bytes.substr(end + 2);
  try {
    impl->tagger = Tagger::read(in);
    impl->lemmatizer = Lemmatizer::read(in);
    impl->parser = Parser::read(in);
  } catch (const std::exception& e) {
    throw fail(e.what());
  }
  if (!in.empty()) throw fail("bytes after the parser");
  return std::shared_ptr<const Analyzer>(new Analyzer(std::move(impl)));
}

std::shared_ptr<const Analyzer> Analyzer::english() {
  static const std::shared_ptr<const Analyzer> model = load(
      std::string_view(chronicle_model_en_ud, static_cast<std::size_t>(chronicle_model_en_ud_end - chronicle_model_en_ud)),
      "core/models/en_ud.model");
  return model;
}

void Analyzer::analyze(ParsedSentence& sentence, Layers layers) const {
  if (sentence.words.empty()) return;
  const auto forms = forms_of(sentence);
  const auto tags = impl_->tagger.tag(detail::sentence_keys(forms));
  std::vector<std::string_view> xpos;
  for (std::size_t i = 0; i < sentence.words.size(); ++i) {
    sentence.words[i].upos = impl_->tagger.upos(tags[i]);
    sentence.words[i].xpos = impl_->tagger.xpos(tags[i]);
    xpos.push_back(impl_->tagger.xpos(tags[i]));
  }
  if (layers == Layers::tags) return;
  for (auto& w : sentence.words) w.lemma = impl_->lemmatizer.lemma(w.form, w.xpos);
  if (layers == Layers::tags_and_lemmas) return;
  const detail::Parse parse = impl_->parser.parse(detail::parser_input(forms, xpos));
  for (std::size_t i = 0; i < sentence.words.size(); ++i) {
    sentence.words[i].head = parse.head[i + 1];
    sentence.words[i].deprel = impl_->parser.label(parse.label[i + 1]);
  }
}

std::string train_ud(const std::vector<ParsedSentence>& train, const std::vector<ParsedSentence>& dev,
                     const TrainOptions& options) {
  if (train.empty()) throw std::invalid_argument("no training sentences");
  const auto [tagger, train_tags] = train_taggers(train, dev, options);
  const auto dev_tags = tags_of(tagger, dev);
  const Parser parser = Parser::train(train, train_tags, dev, dev_tags, options.parser_epochs, options.min_feature_count,
                                     options.min_weight, options.log);
  const Lemmatizer lemmatizer = Lemmatizer::train(train);

  std::ostringstream header;
  header << kMagic;
  for (const auto& note : options.notes) header << "# " << note << "\n";
  header << "# trained on " << train.size() << " sentences, " << word_count(train) << " words; dev "
         << dev.size() << " sentences\n";
  header << "# tagger epochs " << options.tagger_epochs << ", parser epochs " << options.parser_epochs
         << ", features seen at least " << options.min_feature_count << " times, parser weights of at least "
         << options.min_weight << "\n\n";
  std::string out = header.str();
  tagger.write(out);
  lemmatizer.write(out);
  parser.write(out);
  return out;
}

}  // namespace chronicle::syntax

// The language layer: part-of-speech tags, lemmas and labelled dependencies, learned from
// Universal Dependencies treebanks (`chronicle train ud`) and read or written as CoNLL-U.
#pragma once

#include <iosfwd>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/analysis.h"

namespace chronicle::syntax {

/// One syntactic word of a sentence, as a CoNLL-U word line holds it. `head` is the 1-based
/// index of the governing word in the sentence, 0 for the root, -1 when not known (not yet
/// parsed, or "_" in the file). Fields not known are empty ("_" in CoNLL-U).
struct Word {
  std::string form;
  std::string lemma;
  std::string upos;
  std::string xpos;
  std::string feats;
  int head = -1;
  std::string deprel;
  std::string misc;
};

/// A sentence: its words, the `# sent_id` and `# text` comments when the file had them, and
/// the line of the file where it began (1-based; 0 when it did not come from a file), and
/// whether it opens a paragraph or document.
struct ParsedSentence {
  std::string id;
  std::string text;
  std::vector<Word> words;
  int line = 0;
  bool new_paragraph = false;  ///< a "# newdoc" or "# newpar" comment came before it
};

/// A CoNLL-U file that cannot be read: the message starts with "NAME:LINE: ".
class ConlluError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Reads the sentences of a CoNLL-U text. Multiword token lines ("3-4") and empty nodes
/// ("5.1") are skipped: the words are the syntactic words the treebank scores.
/// Throws ConlluError naming `name` and the line for a line that is not ten tab-separated
/// fields, a word index out of sequence, or a head that is not a number in range.
std::vector<ParsedSentence> read_conllu(std::string_view text, std::string_view name);

/// Reads a CoNLL-U file; throws ConlluError (also when the file cannot be read).
std::vector<ParsedSentence> read_conllu_file(const std::string& path);

/// Writes sentences as CoNLL-U: `# sent_id` and `# text` when set, one line per word with
/// "_" for unknown fields, a blank line after each sentence. Deterministic.
std::string write_conllu(const std::vector<ParsedSentence>& sentences);

/// What `analyze` should fill in.
enum class Layers { tags, tags_and_lemmas, all };

/// Tagger, lemmatiser and parser together, loaded from one model file.
/// Immutable after loading; `analyze` may be called from many threads at once.
class Analyzer {
 public:
  /// Loads a model written by `train_ud`. Throws std::runtime_error naming `name` when the
  /// bytes are not such a model.
  static std::shared_ptr<const Analyzer> load(std::string_view bytes, std::string_view name);
  /// The model compiled into the library (core/models/en_ud.model).
  static std::shared_ptr<const Analyzer> english();

  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  /// Fills upos, xpos, lemma, head and deprel of every word from its form (the other fields
  /// are kept), up to the layers asked for.
  void analyze(ParsedSentence& sentence, Layers layers = Layers::all) const;

  /// The model's description: its header lines (training data, licence, sizes).
  const std::string& description() const;

  struct Impl;

 private:
  explicit Analyzer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

/// One syntactic sentence per sentence of an analysed document (the segment stage must have
/// run): a word per token, its form the token's bytes, "TokenRange=START:END" (byte offsets
/// into the document's text) in MISC, `text` the sentence's bytes with each run of
/// whitespace as one space, and `id` "DOCID-N" (N from 1).
std::vector<ParsedSentence> document_sentences(const DocumentAnalysis& analysis);

/// The CoNLL-U of an analysed document: "# newdoc id = ID", then its sentences
/// (document_sentences) tagged, lemmatised and parsed by `model`.
std::string document_conllu(const DocumentAnalysis& analysis, const Analyzer& model);

/// Options of `train_ud`.
struct TrainOptions {
  int tagger_epochs = 10;
  int parser_epochs = 15;
  int min_feature_count = 1;  ///< features seen fewer times in training are dropped
  float min_weight = 1.0f;    ///< averaged parser weights smaller than this are dropped
  std::vector<std::string> notes;  ///< header lines (training data, commit, licence)
  std::ostream* log = nullptr;     ///< progress lines (epoch scores), when set
};

/// Learns the tagger, lemmatiser and parser from gold sentences and returns the model bytes.
/// `dev`, when not empty, picks the epoch of each model with the best dev score. The same
/// sentences and options give the same bytes.
std::string train_ud(const std::vector<ParsedSentence>& train, const std::vector<ParsedSentence>& dev,
                     const TrainOptions& options);

}  // namespace chronicle::syntax

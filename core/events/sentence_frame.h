// One sentence seen by the events stage: its actor references (names, plural references,
// possessive pronouns), its triggers, and the events built from them.
#pragma once

#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "chronicle/analysis.h"
#include "events/relative_time.h"
#include "events/trigger_lexicon.h"
#include "language/language_data.h"
#include "util/text.h"
#include "util/word_index.h"

namespace chronicle::detail {

/// Phrases standing for the last group of actors ("the two leaders"), as lowercase
/// tokens, indexed by their first word so that a token starting none costs one lookup.
struct PluralRefs {
  std::vector<std::vector<std::string>> phrases;
  WordIndex first_words;  ///< the phrases' first words
  /// by first_words id - 1: the phrases starting with that word, in file order
  std::vector<std::vector<std::size_t>> by_first;
};

/// The word classes of the events stage (lexicons/word_classes.tsv), looked up once and
/// their values parsed. Requires: `language` outlives it. Immutable; thread-safe.
struct EventWords {
  /// Throws std::runtime_error naming file:line for a missing class or a bad value.
  explicit EventWords(const LanguageData& language);
  const LanguageData& language;
  const WordClass& passive_auxiliary;
  const WordClass& verb_adverb;
  const WordClass& first_person;
  const WordClass& reporting_verb;
  const WordClass& attribution_mark;
  const WordClass& coordination;
  const WordClass& nonperson_possessive;
  const WordClass& definite_determiner;
  const WordClass& hours_word;
  const WordClass& clause_end;
  const WordClass& clause_opener;
  StringMap<Factuality> factuality;         ///< factuality_cue
  StringMap<RelativeOrder> relative_order;  ///< relative_order
  StringMap<Granularity> offset_unit;       ///< offset_unit
};

/// Indices of a document's items (actor mentions, time expressions) grouped by the
/// sentence holding them, in item order within a sentence. One array for all sentences,
/// so that indexing a document costs a few allocations, not one per sentence.
struct BySentence {
  std::vector<std::size_t> begin;  ///< sentence s holds items[begin[s], begin[s + 1])
  std::vector<std::size_t> items;
  std::span<const std::size_t> of(std::size_t sentence) const {
    return {items.data() + begin[sentence], begin[sentence + 1] - begin[sentence]};
  }
};

/// What the events stage carries from sentence to sentence within a document.
struct DocumentState {
  std::vector<std::string> last_group;  ///< actor ids of the last event with 2+ actors
  struct Dated {
    std::set<std::string> actors;
    EventTime time;
    std::string key;      ///< the event's lemma
    bool stated = false;  ///< dated by a time expression of its own sentence
  };
  std::vector<Dated> dated;  ///< dated events so far, in text order
  /// per sentence: indices of its actor mentions and of its time expressions
  BySentence mentions_in;
  BySentence timexes_in;
};

/// Fills the per-document parts of `state` (per-sentence indexes), so that each sentence
/// costs in proportion to its own size. Requires doc.lower_text.
void index_document(const DocumentAnalysis& doc, DocumentState& state);

/// A reference to actors in the sentence: a name, or a phrase standing for several.
struct ActorRef {
  std::size_t first = 0;  ///< token range
  std::size_t end = 0;
  std::vector<std::string> actors;  ///< actor ids
  bool place = false;
  std::optional<ActorKind> kind;  ///< of the first actor
};

/// A phrase placing events against a noun trigger: "two days after the summit".
struct RelativePhrase {
  std::size_t first = 0;  ///< its first token
  RelativeOrder order = RelativeOrder::same;
  RelativeOffset offset;
  bool definite = false;  ///< "the summit", not "a summit"
};

/// A trigger in the sentence; `light` is the token where its light verb starts.
struct TriggerSpot {
  TriggerHit hit;
  std::optional<std::size_t> light;
};

/// Builds the events of one sentence into doc.events.
class SentenceFrame {
 public:
  SentenceFrame(DocumentAnalysis& doc, std::size_t sentence, const TriggerLexicon& lexicon,
                const PluralRefs& plural_refs, const EventWords& words, DocumentState& state);
  void extract();

 private:
  void collect_refs();
  void collect_triggers();
  Event build(std::size_t t);
  void verb_participants(std::size_t t, Event& e);
  void noun_participants(std::size_t t, Event& e);
  std::vector<std::string> subject_group(std::size_t from, std::size_t to) const;
  std::vector<std::string> by_phrase(std::size_t from, std::size_t to) const;
  std::vector<std::string> after_word(std::size_t from, std::size_t to,
                                      std::string_view word) const;
  std::vector<std::string> speaker() const;
  void anchor_time(std::size_t t, Event& e);
  void anchor_relative(std::vector<std::optional<std::size_t>>& dated_at);
  std::optional<RelativePhrase> relative_phrase(std::size_t n) const;
  std::optional<RelativeOffset> offset_before(std::size_t order_word, std::size_t limit,
                                              std::size_t& first) const;
  std::vector<std::size_t> governed(std::size_t n, std::size_t phrase_first) const;
  EventTime anchor_of(std::size_t n, bool definite) const;
  bool timex_follows(std::size_t n) const;
  Factuality factuality(std::size_t t) const;
  bool attributed_after(std::size_t from) const;
  std::string complement(std::size_t t) const;
  std::size_t zone_begin(std::size_t t) const;
  std::size_t zone_end(std::size_t t) const;
  std::string_view word(std::size_t i) const;
  const std::string& sentence_text();
  std::optional<ActorKind> kind_of(const std::string& id) const;
  std::string_view lower_word(std::size_t i) const { return doc_.lowered(doc_.tokens[i].span); }

  DocumentAnalysis& doc_;
  std::size_t index_;
  const Sentence& sentence_;
  const TriggerLexicon& lexicon_;
  const PluralRefs& plural_refs_;
  const EventWords& words_;
  DocumentState& state_;
  std::vector<ActorRef> refs_;
  std::vector<TriggerSpot> triggers_;
  std::vector<bool> timex_claimed_;
  std::vector<bool> own_time_;                ///< per built event: dated by a time expression
  std::vector<std::size_t> own_timex_begin_;  ///< and the byte where that expression starts
  std::span<const std::size_t> timexes_;      ///< indices into doc.timexes within the sentence
  std::vector<Event> built_;
  std::optional<std::string> sentence_text_;
};

}  // namespace chronicle::detail

// Multi-word name lists matched over tokens: countries, organisations, capitals,
// demonyms and titles, read from the language's lexicons, with the word classes the
// actors stage tests tokens against.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "chronicle/actor.h"
#include "chronicle/analysis.h"
#include "language/language_data.h"
#include "util/text.h"

namespace chronicle::detail {

class Segmenter;

/// What a gazetteer entry names.
enum class EntryKind { country, organization, group, capital, place, demonym, title, known };

/// One name: its tokens (lowercase), the canonical name it stands for, its kind.
struct GazetteerEntry {
  std::vector<std::string> tokens;
  std::string canonical;
  EntryKind kind = EntryKind::country;
  std::size_t known = 0;  ///< for EntryKind::known: the index into the user dictionary
};

/// A pronoun that refers back to a person (word class person_pronoun).
struct PersonPronoun {
  char sex = 'm';  ///< 'm' or 'f'
  /// An object pronoun ("him"), which skips a person of its own sentence; "her" is one
  /// only before punctuation ("thanked her."), else a possessive.
  enum class Case { subject, object, possessive, reflexive, object_or_possessive } grammatical_case;
};

/// Where a word that shows a name to be an organisation stands: before the name ("shares
/// of X"), after it ("X's chief executive"), or after a one-word name as its verb ("X
/// unveiled").
enum class CuePlace { before, after, verb };

/// A found entry: the entry and the token range [first, end).
struct GazetteerHit {
  const GazetteerEntry* entry = nullptr;
  std::size_t first = 0;
  std::size_t end = 0;
};

/// Longest-match lookup of names over a document's tokens. Thread-safe after construction.
class Gazetteer {
 public:
  /// Reads the name lists and word classes of `language`, which must outlive it.
  Gazetteer(const LanguageData& language, const Segmenter& segmenter);
  /// Adds the names and aliases of a user dictionary as EntryKind::known entries.
  void add_dictionary(const Segmenter& segmenter, const ActorDictionary& dictionary);
  /// The entries whose first token is `lower_word`, or nullptr when there are none.
  const std::vector<GazetteerEntry>* starting(std::string_view lower_word) const;
  /// The longest entry starting at token i (before `end`) whose kind is in `kinds`;
  /// names (not titles) must start with a capital in the text. Requires doc.lower_text.
  GazetteerHit match(const DocumentAnalysis& doc, std::size_t i, std::size_t end,
                     std::initializer_list<EntryKind> kinds) const {
    return match(starting(doc.lowered(doc.tokens[i].span)), doc, i, end, kinds);
  }
  /// The same, with the entries starting at token i already looked up (`starting`).
  GazetteerHit match(const std::vector<GazetteerEntry>* candidates, const DocumentAnalysis& doc,
                     std::size_t i, std::size_t end, std::initializer_list<EntryKind> kinds) const;
  bool is_government_noun(std::string_view lower_word) const;
  bool is_not_actor(std::string_view lower_word) const;
  /// 'm' or 'f' when a role (canonical title, "Mr", "Queen") says its holder's sex, else 0.
  char title_gender(std::string_view role) const;
  /// A lowercase noun that after "the" refers back to an organisation ("company").
  bool is_organization_reference(std::string_view lower_word) const;
  /// A lowercase word that before a name of several words shows it is no person's ("the").
  bool is_name_determiner(std::string_view lower_word) const;
  /// A lowercase common noun that, after a name, makes the name a place ("dam", "river").
  bool is_place_noun(std::string_view word) const;
  /// A lowercase last word that makes a name an agreement or a law ("convention").
  bool is_instrument_noun(std::string_view lower_word) const;
  /// Whether a case-folded token is the possessive ending ("'s", "’s", "'").
  bool is_possessive(std::string_view folded) const { return language_->is_possessive(folded); }
  /// A preposition after which a capitalised word names a place ("in Moscow").
  bool is_place_preposition(std::string_view folded) const {
    return place_prepositions_.contains(folded);
  }
  /// A word after a capital that makes it the acting government ("Moscow said").
  bool is_agent_verb(std::string_view folded) const { return agent_verbs_.contains(folded); }
  /// A lowercase word that may stand inside an organisation's name ("of", "al").
  bool is_name_connector(std::string_view folded) const {
    return name_connectors_.contains(folded);
  }
  /// A title that names no role ("Mr", "Dr"), given as written.
  bool is_courtesy_title(std::string_view role) const {
    return courtesy_titles_.contains(lower(role));
  }
  /// The article before a noun that refers back to an organisation ("the company").
  bool is_definite_article(std::string_view folded) const {
    return definite_articles_.contains(folded);
  }
  /// A pronoun standing for the organisation named last ("it", "its").
  bool is_organization_pronoun(std::string_view folded) const {
    return organization_pronouns_.contains(folded);
  }
  /// The person pronoun `folded` is, or nullptr.
  const PersonPronoun* person_pronoun(std::string_view folded) const;
  /// The words that end a company's name.
  const CompanySuffixes& company_suffixes() const { return company_suffixes_; }
  /// The kind an organisation head word gives ("Ministry" -> organization), or nullptr.
  const ActorKind* head_kind(std::string_view word) const;
  /// Whether an organisation cue (en/lexicons/organization_cues.tsv) of `place` stands
  /// next to the name in tokens [first, end) within the sentence [from, to): ending right
  /// before `first` (before) or starting at `end` (after, verb). Requires doc.lower_text.
  bool org_cue(const DocumentAnalysis& doc, CuePlace place, std::size_t first, std::size_t end,
               std::size_t from, std::size_t to) const;

 private:
  void add(const Segmenter& seg, std::string_view surface, std::string canonical, EntryKind kind,
           std::size_t known = 0);
  void load_person_pronouns();
  void load_cues();
  std::string_view cue_word(std::string_view folded) const;
  const LanguageData* language_;
  const WordClass& place_prepositions_;
  const WordClass& agent_verbs_;
  const WordClass& name_connectors_;
  const WordClass& courtesy_titles_;
  const WordClass& organization_pronouns_;
  const WordClass& definite_articles_;
  const WordClass& person_pronoun_words_;  ///< asked first: most tokens are none
  StringMap<PersonPronoun> person_pronouns_;
  CompanySuffixes company_suffixes_;
  StringMap<std::vector<GazetteerEntry>> by_first_;
  WordFilter first_words_;  ///< the keys of by_first_
  StringSet government_nouns_;
  StringSet not_actors_;
  WordFilter not_actor_words_;  ///< the words of not_actors_, asked first: most words are none
  StringSet name_determiners_;
  StringSet organization_references_;
  StringMap<char> title_genders_;
  StringSet place_nouns_;
  StringSet instrument_nouns_;
  StringMap<ActorKind> heads_;
  WordFilter head_words_;  ///< the keys of heads_
  struct Cue {
    std::vector<std::string> tokens;
    CuePlace place = CuePlace::before;
  };
  StringMap<std::vector<Cue>> cues_by_edge_;  ///< by the cue's token next to the name
  WordFilter cue_edges_;                      ///< the keys of cues_by_edge_
};

}  // namespace chronicle::detail

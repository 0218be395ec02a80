// Multi-word name lists matched over tokens: countries, organisations, capitals,
// demonyms and titles, all read from core/data/en/lexicons.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "chronicle/actor.h"
#include "chronicle/analysis.h"
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
  explicit Gazetteer(const Segmenter& segmenter);
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

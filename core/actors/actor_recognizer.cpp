// Actor recognition. Design: a first pass over each sentence takes, at every token, the
// longest of (a) a title followed by a capitalised name ("Prime Minister Narendra Modi",
// "ambassador to Afghanistan Dmitry Zhirnov"), (b) a known name (user dictionary,
// country, organisation, group, capital), (c) a demonym standing for its state ("the
// Indian side"), and (d) a capitalised name of two or more words (a person, or an
// organisation when it holds a head word such as "Ministry" or a cue stands next to it,
// "retailer Best Buy"; not a person after "the" or before a noun, "the new MacBook Air
// laptops"). A title with no name after it is noted, not made an actor. Later passes
// resolve what needs the whole document: a single capitalised word to the person whose
// surname it is ("Modi"), the organisation it shortens ("Apple" for "Apple Inc."), or an
// organisation when a cue stands next to one of its mentions ("Apple's website": the
// name means the same in every mention); a title alone to its holder, by the user
// dictionary's dated roles or the one holder in the document; he/she/his/her to the most
// recent person and "the company"/it/its to the most recent organisation. Every lookup
// goes through an index built once per document, so the stage grows with the document,
// not with actors times mentions.
#include "actors/actor_recognizer.h"

#include <algorithm>
#include <map>
#include <set>

#include "actors/actor_builder.h"
#include "actors/document_links.h"
#include "actors/name_evidence.h"
#include "util/text.h"

namespace chronicle::detail {
namespace {

using actors_stage::Builder;
using actors_stage::lower_tok;
using actors_stage::tok;

// A word that can be part of a person's name: capitalised, letters, not a known non-name.
bool is_name_word(const DocumentAnalysis& d, const Gazetteer& g, std::size_t i) {
  std::string_view t = tok(d, i);
  return d.tokens[i].kind == Token::Kind::word && starts_upper(t) &&
         !g.is_possessive(lower_tok(d, i)) && !g.is_not_actor(lower_tok(d, i));
}

bool name_word(const Builder& b, std::size_t i) { return b.name_words[i] != 0; }

// Capitalised words from i, allowing "of"/"for"/"de"/"al" inside organisation names.
std::size_t name_end(const Builder& b, const Gazetteer& g, std::size_t i, std::size_t end) {
  std::size_t j = i;
  while (j < end) {
    if (name_word(b, j)) {
      ++j;
      continue;
    }
    if (g.is_name_connector(lower_tok(b.doc, j)) && j > i && j + 1 < end && name_word(b, j + 1)) {
      ++j;
      continue;
    }
    break;
  }
  return j;
}

bool all_caps(std::string_view t) {
  int letters = 0;
  for (char c : t) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

bool person_like(const DocumentAnalysis& d, std::size_t first, std::size_t end) {
  for (std::size_t k = first; k < end; ++k) {
    std::string_view t = tok(d, k);
    if (t.size() < 2 || all_caps(t) || !starts_alpha(t)) return false;
  }
  return true;
}

// Outside organisation names a lowercase connector ends a name: "Putin for Russia",
// "Tomás Rebollo of Valdeserra" -> the person's name stops before it.
std::size_t before_connector(const DocumentAnalysis& d, std::size_t from, std::size_t to) {
  for (std::size_t k = from + 1; k < to; ++k)
    if (!starts_upper(tok(d, k))) return k;
  return to;
}

class SentenceScanner {
 public:
  SentenceScanner(Builder& b, const Gazetteer& g, std::size_t sentence, std::size_t first, std::size_t end)
      : b_(b), d_(b.doc), g_(g), sentence_(sentence), first_(first), end_(end) {}

  // Returns the token after what was recognised at i, or i when nothing was.
  std::size_t at(std::size_t i, std::vector<std::size_t>& singles) {
    if (b_.in_timex[i]) return i;
    if (std::size_t next = ampersand_name(i); next != i) return next;
    if (!b_.starts[i] && !name_word(b_, i)) return i;  // no list starts here, no capital: most words
    if (std::size_t next = titled_person(i); next != i) return next;
    GazetteerHit hit = match(i, end_, {EntryKind::country, EntryKind::organization, EntryKind::group,
                                       EntryKind::capital, EntryKind::place, EntryKind::demonym,
                                       EntryKind::known});
    if (hit.entry && hit.end < end_ && tok(d_, hit.end) == "$" && touching(hit.end)) return hit.end;  // "US$"
    std::size_t name_to = name_word(b_, i) ? before_title(i, name_end(b_, g_, i, end_)) : i;
    if (hit.entry && hit.entry->kind == EntryKind::known && hit.end >= before_connector(d_, i, name_to)) {
      b_.mention(b_.known(hit.entry->known), b_.span(hit.first, hit.end));
      return hit.end;
    }
    if (hit.entry && hit.entry->kind == EntryKind::demonym) return demonym(hit);
    if (hit.entry && hit.end >= name_to) return known(hit);
    if (std::size_t next = title_alone(i); next != i) return next;
    if (name_to == i) return i;
    // A run of capitals right before a title names a portfolio or an employer
    // ("Ecological Transition Minister ..."), never a person: a person's name comes
    // after the title, or before it only across a comma.
    before_a_title_ = name_to < end_ && name_word(b_, i) && name_to < name_end(b_, g_, i, end_);
    return capitalised(i, name_to, singles);
  }

 private:
  GazetteerHit match(std::size_t i, std::size_t end, std::initializer_list<EntryKind> kinds) const {
    return g_.match(b_.starts[i], d_, i, end, kinds);
  }

  // Whether token k is written right after token k - 1, with no space between.
  bool touching(std::size_t k) const { return d_.tokens[k].span.begin == d_.tokens[k - 1].span.end; }

  // Capitals joined by "&" ("AT&T", "P&G") name a company. Returns the token after the
  // name, or i when there is none at i.
  std::size_t ampersand_name(std::size_t i) {
    std::size_t k = i;
    while (k + 2 < end_ && upper_word(tok(d_, k)) && tok(d_, k + 1) == "&" && touching(k + 1) &&
           upper_word(tok(d_, k + 2)) && touching(k + 2))
      k += 2;
    if (k == i) return i;
    std::size_t a = b_.actor(squeeze_space(d_.text(b_.span(i, k + 1))), ActorKind::organization);
    b_.mention(a, b_.span(i, k + 1));
    b_.org_ending_at[k] = a;
    return k + 1;
  }

  static bool upper_word(std::string_view t) {
    if (t.empty()) return false;
    for (char c : t)
      if (c < 'A' || c > 'Z') return false;
    return true;
  }

  // Whether an organisation cue stands before [i, to) or, of the kinds given, after it.
  bool org_cue(std::size_t i, std::size_t to, bool verbs) const {
    return g_.org_cue(d_, CuePlace::before, i, to, first_, end_) ||
           g_.org_cue(d_, CuePlace::after, i, to, first_, end_) ||
           (verbs && g_.org_cue(d_, CuePlace::verb, i, to, first_, end_));
  }

  // A name of several capitalised words that is no person's: after a determiner ("the
  // new MacBook Air"), after "in"/"at" ("in Ars Technica"), made of common words only
  // ("Software Development Kit"), or used before a noun ("MacBook Air laptops")
  // other than one of government ("the Ashraf Ghani government" is a person's).
  bool not_a_person(std::size_t i, std::size_t to) const {
    // "the Ashraf Ghani government", "the George Bush administration": a person's.
    if (to < end_ && g_.is_government_noun(lower_tok(d_, to))) return false;
    if (i > first_) {
      std::string_view before = lower_tok(d_, i - 1);
      if (g_.is_name_determiner(before) || before == "in" || before == "at") return true;
    }
    // Three common words make a thing's name; two can be a person's ("Carol Browner").
    bool all_common = to - i >= 3;
    for (std::size_t k = i; k < to && all_common; ++k) all_common = common_word(lower_tok(d_, k));
    if (all_common) return true;
    return to < end_ && d_.tokens[to].kind == Token::Kind::word && !starts_upper(tok(d_, to)) &&
           !g_.is_not_actor(lower_tok(d_, to)) && noun_only(lower_tok(d_, to));
  }

  // A title inside a run of capitals ends the name before it: "Apple Computer CEO
  // Steve Jobs" -> "Apple Computer", then a titled person.
  std::size_t before_title(std::size_t i, std::size_t to) const {
    for (std::size_t k = i + 1; k < to; ++k) {
      GazetteerHit title = match(k, to, {EntryKind::title});
      if (title.entry && !g_.is_courtesy_title(title.entry->canonical)) return k;
    }
    return to;
  }

  std::size_t known(const GazetteerHit& hit) {
    ActorKind kind = hit.entry->kind == EntryKind::country        ? ActorKind::country
                     : hit.entry->kind == EntryKind::organization ? ActorKind::organization
                     : hit.entry->kind == EntryKind::group        ? ActorKind::group
                                                                  : ActorKind::place;
    Span span = b_.span(hit.first, hit.end);
    if (hit.entry->kind == EntryKind::capital) {
      if (capital_as_agent(hit)) {
        b_.mention(b_.actor(hit.entry->canonical, ActorKind::country), span);
        return hit.end;
      }
      std::size_t a = b_.actor(squeeze_space(d_.text(span)), kind);
      b_.doc.actors[a].affiliation = slugify(hit.entry->canonical);
      b_.mention(a, span);
      return hit.end;
    }
    std::size_t a = b_.actor(hit.entry->canonical, kind);
    b_.mention(a, span);
    if (kind == ActorKind::organization) b_.org_ending_at[hit.end - 1] = a;
    if (kind != ActorKind::country) return hit.end;
    b_.country_ending_at[hit.end - 1] = a;
    return possessed_organization(hit.end, hit.entry->canonical);
  }

  bool capital_as_agent(const GazetteerHit& hit) const {
    bool place_before = hit.first > first_ && g_.is_place_preposition(lower_tok(d_, hit.first - 1));
    bool verb_after = hit.end < end_ && g_.is_agent_verb(lower_tok(d_, hit.end));
    return verb_after && !place_before;
  }

  // "Japan's defence ministry": an organisation of the country before the possessive.
  // Returns the token after it, or `after` when there is none.
  std::size_t possessed_organization(std::size_t after, const std::string& country) {
    if (after + 1 >= end_ || !g_.is_possessive(lower_tok(d_, after))) return after;
    for (std::size_t k = after + 1; k < end_ && k < after + 4; ++k) {
      std::string_view w = tok(d_, k);
      if (d_.tokens[k].kind != Token::Kind::word || b_.in_timex[k]) return after;
      const ActorKind* head = g_.head_kind(w);
      if (!head) head = g_.head_kind(capitalise(lower(w)));
      if (!head) continue;
      std::string name = country;
      for (std::size_t n = after + 1; n <= k; ++n) name += " " + capitalise(std::string(lower_tok(d_, n)));
      std::size_t a = b_.actor(name, *head);
      b_.doc.actors[a].affiliation = slugify(country);
      b_.mention(a, b_.span(after + 1, k + 1));
      return k + 1;
    }
    return after;
  }

  static std::string capitalise(std::string word) {
    if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 'a' + 'A');
    return word;
  }

  // "Russian officials", "the Indian side" -> the country; "Russian embassy" -> an
  // organisation of that country; other adjectival uses are not actors.
  std::size_t demonym(const GazetteerHit& hit) {
    if (hit.end < end_) {
      std::string next(lower_tok(d_, hit.end));
      if (g_.is_government_noun(next)) {
        std::size_t a = b_.actor(hit.entry->canonical, ActorKind::country);
        b_.mention(a, b_.span(hit.first, hit.end));
        return hit.end + 1;
      }
      if (const ActorKind* head = g_.head_kind(capitalise(next))) {
        std::string name = std::string(tok(d_, hit.first)) + " " + capitalise(next);
        std::size_t a = b_.actor(name, *head);
        b_.doc.actors[a].affiliation = slugify(hit.entry->canonical);
        b_.mention(a, b_.span(hit.first, hit.end + 1));
        return hit.end + 1;
      }
    }
    return hit.end;
  }

  // The country a title at i belongs to: a demonym right before it ("Russian President")
  // or a country and possessive ("Russia's President").
  std::optional<std::string> title_country(std::size_t i) const {
    if (i > first_) {
      for (std::size_t from = i > first_ + 2 ? i - 3 : first_; from < i; ++from) {
        GazetteerHit dem = match(from, i, {EntryKind::demonym});
        if (dem.entry && dem.end == i) return dem.entry->canonical;
      }
    }
    if (i >= first_ + 2 && g_.is_possessive(lower_tok(d_, i - 1))) {
      auto it = b_.country_ending_at.find(i - 2);
      if (it != b_.country_ending_at.end()) return b_.doc.actors[it->second].name;
    }
    return std::nullopt;
  }

  // [Demonym|Country 's] Title [to Country] Name -> person with role and affiliation.
  std::size_t titled_person(std::size_t i) {
    std::size_t t = i;
    GazetteerHit dem = match(i, end_, {EntryKind::demonym});
    if (dem.entry) t = dem.end;
    if (t >= end_) return i;
    GazetteerHit title = match(t, end_, {EntryKind::title});
    if (!title.entry) return i;
    std::size_t n = title.end;
    std::string role = title.entry->canonical;
    char sex = g_.title_gender(role);
    if (g_.is_courtesy_title(role)) {
      // "Mr Justice Anthony Mann": a courtesy title before the title that names the role.
      GazetteerHit second = match(n, end_, {EntryKind::title});
      if (second.entry && !g_.is_courtesy_title(second.entry->canonical)) {
        role = second.entry->canonical;
        if (!sex) sex = g_.title_gender(role);
        n = second.end;
      }
    }
    if (n + 1 < end_ && lower_tok(d_, n) == "to") {
      GazetteerHit place = match(n + 1, end_, {EntryKind::country});
      if (place.entry) {
        role += " to " + place.entry->canonical;
        n = place.end;
      }
    }
    if (n >= end_ || !name_word(b_, n)) return i;
    std::size_t full = name_end(b_, g_, i, end_);
    for (std::size_t k = i; k < full; ++k)
      if (g_.head_kind(tok(d_, k))) return i;  // "General Motors", "Prime Minister's Office"
    std::size_t name_to = before_connector(d_, n, name_end(b_, g_, n, end_));
    if (!person_like(d_, n, name_to)) return i;
    std::optional<std::string> affiliation = dem.entry ? std::optional<std::string>(dem.entry->canonical)
                                                       : title_country(i);
    std::optional<std::string> employer;  // "Apple CEO Steve Jobs"
    if (!affiliation && i > first_) {
      auto it = b_.org_ending_at.find(i - 1);
      if (it != b_.org_ending_at.end()) employer = b_.doc.actors[it->second].name;
    }
    std::size_t a = person_at(n, name_to);
    if (sex) b_.gender.emplace(a, sex);
    if (affiliation && !b_.doc.actors[a].affiliation) b_.doc.actors[a].affiliation = slugify(*affiliation);
    if (employer && !b_.doc.actors[a].affiliation) b_.doc.actors[a].affiliation = slugify(*employer);
    if (employer && !g_.is_courtesy_title(role)) affiliation = employer;
    if (!g_.is_courtesy_title(role))
      b_.add_role(a, affiliation && role.find(" to ") == std::string::npos ? role + " of " + *affiliation : role);
    b_.mention(a, b_.span(n, name_to));
    return name_to;
  }

  // The person named by tokens [n, to): a user dictionary entry when one names it.
  std::size_t person_at(std::size_t n, std::size_t to) {
    GazetteerHit known = match(n, to, {EntryKind::known});
    if (known.entry && known.end == to) return b_.known(known.entry->known);
    std::string name;
    for (std::size_t k = n; k < to; ++k) name += (k > n ? " " : "") + std::string(tok(d_, k));
    return b_.actor(name, ActorKind::person);
  }

  // A title with no name after it is not an actor; it is noted for resolution. Returns
  // the token after it, or i when there is no title at i.
  std::size_t title_alone(std::size_t i) {
    GazetteerHit title = match(i, end_, {EntryKind::title});
    if (!title.entry || g_.is_courtesy_title(title.entry->canonical)) return i;
    std::optional<std::string> country = title_country(i);
    bool determined = country || (i > first_ && lower_tok(d_, i - 1) == "the");
    if (!determined && !starts_upper(tok(d_, i))) return i;
    if (determined || starts_upper(tok(d_, i)))
      b_.titles.push_back({i, title.end, title.entry->canonical, country.value_or(""), sentence_});
    return starts_upper(tok(d_, i)) ? title.end : i;
  }

  std::size_t capitalised(std::size_t i, std::size_t name_to, std::vector<std::size_t>& singles) {
    std::size_t head_at = name_to;
    const ActorKind* head = nullptr;
    for (std::size_t k = i; k < name_to; ++k)
      if (const ActorKind* h = g_.head_kind(tok(d_, k))) head = h, head_at = k;
    std::size_t cut = before_connector(d_, i, name_to);
    if (head && head_at < cut) return organization(i, name_to, *head);
    if (head && cut - i >= 2 && person_like(d_, i, cut)) {
      // "Tomás Rebollo of the Valdeserra Council": a person, then the organisation.
      b_.mention(b_.actor(join(i, cut), ActorKind::person), b_.span(i, cut));
      return cut;
    }
    if (head) {
      // "Shares of Apple Inc": the organisation is what follows the connector.
      std::size_t from = cut;
      while (from < head_at && !starts_upper(tok(d_, from))) ++from;
      return organization(from, name_to, *head);
    }
    std::string name = join(i, cut);
    if (cut - i == 1) {
      if (all_caps(tok(d_, i)) && tok(d_, i).size() <= 6) {
        if (abbreviation_of_organization(i)) b_.mention(b_.actor(name, ActorKind::organization), b_.span(i, cut));
      } else {
        singles.push_back(i);
      }
      return cut;
    }
    if (i == first_ && cut - i == 2 && g_.is_not_actor(lower_tok(d_, i))) return i + 1;
    if (cut < end_ && g_.is_place_noun(tok(d_, cut))) {
      // "the Encinar Alto dam", "the Tagus river": a named place.
      b_.mention(b_.actor(name, ActorKind::place), b_.span(i, cut));
      return cut;
    }
    if (person_like(d_, i, cut) && org_cue(i, cut, false)) {
      b_.org_names.insert(name);  // "electronics retailer Best Buy", "Apple Computer's shares"
      return organization(i, cut, ActorKind::organization);
    }
    if (!person_like(d_, i, cut) || before_a_title_) return cut;
    if (g_.is_instrument_noun(lower_tok(d_, cut - 1))) return cut;  // "the Albufeira Convention"
    if (not_a_person(i, cut)) return cut;
    std::size_t a = b_.actor(name, ActorKind::person);
    b_.mention(a, b_.span(i, cut));
    // "X of Spain": the person's affiliation, when the text gives one.
    if (cut + 1 < end_ && lower_tok(d_, cut) == "of") {
      GazetteerHit place = match(cut + 1, end_, {EntryKind::country});
      if (place.entry && !b_.doc.actors[a].affiliation) b_.doc.actors[a].affiliation = slugify(place.entry->canonical);
    }
    return cut;
  }

  // An organisation name; a head of kind `other` ("Conference", "Store") makes the name
  // an event or a product, not an actor. A company suffix keeps its stop ("Apple Inc.").
  std::size_t organization(std::size_t i, std::size_t to, ActorKind kind) {
    if (kind == ActorKind::other) return to;
    std::string name = join(i, to);
    std::size_t end = to;
    if (to < end_ && tok(d_, to) == "." && d_.tokens[to].span.begin == d_.tokens[to - 1].span.end &&
        g_.company_suffixes().takes_stop(lower_tok(d_, to - 1))) {
      name += ".";
      end = to + 1;
    }
    std::size_t a = b_.actor(name, kind);
    b_.mention(a, b_.span(i, end));
    if (kind == ActorKind::organization) b_.org_ending_at[end - 1] = a;
    return end;
  }

  // An abbreviation in capitals names an organisation unless ordinary English has it as
  // something else ("TV", "OS") or the document spells it out as an event or a place
  // ("the World Wide Developers Conference (WWDC)").
  bool abbreviation_of_organization(std::size_t i) const {
    std::string_view low = lower_tok(d_, i);
    return !names_no_organization(low) && !b_.not_org_abbreviations.count(low);
  }

  std::string join(std::size_t from, std::size_t to) const {
    std::string name;
    for (std::size_t k = from; k < to; ++k) name += (k > from ? " " : "") + std::string(tok(d_, k));
    return name;
  }

  Builder& b_;
  const DocumentAnalysis& d_;
  const Gazetteer& g_;
  std::size_t sentence_;
  std::size_t first_;
  std::size_t end_;
  bool before_a_title_ = false;  // the capitals being read end where a title begins
};

// "the World Wide Developers Conference (WWDC)": an abbreviation spelled out as an event
// or a place (its last capitalised word is a head of kind other or place) names no
// organisation anywhere in the document.
void spelled_out_abbreviations(Builder& b, const Gazetteer& g) {
  const DocumentAnalysis& d = b.doc;
  for (std::size_t k = 1; k + 2 < d.tokens.size(); ++k) {
    if (d.tokens[k].span.size() != 1 || d.document.text[d.tokens[k].span.begin] != '(') continue;
    if (tok(d, k + 2) != ")" || !all_caps(tok(d, k + 1))) continue;
    const ActorKind* head = g.head_kind(tok(d, k - 1));
    if (head && (*head == ActorKind::other || *head == ActorKind::place))
      b.not_org_abbreviations.insert(std::string(lower_tok(d, k + 1)));
  }
}

// Lines in title case, as headlines are written ("Tara Reid Finally Checks Into Rehab"):
// four words or more, each capitalised, so capitals say nothing about names there. A line
// is judged alone, since a headline often runs into the next line's sentence.
std::vector<char> title_case_tokens(const DocumentAnalysis& d) {
  std::vector<char> titled(d.tokens.size(), 0);
  auto judge = [&](std::size_t first, std::size_t end) {
    std::size_t words = 0;
    for (std::size_t i = first; i < end; ++i) {
      if (d.tokens[i].kind != Token::Kind::word || !starts_alpha(tok(d, i))) continue;
      if (!starts_upper(tok(d, i))) return;
      ++words;
    }
    if (words >= 4) std::fill(titled.begin() + first, titled.begin() + end, 1);
  };
  // Between two tokens is mostly one space: a loop over it costs less than memchr.
  auto line_break_before = [&](std::size_t i) {
    for (std::size_t k = d.tokens[i - 1].span.end; k < d.tokens[i].span.begin; ++k)
      if (d.document.text[k] == '\n') return true;
    return false;
  };
  std::size_t line = 0;
  for (std::size_t i = 1; i <= d.tokens.size(); ++i) {
    if (i < d.tokens.size() && !line_break_before(i)) continue;
    judge(line, i);
    line = i;
  }
  return titled;
}

// In a title-case line a word is taken as part of a name only when the document
// capitalises it inside an ordinary sentence too: "Lindsay Lohan Leaves Betty Ford" names
// Lindsay Lohan and Betty Ford when the article speaks of "Lohan" and "the Betty Ford
// Center", and no "Lindsay Lohan Leaves Betty Ford". A document of title-case lines alone
// keeps the words that are no common English word.
void demote_title_case_words(Builder& b) {
  const DocumentAnalysis& d = b.doc;
  const std::vector<char> titled = title_case_tokens(d);
  if (std::find(titled.begin(), titled.end(), 1) == titled.end()) return;
  bool ordinary = false;
  std::set<std::string_view> named_inside;
  for (std::size_t i = 0; i < d.tokens.size(); ++i) {
    if (titled[i]) continue;
    ordinary = true;
    if (b.name_words[i] && d.sentences[b.sentence_of[i]].first_token != i)
      named_inside.insert(lower_tok(d, i));
  }
  for (std::size_t i = 0; i < d.tokens.size(); ++i) {
    if (!titled[i] || !b.name_words[i]) continue;
    std::string_view low = lower_tok(d, i);
    if (ordinary ? !named_inside.count(low) : common_word(low)) b.name_words[i] = 0;
  }
}

// Per-token facts every pass needs: inside a time expression, the sentence, whether it
// can be part of a name, and the names that start with it (asked many times per token).
void index_tokens(Builder& b, const Gazetteer& g) {
  const auto& tokens = b.doc.tokens;
  b.in_timex.assign(tokens.size(), 0);
  b.sentence_of.assign(tokens.size(), 0);
  b.name_words.resize(tokens.size());
  b.starts.resize(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    b.name_words[i] = is_name_word(b.doc, g, i) ? 1 : 0;
    b.starts[i] = g.starting(lower_tok(b.doc, i));
  }
  for (std::size_t s = 0; s < b.doc.sentences.size(); ++s)
    for (std::size_t i = b.doc.sentences[s].first_token; i < b.doc.sentences[s].end_token; ++i) b.sentence_of[i] = s;
  demote_title_case_words(b);
  spelled_out_abbreviations(b, g);
  for (const Timex& t : b.doc.timexes) {
    auto it = std::lower_bound(tokens.begin(), tokens.end(), t.span.begin,
                               [](const Token& tk, std::size_t off) { return tk.span.begin < off; });
    for (; it != tokens.end() && it->span.begin < t.span.end; ++it)
      if (t.span.contains(it->span)) b.in_timex[static_cast<std::size_t>(it - tokens.begin())] = 1;
  }
}

}  // namespace

ActorRecognizer::ActorRecognizer(std::shared_ptr<const LanguageData> language,
                                 std::shared_ptr<const ActorDictionary> dictionary)
    : language_(std::move(language)),
      segmenter_(*language_),
      gazetteer_(*language_, segmenter_),
      dictionary_(std::move(dictionary)) {
  if (dictionary_) gazetteer_.add_dictionary(segmenter_, *dictionary_);
}

void ActorRecognizer::process(DocumentAnalysis& doc) const {
  fill_lower_text(doc);
  Builder b{doc, dictionary_.get(), {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}};
  index_tokens(b, gazetteer_);
  std::vector<std::size_t> singles;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    SentenceScanner scan(b, gazetteer_, si, s.first_token, s.end_token);
    for (std::size_t i = s.first_token; i < s.end_token;) {
      std::size_t next = scan.at(i, singles);
      i = next == i ? i + 1 : next;
    }
  }
  link_singles(b, gazetteer_, singles);
  type_cued_names(b);
  link_titles(b);
  std::sort(doc.actor_mentions.begin(), doc.actor_mentions.end(),
            [](const ActorMention& x, const ActorMention& y) { return x.span < y.span; });
  link_pronouns(b, gazetteer_);
  link_organization_references(b, gazetteer_);
  fold_short_company_names(b, gazetteer_);
  std::sort(doc.actor_mentions.begin(), doc.actor_mentions.end(),
            [](const ActorMention& x, const ActorMention& y) { return x.span < y.span; });
  for (Actor& a : doc.actors) {
    std::sort(a.aliases.begin(), a.aliases.end());
    std::sort(a.roles.begin(), a.roles.end());
  }
}

}  // namespace chronicle::detail

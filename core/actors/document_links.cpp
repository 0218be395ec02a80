// Actor passes over a whole document: what one sentence cannot tell, as a surname used
// alone, a title without a name, a pronoun or "the company".
#include "actors/document_links.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "actors/name_evidence.h"

namespace chronicle::detail::actors_stage {

static std::string first_word(const std::string& name) { return name.substr(0, name.find(' ')); }
static std::string last_word(const std::string& name) {
  std::size_t sp = name.rfind(' ');
  return sp == std::string::npos ? name : name.substr(sp + 1);
}

// The single words that an organisation cue stands next to at one of their mentions
// ("Apple's website", "shares of Apple", "Apple unveiled"): one cue is enough for every
// mention of the word in the document, as a writer does not switch what a name means. A
// word that is also a common noun needs two ("Oil executives" is no company's name).
static std::set<std::string, std::less<>> cued_words(const Builder& b, const Gazetteer& g,
                                              const std::vector<std::size_t>& singles) {
  std::map<std::string, int, std::less<>> cues;
  for (std::size_t i : singles) {
    const Sentence& s = b.doc.sentences[b.sentence_of[i]];
    for (CuePlace place : {CuePlace::before, CuePlace::after, CuePlace::verb})
      if (g.org_cue(b.doc, place, i, i + 1, s.first_token, s.end_token)) {
        ++cues[std::string(tok(b.doc, i))];
        break;
      }
  }
  std::set<std::string, std::less<>> cued;
  for (const auto& [word, count] : cues)
    if (count >= 2 || !common_word(lower(word))) cued.insert(word);
  return cued;
}

// Links a single capitalised word to the person whose last name it is ("Modi"), or the
// organisation whose first word it is ("Apple" for "Apple Inc."); an unknown one becomes
// an organisation when a cue says so at one of its mentions, a person when it opens a
// sentence before a lowercase word ("Zhirnov praised"), a place after "in"/"at",
// otherwise an actor of unknown kind.
void link_singles(Builder& b, const Gazetteer& g, const std::vector<std::size_t>& singles) {
  const auto cued = cued_words(b, g, singles);
  std::map<std::string, std::set<std::size_t>> by_surname, by_first_word;
  for (std::size_t a = 0; a < b.doc.actors.size(); ++a) {
    const Actor& actor = b.doc.actors[a];
    if (actor.name.find(' ') == std::string::npos) continue;
    if (actor.kind == ActorKind::person) by_surname[last_word(actor.name)].insert(a);
    if (actor.kind == ActorKind::organization) by_first_word[first_word(actor.name)].insert(a);
  }
  std::set<std::string, std::less<>> inside;
  for (std::size_t i : singles)
    if (b.doc.sentences[b.sentence_of[i]].first_token != i) inside.insert(std::string(tok(b.doc, i)));
  for (std::size_t i : singles) {
    std::string word(tok(b.doc, i));
    Span span = b.doc.tokens[i].span;
    auto person = by_surname.find(word);
    auto org = by_first_word.find(word);
    std::size_t persons = person == by_surname.end() ? 0 : person->second.size();
    std::size_t orgs = org == by_first_word.end() ? 0 : org->second.size();
    if (persons + orgs == 1) {
      b.mention(persons ? *person->second.begin() : *org->second.begin(), span);
      continue;
    }
    if (persons == 0 && orgs > 1) {
      // Several organisations share the word ("Apple Inc.", "Apple Computer"): the
      // one named first, as a short name usually follows the full one.
      b.mention(*org->second.begin(), span);
      continue;
    }
    if (persons + orgs > 1) continue;  // a person and something else: ambiguous
    bool initial = b.doc.sentences[b.sentence_of[i]].first_token == i;
    // A capital that opens a sentence is a name when the word is also capitalised inside
    // some sentence, or when it is no common English word ("Modi spoke", not "Any").
    if (initial && !inside.count(word) && common_word(lower(word))) continue;
    if (cued.count(word) || b.org_names.count(word)) {
      b.mention(b.actor(word, ActorKind::organization), span);
      continue;
    }
    bool verb_next = i + 1 < b.doc.tokens.size() && !starts_upper(tok(b.doc, i + 1)) &&
                     b.doc.tokens[i + 1].kind == Token::Kind::word;
    if (initial && !verb_next) continue;
    bool place = !initial && g.is_place_preposition(lower_tok(b.doc, i - 1));
    ActorKind kind = initial ? ActorKind::person : place ? ActorKind::place : ActorKind::other;
    b.mention(b.actor(word, kind), span);
  }
}

// A name a cue showed to be an organisation at one mention is one at all of them: an
// actor first made a person from its bare name ("Best Buy" before "retailer Best Buy")
// becomes an organisation, unless a title gave it a role.
void type_cued_names(Builder& b) {
  for (Actor& a : b.doc.actors)
    if (a.kind == ActorKind::person && a.roles.empty() && b.org_names.count(a.name)) a.kind = ActorKind::organization;
}

// The day each sentence speaks of, for dated roles: its first dated expression, else
// the document date. One pass over the time expressions.
static std::vector<std::optional<Day>> sentence_days(const Builder& b) {
  const auto& doc = b.doc;
  std::vector<std::optional<Day>> days(doc.sentences.size());
  std::vector<char> own(doc.sentences.size(), 0);
  for (const Timex& t : doc.timexes) {
    if (!t.begin || t.granularity != Granularity::day) continue;
    auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), t.span.begin,
                               [](std::size_t off, const Sentence& s) { return off < s.span.begin; });
    if (it == doc.sentences.begin()) continue;
    auto si = static_cast<std::size_t>(it - doc.sentences.begin()) - 1;
    if (!own[si] && doc.sentences[si].span.contains(t.span)) {
      days[si] = t.begin;
      own[si] = 1;
    }
  }
  for (std::size_t si = 0; si < days.size(); ++si)
    if (!own[si]) days[si] = doc.document.dct;
  return days;
}

static bool same_text(std::string_view a, std::string_view b) { return lower(a) == lower(b); }

// The one user dictionary entry holding `ref`'s title (of its country) on `day`, if any.
static std::optional<std::size_t> dictionary_holder(const ActorDictionary& dict,
                                             const std::multimap<std::string, std::size_t>& by_title,
                                             const TitleRef& ref, std::optional<Day> day) {
  std::set<std::size_t> entries;
  auto [from, to] = by_title.equal_range(lower(ref.title));
  for (auto it = from; it != to; ++it)
    for (const auto& r : dict.actors[it->second].roles) {
      if (!same_text(r.title, ref.title)) continue;
      if (!ref.country.empty() && !same_text(r.of, ref.country)) continue;
      if (day && ((r.from && *day < *r.from) || (r.to && *r.to < *day))) continue;
      entries.insert(it->second);
    }
  if (entries.size() != 1) return std::nullopt;
  return *entries.begin();
}

// "the Prime Minister" -> who held it on the sentence's day, by the user dictionary;
// else the one person in the document holding it (of the same country, when given).
void link_titles(Builder& b) {
  // (lowercase title, affiliation id or "") -> the holders; "" counts every holder.
  std::map<std::pair<std::string, std::string>, std::set<std::size_t>> holders;
  for (std::size_t a = 0; a < b.doc.actors.size(); ++a)
    for (const auto& role : b.doc.actors[a].roles) {
      std::string title = lower(role.substr(0, role.find(" of ")));
      holders[{title, ""}].insert(a);
      if (b.doc.actors[a].affiliation) holders[{title, *b.doc.actors[a].affiliation}].insert(a);
    }
  std::multimap<std::string, std::size_t> by_title;  // lowercase title -> dictionary entry
  if (b.dictionary)
    for (std::size_t e = 0; e < b.dictionary->actors.size(); ++e)
      for (const auto& r : b.dictionary->actors[e].roles) by_title.emplace(lower(r.title), e);
  std::vector<std::optional<Day>> days = b.titles.empty() ? std::vector<std::optional<Day>>{} : sentence_days(b);
  for (const TitleRef& ref : b.titles) {
    std::optional<std::size_t> found;
    if (b.dictionary)
      if (auto entry = dictionary_holder(*b.dictionary, by_title, ref, days[ref.sentence])) found = b.known(*entry);
    if (!found) {
      auto it = holders.find({lower(ref.title), ref.country.empty() ? "" : slugify(ref.country)});
      if (it != holders.end() && it->second.size() == 1) found = *it->second.begin();
    }
    if (found) b.mention(*found, b.span(ref.first, ref.end), Builder::Form::title);
  }
}

// he/she/his/her -> the most recent person mentioned in this sentence or the two before
// (a resolved pronoun counts as a mention, so a chain of "he" keeps its person). An
// object pronoun ("Modi thanked him") does not refer to a person named earlier in its
// own sentence when another person is in reach: it takes the one before. A title that
// tells the sex (gendered_titles.tsv: "Mr", "Queen") keeps "she" from a man and "he"
// from a woman: the pronoun then takes the person before, or nobody.
void link_pronouns(Builder& b, const Gazetteer& g) {
  std::vector<std::pair<std::size_t, std::size_t>> persons;  // (begin offset, actor)
  for (const ActorMention& m : b.doc.actor_mentions)
    if (b.doc.actors[m.actor].kind == ActorKind::person) persons.emplace_back(m.span.begin, m.actor);
  std::sort(persons.begin(), persons.end());
  std::size_t next = 0;
  struct Seen {
    std::size_t actor, sentence;
  };
  std::optional<Seen> last, before;  // the latest person and the latest other one
  auto see = [&](std::size_t actor, std::size_t sentence) {
    if (last && last->actor != actor) before = last;
    last = Seen{actor, sentence};
  };
  for (std::size_t i = 0; i < b.doc.tokens.size(); ++i) {
    std::size_t begin = b.doc.tokens[i].span.begin, sentence = b.sentence_of[i];
    for (; next < persons.size() && persons[next].first <= begin; ++next) see(persons[next].second, sentence);
    const PersonPronoun* pronoun = g.person_pronoun(lower_tok(b.doc, i));
    if (!pronoun) continue;
    std::optional<Seen> target = last;
    using Case = PersonPronoun::Case;
    bool object = pronoun->grammatical_case == Case::object ||
                  (pronoun->grammatical_case == Case::object_or_possessive &&
                   i + 1 < b.doc.tokens.size() && b.doc.tokens[i + 1].kind == Token::Kind::punct);
    if (object && last && last->sentence == sentence) target = before;
    // "she" after "Mr Harlow" is not Mr Harlow: the person before, if of no other sex
    char sex = pronoun->sex;
    auto fits = [&](const std::optional<Seen>& p) {
      auto it = p ? b.gender.find(p->actor) : b.gender.end();
      return it == b.gender.end() || it->second == sex;
    };
    if (target && !fits(target)) target = target->actor == last->actor && fits(before) ? before : std::nullopt;
    if (!target || sentence > target->sentence + 2) continue;
    b.mention(target->actor, b.doc.tokens[i].span, Builder::Form::pronoun);
    see(target->actor, sentence);
  }
}

// "the company", "the Cupertino-based firm" and it/its -> the organisation named last in
// this sentence or the one before. A person named in between does not stop it: news
// writes "its" of the company even right after naming its chief executive.
void link_organization_references(Builder& b, const Gazetteer& g) {
  const auto& d = b.doc;
  std::vector<std::pair<std::size_t, std::size_t>> named;  // (begin offset, actor)
  for (const ActorMention& m : d.actor_mentions) {
    ActorKind kind = d.actors[m.actor].kind;
    if (kind == ActorKind::organization || kind == ActorKind::group) named.emplace_back(m.span.begin, m.actor);
  }
  if (named.empty()) return;
  std::sort(named.begin(), named.end());
  std::size_t next = 0;
  bool seen = false;
  std::size_t org = 0, org_sentence = 0;  // the last organisation and its sentence
  for (std::size_t i = 0; i < d.tokens.size(); ++i) {
    std::size_t sentence = b.sentence_of[i];
    for (; next < named.size() && named[next].first <= d.tokens[i].span.begin; ++next) {
      seen = true;
      org = named[next].second;
      org_sentence = sentence;
    }
    if (!seen || sentence > org_sentence + 1) continue;
    std::string_view low = lower_tok(d, i);
    std::size_t end = i + 1;
    if (g.is_definite_article(low)) {
      end = i;
      // a few modifiers between, hyphenated ones included ("the Cupertino-based firm")
      for (std::size_t k = i + 1; k < d.tokens.size() && k <= i + 5 && b.sentence_of[k] == sentence; ++k) {
        if (d.tokens[k].kind != Token::Kind::word && tok(d, k) != "-") break;
        if (g.is_organization_reference(lower_tok(d, k))) {
          end = k + 1;
          break;
        }
      }
      if (end == i || (end < d.tokens.size() && starts_upper(tok(d, end)))) continue;  // "the firm Gartner"
    } else if (!g.is_organization_pronoun(low)) {
      continue;
    }
    b.mention(org, b.span(i, end), Builder::Form::pronoun);
  }
}

// A one-word organisation that is the short name of a company named in full in the
// document ("Apple" and "Apple Inc.") becomes that company: its mentions move, and the
// short actor is dropped.
void fold_short_company_names(Builder& b, const Gazetteer& g) {
  const CompanySuffixes& suffixes = g.company_suffixes();
  auto& actors = b.doc.actors;
  std::map<std::string, std::size_t> company;  // first word -> first company so named
  for (const ActorMention& m : b.doc.actor_mentions) {
    const Actor& a = actors[m.actor];
    std::size_t sp = a.name.find(' ');
    if (a.kind == ActorKind::organization && sp != std::string::npos &&
        suffixes.ends_name(last_word(a.name)))
      company.emplace(a.name.substr(0, sp), m.actor);
  }
  std::vector<std::size_t> target(actors.size());
  for (std::size_t a = 0; a < actors.size(); ++a) {
    target[a] = a;
    auto it = company.find(actors[a].name);
    if (actors[a].kind == ActorKind::organization && it != company.end()) target[a] = it->second;
  }
  bool any_folded = false;
  for (std::size_t a = 0; a < actors.size(); ++a) any_folded = any_folded || target[a] != a;
  if (!any_folded) return;  // most documents: every actor and mention stays where it is
  std::vector<std::size_t> position(actors.size());
  std::vector<Actor> kept;
  for (std::size_t a = 0; a < actors.size(); ++a) {
    if (target[a] != a) {
      Actor& into = actors[target[a]];
      for (const auto& alias : actors[a].aliases)
        if (std::find(into.aliases.begin(), into.aliases.end(), alias) == into.aliases.end()) into.aliases.push_back(alias);
      into.mentions += actors[a].mentions;
    }
  }
  for (std::size_t a = 0; a < actors.size(); ++a)
    if (target[a] == a) {
      position[a] = kept.size();
      kept.push_back(std::move(actors[a]));
    }
  for (ActorMention& m : b.doc.actor_mentions) m.actor = position[target[m.actor]];
  actors = std::move(kept);
}

}  // namespace chronicle::detail::actors_stage

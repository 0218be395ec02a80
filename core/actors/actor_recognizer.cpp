// Actor recognition. Design: a first pass over each sentence takes, at every token, the
// longest of (a) a title followed by a capitalised name ("Prime Minister Narendra Modi",
// "ambassador to Afghanistan Dmitry Zhirnov"), (b) a known name (country, organisation,
// group, capital), (c) a demonym standing for its state ("the Indian side"), and
// (d) a capitalised name of two or more words (a person, or an organisation when it
// holds a head word such as "Ministry"). A second pass links a single capitalised word
// to the person in the document whose surname it is ("Modi"), and a title alone ("the
// Prime Minister") to the one person in the document holding it.
#include "actors/actor_recognizer.h"

#include <algorithm>
#include <map>

#include "util/text.h"

namespace chronicle::detail {
namespace {

struct Builder {
  DocumentAnalysis& doc;
  std::map<std::string, std::size_t> index;  // actor id -> position in doc.actors

  std::size_t actor(const std::string& name, ActorKind kind) {
    std::string id = slugify(name);
    auto it = index.find(id);
    if (it != index.end()) return it->second;
    Actor a;
    a.id = id;
    a.name = name;
    a.kind = kind;
    doc.actors.push_back(std::move(a));
    index[id] = doc.actors.size() - 1;
    return doc.actors.size() - 1;
  }

  void mention(std::size_t actor_index, Span span) {
    Actor& a = doc.actors[actor_index];
    std::string surface = squeeze_space(doc.text(span));
    if (std::find(a.aliases.begin(), a.aliases.end(), surface) == a.aliases.end())
      a.aliases.push_back(surface);
    ++a.mentions;
    doc.actor_mentions.push_back({span, actor_index});
  }

  void add_role(std::size_t actor_index, const std::string& role) {
    auto& roles = doc.actors[actor_index].roles;
    if (!role.empty() && std::find(roles.begin(), roles.end(), role) == roles.end())
      roles.push_back(role);
  }

  Span span(std::size_t first, std::size_t end) const {
    return {doc.tokens[first].span.begin, doc.tokens[end - 1].span.end};
  }
};

std::string_view tok(const DocumentAnalysis& d, std::size_t i) { return d.text(d.tokens[i].span); }

bool is_possessive(std::string_view t) {
  return t == "'s" || t == "\xE2\x80\x99s" || t == "'S";
}

// A word that can be part of a person's name: capitalised, letters, not a known non-name.
bool name_word(const DocumentAnalysis& d, const Gazetteer& g, std::size_t i) {
  std::string_view t = tok(d, i);
  return d.tokens[i].kind == Token::Kind::word && starts_upper(t) && !is_possessive(t) &&
         !g.is_not_actor(lower(t));
}

// Capitalised words from i, allowing "of"/"the"/"for"/"de"/"al" inside organisation names.
std::size_t name_end(const DocumentAnalysis& d, const Gazetteer& g, std::size_t i, std::size_t end) {
  std::size_t j = i;
  while (j < end) {
    if (name_word(d, g, j)) {
      ++j;
      continue;
    }
    std::string low = lower(tok(d, j));
    bool connector = low == "of" || low == "for" || low == "de" || low == "al" || low == "bin";
    if (connector && j > i && j + 1 < end && name_word(d, g, j + 1)) {
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

class SentenceScanner {
 public:
  SentenceScanner(Builder& b, const Gazetteer& g, std::size_t first, std::size_t end)
      : b_(b), d_(b.doc), g_(g), first_(first), end_(end) {}

  // Returns the token after what was recognised at i, or i when nothing was.
  std::size_t at(std::size_t i, std::vector<std::size_t>& singles) {
    if (in_timex(i)) return i;
    if (std::size_t next = titled_person(i); next != i) return next;
    GazetteerHit hit = g_.match(d_, i, end_, {EntryKind::country, EntryKind::organization,
                                              EntryKind::group, EntryKind::capital, EntryKind::demonym});
    if (hit.entry && hit.entry->kind == EntryKind::demonym) return demonym(hit);
    std::size_t name_to = name_word(d_, g_, i) ? name_end(d_, g_, i, end_) : i;
    if (hit.entry && hit.end >= name_to) return known(hit);
    if (name_to == i) return i;
    return capitalised(i, name_to, singles);
  }

 private:
  std::size_t known(const GazetteerHit& hit) {
    ActorKind kind = hit.entry->kind == EntryKind::country        ? ActorKind::country
                     : hit.entry->kind == EntryKind::organization ? ActorKind::organization
                     : hit.entry->kind == EntryKind::group        ? ActorKind::group
                                                                  : ActorKind::place;
    bool capital = hit.entry->kind == EntryKind::capital;
    std::string name = capital ? squeeze_space(d_.text(b_.span(hit.first, hit.end))) : hit.entry->canonical;
    std::size_t a = b_.actor(name, kind);
    if (capital) b_.doc.actors[a].affiliation = slugify(hit.entry->canonical);
    b_.mention(a, b_.span(hit.first, hit.end));
    return hit.end;
  }

  // "Russian officials", "the Indian side" -> the country; "Russian embassy" -> an
  // organisation of that country; other adjectival uses are not actors.
  std::size_t demonym(const GazetteerHit& hit) {
    if (hit.end < end_) {
      std::string next = lower(tok(d_, hit.end));
      if (g_.is_government_noun(next)) {
        std::size_t a = b_.actor(hit.entry->canonical, ActorKind::country);
        b_.mention(a, b_.span(hit.first, hit.end));
        return hit.end + 1;
      }
      if (g_.head_kind(tok(d_, hit.end)) || g_.head_kind(next)) {
        std::string name = std::string(tok(d_, hit.first)) + " " + std::string(tok(d_, hit.end));
        name[name.size() - next.size()] = static_cast<char>(std::toupper(name[name.size() - next.size()]));
        std::size_t a = b_.actor(name, ActorKind::organization);
        b_.doc.actors[a].affiliation = slugify(hit.entry->canonical);
        b_.mention(a, b_.span(hit.first, hit.end + 1));
        return hit.end + 1;
      }
    }
    return hit.end;
  }

  // [Demonym|Country 's] Title [to Country] Name -> person with role and affiliation.
  std::size_t titled_person(std::size_t i) {
    std::optional<std::string> affiliation;
    std::size_t t = i;
    GazetteerHit dem = g_.match(d_, i, end_, {EntryKind::demonym});
    if (dem.entry) {
      affiliation = dem.entry->canonical;
      t = dem.end;
    }
    if (t >= end_) return i;
    GazetteerHit title = g_.match(d_, t, end_, {EntryKind::title});
    if (!title.entry) return i;
    std::size_t n = title.end;
    std::string role = title.entry->canonical;
    if (n + 1 < end_ && lower(tok(d_, n)) == "to") {
      GazetteerHit place = g_.match(d_, n + 1, end_, {EntryKind::country});
      if (place.entry) {
        role += " to " + place.entry->canonical;
        n = place.end;
      }
    }
    std::size_t name_to = n < end_ && name_word(d_, g_, n) ? name_end(d_, g_, n, end_) : n;
    if (name_to == n || !person_like(d_, n, name_to)) return i;
    if (!affiliation) affiliation = possessor(i);
    std::string name;
    for (std::size_t k = n; k < name_to; ++k) name += (k > n ? " " : "") + std::string(tok(d_, k));
    std::size_t a = b_.actor(name, ActorKind::person);
    if (affiliation && !b_.doc.actors[a].affiliation) b_.doc.actors[a].affiliation = slugify(*affiliation);
    if (role != "Mr" && role != "Mrs" && role != "Ms" && role != "Dr") b_.add_role(a, role);
    b_.mention(a, b_.span(n, name_to));
    return name_to;
  }

  // "Russia's ambassador": the country before a possessive.
  std::optional<std::string> possessor(std::size_t i) {
    if (i < first_ + 2 || !is_possessive(tok(d_, i - 1))) return std::nullopt;
    for (const Actor& a : b_.doc.actors) {
      if (a.kind != ActorKind::country) continue;
      if (std::find(a.aliases.begin(), a.aliases.end(), std::string(tok(d_, i - 2))) != a.aliases.end())
        return a.name;
    }
    return std::nullopt;
  }

  std::size_t capitalised(std::size_t i, std::size_t name_to, std::vector<std::size_t>& singles) {
    const ActorKind* head = nullptr;
    for (std::size_t k = i; k < name_to; ++k)
      if (const ActorKind* h = g_.head_kind(tok(d_, k))) head = h;
    if (head) {
      std::string name = join(i, name_to);
      b_.mention(b_.actor(name, *head), b_.span(i, name_to));
      return name_to;
    }
    name_to = before_connector(i, name_to);
    std::string name = join(i, name_to);
    if (name_to - i == 1) {
      if (all_caps(tok(d_, i)) && tok(d_, i).size() <= 6) {
        b_.mention(b_.actor(name, ActorKind::organization), b_.span(i, name_to));
      } else {
        singles.push_back(i);
      }
      return name_to;
    }
    if (i == first_ && name_to - i == 2 && g_.is_not_actor(lower(tok(d_, i)))) return i + 1;
    if (!person_like(d_, i, name_to)) return name_to;
    b_.mention(b_.actor(name, ActorKind::person), b_.span(i, name_to));
    return name_to;
  }

  // Months and weekdays are times, not actors ("On Monday", "in July").
  bool in_timex(std::size_t i) const {
    Span s = d_.tokens[i].span;
    for (const Timex& t : d_.timexes)
      if (t.span.contains(s)) return true;
    return false;
  }

  std::string join(std::size_t from, std::size_t to) const {
    std::string name;
    for (std::size_t k = from; k < to; ++k) name += (k > from ? " " : "") + std::string(tok(d_, k));
    return name;
  }

  // Outside organisation names a connector ends the name: "Putin for Russia" -> "Putin".
  std::size_t before_connector(std::size_t from, std::size_t to) const {
    for (std::size_t k = from + 1; k < to; ++k)
      if (!starts_upper(tok(d_, k))) return k;
    return to;
  }

  Builder& b_;
  const DocumentAnalysis& d_;
  const Gazetteer& g_;
  std::size_t first_;
  std::size_t end_;
};

// Links a single capitalised word to the person whose last (or only) name it is.
void link_surnames(Builder& b, const std::vector<std::size_t>& singles) {
  for (std::size_t i : singles) {
    std::string_view word = tok(b.doc, i);
    std::optional<std::size_t> found;
    bool ambiguous = false;
    for (std::size_t a = 0; a < b.doc.actors.size(); ++a) {
      const Actor& actor = b.doc.actors[a];
      if (actor.kind != ActorKind::person) continue;
      std::string_view n = actor.name;
      std::size_t sp = n.rfind(' ');
      std::string_view last = sp == std::string_view::npos ? n : n.substr(sp + 1);
      if (last != word || n == word) continue;
      if (found && *found != a) ambiguous = true;
      found = a;
    }
    Span span = b.doc.tokens[i].span;
    if (found && !ambiguous) b.mention(*found, span);
    else if (!found) {
      // An unknown single name: a person when it opens a sentence before a lowercase
      // word ("Zhirnov praised"), otherwise an actor of unknown kind ("with Novak").
      bool initial = false;
      for (const Sentence& s : b.doc.sentences) initial |= s.first_token == i;
      bool verb_next = i + 1 < b.doc.tokens.size() && !starts_upper(tok(b.doc, i + 1)) &&
                       b.doc.tokens[i + 1].kind == Token::Kind::word;
      if (initial && !verb_next) continue;
      b.mention(b.actor(std::string(word), initial ? ActorKind::person : ActorKind::other), span);
    }
  }
}

// "the Prime Minister" -> the one person in the document holding that role.
void link_titles(Builder& b, const Gazetteer& g) {
  for (const Sentence& s : b.doc.sentences) {
    for (std::size_t i = s.first_token; i + 1 < s.end_token; ++i) {
      if (lower(tok(b.doc, i)) != "the") continue;
      GazetteerHit title = g.match(b.doc, i + 1, s.end_token, {EntryKind::title});
      if (!title.entry || !starts_upper(tok(b.doc, i + 1))) continue;
      if (title.end < s.end_token && name_word(b.doc, g, title.end)) continue;
      std::optional<std::size_t> holder;
      int holders = 0;
      for (std::size_t a = 0; a < b.doc.actors.size(); ++a) {
        const auto& roles = b.doc.actors[a].roles;
        if (std::find(roles.begin(), roles.end(), title.entry->canonical) != roles.end()) {
          holder = a;
          ++holders;
        }
      }
      if (holders == 1) b.mention(*holder, b.span(i + 1, title.end));
    }
  }
}

}  // namespace

ActorRecognizer::ActorRecognizer() : gazetteer_(segmenter_) {}

void ActorRecognizer::process(DocumentAnalysis& doc) const {
  Builder b{doc, {}};
  std::vector<std::size_t> singles;
  for (const Sentence& s : doc.sentences) {
    SentenceScanner scan(b, gazetteer_, s.first_token, s.end_token);
    for (std::size_t i = s.first_token; i < s.end_token;) {
      std::size_t next = scan.at(i, singles);
      i = next == i ? i + 1 : next;
    }
  }
  link_surnames(b, singles);
  link_titles(b, gazetteer_);
  std::sort(doc.actor_mentions.begin(), doc.actor_mentions.end(),
            [](const ActorMention& x, const ActorMention& y) { return x.span < y.span; });
  for (Actor& a : doc.actors) std::sort(a.aliases.begin(), a.aliases.end());
}

}  // namespace chronicle::detail

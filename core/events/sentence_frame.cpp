// Participants, time and factuality of the events in one sentence (see
// event_extractor.cpp for the design).
#include "events/sentence_frame.h"

#include <algorithm>
#include <optional>

#include "util/data_files.h"
#include "util/text.h"

namespace chronicle::detail {
namespace {

bool finer(Granularity a, Granularity b) { return fineness(a) > fineness(b); }

void add_unique(std::vector<std::string>& v, const std::vector<std::string>& more) {
  for (const auto& a : more)
    if (std::find(v.begin(), v.end(), a) == v.end()) v.push_back(a);
}

// The values of a word class, each parsed by `parse`; a value it refuses is an error at
// the word's line.
template <class T, class Parse>
StringMap<T> parsed_class(const LanguageData& language, std::string_view name, Parse parse) {
  StringMap<T> out;
  const WordClass& words = language.words(name);
  for (const auto& [word, value] : words.words()) {
    std::optional<T> parsed = parse(value);
    if (!parsed)
      data_error(language.path("lexicons/word_classes.tsv"), words.line(word),
                 "bad value '" + value + "' for " + std::string(name));
    out.emplace(word, *parsed);
  }
  return out;
}

std::optional<Granularity> parse_unit(std::string_view value) {
  if (value == "day") return Granularity::day;
  if (value == "week") return Granularity::week;
  if (value == "month") return Granularity::month;
  if (value == "year") return Granularity::year;
  return std::nullopt;
}

// The actors of an event other than its places.
std::set<std::string> actors_of(const Event& e) {
  std::set<std::string> actors;
  for (const auto& p : e.participants)
    if (p.role != "location") actors.insert(p.actor);
  return actors;
}

// Groups the items by the sentence holding them (a counting sort, so each sentence's
// items stay in order); items in no sentence are left out.
template <class Item, class SentenceOf>
BySentence by_sentence(const std::vector<Item>& all, std::size_t sentences,
                       const SentenceOf& sentence_of) {
  std::vector<std::optional<std::size_t>> where(all.size());
  BySentence out;
  out.begin.assign(sentences + 1, 0);
  for (std::size_t k = 0; k < all.size(); ++k)
    if ((where[k] = sentence_of(all[k].span))) ++out.begin[*where[k] + 1];
  for (std::size_t s = 0; s < sentences; ++s) out.begin[s + 1] += out.begin[s];
  out.items.resize(out.begin[sentences]);
  std::vector<std::size_t> next(out.begin.begin(), out.begin.end() - 1);
  for (std::size_t k = 0; k < all.size(); ++k)
    if (where[k]) out.items[next[*where[k]]++] = k;
  return out;
}

}  // namespace

EventWords::EventWords(const LanguageData& lang)
    : language(lang),
      passive_auxiliary(lang.words("passive_auxiliary")),
      verb_adverb(lang.words("verb_adverb")),
      first_person(lang.words("first_person")),
      reporting_verb(lang.words("reporting_verb")),
      attribution_mark(lang.words("attribution_mark")),
      coordination(lang.words("coordination")),
      nonperson_possessive(lang.words("nonperson_possessive")),
      definite_determiner(lang.words("definite_determiner")),
      hours_word(lang.words("hours_word")),
      clause_end(lang.words("clause_end")),
      clause_opener(lang.words("clause_opener")),
      factuality(parsed_class<Factuality>(lang, "factuality_cue", parse_factuality)),
      relative_order(parsed_class<RelativeOrder>(lang, "relative_order", parse_relative_order)),
      offset_unit(parsed_class<Granularity>(lang, "offset_unit", parse_unit)) {}

void index_document(const DocumentAnalysis& doc, DocumentState& state) {
  // the sentence holding a span: the last one starting at or before it
  auto sentence_of = [&](Span span) -> std::optional<std::size_t> {
    auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), span.begin,
                               [](std::size_t b, const Sentence& s) { return b < s.span.begin; });
    if (it == doc.sentences.begin()) return std::nullopt;
    --it;
    if (!it->span.contains(span)) return std::nullopt;
    return static_cast<std::size_t>(it - doc.sentences.begin());
  };
  state.mentions_in = by_sentence(doc.actor_mentions, doc.sentences.size(), sentence_of);
  state.timexes_in = by_sentence(doc.timexes, doc.sentences.size(), sentence_of);
}

SentenceFrame::SentenceFrame(DocumentAnalysis& doc, std::size_t sentence,
                             const TriggerLexicon& lexicon, const PluralRefs& plural_refs,
                             const EventWords& words, DocumentState& state)
    : doc_(doc),
      index_(sentence),
      sentence_(doc.sentences[sentence]),
      lexicon_(lexicon),
      plural_refs_(plural_refs),
      words_(words),
      state_(state) {
  timexes_ = state.timexes_in.of(sentence);
  timex_claimed_.assign(timexes_.size(), false);
}

// The kind of the actor with this id, nullopt when the document has none.
std::optional<ActorKind> SentenceFrame::kind_of(const std::string& id) const {
  std::optional<ActorKind> kind;
  for (const Actor& x : doc_.actors)
    if (x.id == id) kind = x.kind;
  return kind;
}

std::string_view SentenceFrame::word(std::size_t i) const { return doc_.text(doc_.tokens[i].span); }

void SentenceFrame::collect_refs() {
  // a mention lies within the sentence, so its tokens are found among the sentence's
  // (end_token when none starts at or after the byte, as in the whole document)
  auto sentence_begin = doc_.tokens.begin() + static_cast<std::ptrdiff_t>(sentence_.first_token);
  auto sentence_end = doc_.tokens.begin() + static_cast<std::ptrdiff_t>(sentence_.end_token);
  auto token_at = [&](std::size_t byte) {
    auto it = std::lower_bound(sentence_begin, sentence_end, byte,
                               [](const Token& t, std::size_t b) { return t.span.begin < b; });
    return static_cast<std::size_t>(it - doc_.tokens.begin());
  };
  for (std::size_t k : state_.mentions_in.of(index_)) {
    const ActorMention& m = doc_.actor_mentions[k];
    const Actor& a = doc_.actors[m.actor];
    std::size_t first = token_at(m.span.begin);
    std::size_t end = token_at(m.span.end);
    refs_.push_back({first, end, {a.id}, a.kind == ActorKind::place, a.kind});
  }
  for (std::size_t i = sentence_.first_token; i < sentence_.end_token; ++i) {
    std::string_view w = lower_word(i);
    std::uint32_t starting = state_.last_group.empty() ? 0 : plural_refs_.first_words.find(w);
    if (starting != 0) {
      for (std::size_t p : plural_refs_.by_first[starting - 1]) {
        const auto& phrase = plural_refs_.phrases[p];
        if (i + phrase.size() > sentence_.end_token) continue;
        bool ok = true;
        for (std::size_t k = 1; k < phrase.size() && ok; ++k) ok = lower_word(i + k) == phrase[k];
        if (ok)
          refs_.push_back(
              {i, i + phrase.size(), state_.last_group, false, kind_of(state_.last_group.front())});
      }
    }
    if (words_.nonperson_possessive.contains(w) && !refs_.empty()) {
      // the nearest non-person actor before it, skipping the sentence's first (the subject)
      for (auto r = refs_.rbegin(); r != refs_.rend(); ++r) {
        if (r->first >= i || r->place || &*r == &refs_.front()) continue;
        if (r->kind && *r->kind != ActorKind::person) {
          refs_.push_back({i, i + 1, r->actors, false, r->kind});
          break;
        }
      }
    }
  }
  std::sort(refs_.begin(), refs_.end(), [](const ActorRef& x, const ActorRef& y) {
    return x.first != y.first ? x.first < y.first : x.end > y.end;
  });
}

void SentenceFrame::collect_triggers() {
  // a word of a name or of a time expression is no trigger ("5 March")
  std::size_t first = sentence_.first_token;
  std::vector<bool> inside(sentence_.end_token - first, false);
  for (const ActorRef& r : refs_)
    for (std::size_t i = std::max(r.first, first); i < std::min(r.end, sentence_.end_token); ++i)
      inside[i - first] = true;
  for (std::size_t k : timexes_)
    for (std::size_t i = first; i < sentence_.end_token; ++i)
      if (doc_.timexes[k].span.contains(doc_.tokens[i].span)) inside[i - first] = true;
  std::vector<TriggerSpot> found;
  for (std::size_t i = first; i < sentence_.end_token;) {
    TriggerHit hit =
        inside[i - first] ? TriggerHit{} : lexicon_.match(doc_, i, sentence_.end_token);
    if (!hit.entry) {
      ++i;
      continue;
    }
    found.push_back({hit, std::nullopt});
    i = hit.end;
  }
  // a light verb hands its subject to a noun trigger a few words after it
  for (std::size_t k = 0; k < found.size(); ++k) {
    if (found[k].hit.entry->pos != TriggerPos::light) {
      triggers_.push_back(found[k]);
      continue;
    }
    if (k + 1 < found.size() && found[k + 1].hit.entry->pos == TriggerPos::noun &&
        found[k + 1].hit.first - found[k].hit.end <= 5) {
      found[k + 1].light = found[k].hit.first;
      continue;
    }
    if (!found[k].hit.entry->type.empty()) triggers_.push_back(found[k]);
  }
}

std::size_t SentenceFrame::zone_begin(std::size_t t) const {
  return t == 0 ? sentence_.first_token : triggers_[t - 1].hit.end;
}

std::size_t SentenceFrame::zone_end(std::size_t t) const {
  return t + 1 < triggers_.size()
             ? (triggers_[t + 1].light ? *triggers_[t + 1].light : triggers_[t + 1].hit.first)
             : sentence_.end_token;
}

// The first coordinated group of actor references in [from, to).
std::vector<std::string> SentenceFrame::subject_group(std::size_t from, std::size_t to) const {
  std::vector<std::string> group;
  std::size_t last_end = 0;
  for (const ActorRef& r : refs_) {
    if (r.first < from || r.end > to || r.place) continue;
    if (!group.empty()) {
      bool joined = true;
      for (std::size_t k = last_end; k < r.first && joined; ++k)
        joined = words_.coordination.contains(lower_word(k));
      if (!joined) break;
    }
    add_unique(group, r.actors);
    last_end = r.end;
  }
  return group;
}

std::vector<std::string> SentenceFrame::after_word(std::size_t from, std::size_t to,
                                                   std::string_view w) const {
  for (std::size_t i = from; i < to; ++i)
    if (lower_word(i) == w) return subject_group(i + 1, to);
  return {};
}

std::vector<std::string> SentenceFrame::by_phrase(std::size_t from, std::size_t to) const {
  return after_word(from, to, "by");
}

// For a sentence in the first person inside a quotation: who is quoted. Looks ahead in
// the paragraph for "..." NAME said/tweeted.
std::vector<std::string> SentenceFrame::speaker() const {
  std::size_t limit = std::min(doc_.tokens.size(), sentence_.end_token + 200);
  for (std::size_t i = sentence_.first_token; i + 1 < limit; ++i) {
    std::string_view gap = std::string_view(doc_.document.text)
                               .substr(doc_.tokens[i].span.end,
                                       doc_.tokens[i + 1].span.begin - doc_.tokens[i].span.end);
    if (gap.find("\n\n") != std::string_view::npos) break;
    if (!words_.reporting_verb.contains(lower_word(i + 1))) continue;
    for (const ActorMention& m : doc_.actor_mentions)
      if (m.span.end == doc_.tokens[i].span.end && doc_.actors[m.actor].kind == ActorKind::person)
        return {doc_.actors[m.actor].id};
  }
  return {};
}

void SentenceFrame::verb_participants(std::size_t t, Event& e) {
  const TriggerSpot& spot = triggers_[t];
  std::size_t left = zone_begin(t), right = zone_end(t);
  std::size_t head = spot.light ? *spot.light : spot.hit.first;
  std::size_t before = head;
  while (before > left && words_.verb_adverb.contains(lower_word(before - 1))) --before;
  bool passive = before > left && words_.passive_auxiliary.contains(lower_word(before - 1));
  std::vector<std::string> subject = subject_group(left, head);
  std::vector<std::string> agents = passive ? by_phrase(spot.hit.end, right) : subject;
  if (agents.empty() && !passive && t > 0 && !built_.empty() && subject.empty()) {
    for (const auto& p : built_.back().participants)
      if (p.role == "agent") agents.push_back(p.actor);
  }
  if (agents.empty() && !passive) {
    for (std::size_t i = left; i < head; ++i)
      if (words_.first_person.contains(lower_word(i))) {
        agents = speaker();
        break;
      }
  }
  for (const auto& a : agents) e.participants.push_back({a, "agent"});
  std::vector<std::string> seen = agents;
  auto add_rest = [&](std::size_t from, std::size_t to, const char* role) {
    for (const ActorRef& r : refs_) {
      if (r.first < from || r.end > to) continue;
      for (const auto& a : r.actors) {
        if (std::find(seen.begin(), seen.end(), a) != seen.end()) continue;
        seen.push_back(a);
        e.participants.push_back({a, r.place ? "location" : role});
      }
    }
  };
  if (passive) add_rest(left, head, "patient");
  add_rest(spot.hit.end, right, "patient");
  add_rest(left, head, "participant");
}

void SentenceFrame::noun_participants(std::size_t t, Event& e) {
  const TriggerSpot& spot = triggers_[t];
  if (spot.light) {
    verb_participants(t, e);
    return;
  }
  std::size_t right = zone_end(t);
  std::vector<std::string> agents;
  // possessor: "Russia's decision", "the Taliban's siege"
  for (std::size_t i = spot.hit.first; i > zone_begin(t) && i + 3 > spot.hit.first; --i) {
    if (!words_.language.is_possessive(lower_word(i - 1))) continue;
    for (const ActorRef& r : refs_)
      if (r.end == i - 1) add_unique(agents, r.actors);
    break;
  }
  add_unique(agents, by_phrase(spot.hit.end, right));
  add_unique(agents, after_word(spot.hit.end, right, "between"));
  for (const auto& a : agents) e.participants.push_back({a, "agent"});
  std::vector<std::string> seen = agents;
  for (const ActorRef& r : refs_) {
    if (r.first < spot.hit.end || r.end > right) continue;
    for (const auto& a : r.actors) {
      if (std::find(seen.begin(), seen.end(), a) != seen.end()) continue;
      seen.push_back(a);
      e.participants.push_back({a, r.place ? "location" : "patient"});
    }
  }
  // no participants of its own: those of the verb it belongs to ("discussed ... during a
  // phone conversation")
  for (std::size_t k = t; k-- > 0 && e.participants.empty();)
    if (triggers_[k].hit.entry->pos != TriggerPos::noun) e.participants = built_[k].participants;
}

void SentenceFrame::anchor_time(std::size_t t, Event& e) {
  const TriggerSpot& spot = triggers_[t];
  std::size_t left_byte = doc_.tokens[zone_begin(t)].span.begin;
  std::size_t trig_byte = doc_.tokens[spot.hit.first].span.begin;
  std::size_t right_byte =
      zone_end(t) < doc_.tokens.size() ? doc_.tokens[zone_end(t) - 1].span.end : sentence_.span.end;
  // a date or time, or a duration placed from the narrative ("two days later")
  auto usable_at = [&](std::size_t k) {
    const Timex& x = doc_.timexes[timexes_[k]];
    return x.type == TimexType::date || x.type == TimexType::time ||
           (x.type == TimexType::duration && x.begin);
  };
  std::optional<std::size_t> chosen;
  for (std::size_t k = 0; k < timexes_.size() && !chosen; ++k) {
    const Timex& x = doc_.timexes[timexes_[k]];
    bool usable = usable_at(k);
    if (usable && x.span.begin >= doc_.tokens[spot.hit.end - 1].span.end &&
        x.span.end <= right_byte) {
      chosen = k;
      timex_claimed_[k] = true;
    }
  }
  // before the trigger: the finest unclaimed one, the nearest among equals ("Yesterday, at
  // this year's conference, Jobs unveiled" is anchored to yesterday)
  bool after_found = chosen.has_value();
  for (std::size_t k = timexes_.size(); k-- > 0 && !after_found;) {
    const Timex& x = doc_.timexes[timexes_[k]];
    bool usable = usable_at(k);
    if (!usable || timex_claimed_[k] || x.span.begin < left_byte || x.span.end > trig_byte)
      continue;
    if (!chosen || finer(x.granularity, doc_.timexes[timexes_[*chosen]].granularity)) chosen = k;
  }
  if (chosen) {
    const Timex& x = doc_.timexes[timexes_[*chosen]];
    if (auto placed = time_of_anchored_duration(x))
      e.time = *placed;
    else
      e.time = {x.value, x.begin, x.end, x.text, x.granularity};
    own_time_[t] = true;
    own_timex_begin_[t] = x.span.begin;
    return;
  }
  // narrative time: the last dated event whose actors include all of this event's
  // agents ("The two leaders agreed..." after "Modi and Putin spoke on Tuesday"); not for
  // an event a relative phrase names ("after the summit"), whose time is another's
  if (relative_phrase(t)) return;
  std::vector<std::string> agents;
  for (const auto& p : e.participants)
    if (p.role == "agent") agents.push_back(p.actor);
  if (agents.empty() || state_.dated.empty()) return;
  int looked = 0;
  for (auto it = state_.dated.rbegin(); it != state_.dated.rend() && looked < 3; ++it, ++looked) {
    bool covers = std::all_of(agents.begin(), agents.end(),
                              [&](const std::string& a) { return it->actors.count(a) > 0; });
    if (covers) {
      e.time = it->time;
      return;
    }
  }
}

// Events placed by a phrase against a noun trigger ("Hours before the summit, protesters
// marched"; "Putin met Biden two days after the summit") take the time it gives, unless a
// time expression of their own dates them.
void SentenceFrame::anchor_relative(std::vector<std::optional<std::size_t>>& dated_at) {
  for (std::size_t n = 0; n < triggers_.size(); ++n) {
    auto phrase = relative_phrase(n);
    if (!phrase) continue;
    Span span{doc_.tokens[phrase->first].span.begin,
              doc_.tokens[triggers_[n].hit.end - 1].span.end};
    auto time = relative_time(anchor_of(n, phrase->definite), phrase->order, phrase->offset,
                              squeeze_space(doc_.text(span)));
    if (!time) continue;
    for (std::size_t g : governed(n, phrase->first)) {
      if (own_time_[g]) continue;
      built_[g].time = *time;
      if (dated_at[g]) {
        state_.dated[*dated_at[g]].time = *time;
        continue;
      }
      dated_at[g] = state_.dated.size();
      state_.dated.push_back({actors_of(built_[g]), *time, built_[g].lemma, false});
    }
  }
}

// "during the talks", "two days after the Geneva summit": an order word, then at most
// three words before the noun trigger n, all inside n's zone.
std::optional<RelativePhrase> SentenceFrame::relative_phrase(std::size_t n) const {
  const TriggerSpot& spot = triggers_[n];
  if (spot.hit.entry->pos != TriggerPos::noun || spot.light) return std::nullopt;
  std::size_t limit = zone_begin(n);
  for (std::size_t i = spot.hit.first; i > limit && i + 4 > spot.hit.first; --i) {
    std::string_view w = lower_word(i - 1);
    if (auto order = words_.relative_order.find(w); order != words_.relative_order.end()) {
      RelativePhrase phrase{
          i - 1, order->second, {}, words_.definite_determiner.contains(lower_word(i))};
      if (order->second != RelativeOrder::same)
        if (auto offset = offset_before(i - 1, limit, phrase.first)) phrase.offset = *offset;
      return phrase;
    }
    if (doc_.tokens[i - 1].kind == Token::Kind::punct && !words_.language.is_possessive(w))
      return std::nullopt;
  }
  return std::nullopt;
}

// The offset said just before the order word at token `at`: "hours", "the day", or a
// duration ("two days"); `first` moves to its first token.
std::optional<RelativeOffset> SentenceFrame::offset_before(std::size_t at, std::size_t limit,
                                                           std::size_t& first) const {
  if (at == limit) return std::nullopt;
  std::size_t end_byte = doc_.tokens[at - 1].span.end;
  for (std::size_t k : timexes_) {
    const Timex& x = doc_.timexes[k];
    if (x.type != TimexType::duration || x.span.end != end_byte ||
        x.span.begin < doc_.tokens[limit].span.begin)
      continue;
    auto offset = offset_of_duration(x.value);
    if (offset)
      while (first > limit && doc_.tokens[first].span.begin > x.span.begin) --first;
    return offset;
  }
  std::string_view w = lower_word(at - 1);
  if (words_.hours_word.contains(w)) {
    first = at - 1;
    return RelativeOffset{RelativeOffset::Kind::hours, 0, Granularity::time_of_day};
  }
  auto unit = words_.offset_unit.find(w);
  if (unit == words_.offset_unit.end() || at - 1 == limit || lower_word(at - 2) != "the")
    return std::nullopt;
  first = at - 2;
  return RelativeOffset{RelativeOffset::Kind::units, 1, unit->second};
}

// The triggers a relative phrase places: the verb before it in its clause ("Putin met
// Biden two days after the summit"), or, for a phrase opening the sentence and closed by a
// comma, those of the clause after it ("Hours before the summit, protesters marched").
std::vector<std::size_t> SentenceFrame::governed(std::size_t n, std::size_t phrase_first) const {
  std::vector<std::size_t> out;
  if (phrase_first == sentence_.first_token) {
    std::size_t after = triggers_[n].hit.end;
    if (after >= sentence_.end_token || lower_word(after) != ",") return out;
    std::size_t end = after + 1;
    while (end < sentence_.end_token && !words_.clause_end.contains(lower_word(end))) ++end;
    for (std::size_t k = n + 1; k < triggers_.size() && triggers_[k].hit.first < end; ++k)
      out.push_back(k);
    return out;
  }
  // back to the nearest verb, through the nouns it governs ("signed a deal the day after"),
  // within the clause and with no subordinate clause opening between ("the spill that
  // lasted 100 days after the explosion" does not date "spill")
  for (std::size_t k = n, i = phrase_first; k-- > 0;) {
    for (; i > triggers_[k].hit.end; --i)
      if (words_.clause_end.contains(lower_word(i - 1)) ||
          words_.clause_opener.contains(lower_word(i - 1)))
        return out;
    out.push_back(k);
    if (triggers_[k].hit.entry->pos != TriggerPos::noun) break;
    i = triggers_[k].light ? *triggers_[k].light : triggers_[k].hit.first;
  }
  return out;
}

// Whether trigger n's time expression starts at most three words after it, with no
// punctuation between ("the talks in Geneva on Tuesday").
bool SentenceFrame::timex_follows(std::size_t n) const {
  std::size_t timex_begin = built_[n].time.begin ? own_timex_begin_[n] : 0;
  for (std::size_t i = triggers_[n].hit.end;
       i < triggers_[n].hit.end + 4 && i < sentence_.end_token; ++i) {
    if (doc_.tokens[i].span.begin == timex_begin) return true;
    if (doc_.tokens[i].kind == Token::Kind::punct) return false;
  }
  return false;
}

// The time of the event a relative phrase names: its own time expression when it follows
// the trigger closely ("during a call Sunday"), else, for a definite reference ("the
// summit", not "a visit"), the date of the document's events with the same key dated by
// one, when they agree.
EventTime SentenceFrame::anchor_of(std::size_t n, bool definite) const {
  if (own_time_[n] && timex_follows(n)) return built_[n].time;
  if (!definite) return {};
  const EventTime* found = nullptr;
  for (const auto& d : state_.dated) {
    if (!d.stated || d.key != built_[n].lemma) continue;
    if (found && d.time.value != found->value) return {};  // two such events: which one?
    found = &d.time;
  }
  return found ? *found : EventTime{};
}

Factuality SentenceFrame::factuality(std::size_t t) const {
  const TriggerSpot& spot = triggers_[t];
  std::size_t head = spot.light ? *spot.light : spot.hit.first;
  std::size_t from = head > zone_begin(t) + 4 ? head - 4 : zone_begin(t);
  for (std::size_t i = from; i < head; ++i) {
    auto cue = words_.factuality.find(lower_word(i));
    if (cue != words_.factuality.end()) return cue->second;
  }
  return attributed_after(spot.hit.end) ? Factuality::reported : Factuality::actual;
}

// An attribution after the trigger: "..., the readout said", "according to officials".
bool SentenceFrame::attributed_after(std::size_t from) const {
  for (std::size_t i = from; i < sentence_.end_token; ++i) {
    std::string_view w = lower_word(i);
    if (w == "according" && i + 1 < sentence_.end_token && lower_word(i + 1) == "to") return true;
    if (!words_.reporting_verb.contains(w)) continue;
    for (std::size_t k = i; k > from && k + 5 > i; --k)
      if (words_.attribution_mark.contains(lower_word(k - 1))) return true;
  }
  return false;
}

std::string SentenceFrame::complement(std::size_t t) const {
  const TriggerSpot& spot = triggers_[t];
  if (spot.hit.entry->pos != TriggerPos::verb) return {};
  std::size_t i = spot.hit.end;
  if (i >= sentence_.end_token || lower_word(i) != "to") return {};
  for (++i; i < sentence_.end_token; ++i) {
    if (doc_.tokens[i].kind != Token::Kind::word) continue;
    return starts_upper(word(i)) ? std::string()
                                 : std::string(lower_word(i));  // "spoke to Putin": no complement
  }
  return {};
}

// The sentence's text with runs of white space made one space, made once per sentence.
const std::string& SentenceFrame::sentence_text() {
  if (!sentence_text_) sentence_text_ = squeeze_space(doc_.text(sentence_.span));
  return *sentence_text_;
}

Event SentenceFrame::build(std::size_t t) {
  const TriggerSpot& spot = triggers_[t];
  Event e;
  e.type = spot.hit.entry->type;
  e.event_class = spot.hit.entry->event_class;
  std::string comp = complement(t);
  Span trig{doc_.tokens[spot.hit.first].span.begin, doc_.tokens[spot.hit.end - 1].span.end};
  e.trigger = squeeze_space(doc_.text(trig)) + (comp.empty() ? "" : " to " + comp);
  e.lemma = spot.hit.entry->merge_key + (comp.empty() ? "" : "/" + comp);
  if (spot.hit.entry->pos == TriggerPos::noun)
    noun_participants(t, e);
  else
    verb_participants(t, e);
  anchor_time(t, e);
  e.factuality = factuality(t);
  e.mentions.push_back(
      {doc_.document.id, sentence_.span, trig, sentence_text()});
  e.sources = 1;
  e.id = doc_.document.id + "@" + std::to_string(trig.begin);
  return e;
}

void SentenceFrame::extract() {
  collect_refs();
  collect_triggers();
  own_time_.assign(triggers_.size(), false);
  own_timex_begin_.assign(triggers_.size(), 0);
  std::vector<std::optional<std::size_t>> dated_at(triggers_.size());
  for (std::size_t t = 0; t < triggers_.size(); ++t) {
    Event e = build(t);
    std::set<std::string> actors = actors_of(e), agents;
    for (const auto& p : e.participants)
      if (p.role == "agent") agents.insert(p.actor);
    const auto& group = agents.size() >= 2 ? agents : actors;
    if (group.size() >= 2) state_.last_group.assign(group.begin(), group.end());
    if (e.time.begin) {
      dated_at[t] = state_.dated.size();
      state_.dated.push_back({std::move(actors), e.time, e.lemma, own_time_[t]});
    }
    built_.push_back(std::move(e));
  }
  anchor_relative(dated_at);
  for (auto& e : built_) doc_.events.push_back(std::move(e));
}

}  // namespace chronicle::detail

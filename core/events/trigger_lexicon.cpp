// Loads the trigger list, checks every type against the taxonomy, and matches the
// longest trigger at a token.
#include "events/trigger_lexicon.h"

#include "language/language_data.h"
#include "segment/segmenter.h"
#include "util/data_files.h"
#include "util/text.h"

namespace chronicle::detail {
namespace {

constexpr std::string_view kTriggers = "patterns/event_triggers.tsv";
constexpr std::string_view kTypes = "event_types.tsv";

TriggerPos parse_pos(const std::string& s, const std::string& file, int line) {
  if (s == "v") return TriggerPos::verb;
  if (s == "n") return TriggerPos::noun;
  if (s == "light") return TriggerPos::light;
  data_error(file, line, "part of speech must be v, n or light");
}

// "sentence => type agent|patient"
TriggerExample parse_example(const std::string& text, const std::string& file, int line) {
  TriggerExample ex;
  ex.line = line;
  std::size_t arrow = text.find(" => ");
  if (arrow == std::string::npos) data_error(file, line, "example needs ' => '");
  ex.sentence = text.substr(0, arrow);
  std::string rest = text.substr(arrow + 4);
  std::size_t space = rest.find(' ');
  ex.type = rest.substr(0, space);
  std::string roles = space == std::string::npos ? "|" : rest.substr(space + 1);
  std::size_t bar = roles.find('|');
  if (bar == std::string::npos) data_error(file, line, "example needs 'agent|patient'");
  ex.agent = roles.substr(0, bar);
  ex.patient = roles.substr(bar + 1);
  return ex;
}

}  // namespace

TriggerLexicon::TriggerLexicon(const LanguageData& language, const Segmenter& seg)
    : language_(&language), noun_context_(&language.words("noun_context")) {
  for (const auto& r : common_table(kTypes, "event-types", 3)) {
    auto cls = parse_event_class(r.fields[1]);
    if (!cls) data_error(common_path(kTypes), r.line, "unknown class " + r.fields[1]);
    classes_[r.fields[0]] = *cls;
  }
  const std::string file = language.path(kTriggers);
  for (const auto& r : read_table(file, "event-triggers", 5)) {
    TriggerPos pos = parse_pos(r.fields[1], file, r.line);
    std::string type = r.fields[2] == "-" ? "" : r.fields[2];
    if (!type.empty() && !classes_.count(type)) data_error(file, r.line, "unknown type " + type);
    if (type.empty() && pos != TriggerPos::light)
      data_error(file, r.line, "only light verbs may lack a type");
    auto forms = split_nonempty(r.fields[0], '|');
    if (forms.empty()) data_error(file, r.line, "no forms");
    std::string key = r.fields[3] == "-" ? forms[0] : r.fields[3];
    for (const auto& form : forms) {
      TriggerEntry e;
      for (const Token& t : seg.tokenize(form))
        e.tokens.push_back(lower(form.substr(t.span.begin, t.span.size())));
      e.pos = pos;
      e.type = type;
      e.event_class = type.empty() ? EventClass::neutral : classes_[type];
      e.merge_key = key;
      e.line = r.line;
      std::uint32_t first = first_words_.add(e.tokens[0]);
      if (by_first_.size() < first) by_first_.resize(first);
      by_first_[first - 1].push_back(std::move(e));
    }
    if (r.fields[4] != "-") examples_.push_back(parse_example(r.fields[4], file, r.line));
  }
}

TriggerHit TriggerLexicon::match(const std::vector<std::string>& lowered, std::size_t i,
                                 std::size_t end) const {
  return match_with([&](std::size_t k) -> std::string_view { return lowered[k]; }, i, end);
}

TriggerHit TriggerLexicon::match(const DocumentAnalysis& doc, std::size_t i,
                                 std::size_t end) const {
  return match_with([&](std::size_t k) { return doc.lowered(doc.tokens[k].span); }, i, end);
}

template <class Lowered>
TriggerHit TriggerLexicon::match_with(const Lowered& lowered, std::size_t i,
                                      std::size_t end) const {
  TriggerHit best;
  std::uint32_t first = first_words_.find(lowered(i));
  if (first == 0) return best;
  for (const auto& e : by_first_[first - 1]) {
    if (i + e.tokens.size() > end) continue;
    bool ok = true;
    for (std::size_t k = 1; k < e.tokens.size() && ok; ++k) ok = lowered(i + k) == e.tokens[k];
    if (!ok) continue;
    bool longer = e.tokens.size() > best.end - best.first;
    // the same form as verb and noun ("talks", "visit"): prefer the verb after an
    // auxiliary or a subject, the noun after a determiner
    if (longer ||
        (e.tokens.size() == best.end - best.first && best.entry &&
         best.entry->pos == TriggerPos::verb && e.pos == TriggerPos::noun && i > 0 && [&] {
           std::string_view prev = lowered(i - 1);
           return noun_context_->contains(prev) || language_->is_possessive(prev);
         }()))
      best = {&e, i, i + e.tokens.size()};
  }
  return best;
}

}  // namespace chronicle::detail

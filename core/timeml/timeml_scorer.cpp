// TempEval-3 scoring of TIMEX3 (Task A) and EVENT (Task B) mentions. Like the official
// scorer, spans are ranges of whitespace-separated words of TEXT; strict and relaxed
// precision count system entities with a matching gold entity, recall gold entities
// with a matching system one; an attribute is credited on a relaxed match and divided
// by the system count (precision) and the gold count (recall).
#include <algorithm>

#include "chronicle/eval/f1.h"
#include "chronicle/timeml.h"
#include "ingest/timeml_reader.h"

namespace chronicle {
namespace {

struct Mention {
  std::size_t first_word = 0;
  std::size_t last_word = 0;
  std::string attribute1;
  std::string attribute2;
};

bool space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// word_of[i]: index of the word holding byte i, or of the next word for a space.
std::vector<std::size_t> word_index(const std::string& text) {
  std::vector<std::size_t> out(text.size() + 1, 0);
  std::size_t word = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (space(text[i])) {
      if (in_word) ++word;
      in_word = false;
    } else {
      in_word = true;
    }
    out[i] = word;
  }
  out[text.size()] = word;
  return out;
}

std::vector<Mention> mentions(const detail::TimemlDocument& doc,
                              const std::vector<std::size_t>& words, const char* name,
                              const char* key1, const char* key2) {
  std::vector<Mention> out;
  for (const auto& e : doc.elements) {
    if (e.name != name || e.span.size() == 0) continue;
    std::size_t last = e.span.end - 1;
    while (last > e.span.begin && space(doc.text[last])) --last;
    out.push_back(
        {words[e.span.begin], words[last], e.attribute(key1), key2 ? e.attribute(key2) : ""});
  }
  return out;
}

bool same(const Mention& a, const Mention& b) {
  return a.first_word == b.first_word && a.last_word == b.last_word;
}
bool overlap(const Mention& a, const Mention& b) {
  return a.first_word <= b.last_word && b.first_word <= a.last_word;
}

EntityCounts count(const std::vector<Mention>& gold, const std::vector<Mention>& sys) {
  EntityCounts c;
  c.gold = long(gold.size());
  c.system = long(sys.size());
  for (const auto& g : gold) {
    const Mention* relaxed = nullptr;
    for (const auto& s : sys) {
      if (same(g, s)) {
        ++c.strict_gold;
        relaxed = &s;
        break;
      }
      if (!relaxed && overlap(g, s)) relaxed = &s;
    }
    if (!relaxed) continue;
    ++c.relaxed_gold;
    if (relaxed->attribute1 == g.attribute1) ++c.attribute1;
    if (relaxed->attribute2 == g.attribute2) ++c.attribute2;
  }
  for (const auto& s : sys) {
    bool strict =
        std::any_of(gold.begin(), gold.end(), [&](const Mention& g) { return same(g, s); });
    bool relaxed =
        std::any_of(gold.begin(), gold.end(), [&](const Mention& g) { return overlap(g, s); });
    c.strict_system += strict;
    c.relaxed_system += relaxed;
  }
  return c;
}

double ratio(long a, long b) { return b == 0 ? 0.0 : double(a) / double(b); }

Prf make_prf(double p, double r) { return {p, r, eval::f1_score(p, r)}; }

}  // namespace

EntityCounts& EntityCounts::operator+=(const EntityCounts& o) {
  gold += o.gold;
  system += o.system;
  strict_gold += o.strict_gold;
  strict_system += o.strict_system;
  relaxed_gold += o.relaxed_gold;
  relaxed_system += o.relaxed_system;
  attribute1 += o.attribute1;
  attribute2 += o.attribute2;
  return *this;
}

TimemlCounts& TimemlCounts::operator+=(const TimemlCounts& o) {
  timex += o.timex;
  event += o.event;
  return *this;
}

Prf strict_prf(const EntityCounts& c) {
  return make_prf(ratio(c.strict_system, c.system), ratio(c.strict_gold, c.gold));
}
Prf relaxed_prf(const EntityCounts& c) {
  return make_prf(ratio(c.relaxed_system, c.system), ratio(c.relaxed_gold, c.gold));
}
Prf attribute1_prf(const EntityCounts& c) {
  return make_prf(ratio(c.attribute1, c.system), ratio(c.attribute1, c.gold));
}
Prf attribute2_prf(const EntityCounts& c) {
  return make_prf(ratio(c.attribute2, c.system), ratio(c.attribute2, c.gold));
}

Result<TimemlCounts> score_timeml(std::string_view gold_name, std::string_view gold_xml,
                                  std::string_view system_name, std::string_view system_xml) {
  auto gold = detail::parse_timeml(gold_name, gold_xml);
  if (!gold.ok()) return Result<TimemlCounts>(gold.diagnostics());
  auto sys = detail::parse_timeml(system_name, system_xml);
  if (!sys.ok()) return Result<TimemlCounts>(sys.diagnostics());
  if (gold.value().text != sys.value().text) {
    return Diagnostic{Severity::error, "timeml-mismatch",
                      "the TEXT differs from the gold document's " + std::string(gold_name),
                      std::string(system_name)};
  }
  auto words = word_index(gold.value().text);
  TimemlCounts out;
  out.timex = count(mentions(gold.value(), words, "TIMEX3", "value", "type"),
                    mentions(sys.value(), words, "TIMEX3", "value", "type"));
  out.event = count(mentions(gold.value(), words, "EVENT", "class", nullptr),
                    mentions(sys.value(), words, "EVENT", "class", nullptr));
  return out;
}

}  // namespace chronicle

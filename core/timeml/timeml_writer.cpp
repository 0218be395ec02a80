// TimeML out: removes the markup inside TEXT and inserts Chronicle's TIMEX3 and EVENT
// tags. Design: the bytes outside TEXT are never re-serialised; tags are spliced into
// the original bytes at the raw offsets of the plain-text positions, found by walking
// TEXT's character data with the same reference decoding the reader uses.
#include <algorithm>
#include <set>

#include "chronicle/timeml.h"
#include "ingest/source_file.h"
#include "ingest/timeml_reader.h"
#include "ingest/xml_scanner.h"
#include "timeml/timeml_events.h"

namespace chronicle {
namespace {

using detail::XmlScanner;
using detail::XmlToken;

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// One past the '>' closing the tag that starts at `at`; quoted values may hold '>'.
std::size_t tag_end(std::string_view xml, std::size_t at) {
  char quote = 0;
  for (std::size_t i = at + 1; i < xml.size(); ++i) {
    char c = xml[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return xml.size();
}

// Byte ranges of the tags inside TEXT. The caller has checked that `xml` parses.
std::vector<std::pair<std::size_t, std::size_t>> tags_inside_text(std::string_view xml) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  XmlScanner scanner(xml);
  XmlToken token;
  int depth = 0;  // elements open inside TEXT, plus one for TEXT itself
  while (scanner.next(token)) {
    if (token.kind == XmlToken::Kind::text) continue;
    bool is_text = token.raw == "TEXT";
    if (depth == 0) {
      if (is_text && token.kind == XmlToken::Kind::start) depth = 1;
      continue;
    }
    if (token.kind == XmlToken::Kind::end && depth == 1) break;  // </TEXT>
    out.emplace_back(token.offset, tag_end(xml, token.offset));
    if (token.kind == XmlToken::Kind::start) ++depth;
    if (token.kind == XmlToken::Kind::end) --depth;
  }
  return out;
}

std::string remove_ranges(std::string_view xml, const std::vector<std::pair<std::size_t, std::size_t>>& ranges) {
  std::string out;
  out.reserve(xml.size());
  std::size_t at = 0;
  for (auto [b, e] : ranges) {
    out.append(xml.substr(at, b - at));
    at = e;
  }
  out.append(xml.substr(at));
  return out;
}

// Where each plain-text position of TEXT lies in the raw bytes: begin[d] is the raw
// offset of the character starting at d, end[d] the raw offset just after the character
// ending at d. kNone inside a reference or a CDATA section (no tag may go there).
struct RawMap {
  std::vector<std::size_t> begin;
  std::vector<std::size_t> end;
};

bool is_reference(std::string_view raw, std::size_t amp, std::size_t& semi, std::string& decoded) {
  semi = raw.find(';', amp + 1);
  if (semi == std::string_view::npos || semi - amp > 12) return false;
  std::string_view name = raw.substr(amp + 1, semi - amp - 1);
  if (name.empty() || name.find_first_of("& \t\r\n") != std::string_view::npos) return false;
  decoded.clear();
  detail::append_decoded(decoded, raw.substr(amp, semi - amp + 1));
  return decoded != raw.substr(amp, semi - amp + 1);
}

void map_text(RawMap& map, std::string_view raw, std::size_t base) {
  std::string decoded;
  for (std::size_t i = 0; i < raw.size();) {
    std::size_t semi = 0;
    if (raw[i] == '&' && is_reference(raw, i, semi, decoded)) {
      map.begin.push_back(base + i);
      for (std::size_t k = 1; k < decoded.size(); ++k) {
        map.end.push_back(kNone);
        map.begin.push_back(kNone);
      }
      map.end.push_back(base + semi + 1);
      i = semi + 1;
      continue;
    }
    map.begin.push_back(base + i);
    map.end.push_back(base + i + 1);
    ++i;
  }
}

RawMap map_positions(std::string_view xml) {
  RawMap map;
  map.end.push_back(kNone);  // end[0]: nothing ends before the first character
  XmlScanner scanner(xml);
  XmlToken token;
  bool inside = false;
  while (scanner.next(token)) {
    if (token.kind == XmlToken::Kind::start && token.raw == "TEXT") inside = true;
    else if (token.kind == XmlToken::Kind::end && token.raw == "TEXT") break;
    else if (inside && token.kind == XmlToken::Kind::text) {
      std::size_t base = static_cast<std::size_t>(token.raw.data() - xml.data());
      if (!token.cdata) {
        map_text(map, token.raw, base);
        continue;
      }
      for (std::size_t k = 0; k < token.raw.size(); ++k) {
        map.begin.push_back(kNone);
        map.end.push_back(kNone);
      }
    }
  }
  map.begin.push_back(kNone);  // begin[size]: nothing starts after the last character
  return map;
}

std::string escape_attribute(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

struct Insertion {
  std::size_t at = 0;
  int order = 0;  // closing tags (0) before opening tags (1) at the same offset
  std::string tag;
  friend bool operator<(const Insertion& a, const Insertion& b) {
    return std::tie(a.at, a.order) < std::tie(b.at, b.order);
  }
};

// tids and eids already used outside TEXT (the DCT's t0), so new ones never clash.
std::set<std::string> used_ids(const detail::TimemlDocument& doc) {
  std::set<std::string> ids;
  ids.insert(doc.dct_timex.attribute("tid"));
  for (const auto& a : doc.annotations) {
    for (const char* key : {"tid", "eid", "eiid", "lid"}) ids.insert(a.attribute(key));
  }
  return ids;
}

std::string next_id(const std::set<std::string>& used, char prefix, int& counter) {
  std::string id;
  do id = prefix + std::to_string(counter++);
  while (used.count(id));
  return id;
}

std::string timex_open(const Timex& t, const std::string& tid, const std::string& dct_tid) {
  std::string tag = "<TIMEX3 tid=\"" + tid + "\" type=\"" + to_string(t.type) + "\" value=\"" +
                    escape_attribute(t.value) + "\"";
  bool anchored = t.relative && !dct_tid.empty() && t.type != TimexType::duration &&
                  t.value.find('X') == std::string::npos;
  tag += anchored ? " temporalFunction=\"true\"" : " temporalFunction=\"false\"";
  tag += " functionInDocument=\"NONE\"";
  if (anchored) tag += " anchorTimeID=\"" + escape_attribute(dct_tid) + "\"";
  return tag + ">";
}

bool overlaps_any(Span s, const std::vector<Span>& taken) {
  for (Span t : taken)
    if (s.begin < t.end && t.begin < s.end) return true;
  return false;
}

}  // namespace

Result<std::string> strip_timeml_text(std::string_view name, std::string_view xml) {
  auto parsed = detail::parse_timeml(name, xml);
  if (!parsed.ok()) return Result<std::string>(parsed.diagnostics());
  return remove_ranges(xml, tags_inside_text(xml));
}

Result<std::string> annotate_timeml(std::string_view name, std::string_view xml, const Pipeline& pipeline) {
  auto stripped = strip_timeml_text(name, xml);
  if (!stripped.ok()) return stripped;
  const std::string& plain = stripped.value();
  auto parsed = detail::parse_timeml(name, plain);
  if (!parsed.ok()) return Result<std::string>(parsed.diagnostics());
  const detail::TimemlDocument& timeml = parsed.value();

  RawMap map = map_positions(plain);
  if (map.begin.size() != timeml.text.size() + 1) {
    Diagnostic d{Severity::error, "timeml-syntax", "cannot locate the characters of TEXT", std::string(name)};
    return d;
  }
  std::vector<Diagnostic> warnings;
  Document doc;
  doc.id = timeml.id;
  doc.text = timeml.text;
  doc.source = std::string(name);
  doc.dct = detail::parse_date_prefix(timeml.dct_timex.attribute("value"));
  if (!doc.dct)
    warnings.push_back({Severity::warning, "no-date",
                        "no DCT date; relative expressions stay underspecified", std::string(name)});
  DocumentAnalysis analysis = pipeline.analyze(std::move(doc));

  std::set<std::string> used = used_ids(timeml);
  const std::string& dct_tid = timeml.dct_timex.attribute("tid");
  std::vector<Insertion> inserts;
  std::vector<Span> taken;
  auto place = [&](Span s, std::string open, const char* close) {
    if (s.size() == 0 || s.end > timeml.text.size()) return false;
    std::size_t b = map.begin[s.begin], e = map.end[s.end];
    if (b == kNone || e == kNone || overlaps_any(s, taken)) return false;
    taken.push_back(s);
    inserts.push_back({b, 1, std::move(open)});
    inserts.push_back({e, 0, close});
    return true;
  };
  int tcount = 1, ecount = 1;
  for (const Timex& t : analysis.timexes) {
    int before = tcount;
    std::string tid = next_id(used, 't', tcount);
    if (!place(t.span, timex_open(t, tid, dct_tid), "</TIMEX3>")) tcount = before;
  }
  for (const auto& ev : detail::timeml_events(analysis)) {
    int before = ecount;
    std::string eid = next_id(used, 'e', ecount);
    std::string open = "<EVENT eid=\"" + eid + "\" class=\"" + escape_attribute(ev.event_class) + "\">";
    if (!place(ev.span, std::move(open), "</EVENT>")) ecount = before;
  }
  std::stable_sort(inserts.begin(), inserts.end());
  std::string out;
  out.reserve(plain.size() + inserts.size() * 48);
  std::size_t at = 0;
  for (const auto& ins : inserts) {
    out.append(plain, at, ins.at - at);
    out += ins.tag;
    at = ins.at;
  }
  out.append(plain, at, std::string::npos);
  return Result<std::string>(std::move(out), std::move(warnings));
}

}  // namespace chronicle

// The timeline-format table: SemEval-2015 Task 4's own format, or JSON.
#include <cstdio>

#include "chronicle/eval/semeval2015.h"
#include "chronicle/formats.h"

namespace chronicle {
namespace {

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string timeline_json(const eval::Timeline& t) {
  std::string out = "{\n  \"target\": " + json_string(t.target) + ",\n  \"entries\": [";
  for (std::size_t i = 0; i < t.entries.size(); ++i) {
    const auto& e = t.entries[i];
    out += i ? ",\n    " : "\n    ";
    out += "{\"ordinal\": " + std::to_string(e.ordinal) + ", \"anchor\": " + json_string(e.anchor) +
           ", \"mentions\": [";
    for (std::size_t k = 0; k < e.mentions.size(); ++k)
      out += (k ? ", " : "") + json_string(e.mentions[k]);
    out += "]}";
  }
  return out + (t.entries.empty() ? "]\n}\n" : "\n  ]\n}\n");
}

}  // namespace

const std::vector<TimelineFormat>& timeline_formats() {
  static const std::vector<TimelineFormat> table = {
      {"semeval2015", "SemEval-2015 Task 4 timeline: ordinal, anchor, DOCID-LINE-WORD mentions",
       [](const eval::Timeline& t) { return eval::format_timeline(t); }},
      {"json", "JSON: {target, entries: [{ordinal, anchor, mentions}]}", timeline_json},
  };
  return table;
}

}  // namespace chronicle

// JSON text of a result, written directly. It must give the bytes of nlohmann's dump()
// (tests/store/json_test.cpp compares the two): strings escaped as dump() escapes them
// with ensure_ascii off, integers in decimal, and with an indent, every member and element
// on its own line and empty containers as {} and [].
#include "store/json_text.h"

#include <optional>
#include <stdexcept>
#include <string_view>

namespace chronicle::detail {
namespace {

// The length of the UTF-8 sequence starting at s[i], or 0 when it is not well formed
// (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
std::size_t utf8_length(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  std::size_t n = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF)
    n = 2;
  else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k)
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  return n;
}

void escaped(std::string& out, std::string_view s) {
  static const char* const hex = "0123456789abcdef";
  out += '"';
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const std::size_t n = utf8_length(s, i);
      if (n == 0) throw std::invalid_argument("invalid UTF-8 byte at index " + std::to_string(i));
      out.append(s, i, n);
      i += n;
      continue;
    }
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 0xF];
        } else {
          out += static_cast<char>(c);
        }
    }
    ++i;
  }
  out += '"';
}

// Appends JSON text: containers opened and closed, members and elements separated and
// laid out as nlohmann's dump(indent) lays them out.
class Writer {
 public:
  explicit Writer(int indent) : indent_(indent) {}
  std::string out;

  void open(char bracket) {
    out += bracket;
    first_ = true;
    ++level_;
  }
  void close(char bracket) {
    --level_;
    if (!first_) newline();
    out += bracket;
    first_ = false;
  }
  void element() {
    if (!first_) out += ',';
    newline();
    first_ = false;
  }
  void key(const char* name) {
    element();
    out += '"';
    out += name;
    out += indent_ < 0 ? "\":" : "\": ";
  }
  void string(std::string_view s) { escaped(out, s); }
  void string_or_null(const std::optional<std::string>& s) {
    if (s)
      escaped(out, *s);
    else
      out += "null";
  }
  void day_or_null(const std::optional<Day>& d) {
    if (d)
      escaped(out, format_day(*d));
    else
      out += "null";
  }
  template <class Number>
  void number(Number n) {
    out += std::to_string(n);
  }
  void strings(const std::vector<std::string>& list) {
    open('[');
    for (const auto& s : list) element(), string(s);
    close(']');
  }
  // `[{...},...]` with `write` filling each object.
  template <class T, class Write>
  void objects(const std::vector<T>& list, Write write) {
    open('[');
    for (const auto& x : list) {
      element();
      open('{');
      write(*this, x);
      close('}');
    }
    close(']');
  }

 private:
  void newline() {
    if (indent_ < 0) return;
    out += '\n';
    out.append(static_cast<std::size_t>(indent_) * level_, ' ');
  }
  int indent_;
  std::size_t level_ = 0;
  bool first_ = true;
};

void document(Writer& w, const DocumentInfo& d) {
  w.key("id"), w.string(d.id);
  w.key("dct"), w.day_or_null(d.dct);
  w.key("source"), w.string(d.source);
  w.key("title"), w.string(d.title);
  w.key("url"), w.string(d.url);
}

void actor(Writer& w, const Actor& a) {
  w.key("id"), w.string(a.id);
  w.key("name"), w.string(a.name);
  w.key("kind"), w.string(to_string(a.kind));
  w.key("aliases"), w.strings(a.aliases);
  w.key("affiliation"), w.string_or_null(a.affiliation);
  w.key("roles"), w.strings(a.roles);
  w.key("mentions"), w.number(a.mentions);
}

void time(Writer& w, const EventTime& t) {
  w.open('{');
  w.key("value"), w.string_or_null(t.value);
  w.key("begin"), w.day_or_null(t.begin);
  w.key("end"), w.day_or_null(t.end);
  w.key("text"), w.string(t.text);
  w.key("granularity"), w.string(to_string(t.granularity));
  w.close('}');
}

void mention(Writer& w, const EventMention& m) {
  w.key("doc"), w.string(m.doc);
  w.key("start"), w.number(m.span.begin);
  w.key("end"), w.number(m.span.end);
  w.key("trigger_start"), w.number(m.trigger.begin);
  w.key("trigger_end"), w.number(m.trigger.end);
  w.key("text"), w.string(m.text);
}

void participant(Writer& w, const Participant& p) {
  w.key("actor"), w.string(p.actor);
  w.key("role"), w.string(p.role);
}

void event(Writer& w, const Event& e) {
  w.key("id"), w.string(e.id);
  w.key("type"), w.string(e.type);
  w.key("class"), w.string(to_string(e.event_class));
  w.key("trigger"), w.string(e.trigger);
  w.key("lemma"), w.string(e.lemma);
  w.key("participants"), w.objects(e.participants, participant);
  w.key("time"), time(w, e.time);
  w.key("factuality"), w.string(to_string(e.factuality));
  w.key("sources"), w.number(e.sources);
  w.key("mentions"), w.objects(e.mentions, mention);
}

}  // namespace

std::string json_text(const EventGraph& graph, int indent) {
  Writer w(indent);
  w.open('{');
  w.key("documents"), w.objects(graph.documents, document);
  w.key("actors"), w.objects(graph.actors, actor);
  w.key("events"), w.objects(graph.events, event);
  w.close('}');
  return std::move(w.out);
}

}  // namespace chronicle::detail

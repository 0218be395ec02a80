// JSON text of a result, written directly. It must give the bytes of nlohmann's dump()
// (tests/store/json_test.cpp compares the two): strings escaped as dump() escapes them
// with ensure_ascii off, integers in decimal, and with an indent, every member and element
// on its own line and empty containers as {} and [].
#include "store/json_text.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <condition_variable>
#include <cstring>
#include <exception>
#include <mutex>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string_view>
#include <thread>

#include "store/report_hosts.h"

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

// The escape dump() writes for an ASCII byte, or nullptr when the byte stands for itself.
const char* escape_of(unsigned char c) {
  switch (c) {
    case '"':
      return "\\\"";
    case '\\':
      return "\\\\";
    case '\b':
      return "\\b";
    case '\f':
      return "\\f";
    case '\n':
      return "\\n";
    case '\r':
      return "\\r";
    case '\t':
      return "\\t";
    default:
      return nullptr;
  }
}

void append_escape(std::string& out, unsigned char c) {
  static const char* const hex = "0123456789abcdef";
  if (const char* escape = escape_of(c)) {
    out += escape;
    return;
  }
  out += "\\u00";
  out += hex[c >> 4];
  out += hex[c & 0xF];
}

// The ASCII bytes that stand for themselves in a JSON string.
constexpr std::array<bool, 256> kPlain = [] {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
  return plain;
}();

// Bytes that need no escape are copied in runs: most strings have none to escape.
void escaped(std::string& out, std::string_view s) {
  out += '"';
  std::size_t run = 0;  // the first byte not yet copied
  for (std::size_t i = 0; i < s.size();) {
    while (i < s.size() && kPlain[static_cast<unsigned char>(s[i])]) ++i;
    if (i == s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const std::size_t n = utf8_length(s, i);
      if (n == 0) throw std::invalid_argument("invalid UTF-8 byte at index " + std::to_string(i));
      i += n;
      continue;
    }
    out.append(s, run, i - run);
    append_escape(out, c);
    run = ++i;
  }
  out.append(s, run, s.size() - run);
  out += '"';
}

// How much text a sink is handed at a time.
constexpr std::size_t kPiece = std::size_t{1} << 20;

// Appends JSON text to `out`: containers opened and closed, members and elements
// separated and laid out as nlohmann's dump(indent) lays them out. With a sink, the text
// leaves for it in pieces between top-level elements, so that it is never held whole.
class Writer {
 public:
  Writer(std::string& text, int indent, std::ostream* sink = nullptr) : out(text), indent_(indent), sink_(sink) {}
  // A writer that goes on from inside a container `level` deep, after elements there when
  // not `first`: it writes what a writer at that place would write.
  Writer(std::string& text, int indent, std::size_t level, bool first)
      : out(text), indent_(indent), sink_(nullptr), level_(level), first_(first) {}
  std::string& out;

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
  // `"name": ` in one piece: keys are written millions of times in a big result.
  template <std::size_t N>
  void key(const char (&name)[N]) {
    element();
    char text[N + 3];
    text[0] = '"';
    std::memcpy(text + 1, name, N - 1);
    std::memcpy(text + N, "\": ", 3);
    out.append(text, indent_ < 0 ? N + 2 : N + 3);
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
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    out.append(digits, end);
  }
  void strings(const std::vector<std::string>& list) {
    open('[');
    for (const auto& s : list) element(), string(s);
    close(']');
  }
  // `{...}` as an element, with `write` filling it.
  template <class T, class Write>
  void object(const T& x, Write write) {
    element();
    open('{');
    write(*this, x);
    close('}');
  }
  // `[{...},...]` with `write` filling each object.
  template <class T, class Write>
  void objects(const std::vector<T>& list, Write write) {
    open('[');
    for (const auto& x : list) {
      object(x, write);
      pass_on(kPiece);
    }
    close(']');
  }
  // Elements were written into the open container elsewhere (`any`), or none were.
  void wrote_elsewhere(bool any) { first_ = first_ && !any; }
  // Hands the text written so far to the sink once it holds `at_least` bytes.
  void pass_on(std::size_t at_least = 0) {
    if (!sink_ || out.size() < at_least) return;
    sink_->write(out.data(), static_cast<std::streamsize>(out.size()));
    out.clear();
  }

 private:
  void newline() {
    if (indent_ < 0) return;
    const std::size_t width = 1 + static_cast<std::size_t>(indent_) * level_;
    if (line_.size() < width) line_.resize(2 * width, ' ');
    out.append(line_, 0, width);
  }
  std::string line_ = "\n";  // a newline and enough spaces for the deepest level so far
  int indent_;
  std::ostream* sink_;
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

// `host` given (an actor of a single result inside a merged one): only the fields that
// differ from it, and always the id.
void actor(Writer& w, const Actor& a, const Actor* host) {
  auto differs = [&](auto member) { return !host || a.*member != host->*member; };
  w.key("id"), w.string(a.id);
  if (differs(&Actor::name)) w.key("name"), w.string(a.name);
  if (differs(&Actor::kind)) w.key("kind"), w.string(to_string(a.kind));
  if (differs(&Actor::aliases)) w.key("aliases"), w.strings(a.aliases);
  if (differs(&Actor::affiliation)) w.key("affiliation"), w.string_or_null(a.affiliation);
  if (differs(&Actor::roles)) w.key("roles"), w.strings(a.roles);
  if (differs(&Actor::mentions)) w.key("mentions"), w.number(a.mentions);
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

void mention(Writer& w, const EventMention& m, bool with_text) {
  w.key("doc"), w.string(m.doc);
  w.key("start"), w.number(m.span.begin);
  w.key("end"), w.number(m.span.end);
  w.key("trigger_start"), w.number(m.trigger.begin);
  w.key("trigger_end"), w.number(m.trigger.end);
  if (with_text) w.key("text"), w.string(m.text);
}

void participant(Writer& w, const Participant& p) {
  w.key("actor"), w.string(p.actor);
  w.key("role"), w.string(p.role);
}

// `hosts` given (an event of a single result inside a merged one): the fields that
// differ from its host event, and each mention's text only where the host does not hold
// it.
void event(Writer& w, const Event& e, const ReportHosts* hosts) {
  const Event* host = hosts && !e.mentions.empty() ? hosts->event_of(e.mentions.front()) : nullptr;
  auto differs = [&](auto member) { return !host || e.*member != host->*member; };
  if (differs(&Event::id)) w.key("id"), w.string(e.id);
  if (differs(&Event::type)) w.key("type"), w.string(e.type);
  if (differs(&Event::event_class)) w.key("class"), w.string(to_string(e.event_class));
  if (differs(&Event::trigger)) w.key("trigger"), w.string(e.trigger);
  if (differs(&Event::lemma)) w.key("lemma"), w.string(e.lemma);
  if (differs(&Event::participants)) w.key("participants"), w.objects(e.participants, participant);
  if (differs(&Event::time)) w.key("time"), time(w, e.time);
  if (differs(&Event::factuality)) w.key("factuality"), w.string(to_string(e.factuality));
  if (differs(&Event::sources)) w.key("sources"), w.number(e.sources);
  w.key("mentions"), w.objects(e.mentions, [&](Writer& mw, const EventMention& m) {
    mention(mw, m, !hosts || !hosts->knows_text(m));
  });
}

// One single result of a merged graph, on one line, written against the merged graph; a
// document that the graph lists identically is written as its id.
void report(Writer& w, const EventGraph& r, const ReportHosts& hosts) {
  w.open('{');
  w.key("documents"), w.open('[');
  for (const auto& d : r.documents) {
    w.element();
    auto it = hosts.documents.find(d.id);
    if (it != hosts.documents.end() && *it->second == d) {
      w.string(d.id);
      continue;
    }
    w.open('{');
    document(w, d);
    w.close('}');
  }
  w.close(']');
  w.key("actors"), w.objects(r.actors, [&](Writer& aw, const Actor& a) { actor(aw, a, hosts.actor(a.id)); });
  w.key("events"), w.objects(r.events, [&](Writer& ew, const Event& e) { event(ew, e, &hosts); });
  w.close('}');
}

// "reports": one compact line per single result even in indented output, which keeps a
// file of thousands of them short and easy to diff.
void report_element(Writer& w, const EventGraph& r, const ReportHosts& hosts) {
  w.element();
  Writer line(w.out, -1);
  report(line, r, hosts);
}

void reports(Writer& w, const EventGraph& graph) {
  const ReportHosts hosts(graph);
  w.key("reports"), w.open('[');
  for (const auto& r : graph.reports) {
    report_element(w, r, hosts);
    w.pass_on(kPiece);
  }
  w.close(']');
}

// Writing on several threads. The top-level arrays are cut into slices of elements; the
// text of a slice depends only on its elements and on whether it starts its array, so
// workers write slices in any order while the calling thread hands them to the sink in
// order, with the few bytes around the arrays. Workers stay at most a window of slices
// ahead of the sink, which bounds the text held.
class SliceWriter {
 public:
  SliceWriter(const EventGraph& graph, int indent, unsigned jobs)
      : graph_(graph), indent_(indent), jobs_(jobs), window_(std::size_t{4} * jobs) {
    sizes_ = {graph.documents.size(), graph.actors.size(), graph.events.size(),
              graph.reports.size()};
    for (std::size_t section = 0; section < kSections; ++section)
      for (std::size_t begin = 0; begin < sizes_[section]; begin += kSliceElements[section])
        slices_.push_back(slice(section, begin));
  }

  void write(std::ostream& sink) {
    std::vector<std::thread> threads;
    for (unsigned i = 0; i < jobs_; ++i) threads.emplace_back([this] { work(); });
    try {
      // Indexed here while the workers write the arrays before "reports", which need it.
      if (!graph_.reports.empty()) hosts_.emplace(graph_);
      {
        std::lock_guard lock(m_);
        hosts_ready_ = true;
      }
      cv_.notify_all();
      emit(sink);
    } catch (...) {
      fail(std::current_exception());
    }
    {
      std::lock_guard lock(m_);
      stopping_ = true;
    }
    cv_.notify_all();
    for (auto& t : threads) t.join();
    if (failure_) std::rethrow_exception(failure_);
  }

 private:
  static constexpr std::size_t kSections = 4;  // documents, actors, events, reports
  // Elements per slice: about a hundred kilobytes of text each.
  static constexpr std::array<std::size_t, kSections> kSliceElements = {512, 256, 128, 16};

  struct Slice {
    std::size_t section = 0;
    std::size_t begin = 0, end = 0;
    std::string text;
    bool done = false;
  };

  Slice slice(std::size_t section, std::size_t begin) const {
    Slice s;
    s.section = section;
    s.begin = begin;
    s.end = std::min(sizes_[section], begin + kSliceElements[section]);
    return s;
  }

  void work() {
    for (;;) {
      std::unique_lock lock(m_);
      cv_.wait(lock,
               [&] { return stopping_ || next_ == slices_.size() || next_ < emitted_ + window_; });
      if (stopping_ || next_ == slices_.size()) return;
      Slice& slice = slices_[next_++];
      cv_.wait(lock, [&] { return stopping_ || hosts_ready_ || slice.section != 3; });
      if (stopping_) return;
      lock.unlock();
      try {
        fill(slice);
      } catch (...) {
        return fail(std::current_exception());
      }
      lock.lock();
      slice.done = true;
      cv_.notify_all();
    }
  }

  // Inside a top-level array: two levels deep.
  void fill(Slice& slice) const {
    Writer w(slice.text, indent_, 2, slice.begin == 0);
    for (std::size_t i = slice.begin; i < slice.end; ++i) {
      switch (slice.section) {
        case 0:
          w.object(graph_.documents[i], document);
          break;
        case 1:
          w.object(graph_.actors[i], [](Writer& aw, const Actor& a) { actor(aw, a, nullptr); });
          break;
        case 2:
          w.object(graph_.events[i], [](Writer& ew, const Event& e) { event(ew, e, nullptr); });
          break;
        default:
          report_element(w, graph_.reports[i], *hosts_);
      }
    }
  }

  void emit(std::ostream& sink) {
    std::string text;
    Writer w(text, indent_);
    w.open('{');
    std::size_t at = 0;
    for (std::size_t section = 0; section < kSections; ++section) {
      if (section == 3 && graph_.reports.empty()) break;
      if (section == 0) w.key("documents");
      if (section == 1) w.key("actors");
      if (section == 2) w.key("events");
      if (section == 3) w.key("reports");
      w.open('[');
      hand_on(sink, text);
      for (; at < slices_.size() && slices_[at].section == section; ++at)
        if (!take(sink, slices_[at])) return;
      w.wrote_elsewhere(sizes_[section] > 0);
      w.close(']');
    }
    w.close('}');
    text += '\n';
    hand_on(sink, text);
  }

  // Waits for `slice`, hands it on and frees it; false when the run is failing.
  bool take(std::ostream& sink, Slice& slice) {
    {
      std::unique_lock lock(m_);
      cv_.wait(lock, [&] { return stopping_ || slice.done; });
      if (!slice.done) return false;
    }
    hand_on(sink, slice.text);
    slice.text.shrink_to_fit();
    {
      std::lock_guard lock(m_);
      ++emitted_;
    }
    cv_.notify_all();
    return true;
  }

  static void hand_on(std::ostream& sink, std::string& text) {
    sink.write(text.data(), static_cast<std::streamsize>(text.size()));
    text.clear();
  }

  void fail(std::exception_ptr e) {
    {
      std::lock_guard lock(m_);
      if (!failure_) failure_ = e;
      stopping_ = true;
    }
    cv_.notify_all();
  }

  const EventGraph& graph_;
  const int indent_;
  const unsigned jobs_;
  const std::size_t window_;
  std::optional<ReportHosts> hosts_;
  std::array<std::size_t, kSections> sizes_{};
  std::vector<Slice> slices_;
  std::mutex m_;
  std::condition_variable cv_;
  std::size_t next_ = 0, emitted_ = 0;  // guarded by m_
  bool stopping_ = false, hosts_ready_ = false;
  std::exception_ptr failure_;
};

}  // namespace

void json_text(const EventGraph& graph, int indent, std::string& out, std::ostream* sink) {
  Writer w(out, indent, sink);
  w.open('{');
  w.key("documents"), w.objects(graph.documents, document);
  w.key("actors"), w.objects(graph.actors, [](Writer& aw, const Actor& a) { actor(aw, a, nullptr); });
  w.key("events"), w.objects(graph.events, [](Writer& ew, const Event& e) { event(ew, e, nullptr); });
  if (!graph.reports.empty()) reports(w, graph);
  w.close('}');
  out += '\n';
  w.pass_on();
}

void write_json_text(const EventGraph& graph, int indent, std::ostream& sink, unsigned jobs) {
  if (jobs <= 1) {
    std::string buffer;
    json_text(graph, indent, buffer, &sink);
    return;
  }
  SliceWriter(graph, indent, jobs).write(sink);
}

}  // namespace chronicle::detail

// Rendering DOT in process with the Graphviz C library. Graphviz keeps global state (the
// parser, the error handler, id counters), so every call holds one mutex, and one GVC_t
// context lives for the whole process. Graphviz's messages become Diagnostics "graphviz".
#include <cgraph.h>
#include <gvc.h>

#include <cctype>
#include <mutex>
#include <string>
#include <vector>

#include "chronicle/render.h"

namespace chronicle {
namespace {

std::mutex& graphviz_mutex() {
  static std::mutex mutex;
  return mutex;
}

// Created on first use and never freed: plugins stay loaded for the process lifetime.
// Requires: graphviz_mutex() held.
GVC_t* graphviz_context() {
  static GVC_t* context = gvContext();
  return context;
}

std::string* g_messages = nullptr;  // guarded by graphviz_mutex()

int collect_message(char* text) {
  if (g_messages && text) *g_messages += text;
  return 0;
}

// Routes every Graphviz message (warnings too) into `messages` while alive.
class MessageCapture {
 public:
  explicit MessageCapture(std::string& messages) {
    g_messages = &messages;
    previous_handler_ = agseterrf(collect_message);
    previous_level_ = agseterr(AGWARN);
    agreseterrors();
  }
  ~MessageCapture() {
    agseterr(previous_level_);
    agseterrf(previous_handler_);
    g_messages = nullptr;
  }
  MessageCapture(const MessageCapture&) = delete;
  MessageCapture& operator=(const MessageCapture&) = delete;

 private:
  agusererrf previous_handler_ = nullptr;
  agerrlevel_t previous_level_ = AGWARN;
};

// "syntax error in line 3 near 'x'" -> 3.
int line_of(const std::string& message) {
  const auto at = message.find("line ");
  if (at == std::string::npos) return 0;
  int line = 0;
  for (std::size_t i = at + 5;
       i < message.size() && std::isdigit(static_cast<unsigned char>(message[i])); ++i)
    line = line * 10 + (message[i] - '0');
  return line;
}

Diagnostic graphviz_diagnostic(Severity severity, std::string message) {
  while (!message.empty() && std::isspace(static_cast<unsigned char>(message.back())))
    message.pop_back();
  Diagnostic d;
  d.severity = severity;
  d.code = "graphviz";
  d.line = line_of(message);
  d.message = std::move(message);
  return d;
}

// Graphviz prefixes each message with "Error: " or "Warning: "; other lines continue
// the message before them.
std::vector<Diagnostic> split_messages(const std::string& text) {
  std::vector<Diagnostic> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    start = end + 1;
    if (line.empty()) continue;
    if (line.rfind("Error: ", 0) == 0) {
      out.push_back(graphviz_diagnostic(Severity::error, line.substr(7)));
    } else if (line.rfind("Warning: ", 0) == 0) {
      out.push_back(graphviz_diagnostic(Severity::warning, line.substr(9)));
    } else if (!out.empty()) {
      out.back().message += ' ' + line;
    } else {
      out.push_back(graphviz_diagnostic(Severity::warning, line));
    }
  }
  return out;
}

// A failed step: Graphviz's own messages as errors, or `fallback` when it said nothing.
Result<std::string> failure(const std::string& messages, const std::string& fallback) {
  std::vector<Diagnostic> out = split_messages(messages);
  for (auto& d : out) d.severity = Severity::error;
  if (out.empty()) out.push_back(graphviz_diagnostic(Severity::error, fallback));
  return Result<std::string>(std::move(out));
}

// Cairo stamps PDFs with the current time; a fixed date of the same length keeps the
// xref offsets valid and the bytes reproducible.
void fix_pdf_dates(std::string& pdf) {
  for (const std::string key : {"/CreationDate (D:", "/ModDate (D:"}) {
    const auto at = pdf.find(key);
    if (at == std::string::npos) continue;
    constexpr std::string_view kFixed = "20000101000000";
    std::size_t digit = 0;
    for (std::size_t i = at + key.size(); i < pdf.size() && pdf[i] != ')'; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(pdf[i]))) continue;
      pdf[i] = digit < kFixed.size() ? kFixed[digit] : '0';
      ++digit;
    }
  }
}

// Owns a parsed graph and its layout.
struct GraphHandle {
  GVC_t* context;
  Agraph_t* graph;
  ~GraphHandle() {
    gvFreeLayout(context, graph);
    agclose(graph);
  }
};

// True when every node has a pinned position ("x,y!"): the layout is already done.
bool all_pinned(Agraph_t* graph) {
  Agsym_t* pos = agattr(graph, AGNODE, const_cast<char*>("pos"), nullptr);
  if (!pos || !agfstnode(graph)) return false;
  for (Agnode_t* n = agfstnode(graph); n; n = agnxtnode(graph, n)) {
    const std::string_view value = agxget(n, pos);
    if (value.empty() || value.back() != '!') return false;
  }
  return true;
}

// Graphviz lets a `layout` graph attribute override the engine it is asked for; the
// caller's engine wins here. neato on a fully pinned graph still runs stress
// majorization over all nodes (quadratic); nop2, neato's "-n2" mode, draws the same
// positions directly.
int layout_with(GVC_t* context, Agraph_t* graph, const std::string& engine) {
  const std::string chosen = engine == "neato" && all_pinned(graph) ? "nop2" : engine;
  char* declared = agget(graph, const_cast<char*>("layout"));
  const std::string original = declared ? declared : "";
  agsafeset(graph, const_cast<char*>("layout"), const_cast<char*>(chosen.c_str()),
            const_cast<char*>(""));
  const int rc = gvLayout(context, graph, chosen.c_str());
  agsafeset(graph, const_cast<char*>("layout"),
            const_cast<char*>(original.empty() ? engine.c_str() : original.c_str()),
            const_cast<char*>(""));
  return rc;
}

Result<std::string> render_locked(const std::string& dot, const std::string& format,
                                  const std::string& engine) {
  std::string messages;
  MessageCapture capture(messages);
  GVC_t* context = graphviz_context();
  if (!context) return failure("", "cannot create a Graphviz context");
  Agraph_t* graph = agmemread(dot.c_str());
  if (!graph) return failure(messages, "cannot parse the DOT text");
  GraphHandle handle{context, graph};
  if (layout_with(context, graph, engine) != 0)
    return failure(messages, "layout engine '" + engine + "' failed");
  char* data = nullptr;
  unsigned int length = 0;
  if (gvRenderData(context, graph, format.c_str(), &data, &length) != 0 || !data) {
    if (data) gvFreeRenderData(data);
    return failure(messages, "cannot render format '" + format + "'");
  }
  std::string out(data, length);
  gvFreeRenderData(data);
  if (format.rfind("pdf", 0) == 0) fix_pdf_dates(out);
  return Result<std::string>(std::move(out), split_messages(messages));
}

bool is_id_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Skips a quoted string, a comment or whitespace at `pos`; returns the position after it,
// or `pos` when there is nothing to skip.
std::size_t skip_non_token(std::string_view dot, std::size_t pos) {
  if (dot[pos] == '"') {
    std::size_t i = pos + 1;
    while (i < dot.size() && dot[i] != '"') i += dot[i] == '\\' ? 2 : 1;
    return std::min(i + 1, dot.size());
  }
  if (dot.substr(pos, 2) == "//" || dot[pos] == '#')
    return std::min(dot.find('\n', pos), dot.size());
  if (dot.substr(pos, 2) == "/*") {
    const auto end = dot.find("*/", pos + 2);
    return end == std::string_view::npos ? dot.size() : end + 2;
  }
  return std::isspace(static_cast<unsigned char>(dot[pos])) ? pos + 1 : pos;
}

// The value after `layout` at `pos` (which follows the word), when `= value` comes next.
std::string layout_value(std::string_view dot, std::size_t pos) {
  while (pos < dot.size() && std::isspace(static_cast<unsigned char>(dot[pos]))) ++pos;
  if (pos >= dot.size() || dot[pos] != '=') return {};
  ++pos;
  while (pos < dot.size() && std::isspace(static_cast<unsigned char>(dot[pos]))) ++pos;
  if (pos >= dot.size()) return {};
  if (dot[pos] == '"') {
    const auto end = dot.find('"', pos + 1);
    return end == std::string_view::npos ? std::string()
                                         : std::string(dot.substr(pos + 1, end - pos - 1));
  }
  std::size_t end = pos;
  while (end < dot.size() && is_id_char(dot[end])) ++end;
  return std::string(dot.substr(pos, end - pos));
}

}  // namespace

Result<std::string> render_dot(std::string_view dot, std::string_view format,
                               std::string_view engine) {
  std::lock_guard<std::mutex> lock(graphviz_mutex());
  return render_locked(std::string(dot), std::string(format), std::string(engine));
}

std::string layout_engine(std::string_view dot) {
  for (std::size_t pos = 0; pos < dot.size();) {
    if (std::size_t next = skip_non_token(dot, pos); next != pos) {
      pos = next;
      continue;
    }
    if (!is_id_char(dot[pos])) {
      ++pos;
      continue;
    }
    std::size_t end = pos;
    while (end < dot.size() && is_id_char(dot[end])) ++end;
    if (dot.substr(pos, end - pos) == "layout") {
      if (std::string value = layout_value(dot, end); !value.empty()) return value;
    }
    pos = end;
  }
  return "dot";
}

}  // namespace chronicle

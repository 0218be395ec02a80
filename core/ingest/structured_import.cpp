// Structured event files in: recognise the format, read them row by row, and turn each
// usable row into a document (the report it came from), its actors and one event.
// Design: a row is one report of one happening, exactly like an event mention found in
// text, so each row becomes its own document and event and the merge decides which rows
// (and which extracted events) are the same happening. The CAMEO code is the event's
// lemma, so rows merge only with rows of the same code, the same actors and the same day.
#include "ingest/structured_import.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "util/text.h"

namespace chronicle::detail {
namespace {

constexpr std::string_view kIcewsHeaderStart = "Event ID\tEvent Date\t";

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  for (std::size_t start = 0;;) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

std::string_view first_line(std::string_view content) {
  std::string_view line = content.substr(0, content.find('\n'));
  if (line.ends_with('\r')) line.remove_suffix(1);
  return line;
}

// Collects one file's rows into a result, folding repeated actors into one.
class ImportBuilder {
 public:
  void add(ImportedRow&& row) {
    Event e;
    e.type = row.cameo->type;
    e.event_class = row.cameo->event_class;
    e.trigger = row.cameo->name;
    e.lemma = "cameo:" + row.code;
    for (std::size_t i = 0; i < row.actors.size(); ++i)
      add_participant(e, row.actors[i], i == 0 ? "agent" : "patient");
    if (row.place) add_participant(e, *row.place, "location");
    e.time = {format_day(row.day), row.day, row.day, row.date_text, Granularity::day};
    e.factuality = Factuality::actual;
    e.mentions.push_back({row.document.id, {}, {}, row.summary});
    e.id = row.document.id + "@0";
    e.sources = 1;
    graph_.events.push_back(std::move(e));
    graph_.documents.push_back(std::move(row.document));
  }

  EventGraph finish() {
    for (auto& [id, a] : actors_) {
      std::sort(a.aliases.begin(), a.aliases.end());
      a.aliases.erase(std::unique(a.aliases.begin(), a.aliases.end()), a.aliases.end());
      graph_.actors.push_back(std::move(a));
    }
    std::sort(graph_.documents.begin(), graph_.documents.end(),
              [](const DocumentInfo& a, const DocumentInfo& b) { return a.id < b.id; });
    std::sort(graph_.events.begin(), graph_.events.end(),
              [](const Event& a, const Event& b) { return a.id < b.id; });
    return std::move(graph_);
  }

 private:
  void add_participant(Event& e, const RowActor& side, const char* role) {
    const std::string& id = side.actor.id;
    const bool seen = std::any_of(e.participants.begin(), e.participants.end(),
                                  [&](const Participant& p) { return p.actor == id; });
    if (!seen) e.participants.push_back({id, role});
    add_actor(side.actor);
    if (side.affiliation) add_actor(*side.affiliation, 0);
  }

  void add_actor(const Actor& actor, int mentions = 1) {
    auto [it, fresh] = actors_.emplace(actor.id, actor);
    Actor& a = it->second;
    if (fresh) {
      a.mentions = mentions;
      return;
    }
    a.mentions += mentions;
    a.aliases.insert(a.aliases.end(), actor.aliases.begin(), actor.aliases.end());
    if (!a.affiliation) a.affiliation = actor.affiliation;
  }

  EventGraph graph_;
  std::map<std::string, Actor> actors_;
};

// Reads the rows of one file and reports each unusable one at its line.
class RowReader {
 public:
  RowReader(const SourceFile& source, StructuredFormat format, Ingested& out)
      : source_(source), format_(format), out_(out) {}

  void run() {
    const std::string_view content = source_.content();
    int line_number = 0;
    for (std::size_t start = 0; start < content.size();) {
      std::size_t end = content.find('\n', start);
      if (end == std::string_view::npos) end = content.size();
      std::string_view line = content.substr(start, end - start);
      if (line.ends_with('\r')) line.remove_suffix(1);
      ++line_number;
      if (!line.empty()) read_line(line, start, line_number);
      start = end + 1;
    }
    summarise();
    out_.imported.push_back(builder_.finish());
  }

 private:
  void read_line(std::string_view line, std::size_t offset, int line_number) {
    const bool first = line_number == 1;
    const auto columns = split_tabs(line);
    RowParse parsed;
    if (format_ == StructuredFormat::icews && first) {
      parsed = read_icews_header(columns, header_);
      if (!parsed.problem.empty()) bad(parsed.problem, offset, false);
      return;
    }
    ++rows_;
    if (format_ == StructuredFormat::icews)
      parsed = parse_icews_row(columns, header_);
    else
      parsed = parse_gdelt_row(columns, format_);
    if (!parsed.row) return bad(parsed.problem, offset, true);
    parsed.row->document.source = std::string(source_.name) + ":" + std::to_string(line_number);
    builder_.add(std::move(*parsed.row));
    ++imported_;
  }

  void bad(const std::string& problem, std::size_t offset, bool row) {
    if (row) ++skipped_;
    out_.diagnostics.push_back(source_.report_at(Severity::error, "bad-row",
                                                 problem + (row ? "; row skipped" : ""), offset));
  }

  void summarise() {
    const char* what = format_ == StructuredFormat::icews    ? "ICEWS"
                       : format_ == StructuredFormat::gdelt2 ? "GDELT 2.0"
                                                             : "GDELT 1.0";
    std::string message = std::string(what) + " events: " + std::to_string(imported_) + " of " +
                          std::to_string(rows_) + " rows imported, " + std::to_string(skipped_) +
                          " malformed rows skipped";
    const Severity severity = imported_ == 0 ? Severity::error : Severity::warning;
    out_.diagnostics.push_back(source_.report(severity, "import-summary", message));
  }

  const SourceFile& source_;
  StructuredFormat format_;
  Ingested& out_;
  IcewsHeader header_;
  ImportBuilder builder_;
  std::size_t rows_ = 0, imported_ = 0, skipped_ = 0;
};

}  // namespace

StructuredFormat detect_structured_format(std::string_view content) {
  const std::string_view line = first_line(content);
  if (line.starts_with(kIcewsHeaderStart)) return StructuredFormat::icews;
  const auto columns = split_tabs(line);
  if (columns.size() != 57 && columns.size() != 58 && columns.size() != 61)
    return StructuredFormat::none;
  if (!all_digits(columns[0]) || columns[1].size() != 8 || !all_digits(columns[1]))
    return StructuredFormat::none;
  return columns.size() == 61 ? StructuredFormat::gdelt2 : StructuredFormat::gdelt1;
}

std::optional<Day> parse_compact_day(std::string_view s) {
  if (s.size() != 8 || !all_digits(s)) return std::nullopt;
  const std::string iso = std::string(s.substr(0, 4)) + "-" + std::string(s.substr(4, 2)) + "-" +
                          std::string(s.substr(6, 2));
  return parse_day(iso);
}

std::optional<double> parse_score(std::string_view text, double limit) {
  const std::string s(text);
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  if (s.empty() || *end != '\0' || !(v >= -limit && v <= limit)) return std::nullopt;
  return v;
}

std::string title_case(std::string_view name) {
  const bool has_lower =
      std::any_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (has_lower) return std::string(name);
  std::string out(name);
  bool word_start = true;
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z' && !word_start) c = static_cast<char>(c - 'A' + 'a');
    word_start = !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'');
  }
  return out;
}

Actor country_actor(const std::string& name, ActorKind kind) {
  Actor a;
  a.id = slugify(name);
  a.name = name;
  a.kind = kind;
  a.aliases = {name};
  return a;
}

RowActor place_actor(const std::string& name, const std::optional<std::string>& country) {
  RowActor side;
  if (country && *country == name) {
    side.actor = country_actor(name);
    return side;
  }
  side.actor = country_actor(name, ActorKind::place);
  if (country) {
    side.affiliation = country_actor(*country);
    side.actor.affiliation = side.affiliation->id;
  }
  return side;
}

void read_structured(const SourceFile& source, StructuredFormat format, Ingested& out) {
  RowReader(source, format, out).run();
}

std::string format_score(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

}  // namespace chronicle::detail

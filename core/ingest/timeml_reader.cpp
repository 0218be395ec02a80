// The TimeML reader. One pass over the tokens with a stack of open elements: inside
// TEXT, text is decoded into the plain text and each element records where its content
// starts and ends there; outside, only DOCID, TITLE/HEADLINE, the DCT and links matter.
#include "ingest/timeml_reader.h"

#include <optional>
#include <utility>

#include "ingest/xml_scanner.h"

namespace chronicle::detail {
namespace {

constexpr std::size_t kNoElement = static_cast<std::size_t>(-1);

std::string trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return std::string(s);
}

void append_text(std::string& out, const XmlToken& token) {
  if (token.cdata) {
    out.append(token.raw);
  } else {
    append_decoded(out, token.raw);
  }
}

class TimemlParser {
 public:
  explicit TimemlParser(std::string_view xml) : scanner_(xml) {}

  // Fills `doc`, or returns the first error.
  std::optional<XmlError> run(TimemlDocument& doc);

 private:
  struct Open {
    std::string_view name;
    std::size_t offset = 0;
    std::size_t element = kNoElement;  // index into doc.elements, inside TEXT
  };

  std::optional<XmlError> on_start(const XmlToken& token, bool empty);
  std::optional<XmlError> on_end(const XmlToken& token);
  void on_text(const XmlToken& token);
  bool inside(std::string_view name) const;

  XmlScanner scanner_;
  TimemlDocument* doc_ = nullptr;
  std::vector<Open> open_;
  bool in_text_ = false;
  bool seen_text_ = false;
  std::string docid_, title_, headline_;
};

std::optional<XmlError> TimemlParser::run(TimemlDocument& doc) {
  doc_ = &doc;
  XmlToken token;
  while (scanner_.next(token)) {
    std::optional<XmlError> error;
    switch (token.kind) {
      case XmlToken::Kind::text:
        on_text(token);
        break;
      case XmlToken::Kind::start:
        error = on_start(token, false);
        break;
      case XmlToken::Kind::empty:
        error = on_start(token, true);
        break;
      case XmlToken::Kind::end:
        error = on_end(token);
        break;
    }
    if (error) return error;
  }
  if (scanner_.error()) return scanner_.error();
  if (!open_.empty()) {
    return XmlError{open_.back().offset,
                    "<" + std::string(open_.back().name) + "> is never closed"};
  }
  if (!seen_text_) return XmlError{0, "no <TEXT> element"};
  doc.id = trim(docid_);
  doc.title = trim(title_.empty() ? headline_ : title_);
  return std::nullopt;
}

std::optional<XmlError> TimemlParser::on_start(const XmlToken& token, bool empty) {
  std::size_t element = kNoElement;
  if (in_text_) {
    const std::size_t here = doc_->text.size();
    doc_->elements.push_back({std::string(token.raw), token.attributes, Span{here, here}});
    element = doc_->elements.size() - 1;
  } else if (token.raw == "TEXT") {
    if (seen_text_) return XmlError{token.offset, "a second <TEXT> element"};
    seen_text_ = true;
    in_text_ = !empty;
  } else if (token.raw == "TIMEX3" && inside("DCT") && doc_->dct_timex.name.empty()) {
    doc_->dct_timex = {std::string(token.raw), token.attributes, Span{}};
  } else if (empty) {
    doc_->annotations.push_back({std::string(token.raw), token.attributes, Span{}});
  }
  if (!empty) open_.push_back({token.raw, token.offset, element});
  return std::nullopt;
}

std::optional<XmlError> TimemlParser::on_end(const XmlToken& token) {
  if (open_.empty()) {
    return XmlError{token.offset, "</" + std::string(token.raw) + "> closes nothing"};
  }
  const Open open = open_.back();
  if (open.name != token.raw) {
    return XmlError{token.offset, "</" + std::string(token.raw) + "> where </" +
                                      std::string(open.name) + "> was expected"};
  }
  open_.pop_back();
  if (open.element != kNoElement) {
    doc_->elements[open.element].span.end = doc_->text.size();
    if (open.name == "s" && !is_space(scanner_.peek())) doc_->text += '\n';
  } else if (in_text_) {
    in_text_ = false;  // inside TEXT every element has an index, so this closes TEXT
  }
  return std::nullopt;
}

void TimemlParser::on_text(const XmlToken& token) {
  if (in_text_) return append_text(doc_->text, token);
  if (open_.empty()) return;
  if (open_.back().name == "DOCID") append_text(docid_, token);
  if (inside("TITLE")) append_text(title_, token);
  if (inside("HEADLINE")) append_text(headline_, token);
}

bool TimemlParser::inside(std::string_view name) const {
  for (const Open& open : open_) {
    if (open.name == name) return true;
  }
  return false;
}

}  // namespace

const std::string& TimemlElement::attribute(const std::string& key) const {
  static const std::string kNone;
  const auto it = attributes.find(key);
  return it == attributes.end() ? kNone : it->second;
}

Result<TimemlDocument> parse_timeml(std::string_view name, std::string_view xml) {
  const IngestOptions defaults;
  const SourceFile source{name, xml, defaults};
  TimemlDocument doc;
  if (auto error = TimemlParser(source.content()).run(doc)) {
    return source.report_at(Severity::error, "timeml-syntax", "invalid TimeML: " + error->message,
                            error->offset);
  }
  return doc;
}

void read_timeml(const SourceFile& source, Ingested& out) {
  auto parsed = parse_timeml(source.name, source.bytes);
  if (!parsed.ok()) {
    out.diagnostics.insert(out.diagnostics.end(), parsed.diagnostics().begin(),
                           parsed.diagnostics().end());
    return;
  }
  TimemlDocument& timeml = parsed.value();
  Document doc;
  doc.id = timeml.id.empty() ? source.stem() : timeml.id;
  doc.title = std::move(timeml.title);
  doc.text = std::move(timeml.text);
  doc.source = std::string(source.name);
  const std::string& value = timeml.dct_timex.attribute("value");
  doc.dct = parse_date_prefix(value);
  if (timeml.dct_timex.name.empty()) {
    if (auto warning = source.missing_dates(1, 1)) out.diagnostics.push_back(std::move(*warning));
  } else if (!doc.dct) {
    out.diagnostics.push_back(source.report(
        Severity::warning, "bad-date",
        "the DCT value '" + value + "' is not a date; relative dates stay unresolved (use --dct)"));
  }
  out.documents.push_back(std::move(doc));
}

}  // namespace chronicle::detail

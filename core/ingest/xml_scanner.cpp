// The XML tokenizer behind the TimeML reader. Strict where a mistake would shift text
// offsets (an unclosed tag, a stray '<'), lenient about references it does not know.
#include "ingest/xml_scanner.h"

#include <array>
#include <charconv>
#include <utility>

#include "ingest/source_file.h"
#include "ingest/utf8.h"

namespace chronicle::detail {
namespace {

constexpr std::array<std::pair<std::string_view, char>, 5> kEntities{
    {{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}}};

bool is_name_start(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':' ||
         static_cast<unsigned char>(c) >= 0x80;
}

bool is_name_char(char c) {
  return is_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

// Decodes the reference body between '&' and ';' ("amp", "#233", "#xE9").
bool decode_reference(std::string& out, std::string_view body) {
  for (const auto& [name, c] : kEntities) {
    if (body == name) {
      out += c;
      return true;
    }
  }
  if (body.size() < 2 || body[0] != '#') return false;
  const bool hex = body[1] == 'x' || body[1] == 'X';
  const std::string_view digits = body.substr(hex ? 2 : 1);
  std::uint32_t code = 0;
  const auto [end, ec] =
      std::from_chars(digits.data(), digits.data() + digits.size(), code, hex ? 16 : 10);
  if (ec != std::errc() || end != digits.data() + digits.size() || digits.empty()) return false;
  return code != 0 && append_utf8(out, static_cast<char32_t>(code));
}

}  // namespace

void append_decoded(std::string& out, std::string_view raw) {
  std::size_t i = 0;
  while (i < raw.size()) {
    const std::size_t amp = raw.find('&', i);
    out.append(raw.substr(i, amp == std::string_view::npos ? raw.size() - i : amp - i));
    if (amp == std::string_view::npos) return;
    const std::size_t semi = raw.find(';', amp + 1);
    // References are short; a far ';' means this '&' is a literal one.
    if (semi != std::string_view::npos && semi - amp <= 12 &&
        decode_reference(out, raw.substr(amp + 1, semi - amp - 1))) {
      i = semi + 1;
    } else {
      out += '&';
      i = amp + 1;
    }
  }
}

bool XmlScanner::next(XmlToken& token) {
  token = XmlToken{};
  while (pos_ < xml_.size() && !error_) {
    token.offset = pos_;
    const std::string_view rest = xml_.substr(pos_);
    if (rest[0] != '<') return read_text(token);
    if (rest.starts_with("<!--")) {
      skip_until("-->", "comment");
    } else if (rest.starts_with("<![CDATA[")) {
      return read_cdata(token);
    } else if (rest.starts_with("<!")) {
      skip_doctype();
    } else if (rest.starts_with("<?")) {
      skip_until("?>", "processing instruction");
    } else if (rest.starts_with("</")) {
      return read_end_tag(token);
    } else {
      return read_start_tag(token);
    }
  }
  return false;
}

bool XmlScanner::fail(std::size_t offset, std::string message) {
  error_ = XmlError{offset, std::move(message)};
  return false;
}

bool XmlScanner::skip_until(std::string_view terminator, std::string_view what) {
  const std::size_t end = xml_.find(terminator, pos_);
  if (end == std::string_view::npos) return fail(pos_, "unterminated " + std::string(what));
  pos_ = end + terminator.size();
  return true;
}

// <!DOCTYPE ...> may hold an internal subset in brackets, with '>' inside it.
bool XmlScanner::skip_doctype() {
  int depth = 0;
  for (std::size_t i = pos_ + 2; i < xml_.size(); ++i) {
    if (xml_[i] == '[') ++depth;
    if (xml_[i] == ']') --depth;
    if (xml_[i] == '>' && depth <= 0) {
      pos_ = i + 1;
      return true;
    }
  }
  return fail(pos_, "unterminated declaration");
}

bool XmlScanner::read_text(XmlToken& token) {
  const std::size_t end = std::min(xml_.find('<', pos_), xml_.size());
  token.kind = XmlToken::Kind::text;
  token.raw = xml_.substr(pos_, end - pos_);
  pos_ = end;
  return true;
}

bool XmlScanner::read_cdata(XmlToken& token) {
  constexpr std::string_view kOpen = "<![CDATA[";
  const std::size_t end = xml_.find("]]>", pos_ + kOpen.size());
  if (end == std::string_view::npos) return fail(pos_, "unterminated CDATA section");
  token.kind = XmlToken::Kind::text;
  token.cdata = true;
  token.raw = xml_.substr(pos_ + kOpen.size(), end - pos_ - kOpen.size());
  pos_ = end + 3;
  return true;
}

bool XmlScanner::read_end_tag(XmlToken& token) {
  pos_ += 2;
  token.kind = XmlToken::Kind::end;
  token.raw = read_name();
  if (token.raw.empty()) return fail(token.offset, "malformed end tag");
  skip_space();
  if (pos_ >= xml_.size() || xml_[pos_] != '>') return fail(token.offset, "malformed end tag");
  ++pos_;
  return true;
}

bool XmlScanner::read_start_tag(XmlToken& token) {
  ++pos_;
  token.raw = read_name();
  if (token.raw.empty()) return fail(token.offset, "'<' that starts no tag (write &lt;)");
  while (true) {
    skip_space();
    if (pos_ >= xml_.size())
      return fail(token.offset, "unterminated tag <" + std::string(token.raw));
    if (xml_.substr(pos_).starts_with("/>")) {
      token.kind = XmlToken::Kind::empty;
      pos_ += 2;
      return true;
    }
    if (xml_[pos_] == '>') {
      token.kind = XmlToken::Kind::start;
      ++pos_;
      return true;
    }
    if (!read_attribute(token)) return false;
  }
}

bool XmlScanner::read_attribute(XmlToken& token) {
  const std::size_t begin = pos_;
  const std::string_view name = read_name();
  skip_space();
  if (name.empty() || pos_ >= xml_.size() || xml_[pos_] != '=') {
    return fail(begin, "malformed attribute in <" + std::string(token.raw) + ">");
  }
  ++pos_;
  skip_space();
  const char quote = pos_ < xml_.size() ? xml_[pos_] : '\0';
  const std::size_t end =
      quote == '"' || quote == '\'' ? xml_.find(quote, pos_ + 1) : std::string_view::npos;
  if (end == std::string_view::npos) {
    return fail(begin, "attribute " + std::string(name) + " has no quoted value");
  }
  std::string value;
  append_decoded(value, xml_.substr(pos_ + 1, end - pos_ - 1));
  token.attributes[std::string(name)] = std::move(value);
  pos_ = end + 1;
  return true;
}

std::string_view XmlScanner::read_name() {
  const std::size_t begin = pos_;
  if (pos_ < xml_.size() && is_name_start(xml_[pos_])) {
    while (pos_ < xml_.size() && is_name_char(xml_[pos_])) ++pos_;
  }
  return xml_.substr(begin, pos_ - begin);
}

void XmlScanner::skip_space() {
  while (pos_ < xml_.size() && is_space(xml_[pos_])) ++pos_;
}

}  // namespace chronicle::detail

// A small XML tokenizer, enough for TimeML corpora: tags with attributes, text,
// comments, processing instructions, CDATA and DOCTYPE. No namespaces, no DTD entities;
// it keeps ingest free of an XML library for a format this regular.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace chronicle::detail {

/// One piece of an XML document.
struct XmlToken {
  enum class Kind { text, start, end, empty };  ///< empty: <TAG .../>
  Kind kind = Kind::text;
  /// text: the raw bytes (references not decoded); tags: the element name.
  std::string_view raw;
  /// True for a CDATA section, whose bytes are taken literally.
  bool cdata = false;
  /// Attributes of a start or empty tag, values decoded.
  std::map<std::string, std::string> attributes;
  /// Byte offset of the token in the input.
  std::size_t offset = 0;
};

/// A malformed construct: what is wrong and where (byte offset in the input).
struct XmlError {
  std::size_t offset = 0;
  std::string message;
};

/// Walks an XML text token by token; comments, processing instructions and DOCTYPE are
/// skipped. Not thread-safe per object; the input must outlive the scanner.
class XmlScanner {
 public:
  explicit XmlScanner(std::string_view xml) : xml_(xml) {}

  /// Reads the next token into `token`. False at the end of input or on an error;
  /// error() then says which.
  bool next(XmlToken& token);
  /// The next unread byte, or '\0' at the end.
  char peek() const { return pos_ < xml_.size() ? xml_[pos_] : '\0'; }
  /// The error that stopped the scan, if any.
  const std::optional<XmlError>& error() const { return error_; }

 private:
  bool fail(std::size_t offset, std::string message);
  bool skip_until(std::string_view terminator, std::string_view what);
  bool skip_doctype();
  bool read_text(XmlToken& token);
  bool read_cdata(XmlToken& token);
  bool read_end_tag(XmlToken& token);
  bool read_start_tag(XmlToken& token);
  bool read_attribute(XmlToken& token);
  std::string_view read_name();
  void skip_space();

  std::string_view xml_;
  std::size_t pos_ = 0;
  std::optional<XmlError> error_;
};

/// Appends `raw` with &amp; &lt; &gt; &quot; &apos; and numeric references (&#233;
/// &#xE9;) decoded. A reference that is unknown or names no character is kept as written.
void append_decoded(std::string& out, std::string_view raw);

}  // namespace chronicle::detail

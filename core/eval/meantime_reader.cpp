// The CAT XML reader. One pass over the XML tokens: <token> elements give the words;
// inside <Markables> each child element is a markable whose <token_anchor/> children
// anchor it; inside <Relations> each child element is a relation with <source/> and
// <target/> children.
#include "chronicle/eval/meantime_reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest/xml_scanner.h"

namespace chronicle::eval {

// The readers and stages this evaluation is built on are internals.
using namespace detail;
namespace {

int line_at(std::string_view text, std::size_t offset) {
  return 1 +
         static_cast<int>(std::count(
             text.begin(), text.begin() + static_cast<long>(std::min(offset, text.size())), '\n'));
}

Diagnostic cat_error(const std::string& file, std::string_view xml, std::size_t offset,
                     std::string message) {
  Diagnostic d;
  d.code = "cat-xml";
  d.file = file;
  d.line = line_at(xml, offset);
  d.offset = static_cast<long long>(offset);
  d.message = std::move(message);
  return d;
}

const std::string& attribute_of(const std::map<std::string, std::string>& attributes,
                                const std::string& key) {
  static const std::string empty;
  auto it = attributes.find(key);
  return it == attributes.end() ? empty : it->second;
}

class CatParser {
 public:
  CatParser(std::string_view xml, const std::string& file)
      : xml_(xml), file_(file), scanner_(xml) {}

  Result<CatDocument> run() {
    doc_.file = file_;
    XmlToken t;
    while (scanner_.next(t)) {
      if (t.kind == XmlToken::Kind::text) {
        if (in_token_) append_decoded(token_text_, t.raw);
        continue;
      }
      if (t.kind == XmlToken::Kind::end) {
        if (auto d = on_end(t)) return *d;
        continue;
      }
      if (auto d = on_start(t, t.kind == XmlToken::Kind::empty)) return *d;
    }
    if (scanner_.error())
      return cat_error(file_, xml_, scanner_.error()->offset, scanner_.error()->message);
    if (doc_.tokens.empty())
      return cat_error(file_, xml_, 0, "no <token> elements: not a CAT document");
    build_text();
    return std::move(doc_);
  }

 private:
  std::optional<Diagnostic> on_start(const XmlToken& t, bool empty) {
    std::string name(t.raw);
    const auto& a = t.attributes;
    if (name == "Document") {
      doc_.doc_id = attribute_of(a, "doc_id");
      doc_.name = attribute_of(a, "doc_name");
      doc_.url = attribute_of(a, "url");
    } else if (name == "token") {
      token_ = CatToken{attribute_of(a, "t_id"), "", 0, {}};
      try {
        token_.sentence = std::stoi(attribute_of(a, "sentence"));
      } catch (const std::exception&) {
        return cat_error(file_, xml_, t.offset, "token without a numeric sentence attribute");
      }
      token_text_.clear();
      in_token_ = !empty;
      if (empty) doc_.tokens.push_back(token_);
    } else if (name == "Markables" || name == "Relations") {
      section_ = name;
    } else if (name == "token_anchor") {
      if (doc_.markables.empty() || !open_item_)
        return cat_error(file_, xml_, t.offset, "token_anchor outside a markable");
      anchors_.emplace_back(attribute_of(a, "t_id"), t.offset);
    } else if (name == "source" || name == "target") {
      if (doc_.relations.empty() || !open_item_)
        return cat_error(file_, xml_, t.offset, name + " outside a relation");
      auto& r = doc_.relations.back();
      (name == "source" ? r.sources : r.targets).push_back(attribute_of(a, "m_id"));
    } else if (section_ == "Markables") {
      doc_.markables.push_back({name, attribute_of(a, "m_id"), a, {}});
      open_item_ = !empty;
    } else if (section_ == "Relations") {
      doc_.relations.push_back({name, attribute_of(a, "r_id"), a, {}, {}});
      open_item_ = !empty;
    }
    return std::nullopt;
  }

  std::optional<Diagnostic> on_end(const XmlToken& t) {
    std::string name(t.raw);
    if (name == "token" && in_token_) {
      token_.text = token_text_;
      doc_.tokens.push_back(token_);
      in_token_ = false;
    } else if (name == "Markables" || name == "Relations") {
      section_.clear();
    } else if (open_item_ && section_ == "Markables" && name == doc_.markables.back().tag) {
      open_item_ = false;
      if (auto d = resolve_anchors()) return d;
    } else if (open_item_ && section_ == "Relations" && name == doc_.relations.back().tag) {
      open_item_ = false;
    }
    return std::nullopt;
  }

  // Token ids -> token indices, for the markable just closed.
  std::optional<Diagnostic> resolve_anchors() {
    if (token_index_.empty())
      for (std::size_t i = 0; i < doc_.tokens.size(); ++i) token_index_[doc_.tokens[i].id] = i;
    for (const auto& [id, offset] : anchors_) {
      auto it = token_index_.find(id);
      if (it == token_index_.end())
        return cat_error(file_, xml_, offset, "token_anchor names unknown token '" + id + "'");
      doc_.markables.back().tokens.push_back(it->second);
    }
    anchors_.clear();
    return std::nullopt;
  }

  void build_text() {
    for (std::size_t i = 0; i < doc_.tokens.size(); ++i) {
      CatToken& tk = doc_.tokens[i];
      if (i > 0) doc_.text += tk.sentence != doc_.tokens[i - 1].sentence ? "\n\n" : " ";
      tk.span.begin = doc_.text.size();
      doc_.text += tk.text;
      tk.span.end = doc_.text.size();
    }
  }

  std::string_view xml_;
  const std::string& file_;
  XmlScanner scanner_;
  CatDocument doc_;
  CatToken token_;
  std::string token_text_;
  bool in_token_ = false;
  bool open_item_ = false;
  std::string section_;
  std::vector<std::pair<std::string, std::size_t>> anchors_;
  std::map<std::string, std::size_t> token_index_;
};

}  // namespace

const std::string& CatMarkable::attribute(const std::string& key) const {
  return attribute_of(attributes, key);
}

const CatMarkable* CatDocument::markable(const std::string& id) const {
  for (const auto& m : markables)
    if (m.id == id) return &m;
  return nullptr;
}

Span CatDocument::span(const CatMarkable& m) const {
  if (m.tokens.empty()) return {};
  auto [lo, hi] = std::minmax_element(m.tokens.begin(), m.tokens.end());
  return {tokens[*lo].span.begin, tokens[*hi].span.end};
}

std::size_t CatDocument::annotated_end() const {
  int last = -1;
  for (const auto& m : markables)
    for (std::size_t i : m.tokens) last = std::max(last, tokens[i].sentence);
  std::size_t end = 0;
  for (const auto& t : tokens)
    if (t.sentence <= last) end = std::max(end, t.span.end);
  return end;
}

std::string CatDocument::words(const CatMarkable& m) const {
  std::string out;
  for (std::size_t i : m.tokens) out += (out.empty() ? "" : " ") + tokens[i].text;
  return out;
}

Result<CatDocument> parse_cat_document(std::string_view xml, const std::string& file) {
  return CatParser(xml, file).run();
}

Result<CatDocument> read_cat_document(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    Diagnostic d;
    d.code = "cannot-read";
    d.file = path;
    d.message = "cannot read the file";
    return d;
  }
  std::ostringstream text;
  text << in.rdbuf();
  std::string xml = text.str();
  return parse_cat_document(xml, path);
}

std::vector<std::string> cat_files(const std::string& directory) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(directory, ec))
    if (e.is_regular_file() && e.path().extension() == ".xml") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace chronicle::eval

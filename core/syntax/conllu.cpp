// CoNLL-U reading and writing (https://universaldependencies.org/format.html): the treebanks
// the language layer learns from and is scored on, and `chronicle annotate --format conllu`.
#include <charconv>
#include <fstream>
#include <optional>
#include <sstream>

#include "chronicle/syntax.h"

namespace chronicle::syntax {
namespace {

std::string field_value(std::string_view f) { return f == "_" ? std::string() : std::string(f); }

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == '\t') {
      fields.push_back(line.substr(start, i - start));
      start = i + 1;
    }
  }
  return fields;
}

bool parse_int(std::string_view s, int& out) {
  const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

class Reader {
 public:
  explicit Reader(std::string_view name) : name_(name) {}

  void line(std::string_view text, int number) {
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    number_ = number;
    if (text.empty()) return end_sentence();
    if (text[0] == '#') return comment(text);
    word(text);
  }

  std::vector<ParsedSentence> finish() {
    end_sentence();
    return std::move(sentences_);
  }

 private:
  [[noreturn]] void fail(const std::string& what) const {
    throw ConlluError(name_ + ":" + std::to_string(number_) + ": " + what);
  }

  void comment(std::string_view text) {
    if (current_.words.empty() && current_.line == 0) current_.line = number_;
    auto value = [&](std::string_view key) -> std::optional<std::string> {
      if (text.substr(0, key.size()) != key) return std::nullopt;
      return std::string(text.substr(key.size()));
    };
    if (value("# newdoc") || value("# newpar")) current_.new_paragraph = true;
    if (auto v = value("# sent_id = ")) current_.id = *v;
    if (auto v = value("# text = ")) current_.text = *v;
  }

  void word(std::string_view text) {
    const auto f = split_tabs(text);
    if (f.size() != 10) fail("expected 10 tab-separated fields, found " + std::to_string(f.size()));
    if (f[0].find_first_of("-.") != std::string_view::npos) return;  // multiword token, empty node
    int index = 0;
    if (!parse_int(f[0], index) || index != static_cast<int>(current_.words.size()) + 1)
      fail("word index '" + std::string(f[0]) + "' out of sequence");
    if (current_.line == 0) current_.line = number_;
    Word w{std::string(f[1]), field_value(f[2]), field_value(f[3]), field_value(f[4]),
           field_value(f[5]), -1,  field_value(f[7]), field_value(f[9])};
    if (f[6] != "_" && (!parse_int(f[6], w.head) || w.head < 0))
      fail("head '" + std::string(f[6]) + "' is not a word index");
    current_.words.push_back(std::move(w));
  }

  void end_sentence() {
    if (current_.words.empty()) {
      current_ = ParsedSentence{};
      return;
    }
    const int n = static_cast<int>(current_.words.size());
    for (const auto& w : current_.words)
      if (w.head > n) fail("head " + std::to_string(w.head) + " beyond the sentence's " + std::to_string(n) + " words");
    sentences_.push_back(std::move(current_));
    current_ = ParsedSentence{};
  }

  std::string name_;
  int number_ = 0;
  ParsedSentence current_;
  std::vector<ParsedSentence> sentences_;
};

std::string_view or_blank(const std::string& s) { return s.empty() ? std::string_view("_") : s; }

}  // namespace

std::vector<ParsedSentence> read_conllu(std::string_view text, std::string_view name) {
  Reader reader(name);
  int number = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    reader.line(text.substr(start, end - start), ++number);
    start = end + 1;
  }
  return reader.finish();
}

std::vector<ParsedSentence> read_conllu_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ConlluError(path + ": cannot read");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return read_conllu(buffer.str(), path);
}

std::string write_conllu(const std::vector<ParsedSentence>& sentences) {
  std::string out;
  for (const auto& s : sentences) {
    if (!s.id.empty()) out += "# sent_id = " + s.id + "\n";
    if (!s.text.empty()) out += "# text = " + s.text + "\n";
    for (std::size_t i = 0; i < s.words.size(); ++i) {
      const Word& w = s.words[i];
      const std::string index = std::to_string(i + 1);
      const std::string head = w.head < 0 ? "_" : std::to_string(w.head);
      for (std::string_view f : {std::string_view(index), std::string_view(w.form),
                                 or_blank(w.lemma), or_blank(w.upos), or_blank(w.xpos), or_blank(w.feats),
                                 std::string_view(head), or_blank(w.deprel), std::string_view("_"),
                                 or_blank(w.misc)}) {
        out += f;
        out += '\t';
      }
      out.back() = '\n';
    }
    out += '\n';
  }
  return out;
}

}  // namespace chronicle::syntax

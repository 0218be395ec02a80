// Loads a language's word classes and gives its tables by name; each language is loaded
// once per process and shared by every pipeline that reads it.
#include "language/language_data.h"

#include <mutex>
#include <stdexcept>

namespace chronicle::detail {
namespace {

constexpr std::string_view kWordClasses = "lexicons/word_classes.tsv";

bool has_file(const std::string& path) {
  try {
    data_file(path);
    return true;
  } catch (const std::runtime_error&) {
    return false;
  }
}

}  // namespace

const std::string* WordClass::value(std::string_view folded) const {
  if (!may_contain(folded)) return nullptr;
  auto it = words_.find(folded);
  return it == words_.end() ? nullptr : &it->second;
}

int WordClass::line(std::string_view folded) const {
  auto it = lines_.find(folded);
  return it == lines_.end() ? 0 : it->second;
}

void WordClass::add(std::string word, std::string value, int line) {
  if (word.empty()) return;
  first_bytes_.set(static_cast<unsigned char>(word[0]));
  min_size_ = words_.empty() ? word.size() : std::min(min_size_, word.size());
  max_size_ = std::max(max_size_, word.size());
  lines_.emplace(word, line);
  words_.emplace(std::move(word), std::move(value));
}

LanguageData::LanguageData(std::string code) : code_(std::move(code)) {
  const std::string file = path(kWordClasses);
  for (const auto& row : read_table(file, "word-classes", 3)) {
    const auto& f = row.fields;
    if (f[0] == "example") {
      std::size_t arrow = f[2].find(" => ");
      if (arrow == std::string::npos)
        data_error(file, row.line, "an example is 'sentence => check'");
      examples_.push_back({row.line, f[1], f[2].substr(0, arrow), f[2].substr(arrow + 4)});
      continue;
    }
    if (f[1] != lower(f[1])) data_error(file, row.line, "a word is written case-folded");
    if (classes_[f[0]].value(f[1])) data_error(file, row.line, "'" + f[1] + "' is listed twice");
    classes_[f[0]].add(f[1], f[2], row.line);
  }
  for (const auto& e : examples_)
    if (!classes_.count(e.word_class))
      data_error(file, e.line, "example of unknown class '" + e.word_class + "'");
  possessive_ = &words("possessive");
}

std::shared_ptr<const LanguageData> LanguageData::load(std::string_view code) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const LanguageData>, std::less<>> loaded;
  std::lock_guard<std::mutex> lock(mutex);
  if (auto it = loaded.find(code); it != loaded.end()) return it->second;
  std::string name(code);
  if (name.empty() || name == "common" || !has_file(name + "/" + std::string(kWordClasses)))
    throw std::runtime_error("no data for language '" + name + "' (core/data/" + name +
                             "/lexicons/word_classes.tsv)");
  std::shared_ptr<const LanguageData> data(new LanguageData(name));
  loaded.emplace(std::move(name), data);
  return data;
}

std::string LanguageData::path(std::string_view relative) const {
  return code_ + "/" + std::string(relative);
}

std::vector<DataRow> LanguageData::table(std::string_view relative, std::string_view format,
                                         std::size_t min_fields) const {
  return read_table(path(relative), format, min_fields);
}

std::string_view LanguageData::file(std::string_view relative) const {
  return data_file(path(relative));
}

const WordClass& LanguageData::words(std::string_view name) const {
  auto it = classes_.find(name);
  if (it == classes_.end())
    data_error(path(kWordClasses), 1, "no word class '" + std::string(name) + "'");
  return it->second;
}

bool CompanySuffixes::ends_name(std::string_view word) const {
  std::string folded = lower(word);
  if (!folded.empty() && folded.back() == '.') {
    folded.pop_back();
    return takes_stop(folded);
  }
  return words_.contains(folded);
}

bool CompanySuffixes::takes_stop(std::string_view folded) const {
  const std::string* kind = words_.value(folded);
  return kind && *kind == "abbreviation";
}

std::string common_path(std::string_view relative) { return "common/" + std::string(relative); }

std::vector<DataRow> common_table(std::string_view relative, std::string_view format,
                                  std::size_t min_fields) {
  return read_table(common_path(relative), format, min_fields);
}

}  // namespace chronicle::detail

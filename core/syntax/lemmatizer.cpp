// Lemmatisation by edit scripts, as UDPipe 1 and Morfette do, with the script picked by
// counting instead of a classifier: exact word and tag, then the word lowercased, then the
// longest ending (up to kMaxSuffix bytes) seen at least twice with the tag.
#include "syntax/lemmatizer.h"

#include <cstring>
#include <map>
#include <stdexcept>

#include "syntax/perceptron.h"
#include "syntax/tagger.h"
#include "util/text.h"

namespace chronicle::syntax::detail {
namespace {

constexpr std::size_t kMaxSuffix = 6;
constexpr std::uint64_t kExact = 0, kLower = 1, kSuffix = 2;

std::size_t common_prefix(std::string_view a, std::string_view b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

std::uint64_t key(std::uint64_t kind, std::string_view xpos, std::string_view text) {
  return feature(kind + 100, hash_text(xpos), hash_text(text));
}

// The keys of a word, most specific first.
std::vector<std::uint64_t> keys_of(std::string_view form, std::string_view xpos) {
  const std::string low = chronicle::detail::lower(form);
  std::vector<std::uint64_t> keys = {key(kExact, xpos, form), key(kLower, xpos, low)};
  for (std::size_t n = std::min(kMaxSuffix, low.size()) + 1; n-- > 0;)
    keys.push_back(key(kSuffix + n, xpos, std::string_view(low).substr(low.size() - n)));
  return keys;
}

using Counts = std::map<EditScript, int>;

const EditScript& majority(const Counts& counts) {
  auto best = counts.begin();
  for (auto it = counts.begin(); it != counts.end(); ++it)
    if (it->second > best->second) best = it;
  return best->first;
}

int total(const Counts& counts) {
  int n = 0;
  for (const auto& [s, c] : counts) n += c;
  return n;
}

}  // namespace

EditScript edit_script(std::string_view form, std::string_view lemma) {
  const std::string low = chronicle::detail::lower(form);
  const std::size_t as_is = common_prefix(form, lemma), lowered = common_prefix(low, lemma);
  EditScript s;
  s.lowercase = lowered > as_is;
  const std::size_t keep = s.lowercase ? lowered : as_is;
  s.strip = static_cast<int>(form.size() - keep);
  s.append = std::string(lemma.substr(keep));
  return s;
}

std::string apply_script(const EditScript& script, std::string_view form) {
  if (static_cast<std::size_t>(script.strip) > form.size()) return std::string(form);
  std::string out = script.lowercase ? chronicle::detail::lower(form) : std::string(form);
  out.resize(out.size() - static_cast<std::size_t>(script.strip));
  return out + script.append;
}

Lemmatizer Lemmatizer::train(const std::vector<ParsedSentence>& train) {
  std::map<std::uint64_t, Counts> counts;  // ordered: the model is built in key order
  std::map<std::uint64_t, bool> is_ending;
  for (const auto& s : train)
    for (const auto& w : s.words) {
      if (w.lemma.empty()) continue;
      const EditScript script = edit_script(w.form, w.lemma);
      const auto keys = keys_of(w.form, w.xpos);
      for (std::size_t j = 0; j < keys.size(); ++j) {
        ++counts[keys[j]][script];
        is_ending.emplace(keys[j], j >= 2);
      }
    }
  Lemmatizer lem;
  std::map<EditScript, std::uint32_t> ids;
  for (const auto& [k, c] : counts) {
    if (is_ending.at(k) && total(c) < 2) continue;  // one example decides only for its own word
    const EditScript& s = majority(c);
    auto [it, fresh] = ids.emplace(s, static_cast<std::uint32_t>(lem.scripts_.size()));
    if (fresh) lem.scripts_.push_back(s);
    lem.by_key_.emplace(k, it->second);
  }
  return lem;
}

std::string Lemmatizer::lemma(std::string_view form, std::string_view xpos) const {
  for (std::uint64_t k : keys_of(form, xpos)) {
    const auto it = by_key_.find(k);
    if (it != by_key_.end()) return apply_script(scripts_[it->second], form);
  }
  return std::string(form);
}

double Lemmatizer::accuracy(const std::vector<ParsedSentence>& sentences) const {
  std::size_t right = 0, all = 0;
  for (const auto& s : sentences)
    for (const auto& w : s.words) {
      ++all;
      right += lemma(w.form, w.xpos) == w.lemma;
    }
  return all ? static_cast<double>(right) / static_cast<double>(all) : 0.0;
}

void Lemmatizer::write(std::string& out) const {
  write_string(out, std::to_string(scripts_.size()));
  for (const auto& s : scripts_) {
    write_string(out, s.lowercase ? "1" : "0");
    write_string(out, std::to_string(s.strip));
    write_string(out, s.append);
  }
  std::map<std::uint64_t, std::uint32_t> sorted(by_key_.begin(), by_key_.end());
  write_string(out, std::to_string(sorted.size()));
  for (const auto& [k, id] : sorted) {
    out.append(reinterpret_cast<const char*>(&k), sizeof k);
    out.append(reinterpret_cast<const char*>(&id), sizeof id);
  }
}

Lemmatizer Lemmatizer::read(std::string_view& in) {
  Lemmatizer lem;
  const std::size_t n = std::stoul(read_string(in));
  for (std::size_t i = 0; i < n; ++i) {
    EditScript s;
    s.lowercase = read_string(in) == "1";
    s.strip = std::stoi(read_string(in));
    s.append = read_string(in);
    lem.scripts_.push_back(std::move(s));
  }
  const std::size_t keys = std::stoul(read_string(in));
  if (in.size() < keys * 12) throw std::runtime_error("lemmatiser ends early");
  for (std::size_t i = 0; i < keys; ++i) {
    std::uint64_t k;
    std::uint32_t id;
    std::memcpy(&k, in.data(), sizeof k);
    std::memcpy(&id, in.data() + sizeof k, sizeof id);
    in.remove_prefix(12);
    if (id >= lem.scripts_.size()) throw std::runtime_error("lemmatiser names a script out of range");
    lem.by_key_.emplace(k, id);
  }
  return lem;
}

}  // namespace chronicle::syntax::detail

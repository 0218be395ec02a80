// The user actor dictionary: a JSON file of actors, aliases, kinds, affiliations and
// dated roles. Design: nlohmann parses the JSON; a small scan of the text finds the line
// where each entry of "actors" starts, so that a wrong entry is reported as file:line.
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "chronicle/actor.h"

namespace chronicle {
namespace {

using nlohmann::json;

// The 1-based line at `offset`.
int line_at(std::string_view text, std::size_t offset) {
  int line = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) line += text[i] == '\n';
  return line;
}

// The line of every object that opens at nesting depth 2 (the entries of the top-level
// "actors" array, the only array the format allows at the top).
std::vector<int> entry_lines(std::string_view text) {
  std::vector<int> lines;
  int depth = 0, line = 1;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') ++line;
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '{' || c == '[') {
      if (c == '{' && depth == 2) lines.push_back(line);
      ++depth;
    } else if (c == '}' || c == ']') --depth;
  }
  return lines;
}

struct EntryError {
  std::string message;
};

std::string text_field(const json& j, const char* key, bool required) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) {
    if (required) throw EntryError{std::string("missing \"") + key + "\""};
    return "";
  }
  if (!it->is_string() || it->get<std::string>().empty())
    throw EntryError{std::string("\"") + key + "\" must be a non-empty string"};
  return it->get<std::string>();
}

std::optional<Day> day_field(const json& j, const char* key) {
  std::string text = text_field(j, key, false);
  if (text.empty()) return std::nullopt;
  auto day = parse_day(text);
  if (!day) throw EntryError{std::string("\"") + key + "\" must be a date YYYY-MM-DD, not '" + text + "'"};
  return day;
}

void check_keys(const json& j, std::initializer_list<const char*> allowed, const char* what) {
  for (const auto& [key, value] : j.items()) {
    bool known = false;
    for (const char* a : allowed) known |= key == a;
    if (!known) throw EntryError{std::string("unknown key \"") + key + "\" in " + what};
  }
}

DictionaryRole read_role(const json& j) {
  if (!j.is_object()) throw EntryError{"each role must be an object"};
  check_keys(j, {"title", "of", "from", "to"}, "a role");
  DictionaryRole r{text_field(j, "title", true), text_field(j, "of", false), day_field(j, "from"),
                   day_field(j, "to")};
  if (r.from && r.to && *r.to < *r.from) throw EntryError{"role \"" + r.title + "\" ends before it starts"};
  return r;
}

DictionaryActor read_actor(const json& j) {
  if (!j.is_object()) throw EntryError{"each entry of \"actors\" must be an object"};
  check_keys(j, {"name", "kind", "aliases", "affiliation", "roles"}, "an actor");
  DictionaryActor a;
  a.name = text_field(j, "name", true);
  std::string kind = text_field(j, "kind", false);
  if (!kind.empty()) {
    auto k = parse_actor_kind(kind);
    if (!k) throw EntryError{"unknown kind '" + kind + "' (person, country, organization, group, place, other)"};
    a.kind = *k;
  }
  if (auto it = j.find("aliases"); it != j.end()) {
    if (!it->is_array()) throw EntryError{"\"aliases\" must be an array of strings"};
    for (const auto& alias : *it) {
      if (!alias.is_string() || alias.get<std::string>().empty())
        throw EntryError{"\"aliases\" must be an array of non-empty strings"};
      a.aliases.push_back(alias.get<std::string>());
    }
  }
  std::string affiliation = text_field(j, "affiliation", false);
  if (!affiliation.empty()) a.affiliation = affiliation;
  if (auto it = j.find("roles"); it != j.end()) {
    if (!it->is_array()) throw EntryError{"\"roles\" must be an array of objects"};
    for (const auto& r : *it) a.roles.push_back(read_role(r));
  }
  return a;
}

Diagnostic error(const std::string& file, int line, std::string message) {
  Diagnostic d;
  d.code = "actor-dictionary";
  d.file = file;
  d.line = line;
  d.message = std::move(message);
  return d;
}

}  // namespace

Result<ActorDictionary> parse_actor_dictionary(std::string_view text, const std::string& file) {
  json j;
  try {
    j = json::parse(text);
  } catch (const json::parse_error& e) {
    std::string what = e.what();
    if (auto colon = what.find("syntax error"); colon != std::string::npos) what = what.substr(colon);
    return error(file, line_at(text, e.byte == 0 ? 0 : e.byte - 1), "invalid JSON: " + what);
  }
  if (!j.is_object() || !j.contains("actors") || !j["actors"].is_array())
    return error(file, 1, "expected an object {\"actors\": [...]}");
  for (const auto& [key, value] : j.items())
    if (key != "actors") return error(file, 1, "unknown top-level key \"" + key + "\"");
  std::vector<int> lines = entry_lines(text);
  ActorDictionary dict;
  const json& actors = j["actors"];
  for (std::size_t i = 0; i < actors.size(); ++i) {
    int line = i < lines.size() ? lines[i] : 1;
    try {
      DictionaryActor a = read_actor(actors[i]);
      a.line = line;
      dict.actors.push_back(std::move(a));
    } catch (const EntryError& e) {
      return error(file, line, "actors[" + std::to_string(i) + "]: " + e.message);
    }
  }
  return dict;
}

Result<ActorDictionary> load_actor_dictionary(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return error(path, 0, "cannot read the actor dictionary");
  std::ostringstream text;
  text << in.rdbuf();
  return parse_actor_dictionary(text.str(), path);
}

}  // namespace chronicle

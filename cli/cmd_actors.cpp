// chronicle actors: inputs -> the actors found, with kinds, aliases, mention counts,
// affiliations and roles, as a table or JSON.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <sstream>

#include "chronicle/formats.h"
#include "chronicle/pipeline.h"
#include "commands.h"
#include "dictionary_flag.h"

namespace chronicle::cli {
namespace {

std::string joined(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : separator) + s;
  return out;
}

// Most mentioned first, then by id: the same input always gives the same order.
std::vector<Actor> ordered(std::vector<Actor> actors) {
  std::sort(actors.begin(), actors.end(), [](const Actor& a, const Actor& b) {
    return a.mentions != b.mentions ? a.mentions > b.mentions : a.id < b.id;
  });
  return actors;
}

std::string table(const std::vector<Actor>& actors) {
  std::ostringstream out;
  out << "mentions\tkind\tname\taffiliation\troles\taliases\n";
  for (const auto& a : actors)
    out << a.mentions << '\t' << to_string(a.kind) << '\t' << a.name << '\t' << a.affiliation.value_or("-") << '\t'
        << (a.roles.empty() ? "-" : joined(a.roles, "; ")) << '\t' << joined(a.aliases, "; ") << '\n';
  return out.str();
}

// A JSON string literal: quotes, backslashes and control characters escaped.
std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string quoted_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + quoted(items[i]);
  return out + "]";
}

std::string json(const std::vector<Actor>& actors) {
  std::ostringstream out;
  out << "[";
  for (std::size_t i = 0; i < actors.size(); ++i) {
    const Actor& a = actors[i];
    out << (i ? ",\n" : "\n") << "  {\"id\": " << quoted(a.id) << ", \"name\": " << quoted(a.name)
        << ", \"kind\": " << quoted(to_string(a.kind)) << ", \"mentions\": " << a.mentions
        << ", \"affiliation\": " << (a.affiliation ? quoted(*a.affiliation) : "null")
        << ", \"roles\": " << quoted_list(a.roles) << ", \"aliases\": " << quoted_list(a.aliases) << "}";
  }
  out << (actors.empty() ? "]\n" : "\n]\n");
  return out.str();
}

using ActorsFormat = CommandFormat<std::string (*)(const std::vector<Actor>&)>;

const std::vector<ActorsFormat>& actors_formats() {
  static const std::vector<ActorsFormat> formats = {
      {"table", "tab-separated, one actor a line, with a header line", table},
      {"json", "a JSON array of {id, name, kind, mentions, affiliation, roles, aliases}", json},
  };
  return formats;
}

int actors(const std::vector<std::string>& args) {
  Flags f = parse(args, {"--format", "--dct", "--dictionary"});
  const ActorsFormat& format =
      *find_format(actors_formats(), format_flag(f, format_names(actors_formats())));
  Options options;
  options.stages = {"segment", "time", "actors"};
  auto with_dictionary = options_with_dictionary(f, options);
  if (!with_dictionary) return 2;
  Loaded l = load(f);
  if (l.documents.empty()) return 1;
  EventGraph graph = Pipeline(*with_dictionary).extract(std::move(l.documents));
  std::vector<Actor> list = ordered(graph.actors);
  std::cout << format.write(list);
  std::cout.flush();
  return l.had_errors ? 5 : 0;
}

CHRONICLE_COMMAND(
    {"actors", 25,
     std::string("  chronicle actors INPUT... [--format ") +
         choice_list(format_names(actors_formats())) +
         "] [--dictionary FILE] [--dct YYYY-MM-DD]\n"
         "      List the actors of the inputs, merged across documents: kind, mention count,\n"
         "      affiliation, roles and aliases, most mentioned first (tab-separated table,\n"
         "      or a JSON array). FILE is a user actor dictionary (docs/ACTORS.md).\n",
     &actors});

}  // namespace
}  // namespace chronicle::cli

// What the commands share: the registry, flag parsing, diagnostics, inputs, outputs.
#include "commands.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <tuple>

#include "chronicle/output.h"
#include "chronicle/render.h"

namespace chronicle::cli {
namespace {

std::vector<Command>& registry() {
  static std::vector<Command> all;
  return all;
}

std::vector<Command>& eval_registry() {
  static std::vector<Command> all;
  return all;
}

void insert_ordered(std::vector<Command>& all, Command command) {
  auto at = std::find_if(all.begin(), all.end(), [&](const Command& c) {
    return std::tie(command.order, command.name) < std::tie(c.order, c.name);
  });
  all.insert(at, command);
}

}  // namespace

Registrar::Registrar(Command command) { insert_ordered(registry(), command); }
EvalRegistrar::EvalRegistrar(Command evaluation) { insert_ordered(eval_registry(), evaluation); }

const std::vector<Command>& commands() { return registry(); }
const std::vector<Command>& evaluations() { return eval_registry(); }

bool Flags::has(const std::string& name) const {
  return values.count(name) || std::find(switches.begin(), switches.end(), name) != switches.end();
}

std::string Flags::get(const std::string& name, const std::string& fallback) const {
  auto it = values.find(name);
  return it == values.end() ? fallback : it->second;
}

std::string Flags::get_any(const std::vector<std::string>& names, const std::string& fallback) const {
  for (const auto& n : names)
    if (auto it = values.find(n); it != values.end()) return it->second;
  return fallback;
}

Flags parse(const std::vector<std::string>& args, const std::vector<std::string>& with_value,
            const std::vector<std::string>& switches) {
  Flags f;
  auto known = [](const std::vector<std::string>& list, const std::string& n) {
    return std::find(list.begin(), list.end(), n) != list.end();
  };
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-" || a.empty() || a[0] != '-') {
      f.positional.push_back(a);
      continue;
    }
    std::string name = a, value;
    bool inline_value = false;
    if (auto eq = a.find('='); eq != std::string::npos) {
      name = a.substr(0, eq);
      value = a.substr(eq + 1);
      inline_value = true;
    }
    if (known(switches, name)) {
      if (inline_value) throw UsageError("flag " + name + " takes no value");
      f.switches.push_back(name);
      continue;
    }
    if (!known(with_value, name)) throw UsageError("unknown flag '" + name + "'");
    if (!inline_value) {
      if (i + 1 >= args.size()) throw UsageError("flag " + name + " needs a value");
      value = args[++i];
    }
    f.values[name] = value;
  }
  return f;
}

std::string choice_list(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : "|") + n;
  return out;
}

std::string spoken_list(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i)
    out += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + names[i];
  return out;
}

std::string format_flag(const Flags& f, const std::vector<std::string>& names) {
  const std::string format = f.get("--format", names.front());
  if (std::find(names.begin(), names.end(), format) == names.end())
    throw UsageError("--format must be " + spoken_list(names));
  return format;
}

IngestOptions ingest_options(const Flags& f) {
  IngestOptions o;
  if (auto it = f.values.find("--dct"); it != f.values.end()) {
    o.dct_override = parse_day(it->second);
    if (!o.dct_override) throw UsageError("--dct needs a date YYYY-MM-DD, got '" + it->second + "'");
  }
  return o;
}

bool report(const std::vector<Diagnostic>& diagnostics) {
  bool errors = false;
  for (const auto& d : diagnostics) {
    std::cerr << d.to_string() << "\n";
    errors |= d.severity == Severity::error;
  }
  return errors;
}

Loaded load(const Flags& f) {
  if (f.positional.empty()) throw UsageError("no input given");
  Ingested in = read_inputs(f.positional, ingest_options(f));
  Loaded l;
  l.had_errors = report(in.diagnostics);
  l.documents = std::move(in.documents);
  l.imported = std::move(in.imported);
  if (l.documents.empty() && l.imported.empty())
    std::cerr << "chronicle: no document could be read; nothing done\n";
  return l;
}

bool write_or_report(const std::string& path, std::string_view bytes) {
  auto r = write_file_atomic(path, bytes);
  if (!r.ok()) report(r.diagnostics());
  return r.ok();
}

bool read_whole_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << path << ": error: cannot read\n";
    return false;
  }
  // Read in large blocks straight into `out` (a stringstream copies every byte twice);
  // the size of a regular file is known in advance, a pipe's is not.
  out.clear();
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec) out.reserve(static_cast<std::size_t>(size) + (1 << 20));
  constexpr std::size_t kBlock = 1 << 20;
  for (;;) {
    const std::size_t at = out.size();
    out.resize(at + kBlock);
    in.read(out.data() + at, static_cast<std::streamsize>(kBlock));
    out.resize(at + static_cast<std::size_t>(in.gcount()));
    if (!in) break;
  }
  if (in.bad()) {
    std::cerr << path << ": error: read failed\n";
    return false;
  }
  return true;
}

Result<std::string> draw(const std::string& dot, const std::string& format) {
  if (format == "dot") return dot;
  return render_dot(dot, format, layout_engine(dot));
}

}  // namespace chronicle::cli

// The subcommands of the chronicle executable and what they share: flag parsing,
// diagnostics on standard error, loading inputs, writing outputs.
//
// Each command lives in its own cmd_<name>.cpp and registers itself with
// CHRONICLE_COMMAND; main() dispatches by name and prints the help from the registry.
#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/diagnostic.h"
#include "chronicle/document.h"
#include "chronicle/event_graph.h"
#include "chronicle/ingest.h"

namespace chronicle::cli {

/// A wrong flag or argument; main() prints it and exits with 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

using CommandFn = int (*)(const std::vector<std::string>& args);

/// One subcommand: `usage` is the synopsis and description shown by --help (its format
/// lists built from the format tables with choice_list()); commands are listed by
/// `order`, then name.
struct Command {
  std::string_view name;
  int order = 100;
  std::string usage;
  CommandFn run = nullptr;
};

/// All registered commands, in help order.
const std::vector<Command>& commands();

struct Registrar {
  explicit Registrar(Command command);
};

/// `chronicle eval KIND ...`: one evaluation per corpus kind, registered like commands
/// (name = KIND) with CHRONICLE_EVAL.
const std::vector<Command>& evaluations();

struct EvalRegistrar {
  explicit EvalRegistrar(Command evaluation);
};

#define CHRONICLE_COMMAND_CONCAT2(a, b) a##b
#define CHRONICLE_COMMAND_CONCAT(a, b) CHRONICLE_COMMAND_CONCAT2(a, b)
/// Registers a command from its translation unit:
///   CHRONICLE_COMMAND({"extract", 20, "  chronicle extract ...\n", &extract});
#define CHRONICLE_COMMAND(...) \
  static const ::chronicle::cli::Registrar CHRONICLE_COMMAND_CONCAT(chronicle_command_, __LINE__){__VA_ARGS__}

/// Registers an evaluation: CHRONICLE_EVAL({"timeml", 10, "  chronicle eval timeml ...\n", &fn});
#define CHRONICLE_EVAL(...) \
  static const ::chronicle::cli::EvalRegistrar CHRONICLE_COMMAND_CONCAT(chronicle_eval_, __LINE__){__VA_ARGS__}

struct Flags {
  std::vector<std::string> positional;
  std::map<std::string, std::string> values;  // flags with values
  std::vector<std::string> switches;          // flags without values, in order given

  bool has(const std::string& name) const;
  /// The value of a flag, or `fallback` when absent.
  std::string get(const std::string& name, const std::string& fallback = "") const;
  /// The first present of several spellings (-o / --output).
  std::string get_any(const std::vector<std::string>& names, const std::string& fallback = "") const;
};

/// Parses --flag VALUE / --flag=VALUE / -o VALUE. `with_value` lists flags taking a
/// value, `switches` flags without one; anything else starting with '-' is a UsageError.
Flags parse(const std::vector<std::string>& args, const std::vector<std::string>& with_value,
            const std::vector<std::string>& switches = {});

/// A --format of one command whose writer belongs to that command alone (the actor
/// table, the evaluation scores); shared formats are in include/chronicle/formats.h.
template <class Writer>
struct CommandFormat {
  std::string name;
  std::string help;  ///< one line for help texts
  Writer write;
};

/// "a|b|c": names as a synopsis offers them ("[--format a|b|c]").
std::string choice_list(const std::vector<std::string>& names);

/// "a, b or c": names as a usage message lists them.
std::string spoken_list(const std::vector<std::string>& names);

/// The value of --format, one of `names` (a format table's names; the first is the
/// default when the flag is absent). Throws UsageError "--format must be a, b or c".
std::string format_flag(const Flags& f, const std::vector<std::string>& names);

/// --dct and other ingest flags -> IngestOptions.
IngestOptions ingest_options(const Flags& f);

/// Prints diagnostics to standard error; returns true when any was an error.
bool report(const std::vector<Diagnostic>& diagnostics);

struct Loaded {
  std::vector<Document> documents;
  std::vector<EventGraph> imported;  ///< results imported from structured event files
  bool had_errors = false;
};

/// Reads the positional inputs; prints diagnostics; says so when nothing was read.
Loaded load(const Flags& f);

/// Writes `bytes` to `path` atomically; prints the diagnostic on failure.
bool write_or_report(const std::string& path, std::string_view bytes);

/// Reads a whole file; prints "<path>: error: cannot read" and returns false on failure.
bool read_whole_file(const std::string& path, std::string& out);

/// `chronicle train ud ...` (cmd_train_ud.cpp), reached through `chronicle train`.
int train_ud(const std::vector<std::string>& args);

/// DOT -> the named format ("dot" returns the DOT itself).
Result<std::string> draw(const std::string& dot, const std::string& format);

}  // namespace chronicle::cli

// The actions of the time rules (the third column of core/data/en/rules/time.txt): one
// table of named functions with the arguments each takes, so that the rules are checked
// against it when they load and a misspelt action or argument fails with file:line.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "time/time_values.h"

namespace chronicle::detail {

struct BoundAction;

/// What an action computes a value from. Valid for the duration of the call.
struct ActionInput {
  const Captures& captures;              ///< the match's, with a number said in two words summed
  std::size_t first;                     ///< the first token of the expression
  const TimeContext& ctx;                ///< with the tense the rule's direction fixes, if any
  const std::vector<std::string>& args;  ///< the rule's arguments after action and direction
  const BoundAction* inner;              ///< the action an action argument names, else nullptr

  bool has(const char* key) const { return captures.count(key) > 0; }
  int number(const char* key) const { return captured_int(captures, key); }
  std::string text(const char* key) const { return captured(captures, key); }
  /// Argument `i`, or `fallback` when the rule gives fewer.
  std::string arg_or(std::size_t i, const std::string& fallback) const {
    return i < args.size() ? args[i] : fallback;
  }
  /// Argument `i` as an integer; requires that it is one (the binder checks it).
  int int_arg(std::size_t i) const { return std::stoi(args.at(i)); }
};

/// An action: computes the TIMEX3 value of a match, or nullopt when it has none.
using ActionFn = TimexValue (*)(const ActionInput&);

/// The kinds of argument an action takes.
enum class ArgKind {
  integer,        ///< a whole number, signed: -1, 19
  unit,           ///< a time unit as lexicons/time_units.tsv writes it: D, W, 2W, M, Q, Y...
  units,          ///< one or more units, to the end of the arguments
  part,           ///< a part of the day: MO, MI, AF, EV, NI
  clock,          ///< a clock time HH:MM
  part_or_clock,  ///< either of the two
  word,           ///< one of ArgSpec::words
  value,          ///< any TIMEX3 value, written as it is: PAST_REF, 199
  action          ///< another action with its arguments, to the end of the arguments
};

/// One argument of an action, as its usage line names it.
struct ArgSpec {
  std::string_view name;  ///< N, UNIT, PART, ... or the words joined by '|'
  ArgKind kind = ArgKind::value;
  bool optional = false;                ///< optional arguments come last (before units or action)
  std::vector<std::string_view> words;  ///< for ArgKind::word
};

/// A named action of the table.
struct TimeAction {
  std::string_view name;
  ActionFn fn = nullptr;
  std::vector<ArgSpec> args;
  /// Takes "past" or "future" before its arguments, which fixes the tense it reads.
  bool directed = false;
  /// A number said in two words ("twenty-five") is summed into the "num" capture first;
  /// off for an action that reads the tens and units itself.
  bool sums_number_words = true;
  /// The value depends on the document date or the narrative (Timex::relative).
  bool relative = true;
};

/// Every action, in the order of make_table(); built once, immutable, thread-safe.
const std::vector<TimeAction>& time_actions();
/// The action named `name`, or nullptr.
const TimeAction* find_time_action(std::string_view name);
/// How the rules write the action: "offset_day_part N [PART]".
std::string action_usage(const TimeAction& action);

/// An action with the arguments one rule gives it, checked against its ArgSpecs.
struct BoundAction {
  const TimeAction* action = nullptr;
  std::optional<Tense> direction;            ///< "past" or "future" given first
  std::vector<std::string> args;             ///< the arguments after the direction
  std::shared_ptr<const BoundAction> inner;  ///< the action an ArgKind::action names
};

/// Binds `words` (an action name, then its arguments) for the rule at `file`:`line`.
/// Throws std::runtime_error naming core/data/<file>:<line> for an unknown action, a
/// missing or extra argument, or one of the wrong kind.
BoundAction bind_time_action(const std::vector<std::string>& words, std::string_view file,
                             int line);

/// The value the bound action gives a match with `captures` starting at token `first`.
TimexValue run_time_action(const BoundAction& bound, const Captures& captures, std::size_t first,
                           const TimeContext& ctx);

}  // namespace chronicle::detail

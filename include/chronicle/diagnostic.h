// Diagnostics: how Chronicle reports expected problems in its input (a malformed
// article, an undated document) as values rather than exceptions.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace chronicle {

/// How serious a diagnostic is. `warning`: the input was used, perhaps partly;
/// `error`: the input (a file, a record) was skipped.
enum class Severity { warning, error };

/// One problem found in the input, with the place it was found.
/// `code` is a stable kebab-case identifier ("invalid-utf8", "json-syntax", ...);
/// `line` and `column` are 1-based and 0 when unknown; `offset` is a byte offset
/// into the file, or -1 when unknown.
struct Diagnostic {
  Severity severity = Severity::error;
  std::string code;
  std::string message;
  std::string file;
  int line = 0;
  int column = 0;
  long long offset = -1;

  /// "FILE:LINE:COLUMN: error: MESSAGE [code]" with the parts that are known.
  /// Thread safety: const, safe to call concurrently.
  std::string to_string() const;
};

/// A value or the diagnostics explaining why there is none. Warnings may accompany
/// a value. Requires: `value()` only when `ok()`.
template <class T>
class Result {
 public:
  Result(T value, std::vector<Diagnostic> diagnostics = {})
      : value_(std::move(value)), diagnostics_(std::move(diagnostics)) {}
  Result(Diagnostic error) : diagnostics_{std::move(error)} {}
  explicit Result(std::vector<Diagnostic> errors) : diagnostics_(std::move(errors)) {}

  /// True when a value is present.
  bool ok() const { return value_.has_value(); }
  /// The value. Requires ok().
  const T& value() const& { return *value_; }
  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }
  /// Every diagnostic, warnings and errors, in the order found.
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

 private:
  std::optional<T> value_;
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace chronicle

// Standard input read in blocks with read(2): a line is handed on as soon as its bytes
// arrive, as a filter needs, without a locked getc() per character, which the C++ stream
// synchronised with C's stdio costs (a third of the CPU of `extract - --format jsonl`
// on two workers).
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace chronicle::cli {

/// Reading standard input failed; what() names it and the system's reason.
struct StandardInputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// Reads standard input. Not thread-safe: one reader at a time.
class StandardInput {
 public:
  /// The next line without its '\n', as std::getline gives it (a last line without a
  /// '\n' counts). Returns false at the end of the input.
  /// Throws StandardInputError when reading fails.
  bool line(std::string& out);
  /// Everything not read yet. Throws StandardInputError when reading fails.
  std::string rest();

 private:
  bool fill();  // appends what one read() gives; false at the end of the input

  std::string buffer_;
  std::size_t at_ = 0;  // buffer_ before this is consumed
  bool ended_ = false;
};

}  // namespace chronicle::cli

// The subcommands of the chronicle executable.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace chronicle::cli {

/// A wrong flag or argument; main() prints it and exits with 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

int build(const std::vector<std::string>& args);
int extract(const std::vector<std::string>& args);
int render(const std::vector<std::string>& args);

}  // namespace chronicle::cli

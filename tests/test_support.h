// Helpers shared by the tests: where the sources and ../shared live, temporary
// directories, and running the chronicle binary.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace chronicle::testing {

/// The repository root.
std::filesystem::path source_dir();
/// ../shared next to the repository, when present (the corpora, seeds and scorer).
std::optional<std::filesystem::path> shared_dir();
/// The built `chronicle` executable.
std::filesystem::path chronicle_binary();

/// A fresh empty directory, removed when the object goes out of scope.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  /// Writes `bytes` to path()/name and returns the full path.
  std::filesystem::path write(const std::string& name, const std::string& bytes) const;

 private:
  std::filesystem::path path_;
};

/// What a finished command did.
struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

/// Runs `argv` (argv[0] is the program) with `input` on standard input, capturing both
/// output streams. No shell is involved.
CommandResult run(const std::vector<std::string>& argv, const std::string& input = "");

/// Reads a whole file; throws when it cannot.
std::string read_file(const std::filesystem::path& path);

}  // namespace chronicle::testing

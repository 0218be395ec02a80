// File system access for ingest. POSIX reads rather than iostreams, so a failure can be
// told apart (missing, permission, a directory) and reported with the system's words.
#include "ingest/input_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <system_error>
#include <utility>

namespace chronicle::detail {
namespace fs = std::filesystem;
namespace {

Diagnostic io_error(const std::string& path, int error) {
  Diagnostic d;
  d.code = error == ENOENT ? "missing-input" : "unreadable";
  d.message = "cannot read " + path + ": " + std::system_category().message(error);
  d.file = path;
  return d;
}

Diagnostic too_large(const std::string& path, std::size_t max_bytes) {
  Diagnostic d;
  d.code = "too-large";
  d.message = "larger than the limit of " + std::to_string(max_bytes) + " bytes; refused";
  d.file = path;
  return d;
}

// Reads `fd` to the end; more than max_bytes is refused without reading it all.
Result<std::string> read_all(int fd, const std::string& name, std::size_t max_bytes) {
  struct stat info {};
  std::string bytes;
  if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
    const auto size = static_cast<std::size_t>(info.st_size);
    if (size > max_bytes) return too_large(name, max_bytes);
    bytes.reserve(size);
  }
  char buffer[1 << 16];
  while (true) {
    const ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return io_error(name, errno);
    if (got == 0) return bytes;
    bytes.append(buffer, static_cast<std::size_t>(got));
    if (bytes.size() > max_bytes) return too_large(name, max_bytes);
  }
}

// In a directory, only files that can hold articles are read: .txt, .text, .json,
// .jsonl, .ndjson, .tml, .timeml, .xml, or no extension. A README.md, an image or an
// output of a previous run beside the articles is not an article.
bool is_article_file(const std::string& name) {
  static const char* const kExtensions[] = {".txt", ".text", ".json", ".jsonl", ".ndjson",
                                            ".tml", ".timeml", ".xml"};
  const std::string ext = fs::path(name).extension().string();
  if (ext.empty()) return true;
  for (const char* known : kExtensions)
    if (ext == known) return true;
  return false;
}

void walk(const fs::path& root, const fs::path& relative, std::vector<std::string>& files,
          std::vector<Diagnostic>& errors) {
  const fs::path here = relative.empty() ? root : root / relative;
  std::error_code ec;
  fs::directory_iterator it(here, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.starts_with('.')) continue;
    std::error_code status_ec;
    const fs::file_status status = it->status(status_ec);  // follows links
    if (fs::is_directory(status) && !it->is_symlink(status_ec)) {
      walk(root, relative / name, files, errors);
    } else if (fs::is_regular_file(status) && is_article_file(name)) {
      files.push_back((relative / name).generic_string());
    }
  }
  if (ec) errors.push_back(io_error(here.string(), ec.value()));
}

}  // namespace

Result<std::string> read_file_bytes(const std::string& path, std::size_t max_bytes) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return io_error(path, errno);
  auto bytes = read_all(fd, path, max_bytes);
  ::close(fd);
  return bytes;
}

Result<std::string> read_stdin_bytes(std::size_t max_bytes) {
  return read_all(STDIN_FILENO, "stdin", max_bytes);
}

std::vector<std::string> list_directory(const std::string& dir, std::vector<Diagnostic>& errors) {
  std::vector<std::string> files;
  walk(fs::path(dir), fs::path(), files, errors);
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace chronicle::detail

// Getting bytes in: reading a file or standard input with a size limit, and listing a
// directory's files in a stable order.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "chronicle/diagnostic.h"

namespace chronicle::detail {

/// The bytes of `path` (a file, FIFO or device; not a directory). Errors:
/// "missing-input" ("cannot read PATH: No such file or directory"), "unreadable" (with
/// the system's reason), "too-large" when it holds more than `max_bytes`.
Result<std::string> read_file_bytes(const std::string& path, std::size_t max_bytes);

/// Everything on standard input, named "stdin" in diagnostics; errors as above.
Result<std::string> read_stdin_bytes(std::size_t max_bytes);

/// A directory's regular files, recursively, as paths relative to it with '/' between
/// parts, sorted in byte order. Names starting with '.' are skipped (files and whole
/// directories), so are symbolic links to directories (no cycles) and anything that is
/// not a regular file. `errors` gets an "unreadable" error per directory that cannot be
/// listed.
std::vector<std::string> list_directory(const std::string& dir, std::vector<Diagnostic>& errors);

}  // namespace chronicle::detail

// Writing output files safely: a file appears whole or not at all.
#pragma once

#include <string>
#include <string_view>

#include "chronicle/diagnostic.h"

namespace chronicle {

/// Writes `bytes` to `path` through a temporary file in the same directory, then
/// renames it over `path`. On failure nothing is left behind and the diagnostic names
/// the path and the system's reason. Returns true on success.
Result<bool> write_file_atomic(const std::string& path, std::string_view bytes);

/// Creates `dir` (and parents) if needed and checks it is a writable directory.
Result<bool> prepare_output_dir(const std::string& dir);

}  // namespace chronicle

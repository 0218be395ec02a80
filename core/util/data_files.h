// Access to the data files under core/data, compiled into the library. Every file
// opens with "# FORMAT: <name> <version>"; loaders state the format they expect and
// a mismatch or a malformed line is a configuration error naming file:line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chronicle::detail {

/// One data line split on tabs, with its 1-based line number.
struct DataRow {
  int line = 0;
  std::vector<std::string> fields;
};

/// The contents of core/data/<path>. Throws std::runtime_error when there is no such file.
std::string_view data_file(std::string_view path);

/// The rows of a tab-separated data file whose header declares `format` (any version);
/// blank lines and lines starting with '#' are skipped; every row has at least
/// `min_fields` fields. Throws std::runtime_error("core/data/PATH:LINE: ...") otherwise.
std::vector<DataRow> read_table(std::string_view path, std::string_view format,
                                std::size_t min_fields = 1);

/// Throws std::runtime_error naming core/data/<path>:<line> and `message`.
[[noreturn]] void data_error(std::string_view path, int line, std::string_view message);

}  // namespace chronicle::detail

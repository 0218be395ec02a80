// Reads the embedded data files and checks their FORMAT header.
#include "util/data_files.h"

#include <stdexcept>
#include <utility>

namespace chronicle::detail {

const std::vector<std::pair<std::string_view, std::string_view>>& embedded_files();

std::string_view data_file(std::string_view path) {
  for (const auto& [name, contents] : embedded_files())
    if (name == path) return contents;
  throw std::runtime_error("core/data/" + std::string(path) + ": no such data file");
}

void data_error(std::string_view path, int line, std::string_view message) {
  throw std::runtime_error("core/data/" + std::string(path) + ":" + std::to_string(line) +
                           ": " + std::string(message));
}

namespace {

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  while (true) {
    std::size_t tab = line.find('\t', start);
    fields.emplace_back(line.substr(start, tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

void check_header(std::string_view path, std::string_view first_line, std::string_view format) {
  const std::string_view prefix = "# FORMAT: ";
  if (first_line.substr(0, prefix.size()) != prefix)
    data_error(path, 1, "missing '# FORMAT: " + std::string(format) + " <version>' header");
  std::string_view rest = first_line.substr(prefix.size());
  std::string_view name = rest.substr(0, rest.find(' '));
  if (name != format)
    data_error(path, 1, "format is '" + std::string(name) + "', expected '" +
                            std::string(format) + "'");
}

}  // namespace

std::vector<DataRow> read_table(std::string_view path, std::string_view format,
                                std::size_t min_fields) {
  std::string_view text = data_file(path);
  std::vector<DataRow> rows;
  int line_no = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_no == 1) {
      check_header(path, line, format);
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    DataRow row{line_no, split_tabs(line)};
    if (row.fields.size() < min_fields)
      data_error(path, line_no, "expected at least " + std::to_string(min_fields) +
                                    " tab-separated fields");
    rows.push_back(std::move(row));
  }
  if (line_no == 0) data_error(path, 1, "empty data file");
  return rows;
}

}  // namespace chronicle::detail

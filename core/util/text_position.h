// Line and column of a byte offset, for diagnostics.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>

namespace chronicle::detail {

/// 1-based (line, column) of byte `offset` in `text`; columns count bytes.
inline std::pair<int, int> line_column(std::string_view text, std::size_t offset) {
  int line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return {line, column};
}

}  // namespace chronicle::detail

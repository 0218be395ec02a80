// Small helpers for writing DOT: fixed-precision numbers (so the same input gives the
// same bytes) and attribute lists whose values are always quoted and escaped.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace chronicle::detail {

/// `value` with `precision` decimals, never "-0.00".
std::string fixed(double value, int precision = 2);

/// A DOT attribute list, written in insertion order.
class DotAttrs {
 public:
  /// Adds key="value" with the value escaped.
  DotAttrs& set(std::string_view key, std::string_view value);
  /// Adds label="text\l": one line, left-justified in its node.
  DotAttrs& left_label(std::string_view text);
  /// Adds key="number" with fixed precision.
  DotAttrs& num(std::string_view key, double value, int precision = 2);
  /// Adds key="x,y!": a pinned position in points.
  DotAttrs& pin(double x, double y);
  /// "[k1="v1", k2="v2"]", or "" when empty.
  std::string str() const;

 private:
  std::vector<std::pair<std::string, std::string>> items_;
};

/// One DOT statement line: `  NAME [attrs];\n`.
std::string dot_node(std::string_view name, const DotAttrs& attrs);

/// One undirected edge statement: `  A -- B [attrs];\n`.
std::string dot_edge(std::string_view a, std::string_view b, const DotAttrs& attrs);

}  // namespace chronicle::detail

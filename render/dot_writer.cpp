// DOT statement helpers shared by the timeline and actor writers.
#include "dot_writer.h"

#include <fmt/format.h>

#include <cmath>

#include "escape.h"

namespace chronicle::detail {

std::string fixed(double value, int precision) {
  const double half_unit = 0.5 * std::pow(10.0, -precision);
  if (std::fabs(value) < half_unit || !std::isfinite(value)) value = 0.0;
  return fmt::format("{:.{}f}", value, precision);
}

DotAttrs& DotAttrs::set(std::string_view key, std::string_view value) {
  items_.emplace_back(std::string(key), dot_quote(value));
  return *this;
}

DotAttrs& DotAttrs::left_label(std::string_view text) {
  items_.emplace_back("label", '"' + dot_escape(text) + "\\l\"");
  return *this;
}

DotAttrs& DotAttrs::num(std::string_view key, double value, int precision) {
  items_.emplace_back(std::string(key), '"' + fixed(value, precision) + '"');
  return *this;
}

DotAttrs& DotAttrs::pin(double x, double y) {
  items_.emplace_back("pos", '"' + fixed(x) + ',' + fixed(y) + "!\"");
  return *this;
}

std::string DotAttrs::str() const {
  if (items_.empty()) return {};
  std::string out = "[";
  for (std::size_t i = 0; i < items_.size(); ++i) {
    if (i) out += ", ";
    out += items_[i].first + '=' + items_[i].second;
  }
  return out + ']';
}

std::string dot_node(std::string_view name, const DotAttrs& attrs) {
  std::string out = "  " + dot_quote(name);
  if (std::string a = attrs.str(); !a.empty()) out += ' ' + a;
  return out + ";\n";
}

std::string dot_edge(std::string_view a, std::string_view b, const DotAttrs& attrs) {
  std::string out = "  " + dot_quote(a) + " -- " + dot_quote(b);
  if (std::string s = attrs.str(); !s.empty()) out += ' ' + s;
  return out + ";\n";
}

}  // namespace chronicle::detail

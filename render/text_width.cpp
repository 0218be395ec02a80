// Label width estimate from character classes. The class widths are upper bounds of
// DejaVu Sans advance widths (in em) over each class, which is what Graphviz/Pango pick
// for "Helvetica" on most Linux systems; Helvetica and Arial are narrower still.
#include "text_width.h"

#include <string_view>

namespace chronicle::detail {
namespace {

constexpr std::string_view kNarrow = " !'(),-./:;I[\\]`fijlrt|J";
constexpr std::string_view kWide = "%@MWmw";
constexpr std::string_view kSymbol = "#&+<=>^~";
constexpr double kNarrowEm = 0.42, kDefaultEm = 0.64, kCapitalEm = 0.84, kWideEm = 1.0;
constexpr double kNonAsciiEm = 1.0;  // accented Latin is narrower, CJK about this
constexpr double kPaddingEm = 0.2;

double ascii_em(char c) {
  if (kNarrow.find(c) != std::string_view::npos) return kNarrowEm;
  if (kWide.find(c) != std::string_view::npos) return kWideEm;
  if ((c >= 'A' && c <= 'Z') || kSymbol.find(c) != std::string_view::npos) return kCapitalEm;
  return kDefaultEm;
}

}  // namespace

double text_width(std::string_view text, double font_size) {
  double em = kPaddingEm;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80)
      em += ascii_em(c);
    else if ((byte & 0xC0) != 0x80)
      em += kNonAsciiEm;  // count each lead byte once
  }
  return em * font_size;
}

}  // namespace chronicle::detail

// A conservative estimate of how wide a label renders, so the timeline can place labels
// itself and guarantee they do not overlap (Graphviz only measures text at render time).
#pragma once

#include <string_view>

namespace chronicle::detail {

/// Width in points of `text` (UTF-8) set in the views' sans-serif font at `font_size`
/// points. Never smaller than the width DejaVu Sans (the widest common fallback for
/// "Helvetica") gives, so boxes built from it contain the rendered text.
double text_width(std::string_view text, double font_size);

}  // namespace chronicle::detail

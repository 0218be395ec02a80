// Running pipeline stages on a small text in tests.
#pragma once

#include <string>

#include "chronicle/pipeline.h"

namespace chronicle::testing {

/// The analysis of `text` as a document dated `dct` ("" for none) through `stages`.
inline DocumentAnalysis analyze_text(const std::string& text, const std::string& dct,
                                     std::vector<std::string> stages = {"segment", "time", "actors", "events"}) {
  Options o;
  o.stages = std::move(stages);
  Document d;
  d.id = "test";
  d.text = text;
  d.dct = parse_day(dct);
  return Pipeline(o).analyze(std::move(d));
}

}  // namespace chronicle::testing

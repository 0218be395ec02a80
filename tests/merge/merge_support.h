// Test helper for the merge tests: one document analysed into a per-document result.
#pragma once

#include <string>

#include "chronicle/pipeline.h"

namespace chronicle::testing {

/// The result of analysing `text` as document `id` written on `dct` (YYYY-MM-DD).
inline EventGraph part(const std::string& id, const std::string& dct, const std::string& text) {
  Document d;
  d.id = id;
  d.dct = parse_day(dct);
  d.text = text;
  Pipeline p;
  return Pipeline::to_graph(p.analyze(d));
}

}  // namespace chronicle::testing

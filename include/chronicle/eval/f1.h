// The F1 score, shared by every evaluation.
#pragma once

namespace chronicle::eval {

/// The harmonic mean of precision and recall; 0 when both are 0.
inline double f1_score(double precision, double recall) {
  return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
}

}  // namespace chronicle::eval

// Coreference scores as the CoNLL-2011/2012 reference scorer (v8) defines them: MUC,
// B-cubed, CEAF-e and their average, the CoNLL F1. Key and response may hold different
// mentions (predicted mentions); every formula then follows the scorer's treatment of
// mentions present on one side only.
#pragma once

#include <string>
#include <vector>

namespace chronicle::eval {

/// A clustering: each cluster lists mention identifiers. A mention should appear in at
/// most one cluster of a clustering; singletons are clusters of one.
using Clusters = std::vector<std::vector<std::string>>;

/// Recall, precision and F1 of one metric. Zero denominators give 0, as the scorer does.
struct Score {
  double recall = 0;
  double precision = 0;
  double f1() const {
    return recall + precision > 0 ? 2 * recall * precision / (recall + precision) : 0;
  }
};

/// MUC (Vilain et al., 1995): links needed to rebuild each cluster.
Score muc(const Clusters& key, const Clusters& response);
/// B-cubed (Bagga and Baldwin, 1998), mention-weighted.
Score b_cubed(const Clusters& key, const Clusters& response);
/// Entity-based CEAF (Luo, 2005) with phi4 similarity and an optimal one-to-one alignment.
Score ceaf_e(const Clusters& key, const Clusters& response);

/// All three and their average F1.
struct CorefScores {
  Score muc;
  Score b_cubed;
  Score ceaf_e;
  double conll_f1() const { return (muc.f1() + b_cubed.f1() + ceaf_e.f1()) / 3; }
};
CorefScores score_all(const Clusters& key, const Clusters& response);

/// The highest-weight one-to-one assignment of rows to columns of a non-negative
/// rectangular matrix (Kuhn-Munkres). Returns the total weight.
double max_assignment(const std::vector<std::vector<double>>& weight);

}  // namespace chronicle::eval

// Coreference metrics. CEAF-e aligns key and response entities one to one; the
// similarity matrix is sparse (most entity pairs share no mention), so the alignment is
// solved per connected component of the "shares a mention" graph, which keeps corpus-wide
// scoring fast without changing the optimum.
#include "chronicle/eval/coref_metrics.h"

#include <algorithm>
#include <limits>
#include <map>
#include <numeric>

namespace chronicle::eval {
namespace {

using Index = std::map<std::string, std::size_t>;  // mention -> cluster

Index index_of(const Clusters& clusters) {
  Index idx;
  for (std::size_t c = 0; c < clusters.size(); ++c)
    for (const auto& m : clusters[c]) idx.emplace(m, c);
  return idx;
}

double ratio(double num, double den) { return den > 0 ? num / den : 0; }

// MUC recall of `a` against `b`: for each cluster, its size minus the number of parts
// `b` cuts it into (a mention missing from `b` is a part of its own).
double muc_recall(const Clusters& a, const Clusters& b) {
  Index in_b = index_of(b);
  double num = 0, den = 0;
  for (const auto& cluster : a) {
    if (cluster.empty()) continue;
    std::map<std::size_t, int> parts;
    std::size_t missing = 0;
    for (const auto& m : cluster) {
      auto it = in_b.find(m);
      if (it == in_b.end())
        ++missing;
      else
        parts[it->second] = 1;
    }
    num += static_cast<double>(cluster.size()) - static_cast<double>(parts.size() + missing);
    den += static_cast<double>(cluster.size()) - 1;
  }
  return ratio(num, den);
}

// Sum over clusters of `a` and `b` of |a ∩ b|^2 / |a|, divided by the mentions of `a`.
double b_cubed_recall(const Clusters& a, const Clusters& b) {
  Index in_b = index_of(b);
  double num = 0, mentions = 0;
  for (const auto& cluster : a) {
    std::map<std::size_t, double> overlap;
    for (const auto& m : cluster) {
      auto it = in_b.find(m);
      if (it != in_b.end()) overlap[it->second] += 1;
    }
    for (const auto& [c, n] : overlap) num += n * n / static_cast<double>(cluster.size());
    mentions += static_cast<double>(cluster.size());
  }
  return ratio(num, mentions);
}

// Union-find over key clusters [0, nk) and response clusters [nk, nk + nr).
struct Components {
  std::vector<std::size_t> parent;
  explicit Components(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void join(std::size_t a, std::size_t b) { parent[find(a)] = find(b); }
};

}  // namespace

double max_assignment(const std::vector<std::vector<double>>& weight) {
  std::size_t rows = weight.size(), cols = rows ? weight[0].size() : 0;
  std::size_t n = std::max(rows, cols);
  if (n == 0) return 0;
  double top = 0;
  for (const auto& r : weight)
    for (double w : r) top = std::max(top, w);
  // minimise top - w on a square matrix padded with zero weights
  auto cost = [&](std::size_t i, std::size_t j) {
    return top - (i < rows && j < cols ? weight[i][j] : 0.0);
  };
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> u(n + 1, 0), v(n + 1, 0);
  std::vector<std::size_t> match(n + 1, 0), way(n + 1, 0);  // match[col] = row, 1-based
  for (std::size_t i = 1; i <= n; ++i) {
    match[0] = i;
    std::size_t j0 = 0;
    std::vector<double> minv(n + 1, inf);
    std::vector<bool> used(n + 1, false);
    do {
      used[j0] = true;
      std::size_t i0 = match[j0], j1 = 0;
      double delta = inf;
      for (std::size_t j = 1; j <= n; ++j) {
        if (used[j]) continue;
        double cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (std::size_t j = 0; j <= n; ++j) {
        if (used[j]) {
          u[match[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (match[j0] != 0);
    do {
      std::size_t j1 = way[j0];
      match[j0] = match[j1];
      j0 = j1;
    } while (j0);
  }
  double total = 0;
  for (std::size_t j = 1; j <= n; ++j)
    if (match[j] - 1 < rows && j - 1 < cols) total += weight[match[j] - 1][j - 1];
  return total;
}

Score muc(const Clusters& key, const Clusters& response) {
  return {muc_recall(key, response), muc_recall(response, key)};
}

Score b_cubed(const Clusters& key, const Clusters& response) {
  return {b_cubed_recall(key, response), b_cubed_recall(response, key)};
}

Score ceaf_e(const Clusters& key, const Clusters& response) {
  std::size_t nk = key.size(), nr = response.size();
  Index in_r = index_of(response);
  // overlaps[k][r] = |key k ∩ response r|
  std::vector<std::map<std::size_t, double>> overlaps(nk);
  Components comp(nk + nr);
  for (std::size_t k = 0; k < nk; ++k)
    for (const auto& m : key[k]) {
      auto it = in_r.find(m);
      if (it == in_r.end()) continue;
      overlaps[k][it->second] += 1;
      comp.join(k, nk + it->second);
    }
  std::map<std::size_t, std::pair<std::vector<std::size_t>, std::vector<std::size_t>>> groups;
  for (std::size_t k = 0; k < nk; ++k)
    if (!overlaps[k].empty()) groups[comp.find(k)].first.push_back(k);
  for (std::size_t r = 0; r < nr; ++r) groups[comp.find(nk + r)].second.push_back(r);
  double similarity = 0;
  for (const auto& [root, members] : groups) {
    const auto& [ks, rs] = members;
    if (ks.empty() || rs.empty()) continue;
    std::vector<std::vector<double>> w(ks.size(), std::vector<double>(rs.size(), 0));
    for (std::size_t a = 0; a < ks.size(); ++a)
      for (std::size_t b = 0; b < rs.size(); ++b) {
        auto it = overlaps[ks[a]].find(rs[b]);
        if (it == overlaps[ks[a]].end()) continue;
        w[a][b] = 2 * it->second / static_cast<double>(key[ks[a]].size() + response[rs[b]].size());
      }
    similarity += max_assignment(w);
  }
  auto nonempty = [](const Clusters& c) {
    return static_cast<double>(
        std::count_if(c.begin(), c.end(), [](const auto& x) { return !x.empty(); }));
  };
  return {ratio(similarity, nonempty(key)), ratio(similarity, nonempty(response))};
}

CorefScores score_all(const Clusters& key, const Clusters& response) {
  return {muc(key, response), b_cubed(key, response), ceaf_e(key, response)};
}

}  // namespace chronicle::eval

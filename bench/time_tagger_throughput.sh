#!/usr/bin/env bash
# Measures the time tagger's throughput (MB/s per core) on the timeline17 corpus:
# builds bench/time_tagger_throughput.cpp against a configured build's core library and
# runs it single-threaded (segment alone vs segment + time, best of three rounds).
# Usage: bench/time_tagger_throughput.sh [BUILD_DIR] [SHARED_DIR]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${1:-$ROOT/build}"
SHARED="${2:-${CHRONICLE_SHARED:-$ROOT/../shared}}"
LIB="$BUILD/core/libchronicle-core.a"
[[ -f "$LIB" ]] || { echo "time_tagger_throughput: $LIB not found; build the project first" >&2; exit 1; }
[[ -d "$SHARED/data/timeline17" ]] || { echo "time_tagger_throughput: $SHARED/data/timeline17 not found" >&2; exit 1; }
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
g++ -std=c++20 -O2 -DNDEBUG -I"$ROOT/include" "$ROOT/bench/time_tagger_throughput.cpp" "$LIB" \
  $(pkg-config --libs icu-uc icu-i18n) -lfmt -lpthread -o "$OUT/bench"
"$OUT/bench" "$SHARED/data/timeline17" 3

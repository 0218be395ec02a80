#!/usr/bin/env bash
# Measures the language layer alone (tagger, lemmatiser, parser) in words/s on one core, on
# the UD English EWT test set: builds bench/syntax_throughput.cpp against a configured
# build's core library and runs it pinned to one CPU (best of three rounds).
# Usage: bench/syntax_throughput.sh [BUILD_DIR] [SHARED_DIR]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${1:-$ROOT/build}"
SHARED="${2:-${CHRONICLE_SHARED:-$ROOT/../shared}}"
LIB="$BUILD/core/libchronicle-core.a"
FILE="$SHARED/data/ud-english-ewt/en_ewt-ud-test.conllu"
[[ -f "$LIB" ]] || { echo "syntax_throughput: $LIB not found; build the project first" >&2; exit 1; }
[[ -f "$FILE" ]] || { echo "syntax_throughput: $FILE not found" >&2; exit 1; }
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
g++ -std=c++20 -O2 -DNDEBUG -I"$ROOT/include" "$ROOT/bench/syntax_throughput.cpp" "$LIB" \
  $(pkg-config --libs icu-uc icu-i18n) -lfmt -lpthread -o "$OUT/bench"
taskset -c 0 "$OUT/bench" "$FILE" 3

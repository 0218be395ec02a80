#!/usr/bin/env bash
# The whole test suite from a fresh checkout: installs dependencies (Debian 12), builds
# with warnings as errors when CHRONICLE_WERROR=ON, runs every test including the slow
# install test. Tests that need ../shared (corpora, seeds) skip with a message without it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCHRONICLE_WERROR="${CHRONICLE_WERROR:-OFF}" >/dev/null
cmake --build build -j2
ctest --test-dir build --output-on-failure -j2

#!/usr/bin/env bash
# From a fresh checkout: install dependencies, build, and run the main job on samples/,
# writing out/events.json, out/timeline.svg, out/actors.svg, out/report.html (and DOT).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2 --target chronicle
./build/cli/chronicle build samples -o out --title "Guadiana water dispute"
echo "open out/report.html, or see out/timeline.svg and out/actors.svg"

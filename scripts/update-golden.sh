#!/usr/bin/env bash
# Regenerates the golden outputs of samples/ (tests/golden/samples) and the README
# picture (docs/images/timeline.svg) with the built binary. Review the diff after.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/cli/chronicle}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" build samples/*.txt -o "$tmp" --title "Guadiana water dispute"
mkdir -p tests/golden/samples docs/images
cp "$tmp/events.json" "$tmp/timeline.dot" "$tmp/actors.dot" tests/golden/samples/
cp "$tmp/timeline.svg" docs/images/timeline.svg
cp "$tmp/actors.svg" docs/images/actors.svg
echo "updated tests/golden/samples and docs/images"

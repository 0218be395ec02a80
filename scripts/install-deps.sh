#!/usr/bin/env bash
# Installs everything Chronicle needs to build and test on Debian 12 (bookworm).
# Idempotent: packages already present are left as they are.
set -euo pipefail

packages=(
  g++ cmake make pkg-config python3
  libboost-graph-dev libhowardhinnant-date-dev libgraphviz-dev
  catch2 libicu-dev nlohmann-json3-dev libfmt-dev
  libsimdjson-dev  # fast reading of JSON article files (nlohmann-json reads the rest and reports errors)
  libjemalloc-dev  # the allocator of the chronicle tool (optional: it builds and runs the same without)
  chromium  # the report's browser test (skipped without it) and scripts/screenshots.sh
  wordnet-base  # only to regenerate core/data/en/timeml/wordnet_*.tsv (scripts/gen_timeml_wordnet.py)
)

missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"

#!/usr/bin/env bash
# Trains the shipped language model, core/models/en_ud.model, from the UD English EWT
# training set and the training documents of GUM (those splits.md lists neither under dev
# nor under test), choosing epochs on EWT dev.
# Usage: scripts/train-ud.sh [--shared DIR] [--binary PATH] [-o MODEL] [TRAIN FLAGS...]
# (other flags go to `chronicle train ud`; the shipped model uses its defaults)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="$root/../shared"
binary="$root/build/cli/chronicle"
output="$root/core/models/en_ud.model"
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --shared) shared="$2"; shift 2 ;;
    --binary) binary="$2"; shift 2 ;;
    -o) output="$2"; shift 2 ;;
    *) extra+=("$1"); shift ;;
  esac
done
ewt="$shared/data/ud-english-ewt"
gum="$shared/data/gum"
[ -f "$ewt/en_ewt-ud-train.conllu" ] || { echo "train-ud.sh: no UD English EWT under $shared/data" >&2; exit 1; }
[ -f "$gum/splits.md" ] || { echo "train-ud.sh: no GUM under $shared/data" >&2; exit 1; }

# GUM's held-out documents: the "  * NAME" lines of the dev and test sections of splits.md.
held_out=$(awk '/^## /{section=$2} /^  \* / && (section=="dev" || section=="test") {print $2}' "$gum/splits.md")
gum_train=()
for f in "$gum"/dep/*.conllu; do
  name=$(basename "$f" .conllu)
  grep -qx "$name" <<<"$held_out" || gum_train+=("$f")
done

"$binary" train ud "$ewt/en_ewt-ud-train.conllu" "${gum_train[@]}" --dev "$ewt/en_ewt-ud-dev.conllu" -o "$output" \
  --note "training data: UD English EWT train (commit 15d613d8, CC BY-SA 4.0) and ${#gum_train[@]} GUM training documents (commit 72ce5ac, CC BY 4.0 annotations)" \
  --note "licence of this model: CC BY-SA 4.0, as its training data" \
  --note "dev: UD English EWT dev" "${extra[@]}"

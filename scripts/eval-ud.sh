#!/usr/bin/env bash
# Scores the language model on UD English EWT dev and test and on the GUM dev and test
# documents (those of splits.md present in the shared folder, concatenated in name order):
# `chronicle eval ud` on gold tokens, then from the raw text (--raw). The figures of
# docs/EVALUATION.md come from this.
# Usage: scripts/eval-ud.sh [--shared DIR] [--binary PATH] [--model FILE]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="$root/../shared"
binary="$root/build/cli/chronicle"
model=()
while [ $# -gt 0 ]; do
  case "$1" in
    --shared) shared="$2"; shift 2 ;;
    --binary) binary="$2"; shift 2 ;;
    --model) model=(--model "$2"); shift 2 ;;
    *) echo "eval-ud.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
ewt="$shared/data/ud-english-ewt"
gum="$shared/data/gum"
[ -d "$ewt" ] && [ -d "$gum" ] || { echo "eval-ud.sh: no UD English EWT or GUM under $shared/data" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for split in dev test; do
  : > "$tmp/gum-$split.conllu"
  for name in $(awk -v want="$split" '/^## /{section=$2} /^  \* / && section==want {print $2}' "$gum/splits.md" | sort); do
    [ -f "$gum/dep/$name.conllu" ] && cat "$gum/dep/$name.conllu" >> "$tmp/gum-$split.conllu"
  done
done
files=("$ewt/en_ewt-ud-dev.conllu" "$ewt/en_ewt-ud-test.conllu" "$tmp/gum-dev.conllu" "$tmp/gum-test.conllu")
for raw in "" --raw; do
  "$binary" eval ud "${files[@]}" ${raw:+"$raw"} "${model[@]}" | sed "s#$tmp/#GUM #; s#$ewt/#EWT #"
done

#!/usr/bin/env bash
# Measures what the actors stage adds to extraction on the timeline17 corpus: runs
# bench/actor_cost.cpp (every stage timed on every document, then the merge) and writes
# the figures into docs/PERFORMANCE.md between the actor-cost markers, inside the
# stage-costs section. Fails when the actors stage costs half of the rest or more.
# Build the executable first:
#   cmake -S . -B build -DCHRONICLE_BUILD_BENCH=ON && cmake --build build --target chronicle_actor_cost
# Usage: bench/actor_cost.sh [--shared DIR] [--binary PATH] [--doc PATH] [--no-write]
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/bench_common.sh"
BENCH_NAME=actor_cost
USAGE_LINES=2,9
ROOT="$BENCH_ROOT"
BINARY="$ROOT/build/bench/chronicle_actor_cost"
parse_bench_args "$@"
find_timeline17
[[ -x "$BINARY" ]] || die "benchmark not built: $BINARY (configure with -DCHRONICLE_BUILD_BENCH=ON, or pass --binary)"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cat "${FILES[@]}" >/dev/null # warm the page cache
"$BINARY" "${FILES[@]}" >"$WORK/out.txt" 2>"$WORK/err.txt" || { tail -5 "$WORK/err.txt" >&2; die "benchmark failed"; }

export DATE="$(date -u '+%Y-%m-%d %H:%M UTC')" CPU="$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)"
export LOAD="$(cut -d' ' -f1 /proc/loadavg)" NFILES="${#FILES[@]}"
python3 - "$WORK/out.txt" "$DOC" "$WRITE" <<'PY'
import os, sys
out, doc, write = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
figures, stages = {}, []
for line in open(out, encoding="utf-8"):
    parts = line.split()
    if not parts:
        continue
    if parts[0] == "stage":
        stages.append((parts[1], float(parts[2])))
    else:
        figures[parts[0]] = parts[1]
total = float(figures["total"])
share = float(figures["actors_share_of_rest"])
env = os.environ
lines = [
    f"Actors stage cost, measured {env['DATE']} ({env['CPU']}, load {env['LOAD']} before the run),",
    f"on timeline17: {env['NFILES']} articles.json, {figures['documents']} documents,"
    f" {figures['actor_mentions']} actor mentions, {figures['actors']} merged actors.",
    "CPU time of each stage summed over all documents (one thread), then the merge:",
    "",
    "| stage | CPU s | share of total |",
    "| --- | --- | --- |",
]
for name, s in stages:
    lines.append(f"| {name} | {s:.2f} | {100 * s / total:.1f} % |")
lines.append(f"| total | {total:.2f} | 100 % |")
lines.append(f"| of which the actor part of the merge | {float(figures['actor_merge']):.2f} | "
             f"{100 * float(figures['actor_merge']) / total:.1f} % |")
lines += ["",
          f"**Actor resolution adds {100 * share:.1f} % to the rest of the extraction** "
          "(CPU of the actors stage and the actor part of the merge, over the CPU of everything",
          "else: segment, time, events and the rest of the merge; the bar is under 50 %).",
          "Written by `bench/actor_cost.sh`; command, from the repository root:",
          "",
          "```",
          "cmake -S . -B build -DCHRONICLE_BUILD_BENCH=ON && cmake --build build --target chronicle_actor_cost",
          "bench/actor_cost.sh",
          "```"]
block = "\n".join(lines)
print(block)
if write:
    text = open(doc, encoding="utf-8").read()
    begin, end = "<!-- actor-cost:begin -->", "<!-- actor-cost:end -->"
    if begin in text:
        head, rest = text.split(begin, 1)
        text = head + begin + "\n" + block + "\n" + end + rest.split(end, 1)[1]
    else:
        outer = "<!-- stage-costs:end -->"
        if outer not in text:
            sys.exit("actor_cost: no stage-costs section in " + doc)
        text = text.replace(outer, begin + "\n" + block + "\n" + end + "\n" + outer, 1)
    tmp = f"{doc}.tmp{os.getpid()}"
    open(tmp, "w", encoding="utf-8").write(text)
    os.replace(tmp, doc)
if share >= 0.5:
    sys.exit(f"actor_cost: the actors stage adds {100 * share:.1f} % (bar: under 50 %)")
PY

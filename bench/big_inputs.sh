#!/usr/bin/env bash
# Big inputs on one machine: `chronicle build` on all timeline17 articles (peak memory),
# extraction on 1 and 2 cores (speed-up, identical bytes), streaming extraction of the
# same articles as JSON Lines on standard input (memory bounded by the work in flight),
# and the import of the ICEWS and GDELT samples (every row imported or reported, drawn
# as a timeline and an actor network). Writes the figures into docs/PERFORMANCE.md
# between the big-inputs markers.
# Usage: bench/big_inputs.sh [--shared DIR] [--binary PATH] [--doc PATH] [--no-write]
# (BUILD_TIMEOUT=SECONDS bounds the timeline17 build; default 600. REPEAT=N runs each
# timed extraction N times and keeps the fastest; default 3)
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/bench_common.sh"
BENCH_NAME=big_inputs
USAGE_LINES=2,10
ROOT="$BENCH_ROOT"
BINARY="$ROOT/build/cli/chronicle"
BUILD_TIMEOUT="${BUILD_TIMEOUT:-600}"

# Runs "$@" under GNU time; appends "label wall_s user_s sys_s max_rss_kib exit" to $WORK/runs.
# Standard output goes to $WORK/<label>.out, standard error to $WORK/<label>.err.
timed() {
  local label="$1"
  shift
  local status=0
  /usr/bin/time -f '%e %U %S %M' -o "$WORK/$label.time" "$@" >"$WORK/$label.out" \
    2>"$WORK/$label.err" || status=$?
  # GNU time puts "Command exited with non-zero status N" before the figures then.
  read -r wall user sys rss < <(tail -n 1 "$WORK/$label.time")
  echo "$label $wall $user $sys $rss $status" >>"$WORK/runs"
  echo "big_inputs: $label: ${wall}s wall, peak ${rss} KiB, exit $status" >&2
}

# timed() run REPEAT times (default 3), keeping the figures of the fastest run: other work
# on the machine only ever adds time.
timed_best() {
  local label="$1"
  shift
  local k best=""
  for ((k = 0; k < ${REPEAT:-3}; ++k)); do
    timed "$label.$k" "$@"
    local wall
    wall="$(awk -v l="$label.$k" '$1 == l {print $2}' "$WORK/runs")"
    if [[ -z "$best" ]] || awk -v a="$wall" -v b="$best" 'BEGIN {exit !(a < b)}'; then
      best="$wall"
      cp "$WORK/$label.$k.out" "$WORK/$label.out"
      awk -v l="$label.$k" -v n="$label" '$1 == l {$1 = n; print}' "$WORK/runs" >"$WORK/$label.best"
    fi
    rm -f "$WORK/$label.$k.out"
  done
  cat "$WORK/$label.best" >>"$WORK/runs"
}

# The same command as timed(), fed from a file on standard input.
timed_stdin() {
  local label="$1" input="$2"
  shift 2
  timed "$label" bash -c '"$@" <"$0"' "$input" "$@"
}

main() {
  parse_bench_args "$@"
  [[ "${REPEAT:-3}" =~ ^[1-9][0-9]*$ ]] || die "REPEAT must be a positive whole number, not '${REPEAT}'"
  [[ -x "$BINARY" ]] || die "chronicle binary not found: $BINARY (build it, or pass --binary PATH)"
  [[ -x /usr/bin/time ]] || die "GNU time is required (Debian package \`time\`)"
  local structured="$SHARED/data/structured"
  [[ -d "$structured" ]] || die "corpus not found: $structured (pass --shared DIR)"
  find_timeline17
  WORK="$(mktemp -d)"
  trap 'rm -rf "$WORK"' EXIT
  : >"$WORK/runs"
  UPTIME_BEFORE="$(uptime)"
  echo "big_inputs: $UPTIME_BEFORE" >&2
  cat "${FILES[@]}" >/dev/null  # warm the page cache: measure Chronicle, not the disk
  python3 - "$WORK/t17.jsonl" "${FILES[@]}" <<'PY'
import json, sys
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for path in sys.argv[2:]:
        for record in json.load(open(path, encoding="utf-8")):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
PY
  timed icews "$BINARY" build "$structured/icews/events.2018.sample.tab" -o "$WORK/icews"
  timed gdelt "$BINARY" build "$structured/gdelt/events.sample.csv" -o "$WORK/gdelt"
  timed_best jobs1 "$BINARY" extract --format json --jobs 1 --quiet "${FILES[@]}"
  timed_best jobs2 "$BINARY" extract --format json --jobs 2 --quiet "${FILES[@]}"
  # What two cores of this machine give at best: one run pinned to each CPU (virtual
  # CPUs need not be equally fast), and two independent one-job runs at once, one per CPU.
  PINNED=no
  if command -v taskset >/dev/null && (($(nproc) >= 2)); then
    PINNED=yes
    local format
    for format in json jsonl; do
      local run=("$BINARY" extract --format "$format" --jobs 1 --quiet "${FILES[@]}")
      timed_best "$format-cpu0" taskset -c 0 "${run[@]}"
      timed_best "$format-cpu1" taskset -c 1 "${run[@]}"
      timed_best "$format-pair" bash -c 'taskset -c 1 "$@" >/dev/null & taskset -c 0 "$@" >/dev/null; wait $!' _ "${run[@]}"
    done
  fi
  cmp -s "$WORK/jobs1.out" "$WORK/jobs2.out" && SAME=yes || SAME=NO
  timed_stdin stream "$WORK/t17.jsonl" "$BINARY" extract - --format jsonl --jobs 2 --quiet
  # Extraction alone (per-document results, no merge): what more cores speed up.
  timed_best lines1 "$BINARY" extract --format jsonl --jobs 1 --quiet "${FILES[@]}"
  timed_best lines2 "$BINARY" extract --format jsonl --jobs 2 --quiet "${FILES[@]}"
  cmp -s "$WORK/lines1.out" "$WORK/lines2.out" && SAME_LINES=yes || SAME_LINES=NO
  # The reduce: one merge of all per-document results, and the two halves merged on
  # their own then merged together, which must give the same bytes.
  local half=$(( ($(wc -l <"$WORK/lines1.out") + 1) / 2 ))
  head -n "$half" "$WORK/lines1.out" >"$WORK/head.jsonl"
  tail -n +"$((half + 1))" "$WORK/lines1.out" >"$WORK/tail.jsonl"
  timed merge_all "$BINARY" merge "$WORK/lines1.out" -o "$WORK/merged_all.json"
  "$BINARY" merge "$WORK/head.jsonl" -o "$WORK/merged_head.json"
  "$BINARY" merge "$WORK/tail.jsonl" -o "$WORK/merged_tail.json"
  timed merge_halves "$BINARY" merge "$WORK/merged_tail.json" "$WORK/merged_head.json" -o "$WORK/merged_halves.json"
  cmp -s "$WORK/merged_all.json" "$WORK/merged_halves.json" && SAME_MERGE=yes || SAME_MERGE=NO
  # The whole build, drawing included; stopped after BUILD_TIMEOUT seconds (exit 124).
  timed build timeout "$BUILD_TIMEOUT" "$BINARY" build "${FILES[@]}" -o "$WORK/t17" --quiet
  UPTIME_AFTER="$(uptime)"
  echo "big_inputs: $UPTIME_AFTER" >&2
  ICEWS_ROWS=$(($(grep -c . "$structured/icews/events.2018.sample.tab") - 1))
  GDELT_ROWS=$(grep -c . "$structured/gdelt/events.sample.csv")
  export REPEAT="${REPEAT:-3}"
  export WORK SAME SAME_LINES SAME_MERGE PINNED UPTIME_BEFORE UPTIME_AFTER ICEWS_ROWS GDELT_ROWS
  export DATE="$(date -u '+%Y-%m-%d %H:%M UTC')" CORES="$(nproc)" NFILES=${#FILES[@]}
  python3 - >"$WORK/section.md" <<'PY'
import json, os, re
env, work = os.environ, os.environ["WORK"]
runs = {}
for line in open(os.path.join(work, "runs")):
    label, wall, user, system, rss, status = line.split()
    runs[label] = dict(wall=float(wall), cpu=float(user) + float(system), rss=int(rss) / 1024,
                       status=int(status))

def count(path):
    data = json.load(open(path, encoding="utf-8"))
    return len(data["documents"]), len(data["actors"]), len(data["events"])

def summary(label):
    text = open(os.path.join(work, label + ".err"), encoding="utf-8").read()
    m = re.search(r"(\d+) of (\d+) rows imported, (\d+) malformed rows skipped", text)
    return tuple(int(x) for x in m.groups()) if m else (0, 0, 0)

def size(path):
    return f"{os.path.getsize(path) / 1e6:.2f} MB" if os.path.exists(path) else "missing"

b, j1, j2, st = runs["build"], runs["jobs1"], runs["jobs2"], runs["stream"]
t17 = os.path.join(work, "t17", "events.json")
docs, actors, events = count(t17) if os.path.exists(t17) else count(os.path.join(work, "jobs1.out"))
stream_lines = sum(1 for _ in open(os.path.join(work, "stream.out"), encoding="utf-8"))
print(f"Measured {env['DATE']} on {env['CORES']} logical CPUs by `bench/big_inputs.sh`; rerun it to")
print("update this section. Wall times depend on what else runs: the load average before and")
print("after the runs is part of the result.")
print()
print(f"    before: {env['UPTIME_BEFORE'].strip()}")
print(f"    after:  {env['UPTIME_AFTER'].strip()}")
print()
print(f"**timeline17, all {docs:,} articles** ({env['NFILES']} files):")
print()
print("| run | wall | CPU | peak memory | result |")
print("| --- | --- | --- | --- | --- |")
print(f"| `chronicle build` (extract, merge, render) | {b['wall']:.1f} s | {b['cpu']:.1f} s | "
      f"**{b['rss']:.0f} MiB** | " + (f"{docs:,} documents, {events:,} events, {actors:,} actors, exit {b['status']} |"
      if b["status"] == 0 else f"exit {b['status']}" + (" (stopped by the time limit)" if b["status"] == 124 else "") + " |"))
print(f"| `extract --jobs 1` (the merged graph as JSON) | {j1['wall']:.1f} s | {j1['cpu']:.1f} s | {j1['rss']:.0f} MiB | "
      f"{docs:,} documents, {events:,} events, {actors:,} actors, exit {j1['status']} |")
print(f"| `extract --jobs 2` | {j2['wall']:.1f} s | {j2['cpu']:.1f} s | {j2['rss']:.0f} MiB | "
      f"bytes identical to --jobs 1: {env['SAME']} |")
print(f"| `extract - --format jsonl --jobs 2` (JSON Lines on stdin) | {st['wall']:.1f} s | {st['cpu']:.1f} s | "
      f"{st['rss']:.0f} MiB | {stream_lines:,} lines out, exit {st['status']} |")
l1, l2 = runs["lines1"], runs["lines2"]
print(f"| `extract --format jsonl --jobs 1` (per-document results, no merge) | {l1['wall']:.1f} s | {l1['cpu']:.1f} s | "
      f"{l1['rss']:.0f} MiB | exit {l1['status']} |")
print(f"| `extract --format jsonl --jobs 2` | {l2['wall']:.1f} s | {l2['cpu']:.1f} s | {l2['rss']:.0f} MiB | "
      f"bytes identical to --jobs 1: {env['SAME_LINES']} |")
print()
def ratio(a, b):
    return a["wall"] / b["wall"] if b["wall"] else 0
print(f"Speed-up on 2 cores, wall time --jobs 1 / --jobs 2 as the system schedules them (each run here "
      f"with one or two jobs is the fastest of {env['REPEAT']}): extraction (jsonl) "
      f"**{ratio(l1, l2):.2f}x**, extraction and merge (json) **{ratio(j1, j2):.2f}x** (the bar is 1.8x).")
if env["PINNED"] == "yes":
    print()
    solo = [runs[f"{fmt}-cpu{k}"]["wall"] for fmt in ("jsonl", "json") for k in (0, 1)]
    uneven = max(solo[0], solo[1]) > 1.1 * min(solo[0], solo[1]) or max(solo[2], solo[3]) > 1.1 * min(solo[2], solo[3])
    print(("The two CPUs were not equally fast during these runs (virtual CPUs share their host), so one "
           "job's time depends on the CPU it gets. " if uneven else "") +
          "Pinned with `taskset`, against the same two-job runs:")
    print()
    print("| output | one job, CPU 0 | one job, CPU 1 | two jobs | speed-up over CPU 0 / CPU 1 | "
          "best split of the work over both CPUs | two independent runs at once, one per CPU |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for fmt, two in (("jsonl", l2), ("json", j2)):
        c0, c1, pair = runs[fmt + "-cpu0"], runs[fmt + "-cpu1"], runs[fmt + "-pair"]
        fast = min(c0["wall"], c1["wall"])
        # Each CPU at its own one-job speed, the work split so that both finish together.
        ideal = 1 / (1 / c0["wall"] + 1 / c1["wall"])
        print(f"| {fmt} | {c0['wall']:.2f} s | {c1['wall']:.2f} s | {two['wall']:.2f} s | "
              f"{c0['wall'] / two['wall']:.2f}x / {c1['wall'] / two['wall']:.2f}x | "
              f"{ideal:.2f} s, {fast / ideal:.2f}x the faster CPU | "
              f"{pair['wall']:.2f} s for both, {2 * fast / pair['wall']:.2f}x the work per second of the faster CPU |")
    print()
    print("The last two columns are ceilings for any two-job run here: a speed-up over the faster CPU "
          "cannot pass the best split, and two runs at once show what the two CPUs give together.")
ma, mh = runs["merge_all"], runs["merge_halves"]
merged = os.path.join(work, "merged_all.json")
text = open(merged, encoding="utf-8").read()
reports_at = text.find(',\n  "reports": [')
reports_share = (len(text) - reports_at) / len(text) if reports_at >= 0 else 0.0
print()
print(f"`chronicle merge` of the {env['NFILES']} files' per-document results: {ma['wall']:.1f} s, {ma['cpu']:.1f} s CPU, "
      f"{ma['rss']:.0f} MiB, {size(merged)} written, of which the single results kept for later merges "
      f"(`reports`, docs/JSON.md) are {100 * reports_share:.0f}%. The two halves merged on their own and then "
      f"together: {mh['wall']:.1f} s, bytes identical to the one merge: **{env['SAME_MERGE']}**.")
print()
print("**Structured event samples** (`chronicle build FILE -o DIR`):")
print()
print("| sample | rows | imported | reported and skipped | accounted for | events after merge | actors | timeline.svg | actors.svg | wall | exit |")
print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
for label, rows_env, name in (("icews", "ICEWS_ROWS", "ICEWS 2018 sample"), ("gdelt", "GDELT_ROWS", "GDELT 1.0 sample")):
    imported, rows, skipped = summary(label)
    total = int(env[rows_env])
    d, a, e = count(os.path.join(work, label, "events.json"))
    ok = "all" if imported + skipped == total == rows else f"NO ({imported + skipped} of {total})"
    r = runs[label]
    print(f"| {name} | {total:,} | {imported:,} | {skipped:,} | {ok} | {e:,} | {a:,} | "
          f"{size(os.path.join(work, label, 'timeline.svg'))} | {size(os.path.join(work, label, 'actors.svg'))} | "
          f"{r['wall']:.1f} s | {r['status']} |")
print()
print("Commands (from the repository root; FILES = every timeline17 articles.json in byte order):")
print()
print("```")
print("chronicle build $FILES -o OUT --quiet")
print("chronicle extract --format json --jobs 1 --quiet $FILES")
print("chronicle extract --format json --jobs 2 --quiet $FILES")
print("taskset -c 0 chronicle extract --format json --jobs 1 --quiet $FILES   # and taskset -c 1; also jsonl")
print("taskset -c 0 chronicle extract ... & taskset -c 1 chronicle extract ...   # the same, at once")
print("chronicle extract - --format jsonl --jobs 2 --quiet <timeline17.jsonl   # the records, one per line")
print("chronicle extract --format jsonl --jobs 1 --quiet $FILES >LINES; chronicle merge LINES -o ALL")
print("chronicle merge HEAD_MERGED TAIL_MERGED -o HALVES   # each half of LINES merged on its own first")
print("chronicle build ../shared/data/structured/icews/events.2018.sample.tab -o OUT")
print("chronicle build ../shared/data/structured/gdelt/events.sample.csv -o OUT")
print("```")
PY
  cat "$WORK/section.md"
  ((WRITE)) || return 0
  python3 - "$DOC" "$WORK/section.md" <<'PY'
import os, sys
doc, section = sys.argv[1], open(sys.argv[2], encoding="utf-8").read().rstrip("\n")
begin, end = "<!-- big-inputs:begin -->", "<!-- big-inputs:end -->"
text = open(doc, encoding="utf-8").read()
if begin not in text or end not in text:
    sys.exit(f"big_inputs: {doc} has no {begin} ... {end} section")
head, rest = text.split(begin, 1)
text = head + begin + "\n" + section + "\n" + end + rest.split(end, 1)[1]
tmp = f"{doc}.tmp{os.getpid()}"
open(tmp, "w", encoding="utf-8").write(text)
os.replace(tmp, doc)
PY
  echo "big_inputs: updated $DOC" >&2
}

main "$@"

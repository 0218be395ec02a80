#!/usr/bin/env bash
# Measures `chronicle extract --format json` throughput on the timeline17 corpus: one
# invocation with one worker (--jobs 1) over every articles.json, timed for wall and CPU time and peak memory, and
# writes the figures into docs/PERFORMANCE.md between the extract-throughput markers.
# Usage: bench/extract_throughput.sh [--shared DIR] [--binary PATH] [--doc PATH] [--no-write]
# (RUNS=N repeats the run N times, default 3; the fastest is reported)
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/bench_common.sh"
BENCH_NAME=extract_throughput
USAGE_LINES=2,6
ROOT="$BENCH_ROOT"
BINARY="$ROOT/build/cli/chronicle"
BEGIN_MARK='<!-- extract-throughput:begin -->'
END_MARK='<!-- extract-throughput:end -->'

check_binary() {
  [[ -x "$BINARY" ]] ||
    die "chronicle binary not found or not executable: $BINARY (build it, or pass --binary PATH)"
}

# Prints "documents text_bytes file_bytes": records in the corpus, UTF-8 bytes of their
# "text" fields, and bytes on disk. A file is a JSON array of records or JSON Lines.
measure_input() {
  python3 - "$@" <<'PY'
import json, os, sys
docs = text = size = 0
for path in sys.argv[1:]:
    size += os.path.getsize(path)
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    try:
        records = json.loads(raw)
        if isinstance(records, dict):
            records = records.get("articles") or records.get("documents") or [records]
    except json.JSONDecodeError:
        records = [json.loads(line) for line in raw.splitlines() if line.strip()]
    for record in records:
        docs += 1
        text += len(str(record.get("text", "")).encode("utf-8"))
print(docs, text, size)
PY
}

# Runs the extraction once over all FILES; sets TIMER, WALL, USER_CPU, SYS_CPU (seconds)
# and MAX_RSS_KB ("" when it cannot be measured). Output goes to $WORK/out.json.
run_extraction() {
  cat "${FILES[@]}" >/dev/null # warm the page cache: measure extraction, not the disk
  LOAD="$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo unknown)"
  local status=0
  if /usr/bin/time -v true >/dev/null 2>&1; then
    TIMER="/usr/bin/time -v"
    /usr/bin/time -v -o "$WORK/time.txt" "$BINARY" extract --format json --jobs 1 "${FILES[@]}" \
      >"$WORK/out.json" 2>"$WORK/err.txt" || status=$?
    check_status "$status"
    parse_gnu_time "$WORK/time.txt"
  else
    echo "extract_throughput: no GNU /usr/bin/time (Debian package \`time\`);" \
      "using bash time, peak memory not measured" >&2
    TIMER="bash time"
    local TIMEFORMAT='%R %U %S'
    { time "$BINARY" extract --format json --jobs 1 "${FILES[@]}" >"$WORK/out.json" 2>"$WORK/err.txt"; } \
      2>"$WORK/time.txt" || status=$?
    check_status "$status"
    read -r WALL USER_CPU SYS_CPU <"$WORK/time.txt"
    MAX_RSS_KB=""
  fi
}

# The same run pinned to each CPU in turn (at most four), where taskset and GNU time are
# there: virtual CPUs need not be equally fast. Sets PINNED_CPU to "cpu:seconds ..." (CPU
# time, user + sys), empty when not measured.
run_pinned() {
  PINNED_CPU=""
  command -v taskset >/dev/null && [[ "$TIMER" == "/usr/bin/time -v" ]] || return 0
  local cpus cpu status
  cpus="$(nproc)"
  ((cpus >= 2)) || return 0
  for ((cpu = 0; cpu < cpus && cpu < 4; ++cpu)); do
    status=0
    /usr/bin/time -v -o "$WORK/pinned.txt" taskset -c "$cpu" "$BINARY" extract --format json \
      --jobs 1 "${FILES[@]}" >"$WORK/pinned.json" 2>"$WORK/err.txt" || status=$?
    check_status "$status"
    cmp -s "$WORK/out.json" "$WORK/pinned.json" || die "the run pinned to CPU $cpu wrote other bytes"
    local user sys
    user="$(awk -F': ' '/User time \(seconds\)/ {print $2}' "$WORK/pinned.txt")"
    sys="$(awk -F': ' '/System time \(seconds\)/ {print $2}' "$WORK/pinned.txt")"
    PINNED_CPU+="$cpu:$(python3 -c "print($user + $sys)") "
  done
}

check_status() {
  (($1 == 0)) && return 0
  tail -n 20 "$WORK/err.txt" >&2 || true
  die "chronicle exited with status $1; nothing written"
}

# Reads GNU time's -v report. The elapsed time is "m:ss.cc" or "h:mm:ss".
parse_gnu_time() {
  USER_CPU="$(awk -F': ' '/User time \(seconds\)/ {print $2}' "$1")"
  SYS_CPU="$(awk -F': ' '/System time \(seconds\)/ {print $2}' "$1")"
  MAX_RSS_KB="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$1")"
  WALL="$(awk -F': ' '/Elapsed \(wall clock\) time/ {
    n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$1")"
  [[ -n "$USER_CPU" && -n "$SYS_CPU" && -n "$WALL" ]] || die "could not read $1 from /usr/bin/time"
}

# Prints "documents actors events" from the extraction output; fails unless it is one
# JSON object with those three lists.
check_output() {
  python3 - "$WORK/out.json" <<'PY'
import json, sys
try:
    with open(sys.argv[1], encoding="utf-8") as f:
        data = json.load(f)
    print(len(data["documents"]), len(data["actors"]), len(data["events"]))
except (ValueError, KeyError, TypeError) as error:
    sys.exit(f"extract_throughput: output is not the documented JSON object: {error}")
PY
}

machine_cpu() {
  local model
  model="$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || true)"
  echo "${model:-unknown CPU}"
}

build_type() {
  local cache
  cache="$(dirname "$BINARY")/../CMakeCache.txt"
  [[ -f "$cache" ]] || { echo "unknown"; return; }
  awk -F= '/^CMAKE_BUILD_TYPE:/ {print ($2 == "" ? "(none)" : $2)}' "$cache"
}

# The measured command, one file per line, to be pasted in the repository root: paths in
# the repository or next to it (../shared) are relative to it, others absolute.
exact_command() {
  python3 - "$ROOT" "$TIMER" "$BINARY" "${FILES[@]}" <<'PY'
import os, shlex, sys
root, timer, binary, files = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
def shown(path):
    path = os.path.abspath(path)
    rel = os.path.relpath(path, root)
    return shlex.quote(path if rel.startswith("../../") else rel)
prefix = timer + " " if timer.startswith("/") else ""
lines = [prefix + shown(binary) + " extract --format json --jobs 1"] + ["    " + shown(f) for f in files]
print(" \\\n".join(lines))
PY
}

# Prints the Markdown section (without the markers) from the figures, which it reads from
# the environment (main exports them).
render_section() {
  python3 - "$WORK/command.txt" <<'PY'
import os, sys
env = os.environ
docs, text, size = int(env["DOCS"]), int(env["TEXT_BYTES"]), int(env["FILE_BYTES"])
wall, user, system = float(env["WALL"]), float(env["USER_CPU"]), float(env["SYS_CPU"])
rss = env["MAX_RSS_KB"]
cpu = user + system
mb = text / 1e6
rows = [
    ("Input files", f"{env['NFILES']} articles.json (timeline17)"),
    ("Documents (records)", f"{docs:,}"),
    ("Text bytes (UTF-8 of each record's text)", f"{text:,} ({mb:.2f} MB)"),
    ("File bytes (JSON on disk)", f"{size:,} ({size / 1e6:.2f} MB)"),
    ("Output", f"{env['OUT_DOCS']} documents, {env['OUT_ACTORS']} actors, "
               f"{env['OUT_EVENTS']} events"),
    ("Wall time", f"{wall:.2f} s"),
    ("CPU time (user + sys)", f"{cpu:.2f} s ({user:.2f} + {system:.2f})"),
    ("CPU time of each run (s)", ", ".join(env["ALL_CPU"].split())),
    ("**Throughput per core** (text MB / CPU s)",
     f"**{mb / cpu:.3f} MB/s**" if cpu > 0 else "n/a"),
    ("Documents per second per core", f"{docs / cpu:.1f}" if cpu > 0 else "n/a"),
    ("Wall-clock throughput (text MB / wall s)", f"{mb / wall:.3f} MB/s" if wall > 0 else "n/a"),
    *[(f"Throughput per core, pinned to CPU {cpu} (`taskset -c {cpu}`)",
       f"{mb / float(seconds):.3f} MB/s ({float(seconds):.2f} s CPU)")
      for cpu, seconds in (item.split(":") for item in env["PINNED_CPU"].split())],
    ("Peak memory (maximum resident set size)",
     f"{int(rss) / 1024:.1f} MiB" if rss else "not measured"),
]
print(f"Measured {env['DATE']} on {env['CORES']} logical CPUs ({env['CPU']}), "
      f"build type {env['BUILD_TYPE']}, timed with `{env['TIMER']}`.")
print(f"1-minute load average before the run: {env['LOAD']} (other work on the machine "
      "inflates wall time more than CPU time).")
print("MB = 10^6 bytes; \"per core\" divides by CPU time (user + sys), not wall time; the run has one worker (--jobs 1); the CPU of its reader and writer threads is counted.")
if env["PINNED_CPU"]:
    print("The run is repeated pinned to each CPU, as the CPUs of a virtual machine need not be equally fast.")
print(f"The figures are those of the run with the least CPU time of {len(env['ALL_CPU'].split())} (RUNS).")
print("Written by `bench/extract_throughput.sh`; rerun it to update this section.")
print()
print("| measure | value |")
print("| --- | --- |")
for name, value in rows:
    print(f"| {name} | {value} |")
print()
print("Command (from the repository root):")
print()
print("```")
with open(sys.argv[1], encoding="utf-8") as f:
    print(f.read().rstrip("\n"))
print("```")
PY
}

# Replaces the text between the markers in DOC (creating DOC, or appending a section with
# the markers, when missing). Writes a temporary file and renames it, so DOC is never
# left half-written.
write_doc() {
  mkdir -p "$(dirname "$DOC")"
  python3 - "$DOC" "$WORK/section.md" "$BEGIN_MARK" "$END_MARK" <<'PY'
import os, sys
doc, section_path, begin, end = sys.argv[1:5]
with open(section_path, encoding="utf-8") as f:
    section = f.read().rstrip("\n")
intro = ("# Performance\n\n"
         "How fast Chronicle runs, measured by the scripts in `bench/`. The text between each\n"
         "pair of markers is rewritten by the script named in it; edit only outside them.\n")
if os.path.exists(doc):
    with open(doc, encoding="utf-8") as f:
        text = f.read()
else:
    text = intro
block = f"{begin}\n{section}\n{end}"
if begin in text and end in text.split(begin, 1)[1]:
    head, rest = text.split(begin, 1)
    text = head + block + rest.split(end, 1)[1]
else:
    text = text.rstrip("\n") + "\n\n## Extraction throughput\n\n" + block + "\n"
tmp = f"{doc}.tmp{os.getpid()}"
with open(tmp, "w", encoding="utf-8") as f:
    f.write(text)
os.replace(tmp, doc)
PY
}

main() {
  parse_bench_args "$@"
  command -v python3 >/dev/null || die "python3 is required"
  find_timeline17
  check_binary
  WORK="$(mktemp -d)"
  trap 'rm -rf "$WORK"' EXIT
  local input output
  input="$(measure_input "${FILES[@]}")" || die "could not read the corpus"
  read -r DOCS TEXT_BYTES FILE_BYTES <<<"$input"
  NFILES=${#FILES[@]}
  echo "extract_throughput: $NFILES files, $DOCS documents, $TEXT_BYTES text bytes;" \
    "running $BINARY" >&2
  # Other work on the machine only ever adds time: of RUNS runs (default 3) the one with
  # the least CPU time is the figure, and every run's CPU time is listed.
  local runs="${RUNS:-3}" k best="" all=""
  [[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive whole number, not '$runs'"
  for ((k = 0; k < runs; ++k)); do
    run_extraction
    local cpu_s
    cpu_s="$(python3 -c "print(f'{$USER_CPU + $SYS_CPU:.2f}')")"
    all+="$cpu_s "
    if [[ -z "$best" ]] || python3 -c "import sys; sys.exit(not $cpu_s < $best)"; then
      best="$cpu_s"
      BEST=("$WALL" "$USER_CPU" "$SYS_CPU" "$MAX_RSS_KB" "$LOAD")
    fi
    ((k == 0)) || cmp -s "$WORK/out.json" "$WORK/first.json" || die "run $((k + 1)) wrote other bytes"
    ((k > 0)) || cp "$WORK/out.json" "$WORK/first.json"
  done
  WALL="${BEST[0]}" USER_CPU="${BEST[1]}" SYS_CPU="${BEST[2]}" MAX_RSS_KB="${BEST[3]}" LOAD="${BEST[4]}"
  ALL_CPU="${all% }"
  run_pinned
  output="$(check_output)" || exit 1
  read -r OUT_DOCS OUT_ACTORS OUT_EVENTS <<<"$output"
  DATE="$(date -u '+%Y-%m-%d %H:%M UTC')"
  CORES="$(nproc)"
  CPU="$(machine_cpu)"
  BUILD_TYPE="$(build_type)"
  export LOAD DOCS TEXT_BYTES FILE_BYTES NFILES WALL USER_CPU SYS_CPU MAX_RSS_KB TIMER \
    OUT_DOCS OUT_ACTORS OUT_EVENTS DATE CORES CPU BUILD_TYPE PINNED_CPU ALL_CPU
  exact_command >"$WORK/command.txt"
  render_section >"$WORK/section.md"
  cat "$WORK/section.md"
  if ((WRITE)); then
    write_doc
    echo "extract_throughput: updated $DOC" >&2
  fi
}

main "$@"

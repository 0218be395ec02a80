# Shared by the bench scripts (sourced, not run): the options every script takes, the
# error exit, and the timeline17 file list. A script sets BENCH_NAME, BINARY and its
# usage text (USAGE_LINES: the header lines to print for --help) before calling these.
# shellcheck shell=bash disable=SC2034  # the variables are read by the scripts that source this

BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${CHRONICLE_SHARED:-$BENCH_ROOT/../shared}"
DOC="$BENCH_ROOT/docs/PERFORMANCE.md"
WRITE=1

die() {
  echo "$BENCH_NAME: $*" >&2
  exit 1
}

bench_usage() {
  sed -n "${USAGE_LINES}s/^# \{0,1\}//p" "$0"
  cat <<'USAGE'

  --shared DIR   the shared data directory holding data/ (default: $CHRONICLE_SHARED, else ../shared)
  --binary PATH  the executable to measure
  --doc PATH     the Markdown file to update (default: docs/PERFORMANCE.md)
  --no-write     print the figures without touching the Markdown file
USAGE
}

# --shared DIR, --binary PATH, --doc PATH, --no-write, -h/--help.
parse_bench_args() {
  while (($#)); do
    case "$1" in
      --shared) SHARED="${2:?--shared needs a directory}"; shift 2 ;;
      --binary) BINARY="${2:?--binary needs a path}"; shift 2 ;;
      --doc) DOC="${2:?--doc needs a path}"; shift 2 ;;
      --no-write) WRITE=0; shift ;;
      -h | --help) bench_usage; exit 0 ;;
      *) bench_usage >&2; die "unknown argument: $1" ;;
    esac
  done
}

# Fills FILES with every timeline17 articles.json, in a fixed (byte) order.
find_timeline17() {
  local corpus="$SHARED/data/timeline17"
  [[ -d "$corpus" ]] ||
    die "corpus not found: $corpus (pass --shared DIR, the directory holding data/timeline17)"
  mapfile -t FILES < <(find "$corpus" -name articles.json -type f | LC_ALL=C sort)
  ((${#FILES[@]})) || die "no articles.json under $corpus"
}

#!/usr/bin/env bash
# Regenerates the pictures in docs/images: the samples' report (a browser screenshot),
# the samples' event diagram, and the timeline17 Syria story (BBC articles) as a timeline
# and as a report screenshot. Needs a built chronicle and Debian's chromium package.
# Usage: scripts/screenshots.sh [--binary PATH] [--shared DIR] [--out DIR]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
binary="$root/build/cli/chronicle"
shared="$root/../shared"
out="$root/docs/images"
while [ $# -gt 0 ]; do
  case "$1" in
    --binary) binary="$2"; shift 2 ;;
    --shared) shared="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "screenshots: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -x "$binary" ] || { echo "screenshots: no chronicle binary at $binary (build first)" >&2; exit 1; }
command -v chromium >/dev/null || { echo "screenshots: chromium is not installed (scripts/install-deps.sh)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

shoot() {  # shoot PAGE PNG WIDTH HEIGHT
  chromium --headless --disable-gpu --no-sandbox --no-first-run --hide-scrollbars \
    --user-data-dir="$work/profile" --window-size="$3,$4" --screenshot="$2" "file://$1" \
    >/dev/null 2>&1
  echo "screenshots: wrote $2"
}

"$binary" build "$root"/samples/*.txt -o "$work/samples" --title "Guadiana water dispute (samples)" --quiet
shoot "$work/samples/report.html" "$out/report-samples.png" 1400 1800
"$binary" render "$work/samples/events.json" --view events --format png -o "$out/events-samples.png"
"$binary" render "$work/samples/events.json" --view timeline --actor "Lower Guadiana" --hops 0 \
  --title "Lower Guadiana only (--actor)" --format png -o "$out/timeline-samples-actor.png"
echo "screenshots: wrote $out/events-samples.png and $out/timeline-samples-actor.png"

story="$shared/data/timeline17/SyrianCrisis_bbc/articles.json"
if [ ! -f "$story" ]; then
  echo "screenshots: $story is absent; skipping the Syria pictures" >&2
  exit 0
fi
"$binary" build "$story" -o "$work/syria" --title "Syrian crisis (timeline17, BBC)" --quiet
"$binary" render "$work/syria/events.json" --view timeline --min-sources 2 \
  --title "Syrian crisis (timeline17, BBC): events reported by two or more articles" \
  --format png -o "$out/timeline-syria.png"
"$binary" render "$work/syria/events.json" --view timeline \
  --title "Syrian crisis (timeline17, BBC): every event, aggregated" \
  --format png -o "$out/timeline-syria-all.png"
echo "screenshots: wrote $out/timeline-syria.png and $out/timeline-syria-all.png"
shoot "$work/syria/report.html" "$out/report-syria.png" 1400 1800

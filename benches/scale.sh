#!/usr/bin/env bash
# End-to-end timings of the release binary: generated corpora of 10^4, 10^5 and 10^6 claims
# in JSON Lines (and 10^4, 10^5 in YAML), and the three days of the Flight data set, with
# claims per second and peak memory (maximum resident set size, from /usr/bin/time).
#
#   benches/scale.sh                 # everything
#   SIZES="10000 100000" benches/scale.sh
#   DATASETS=/path/to/datasets benches/scale.sh   # where flight/claims/2011120?.tsv are
#
# The last column ("net") is the time per claim less what starting any process costs under
# the same timer (measured first, with `true`).
#
# Each run is `crosscheck check CORPUS --format json --verdict conflict` with the report
# written to a file: the whole corpus is loaded, grouped and judged; the report lists the
# conflicts (a report of every group of a million claims is hundreds of megabytes). The
# Flight days are timed twice: with `--summary` (every group judged and reviewed, the counts
# printed: what a GROUP BY is compared with) and with the full JSON report of every group.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
datasets="${DATASETS:-$repo/../shared/datasets}"
sizes="${SIZES-10000 100000 1000000}"
yaml_sizes="${YAML_SIZES-10000 100000}"
work="${WORK:-$(mktemp -d)}"
mkdir -p "$work"
runs="${RUNS:-3}"

cd "$repo"
# shellcheck source=benches/flight-corpus.sh
source "$repo/benches/flight-corpus.sh"
cargo build --release --quiet --bin crosscheck --example generate
bin="$repo/target/release/crosscheck"
generate="$repo/target/release/examples/generate"

# Runs a command once under the timer: wall clock to the microsecond around it (`time`'s own
# figure has 10 ms steps, too coarse for the small corpora), peak memory from `time`. Sets
# $seconds, $kb and $status.
timed() {
  status=0
  local start end
  start="$(date +%s%N)"
  /usr/bin/time -f '%M' -o "$work/time" "$@" >"$work/report" 2>"$work/stderr" || status=$?
  end="$(date +%s%N)"
  seconds="$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f", (e - s) / 1e9 }')"
  kb="$(tail -n1 "$work/time")"
}

# What starting a process costs under this timer (the shell, `date`, `time`): the best of
# $runs runs of `true`. The last column leaves it out, so that small corpora are not charged
# for the measurement itself.
start_cost=""
for _ in $(seq "$runs"); do
  timed true
  if [ -z "$start_cost" ] || awk "BEGIN{exit !($seconds < $start_cost)}"; then start_cost="$seconds"; fi
done
echo "starting a process under this timer: $start_cost s (best of $runs runs of \`true\`)"

printf '%-22s %10s %9s %12s %10s %9s %9s\n' corpus claims seconds claims/s "peak MB" "us/claim" "net"

# Times one corpus: the best of $runs runs, with that run's peak memory. Extra arguments
# are passed to `check` (default: `--format json --verdict conflict`). Sets $best.
measure() {
  local name="$1" corpus="$2" best_kb="" claims
  best=""
  shift 2
  local options=("$@")
  [ ${#options[@]} -gt 0 ] || options=(--format json --verdict conflict)
  for _ in $(seq "$runs"); do
    timed "$bin" check "$corpus" "${options[@]}"
    if [ "$status" -gt 1 ]; then
      echo "$name: crosscheck exited with $status (see $work/stderr)" >&2
      return 0
    fi
    if [ -z "$best" ] || awk "BEGIN{exit !($seconds < $best)}"; then best="$seconds"; best_kb="$kb"; fi
  done
  claims="$({ "$bin" check "$corpus" --summary 2>/dev/null || true; } | grep -o "[0-9]* claims" | head -n1 | tr -dc 0-9)"
  awk -v n="$name" -v c="$claims" -v s="$best" -v k="$best_kb" -v z="$start_cost" 'BEGIN {
    printf "%-22s %10d %9.3f %12.0f %10.0f %9.2f %9.2f\n", n, c, s, c / s, k / 1024, s * 1e6 / c, (s - z) * 1e6 / c }'
}

for n in $sizes; do
  [ -f "$work/jsonl-$n/expected.json" ] || "$generate" --claims "$n" --format jsonl --conflicts 25 --out "$work/jsonl-$n" >/dev/null
  measure "jsonl $n" "$work/jsonl-$n"
done
for n in $yaml_sizes; do
  [ -f "$work/yaml-$n/expected.json" ] || "$generate" --claims "$n" --format yaml --conflicts 25 --out "$work/yaml-$n" >/dev/null
  measure "yaml $n" "$work/yaml-$n"
done

# The Flight days: the mapping of the test slice, with one full day in bulk/.
flight_total=0
for day in 20111201 20111202 20111203; do
  corpus="$(flight_corpus "$day")" || continue
  measure "flight $day summary" "$corpus" --summary
  flight_total="$(awk "BEGIN{print $flight_total + $best}")"
  sed -n 2p "$work/report" | sed 's/^/  /'
  measure "flight $day full" "$corpus" --format json
done
echo "the three Flight days with --summary: $flight_total s in all"
echo "corpora in $work"

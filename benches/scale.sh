#!/usr/bin/env bash
# End-to-end cost of the release binary as the corpus grows.
#
# First, and by default only, `check --summary` on generated JSON Lines corpora of 10^6 and
# 10^7 claims, side by side, each run once under `/usr/bin/time -v`: wall-clock seconds, CPU
# seconds (user and system), peak resident memory, bytes of peak memory per claim, and
# microseconds of wall clock and of CPU per claim, with the CPU per claim of each size against
# the first's. A 10^7 corpus is 1.6 GB of JSON Lines and its check needs several GB of memory.
#
#   benches/scale.sh                                   # 10^6 and 10^7 claims, --summary
#   SUMMARY_SIZES="1000000 3000000" benches/scale.sh
#
# With DASK_SIZES, the same sizes on one process against a two-worker Dask LocalCluster
# (benches/scale-dask.sh: wall time and peak memory of each process, and whether the groups are
# equal), in the same run:
#
#   SUMMARY_SIZES= DASK_SIZES="1000000 10000000" benches/scale.sh
#
# Then, when asked for, the older tables: `--format json --verdict conflict` on generated
# JSON Lines and YAML corpora (best of $RUNS runs), and the three days of the Flight data set.
#
#   SUMMARY_SIZES= SIZES="10000 100000 1000000" YAML_SIZES="10000 100000" benches/scale.sh
#   SUMMARY_SIZES= DATASETS=/path/to/datasets benches/scale.sh   # flight/claims/2011120?.tsv
#
# In those tables the last column ("net") is the time per claim less what starting any
# process costs under the same timer (measured first, with `true`). Each run there is
# `crosscheck check CORPUS --format json --verdict conflict` with the report written to a
# file; the Flight days are timed with `--summary` and with the full JSON report.
#
# Corpora are kept in $WORK (a new temporary folder unless set) and reused when present.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
datasets="${DATASETS:-}"
summary_sizes="${SUMMARY_SIZES-1000000 10000000}"
sizes="${SIZES-}"
yaml_sizes="${YAML_SIZES-}"
work="${WORK:-$(mktemp -d)}"
mkdir -p "$work"
runs="${RUNS:-3}"

cd "$repo"
# shellcheck source=benches/flight-corpus.sh
source "$repo/benches/flight-corpus.sh"
cargo build --release --quiet --bin crosscheck --example generate
target="${CARGO_TARGET_DIR:-$repo/target}"
bin="$target/release/crosscheck"
generate="$target/release/examples/generate"

# Makes the JSON Lines corpus of $1 claims in $work/jsonl-$1 unless it is there.
corpus_of() {
  [ -f "$work/jsonl-$1/expected.json" ] || "$generate" --claims "$1" --format jsonl --conflicts 25 --out "$work/jsonl-$1" >/dev/null
}

# One `--summary` run per size under `/usr/bin/time -v`, printed side by side.
if [ -n "$summary_sizes" ]; then
  echo "check --summary, one run per size ($(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) of memory, load average $(cut -d' ' -f1-3 /proc/loadavg))"
  printf '%-10s %9s %9s %9s %9s %9s %9s %9s %7s\n' claims seconds "CPU s" "peak MB" "B/claim" "us/claim" "CPU us" "per claim" exit
  first_cpu=""
  for n in $summary_sizes; do
    corpus_of "$n"
    status=0
    /usr/bin/time -v "$bin" check "$work/jsonl-$n" --summary >"$work/summary-$n" 2>"$work/time-$n" || status=$?
    if [ "$status" -gt 1 ]; then
      echo "$n claims: crosscheck exited with $status (see $work/time-$n)" >&2
      continue
    fi
    read -r wall cpu kb < <(awk -F': ' '
      /Elapsed \(wall clock\)/ { n = split($2, t, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + t[i] }
      /User time/ { c += $2 } /System time/ { c += $2 }
      /Maximum resident set size/ { k = $2 }
      END { print w, c, k }' "$work/time-$n")
    [ -n "$first_cpu" ] || first_cpu="$(awk -v c="$cpu" -v n="$n" 'BEGIN { print c / n }')"
    awk -v n="$n" -v w="$wall" -v c="$cpu" -v k="$kb" -v f="$first_cpu" -v s="$status" 'BEGIN {
      printf "%-10d %9.2f %9.2f %9.0f %9.0f %9.2f %9.2f %8.2fx %7d\n", n, w, c, k / 1024, k * 1024 / n, w * 1e6 / n, c * 1e6 / n, c / n / f, s }'
    sed 's/^/  /' "$work/summary-$n"
  done
fi
if [ -n "${DASK_SIZES:-}" ]; then
  SIZES="$DASK_SIZES" WORK="$work" bash "$repo/benches/scale-dask.sh"
fi
[ -n "$sizes$yaml_sizes$datasets" ] || { echo "corpora in $work"; exit 0; }

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
  corpus_of "$n"
  measure "jsonl $n" "$work/jsonl-$n"
done
for n in $yaml_sizes; do
  [ -f "$work/yaml-$n/expected.json" ] || "$generate" --claims "$n" --format yaml --conflicts 25 --out "$work/yaml-$n" >/dev/null
  measure "yaml $n" "$work/yaml-$n"
done

# The Flight days: the mapping of the test slice, with one full day in bulk/.
flight_total=0
[ -n "$datasets" ] || { echo "corpora in $work"; exit 0; }
for day in 20111201 20111202 20111203; do
  corpus="$(flight_corpus "$day")" || continue
  measure "flight $day summary" "$corpus" --summary
  flight_total="$(awk "BEGIN{print $flight_total + $best}")"
  sed -n 2p "$work/report" | sed 's/^/  /'
  measure "flight $day full" "$corpus" --format json
done
echo "the three Flight days with --summary: $flight_total s in all"
echo "corpora in $work"

#!/usr/bin/env bash
# Side-by-side timings of two builds of crosscheck in one run: this checkout's release binary
# against the release binary of an earlier revision, on the same generated corpora and the
# three Flight days. The two binaries run in turns (before, after, before, after, ...), so a
# busy machine slows both alike; the ratio after/before is what to quote.
#
#   benches/versus-revision.sh feb4d2e                 # build feb4d2e in a worktree, compare
#   BEFORE_BIN=path/to/crosscheck benches/versus-revision.sh   # compare with a built binary
#   AFTER_BIN=path/to/crosscheck ...                   # and another instead of this checkout's
#   GENERATE_BIN=path/to/generate ...                  # a built corpus generator
#   SIZES="100000 1000000" RUNS=7 benches/versus-revision.sh feb4d2e
#   INSTRUCTIONS=1 benches/versus-revision.sh feb4d2e  # also count instructions (valgrind)
#   INSTRUCTIONS=100000 ...                            # only on generated corpora up to that
#                                                      # many claims (and the Flight days)
#   DATASETS=/path/to/datasets ...                     # where flight/claims/2011120?.tsv are
#
# Each run is `crosscheck check CORPUS --format json --verdict conflict` (the report written to
# a file) for generated corpora and `--summary` for the Flight days, as in benches/scale.sh.
# Instruction counts (callgrind, all threads summed) do not depend on what else the machine is
# doing, so they are the figure to trust on a loaded host; they are taken once per binary.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
datasets="${DATASETS:-$repo/../shared/datasets}"
sizes="${SIZES-100000 1000000}"
runs="${RUNS:-5}"
work="${WORK:-$(mktemp -d)}"
mkdir -p "$work"

cd "$repo"
# shellcheck source=benches/flight-corpus.sh
source "$repo/benches/flight-corpus.sh"
target="${CARGO_TARGET_DIR:-$repo/target}"
after="${AFTER_BIN:-$target/release/crosscheck}"
generate="${GENERATE_BIN:-$target/release/examples/generate}"
[ -n "${AFTER_BIN:-}" ] || cargo build --release --quiet --bin crosscheck
[ -n "${GENERATE_BIN:-}" ] || cargo build --release --quiet --example generate

before="${BEFORE_BIN:-}"
if [ -z "$before" ]; then
  rev="${1:?name a revision to compare with, or set BEFORE_BIN}"
  tree="$work/before-tree"
  [ -d "$tree" ] || git worktree add --quiet --detach "$tree" "$rev"
  # Its own target folder, so that the build does not replace the binary measured after.
  (cd "$tree" && CARGO_TARGET_DIR="$tree/target" cargo build --release --quiet --bin crosscheck)
  before="$tree/target/release/crosscheck"
fi
echo "before: $before"
echo "after:  $after"

# Runs one binary on one corpus under the timer; sets $seconds (wall) and $user (CPU seconds
# in user space, all threads).
timed() {
  local start end
  start="$(date +%s%N)"
  /usr/bin/time -f '%U' -o "$work/time" "$@" >"$work/report" 2>/dev/null || true
  end="$(date +%s%N)"
  seconds="$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f", (e - s) / 1e9 }')"
  user="$(tail -n1 "$work/time")"
}

# The smallest of a list of numbers, and their median.
best_of() { tr ' ' '\n' | grep . | sort -g | head -n1; }
median_of() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# Instructions a binary executes on a corpus, counted by callgrind.
instructions() {
  { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null || true; } |
    sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
}

printf '%-26s %9s %9s %7s %9s %9s %7s %7s\n' corpus "before s" "after s" ratio \
  "before cpu" "after cpu" ratio "instr"

# Times both binaries in turns on one corpus and prints the ratios of the best runs; counts
# instructions too when $3 is "count".
compare() {
  local name="$1" corpus="$2" count="$3"
  shift 3
  local walls_b="" walls_a="" cpus_b="" cpus_a=""
  for _ in $(seq "$runs"); do
    timed "$before" check "$corpus" "$@"
    walls_b+=" $seconds"
    cpus_b+=" $user"
    timed "$after" check "$corpus" "$@"
    walls_a+=" $seconds"
    cpus_a+=" $user"
  done
  local wb wa cb ca ratio_instr="-"
  wb="$(best_of <<<"$walls_b")"
  wa="$(best_of <<<"$walls_a")"
  cb="$(best_of <<<"$cpus_b")"
  ca="$(best_of <<<"$cpus_a")"
  local ib="" ia=""
  if [ "$count" = count ]; then
    ib="$(instructions "$before" check "$corpus" "$@")"
    ia="$(instructions "$after" check "$corpus" "$@")"
    ratio_instr="$(awk -v b="$ib" -v a="$ia" 'BEGIN { printf "%.3f", a / b }')"
  fi
  awk -v n="$name" -v wb="$wb" -v wa="$wa" -v cb="$cb" -v ca="$ca" -v ri="$ratio_instr" 'BEGIN {
    printf "%-26s %9.3f %9.3f %7.3f %9.2f %9.2f %7.3f %7s\n", n, wb, wa, wa / wb, cb, ca, (cb > 0 ? ca / cb : 0), ri }'
  echo "  medians: before $(median_of <<<"$walls_b") s, after $(median_of <<<"$walls_a") s"
  [ "$count" != count ] || echo "  instructions: before $ib, after $ia"
}

for n in $sizes; do
  [ -f "$work/jsonl-$n/expected.json" ] || "$generate" --claims "$n" --format jsonl --conflicts 25 --out "$work/jsonl-$n" >/dev/null
  count=""
  if [ -n "${INSTRUCTIONS:-}" ] && { [ "$INSTRUCTIONS" = 1 ] || [ "$n" -le "$INSTRUCTIONS" ]; }; then count=count; fi
  compare "jsonl $n" "$work/jsonl-$n" "$count" --format json --verdict conflict
done
for day in 20111201 20111202 20111203; do
  corpus="$(flight_corpus "$day")" || continue
  compare "flight $day summary" "$corpus" "${INSTRUCTIONS:+count}" --summary
done
echo "wall and CPU figures are the best of $runs turns each; corpora in $work"

#!/usr/bin/env bash
# The three Flight days, crosscheck against DuckDB, run in turns so that both see the same load
# on a shared machine: `crosscheck check --summary` on each day (three processes: every
# (flight, attribute) group judged and reviewed), and one cold DuckDB process (Python) reading
# the same three TSV files and counting rows per flight with a plain GROUP BY. Prints the best
# and the median of each.
#
#   benches/versus-duckdb.sh                  # 9 turns
#   RUNS=15 WORK=/tmp/corpora benches/versus-duckdb.sh
#
# Needs python3 with the duckdb module (`pip install duckdb`); the corpora of the Flight days
# are made in $WORK as `benches/scale.sh` makes them.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
datasets="${DATASETS:-$repo/../shared/datasets}"
work="${WORK:-$(mktemp -d)}"
mkdir -p "$work"
runs="${RUNS:-9}"
days=(20111201 20111202 20111203)

if ! python3 -c 'import duckdb' 2>/dev/null; then
  echo "python3 with the duckdb module is needed (pip install duckdb)" >&2
  exit 2
fi
cd "$repo"
cargo build --release --quiet --bin crosscheck
bin="${CARGO_TARGET_DIR:-$repo/target}/release/crosscheck"

# shellcheck source=benches/flight-corpus.sh
source "$repo/benches/flight-corpus.sh"
files=()
for day in "${days[@]}"; do
  flight_corpus "$day" >/dev/null || exit 2
  files+=("'$datasets/flight/claims/$day.tsv'")
done
list="$(IFS=,; echo "${files[*]}")"
query="SELECT column1, count(*) FROM read_csv([$list], delim='\t', header=false, all_varchar=true) GROUP BY column1"

crosscheck_days() {
  for day in "${days[@]}"; do
    "$bin" check "$work/flight-$day" --summary >/dev/null 2>&1 || [ $? -eq 1 ]
  done
}

duckdb_group_by() {
  python3 -c "import duckdb, sys; duckdb.sql(sys.argv[1]).fetchall()" "$query"
}

# Milliseconds a command takes, to the microsecond.
milliseconds() {
  local start end
  start="$(date +%s%N)"
  "$@"
  end="$(date +%s%N)"
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f\n", (e - s) / 1e6 }'
}

: >"$work/crosscheck.ms"
: >"$work/duckdb.ms"
for _ in $(seq "$runs"); do
  milliseconds crosscheck_days >>"$work/crosscheck.ms"
  milliseconds duckdb_group_by >>"$work/duckdb.ms"
done

summary() {
  sort -n "$2" | awk -v name="$1" '{ v[NR] = $1 } END {
    printf "%-42s best %7.1f ms   median %7.1f ms\n", name, v[1], v[int((NR + 1) / 2)] }'
}
echo "the three Flight days, $runs turns each:"
summary "crosscheck check --summary (three runs)" "$work/crosscheck.ms"
summary "DuckDB GROUP BY (one cold process)" "$work/duckdb.ms"

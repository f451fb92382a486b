#!/usr/bin/env bash
# One process against a two-worker Dask LocalCluster, side by side, on the same generated corpora.
#
# For each size, a JSON Lines corpus is generated and cut into files of $PART_LINES claims (the
# partitions Dask reads; one process reads the same folder). Then, one after the other:
#   - one process: `crosscheck check --summary` under `/usr/bin/time -v` (wall seconds, peak
#     memory), and for the sizes in $FULL_SIZES the full report (`--format csv`), whose groups
#     are counted and digested as a stream (benches/scale-dask.py csv);
#   - the cluster: benches/scale-dask.py cluster, a LocalCluster of $WORKERS worker processes with
#     one thread and $MEMORY_LIMIT each, running crosscheck.dask.judge_folder, each worker writing
#     its partitions' groups to Parquet: wall seconds, peak memory of the client process (which
#     holds the scheduler) and of each worker, and the same counts and digest.
# "equal" compares the cluster's groups by verdict and claims with the one-process full report
# (digest too) where there is one, else with the counts of `--summary` (groups by verdict, and
# claims in groups: all claims but those made by one source only).
#
#   benches/scale-dask.sh                              # 10^6 and 10^7 claims
#   SIZES=1000000 FULL_SIZES=1000000 benches/scale-dask.sh
#   BUILD=no SIZES=10000000 FULL_SIZES= benches/scale-dask.sh   # as built and installed before
#
# The package is built with maturin (release) into a virtual environment in Cargo's target
# folder, with python/requirements.txt. Corpora are kept in $WORK and reused when present.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
sizes="${SIZES-1000000 10000000}"
full_sizes="${FULL_SIZES-1000000}"
part_lines="${PART_LINES:-250000}"
workers="${WORKERS:-2}"
memory_limit="${MEMORY_LIMIT:-7GB}"
work="${WORK:-$(mktemp -d)}"
mkdir -p "$work"

cd "$repo"
target="$(realpath -m "${CARGO_TARGET_DIR:-target}")"
bin="$target/release/crosscheck"
generate="$target/release/examples/generate"
venv="$target/bench-venv"
# BUILD=no runs what an earlier run built and installed, as it is.
if [ "${BUILD:-yes}" != no ]; then
  cargo build --release --quiet --bin crosscheck --example generate
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r python/requirements.txt
  rm -rf "$target/bench-wheels"
  "$venv/bin/maturin" build --release --locked --quiet --manifest-path python/Cargo.toml \
    --interpreter "$venv/bin/python" --out "$target/bench-wheels"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps "$target/bench-wheels"/crosscheck-*.whl
fi
driver=("$venv/bin/python" "$repo/benches/scale-dask.py")

# Makes the corpus of $1 claims in $work/parts-$1: the generator's files cut into parts.
corpus_of() {
  local folder="$work/parts-$1"
  [ -f "$folder/entities.yaml" ] && return 0
  rm -rf "$work/generated-$1" "$folder"
  "$generate" --claims "$1" --format jsonl --conflicts 25 --out "$work/generated-$1" >/dev/null
  mkdir -p "$folder/bulk"
  cat "$work/generated-$1"/bulk/*.jsonl | split -l "$part_lines" -d -a 4 --additional-suffix=.jsonl - "$folder/bulk/part-"
  cp "$work/generated-$1/entities.yaml" "$folder/entities.yaml"
  rm -rf "$work/generated-$1"
}

# Wall seconds and peak MB of a `/usr/bin/time -v` log.
timing() {
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + t[i] }
    /Maximum resident set size/ { k = $2 }
    END { printf "%.2f %.0f\n", w, k / 1024 }' "$1"
}

# The value of key $1 in a line of key=value words ($2).
field() { tr ' ' '\n' <<<"$2" | sed -n "s/^$1=//p"; }

echo "one process against a LocalCluster of $workers workers (1 thread, $memory_limit each); $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) of memory, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-9s %-28s %9s %9s %18s %9s %11s %7s\n' claims run seconds "peak MB" "workers peak MB" groups conflicts equal
for n in $sizes; do
  corpus="$work/parts-$n"
  corpus_of "$n"
  files="$(find "$corpus/bulk" -name '*.jsonl' | wc -l)"

  /usr/bin/time -v "$bin" check "$corpus" --summary >"$work/summary-$n" 2>"$work/time-summary-$n" || true
  read -r seconds mb < <(timing "$work/time-summary-$n")
  summary="$(head -n1 "$work/summary-$n")"
  count() { grep -o "[0-9]* $1" <<<"$summary" | head -n1 | tr -dc 0-9 || true; }
  groups="$(count groups)"
  conflicts="$(count conflict)"
  # Claims in groups: every claim but those made by one source only.
  singles="$(count 'claims\? made by one source only')"
  in_groups="$(( $(count claims) - ${singles:-0} ))"
  printf '%-9s %-28s %9s %9s %18s %9s %11s %7s\n' "$n" "one process, --summary" "$seconds" "$mb" - "$groups" "$conflicts" -
  reference="groups=$groups conflict=$conflicts drift=$(count drift) tension=$(count tension) agree=$(count agree) claims=$in_groups"

  if [[ " $full_sizes " == *" $n "* ]]; then
    /usr/bin/time -v "$bin" check "$corpus" --format csv >"$work/report-$n.csv" 2>"$work/time-full-$n" || true
    read -r seconds mb < <(timing "$work/time-full-$n")
    reference="$("${driver[@]}" csv "$work/report-$n.csv")"
    rm -f "$work/report-$n.csv"
    printf '%-9s %-28s %9s %9s %18s %9s %11s %7s\n' "$n" "one process, full (csv)" "$seconds" "$mb" - \
      "$(field groups "$reference")" "$(field conflict "$reference")" -
  fi

  rm -rf "$work/groups-$n"
  line="$("${driver[@]}" cluster "$corpus" "$work/groups-$n" --workers "$workers" --memory-limit "$memory_limit" 2>"$work/cluster-$n.log")" || {
    echo "$n claims: the cluster run failed (see $work/cluster-$n.log)" >&2
    continue
  }
  equal=yes
  for key in groups conflict drift tension agree claims digest; do
    expected="$(field "$key" "$reference")"
    [ -z "$expected" ] || [ "$expected" = "$(field "$key" "$line")" ] || equal=no
  done
  printf '%-9s %-28s %9s %9s %18s %9s %11s %7s\n' "$n" "LocalCluster, $files files" "$(field seconds "$line")" \
    "$(field client_mb "$line")" "$(field workers_mb "$line")" "$(field groups "$line")" "$(field conflict "$line")" "$equal"
  echo "  one process: $reference"
  echo "  cluster:     $line"
done
echo "corpora in $work"

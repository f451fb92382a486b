#!/usr/bin/env bash
# Truth discovery on the Flight data set: every method scored against the gold values of each
# of the three shipped days (share of gold items whose estimate equals the gold value in
# normal form, and within 10 minutes), and the time of the release binary per method and day.
#
#   benches/truth.sh
#   DATASETS=/path/to/datasets benches/truth.sh   # where flight/{claims,truth}/DAY.tsv are
#   DAYS="20111201" benches/truth.sh
#
# Each day is its own corpus (benches/flight-corpus.sh); its gold corpus is the day's gold
# table with a first column `gold` added, read through the same mapping.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
datasets="${DATASETS:-$repo/../shared/datasets}"
days="${DAYS-20111201 20111202 20111203}"
work="${WORK:-$(mktemp -d)}"
mkdir -p "$work"
methods="majority truthfinder accu accucopy"

cd "$repo"
# shellcheck source=benches/flight-corpus.sh
source "$repo/benches/flight-corpus.sh"
cargo build --release --quiet --bin crosscheck
bin="$repo/target/release/crosscheck"

gold_corpus() {
  local day="$1" gold="$work/flight-truth-$1"
  mkdir -p "$gold/bulk"
  cp "$repo/tests/data/flight/entities.yaml" "$gold/"
  cp "$repo/tests/data/flight/bulk/mapping.yaml" "$gold/bulk/"
  grep -v '^[[:space:]]*$' "$datasets/flight/truth/$day.tsv" | sed 's/^/gold\t/' >"$gold/bulk/$day.tsv"
  echo "$gold"
}

declare -A items exact within seconds
printf '%-10s %-12s %6s %7s %7s %8s %8s\n' day method items exact "%" "10 min" seconds
for day in $days; do
  corpus="$(flight_corpus "$day")" || continue
  gold="$(gold_corpus "$day")"
  for method in $methods; do
    start="$(date +%s%N)"
    "$bin" evaluate "$corpus" --truth "$gold" --method "$method" --format json >"$work/$day-$method.json"
    end="$(date +%s%N)"
    read -r n e w < <(python3 -c 'import json,sys; a=json.load(open(sys.argv[1]))["methods"][0]["all"]; print(a["items"], a["exact"], a["within"])' "$work/$day-$method.json")
    s="$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", (e - s) / 1e9 }')"
    printf '%-10s %-12s %6d %7d %6.1f%% %7.1f%% %8s\n' "$day" "$method" "$n" "$e" "$(awk "BEGIN{print 100*$e/$n}")" "$(awk "BEGIN{print 100*$w/$n}")" "$s"
    items[$method]=$(( ${items[$method]:-0} + n ))
    exact[$method]=$(( ${exact[$method]:-0} + e ))
    within[$method]=$(( ${within[$method]:-0} + w ))
    seconds[$method]="$(awk -v a="${seconds[$method]:-0}" -v b="$s" 'BEGIN { print a + b }')"
  done
done
for method in $methods; do
  n="${items[$method]:-0}"
  [ "$n" -gt 0 ] || continue
  printf '%-10s %-12s %6d %7d %6.1f%% %7.1f%% %8s\n' all "$method" "$n" "${exact[$method]}" \
    "$(awk "BEGIN{print 100*${exact[$method]}/$n}")" "$(awk "BEGIN{print 100*${within[$method]}/$n}")" "${seconds[$method]}"
done
echo "seconds: load, group and estimate one day, end to end (release binary); corpora in $work"

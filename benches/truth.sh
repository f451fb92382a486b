#!/usr/bin/env bash
# Truth discovery on the Flight and Book data sets: every method scored against the gold values
# of each of the three shipped Flight days and of the 100 gold books (share of gold items whose
# estimate equals the gold value in normal form, and within 10 minutes), and the time of the
# release binary per method and day.
#
#   benches/truth.sh
#   DATASETS=/path/to/datasets benches/truth.sh   # where flight/{claims,truth}/DAY.tsv and
#                                                 # book/{claims,truth}.tsv are
#   DAYS="20111201" benches/truth.sh
#   BOOK=no benches/truth.sh                      # Flight only
#
# The Book corpus is the whole claims table read through tests/data/book's mapping (the author
# list as a set of people); its gold corpus is the gold table with a `gold` source column and
# an empty title column added.
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
bin="${CARGO_TARGET_DIR:-$repo/target}/release/crosscheck"

gold_corpus() {
  local day="$1" gold="$work/flight-truth-$1"
  mkdir -p "$gold/bulk"
  cp "$repo/tests/data/flight/entities.yaml" "$gold/"
  cp "$repo/tests/data/flight/bulk/mapping.yaml" "$gold/bulk/"
  grep -v '^[[:space:]]*$' "$datasets/flight/truth/$day.tsv" | sed 's/^/gold\t/' >"$gold/bulk/$day.tsv"
  echo "$gold"
}

book_corpora() {
  local corpus="$work/book" gold="$work/book-truth"
  mkdir -p "$corpus/bulk" "$gold/bulk"
  for folder in "$corpus" "$gold"; do
    cp "$repo/tests/data/book/entities.yaml" "$folder/"
    cp "$repo/tests/data/book/bulk/mapping.yaml" "$folder/bulk/"
  done
  cp "$datasets/book/claims.tsv" "$corpus/bulk/books.tsv"
  grep -v '^[[:space:]]*$' "$datasets/book/truth.tsv" | awk -F'\t' '{ print "gold\t" $1 "\t\t" $2 }' >"$gold/bulk/books.tsv"
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
if [ "${BOOK:-yes}" != no ] && [ -f "$datasets/book/claims.tsv" ]; then
  book_corpora
  for method in $methods; do
    start="$(date +%s%N)"
    "$bin" evaluate "$work/book" --truth "$work/book-truth" --method "$method" --format json >"$work/book-$method.json"
    end="$(date +%s%N)"
    read -r n e < <(python3 -c 'import json,sys; a=json.load(open(sys.argv[1]))["methods"][0]["all"]; print(a["items"], a["exact"])' "$work/book-$method.json")
    s="$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", (e - s) / 1e9 }')"
    printf '%-10s %-12s %6d %7d %6.1f%% %8s %8s\n' book "$method" "$n" "$e" "$(awk "BEGIN{print 100*$e/$n}")" - "$s"
  done
fi
echo "seconds: load, group and estimate one day (or the books), end to end (release binary); corpora in $work"

# Sourced by the bench scripts: a corpus of one Flight day, made from the full data set.
#
#   flight_corpus DAY  # needs $repo, $datasets, $work; prints the corpus folder, or fails
#                      # with a message when the day's file is not found

flight_corpus() {
  local day="$1" source corpus
  source="$datasets/flight/claims/$day.tsv"
  if [ ! -f "$source" ]; then
    echo "flight $day: $source not found (set DATASETS)" >&2
    return 1
  fi
  corpus="$work/flight-$day"
  mkdir -p "$corpus/bulk"
  cp "$repo/tests/data/flight/entities.yaml" "$corpus/"
  cp "$repo/tests/data/flight/bulk/mapping.yaml" "$corpus/bulk/"
  cp "$source" "$corpus/bulk/$day.tsv" # a link out of the corpus would be refused
  echo "$corpus"
}

#!/usr/bin/env bash
# The command-line extraction figure: one large text made of the development articles
# (tests/data/extract-dev/*/texts/*.txt) repeated to MB megabytes, two blank lines between
# copies, every non-blank line ending in a tag of its copy (` [qaab]`) so that the text is not
# all repeated lines (which extraction skips as page furniture), extracted by the release
# binary against a corpus's registry; prints the size, the seconds and the MB/s.
#
#   benches/extract-large.sh                              # 15 MB (texts are at most 16 MiB) against claims/
#   MB=100 CORPUS=tests/data/extract-dev/pelicot-trial BIN=path/to/crosscheck benches/extract-large.sh
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
mb="${MB:-15}"
corpus="${CORPUS:-$repo/claims}"
bin="${BIN:-${CARGO_TARGET_DIR:-$repo/target}/release/crosscheck}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

LC_ALL=C awk -v target="$((mb * 1024 * 1024))" '
    { lines[n++] = $0; if (FNR == 1) starts[files++] = n - 1 }
    END {
        starts[files] = n
        for (copy = 0; bytes < target; copy++) {
            tag = sprintf("%c%c%c", 97 + copy % 26, 97 + int(copy / 26) % 26, 97 + int(copy / 676) % 26)
            for (i = starts[copy % files]; i < starts[copy % files + 1]; i++) {
                line = lines[i] ~ /[^ \t]/ ? lines[i] " [q" tag "]" : lines[i]
                print line
                bytes += length(line) + 1
            }
            printf "\n\n\n"
            bytes += 3
        }
    }' "$repo"/tests/data/extract-dev/*/texts/*.txt >"$work/large.txt"

bytes="$(stat -c %s "$work/large.txt")"
start="$(date +%s.%N)"
"$bin" extract --corpus "$corpus" "$work/large.txt" >"$work/draft.yaml"
end="$(date +%s.%N)"
awk -v bytes="$bytes" -v start="$start" -v end="$end" -v claims="$(grep -c '^  - id:' "$work/draft.yaml" || true)" \
    'BEGIN { s = end - start; printf "%.1f MB, %d proposals, %.2f s, %.1f MB/s\n", bytes / 1e6, claims, s, bytes / 1e6 / s }'

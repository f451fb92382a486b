#!/usr/bin/env bash
# The script of the crosscheck GitHub Action (action.yml at the repository root), kept in a
# file so that it runs, and is tested, outside GitHub too (tests/cli/action.rs).
#
# Reads (environment):
#   CROSSCHECK      the crosscheck binary (default: crosscheck on PATH)
#   INPUT_CORPUS    the corpus folder, relative to the working folder (default: claims)
#   INPUT_BASE      the git revision to diff against (empty: no diff)
#   INPUT_FORMAT    the diff's format: markdown, table or json (default: markdown)
#   RUNNER_TEMP     where to write the diff (default: a temporary folder)
#   GITHUB_OUTPUT, GITHUB_STEP_SUMMARY   set by GitHub; skipped when unset
# Writes the outputs diff-file, diff-status and check-status, and the diff to the job summary.
# Exits 2 when the corpus or the revision cannot be read; otherwise 0, whatever the check
# found: the action fails on check-status after it has posted the diff.
set -euo pipefail

crosscheck=${CROSSCHECK:-crosscheck}
corpus=${INPUT_CORPUS:-claims}
base=${INPUT_BASE:-}
format=${INPUT_FORMAT:-markdown}
out_dir=${RUNNER_TEMP:-$(mktemp -d)}
diff_file="$out_dir/crosscheck-diff.${format/markdown/md}"

output() {
  if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "$1=$2" >> "$GITHUB_OUTPUT"; fi
}

diff_status=0
if [ -n "$base" ]; then
  "$crosscheck" diff --rev "$base" "$corpus" --format "$format" > "$diff_file" || diff_status=$?
  if [ "$diff_status" -gt 1 ]; then
    echo "crosscheck diff against $base failed (exit $diff_status)" >&2
    exit "$diff_status"
  fi
  cat "$diff_file"
  if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then cat "$diff_file" >> "$GITHUB_STEP_SUMMARY"; fi
else
  : > "$diff_file"
fi

check_status=0
"$crosscheck" check "$corpus" --summary || check_status=$?
if [ "$check_status" -gt 1 ]; then
  echo "crosscheck check could not read the corpus $corpus (exit $check_status)" >&2
  exit "$check_status"
fi

output diff-file "$diff_file"
output diff-status "$diff_status"
output check-status "$check_status"

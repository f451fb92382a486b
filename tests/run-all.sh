#!/usr/bin/env bash
# Every test of the repository: the Rust tests (`cargo test`), then the Python package's
# (pytest, Dask equivalence on a two-worker LocalCluster included). The Python part makes a
# fresh virtual environment in python-venv of Cargo's target folder ($CARGO_TARGET_DIR, else
# target), installs python/requirements.txt (pinned), builds the wheel with maturin (a debug
# build: the tests need no optimised library) into python-wheels beside it and installs it,
# command-line tool included.
#
#   bash tests/run-all.sh                 # everything
#   PYTHON=python3.12 bash tests/run-all.sh
#   SKIP_CARGO=1 bash tests/run-all.sh    # the Python tests only
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${SKIP_CARGO:-}" ]; then
  cargo test --locked
fi

python="${PYTHON:-python3}"
target="$(realpath -m "${CARGO_TARGET_DIR:-target}")"
venv="$target/python-venv"
wheels="$target/python-wheels"
"$python" -m venv --clear "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r python/requirements.txt
rm -rf "$wheels"
"$venv/bin/maturin" build --locked --quiet --manifest-path python/Cargo.toml --interpreter "$venv/bin/python" --out "$wheels"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps "$wheels"/crosscheck-*.whl
# The tests import the installed package, never python/crosscheck/ beside them.
cd python/tests
PATH="$venv/bin:$PATH" "$venv/bin/python" -m pytest -q -p no:cacheprovider "$@"

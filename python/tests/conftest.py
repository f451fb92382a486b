"""Shared fixtures: the repository's paths, the generator of synthetic corpora, and a local
Dask cluster of two worker processes."""

import json
import os
import subprocess
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[2]


def sorted_groups(frame: pd.DataFrame) -> pd.DataFrame:
    """Groups in one order, every column as objects: frames from one process and from Dask
    compare cell by cell."""
    frame = frame.astype(object).where(frame.notna(), None)
    keys = ["subject", "property", "derivation", "claims"]
    return frame.sort_values(keys, key=lambda column: column.astype(str)).reset_index(drop=True)


@pytest.fixture(scope="session")
def generate() -> Path:
    """The corpus generator (examples/generate.rs), built when missing."""
    built = os.environ.get("CROSSCHECK_GENERATE")
    if built:
        return Path(built)
    subprocess.run(["cargo", "build", "--quiet", "--example", "generate"], cwd=ROOT, check=True)
    return target_dir() / "debug" / "examples" / "generate"


def target_dir() -> Path:
    """Cargo's target folder for this repository: $CARGO_TARGET_DIR, a configured one, or
    target/ (as cargo itself resolves it)."""
    metadata = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--no-deps", "--offline"],
        cwd=ROOT, check=True, capture_output=True, text=True,
    )
    return Path(json.loads(metadata.stdout)["target_directory"])


@pytest.fixture(scope="session")
def client():
    """A LocalCluster of two worker processes, one thread each."""
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as connected:
            yield connected

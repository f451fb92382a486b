"""Corpora past one machine, on Dask (``dask.distributed``).

Claims are partitioned by subject (a derived check needs every property of a subject in one
place): each spelling of a subject is keyed by the entity it names in the corpus's registry,
else by its matching key, the claims are shuffled on that key, and each partition is judged
by the library, with the corpus's registry, property catalogue and reviewed decisions sent
along. The groups come back as a Dask DataFrame with the columns of :func:`crosscheck.judge`,
the same rows as one process gives (see README.md, "Python and Dask").

>>> from dask.distributed import Client
>>> from crosscheck.dask import judge_folder
>>> client = Client("tcp://scheduler:8786")        # or LocalCluster(n_workers=2)
>>> groups = judge_folder("corpus").compute()
"""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path
from typing import Dict, List, Optional

import dask
import dask.dataframe as dd
import pandas as pd

from . import CLAIM_FIELDS, GROUP_COLUMNS, CrosscheckError, Diagnostic, PathLike, _native, corpus_files, judge_lines
from . import records_lines, write_corpus

#: The column the claims are shuffled on.
KEY = "_crosscheck_subject_key"

#: The column that keeps the order of the claims in their files (file, then line): the library
#: reads a partition's claims in that order, as one process reads the folder's, so that every
#: reason names the same pair of claims.
ORDER = "_crosscheck_order"

#: Lines a file may have in :data:`ORDER` before the next file's.
FILE_STRIDE = 10**12

#: The kinds of claim files read from a folder, by suffix.
SUFFIXES = (".jsonl", ".parquet")


def claim_files(folder: PathLike) -> List[Path]:
    """The JSON Lines and Parquet files of ``folder/bulk`` (else of ``folder``), sorted."""
    root = Path(folder)
    bulk = root / "bulk" if (root / "bulk").is_dir() else root
    files = sorted(path for path in bulk.iterdir() if path.suffix in SUFFIXES and path.is_file())
    if not files:
        raise CrosscheckError([Diagnostic(str(bulk), None, None, "error", "no-claims", "no .jsonl or .parquet files of claims here")])
    return files


def read_claims(folder: PathLike) -> dd.DataFrame:
    """The claims of the JSON Lines and Parquet files of a folder (its ``bulk/`` subfolder if
    it has one), one partition a file, with the bulk fields as columns. A claim without an id
    gets the id the library gives it: ``<file stem>-<line>`` (Parquet: ``<file stem>-<row>``,
    rows counted from 1), so ids are those of a one-process check of the folder."""
    parts = [dask.delayed(read_claim_file)(str(path), index) for index, path in enumerate(claim_files(folder))]
    meta = _empty(list(CLAIM_FIELDS)).assign(**{ORDER: pd.Series([], dtype="int64")})
    return dd.from_delayed(parts, meta=meta, verify_meta=False)


def read_claim_file(path: str, index: int = 0) -> pd.DataFrame:
    """One claim file (the ``index``-th of its folder) as a frame of the bulk fields, ids
    filled in as the library makes them, with the :data:`ORDER` of each claim.

    JSON Lines are read by pandas in one pass; a file that pandas cannot read exactly (bad
    JSON, or values that are all numbers, which pandas would make floats) is read line by
    line, so that values stay as written and bad lines get their line and column."""
    stem = Path(path).stem
    if path.endswith(".parquet"):
        frame = pd.read_parquet(path)
        lines = range(1, len(frame) + 1)
    else:
        frame, lines = _read_json_lines(path)
    frame = frame.reindex(columns=list(CLAIM_FIELDS)).astype(object)
    frame = frame.where(frame.notna(), None).reset_index(drop=True)
    line_numbers = pd.Series(lines, dtype="int64")
    missing = frame["id"].isna()
    if missing.any():
        frame.loc[missing, "id"] = stem + "-" + line_numbers[missing].astype(str)
    return frame.assign(**{ORDER: index * FILE_STRIDE + line_numbers})


def _read_json_lines(path: str):
    """The claims of a JSON Lines file as a frame, and the line of each (blank lines skipped)."""
    with open(path, encoding="utf-8") as file:
        text = file.read()
    lines = [number for number, line in enumerate(text.split("\n"), start=1) if line.strip()]
    if not lines:
        return pd.DataFrame(columns=list(CLAIM_FIELDS)), lines
    try:
        frame = pd.read_json(io.StringIO(text), lines=True, dtype=False, precise_float=True)
    except ValueError:
        frame = None
    if frame is None or len(frame) != len(lines) or "value" not in frame or frame["value"].dtype.kind == "f":
        numbered = list(_json_lines(path))
        lines = [line for line, _ in numbered]
        frame = pd.DataFrame([row for _, row in numbered], dtype=object)
    return frame, lines


def _json_lines(path: str):
    """Each claim of a JSON Lines file with its line, blank lines skipped; bad JSON raises
    with its line and column."""
    with open(path, encoding="utf-8") as lines:
        for line, text in enumerate(lines, start=1):
            if not text.strip():
                continue
            try:
                yield line, json.loads(text)
            except json.JSONDecodeError as error:
                raise CrosscheckError(
                    [Diagnostic(path, line, error.colno, "error", "invalid-json", f"not a JSON object: {error.msg}")]
                ) from None


def judge_claims(claims: dd.DataFrame, *, corpus: Optional[PathLike] = None, npartitions: Optional[int] = None) -> dd.DataFrame:
    """Judges Dask claims (the bulk fields as columns, ids given): shuffled by subject, each
    partition judged by the library with the registry, catalogue and decisions of the corpus
    folder ``corpus`` (else an open registry and the built-in catalogue). One row a group."""
    files = corpus_files(corpus) if corpus is not None else {}
    keys = claims.map_partitions(partition_keys, files, meta=(KEY, object))
    keyed = claims.assign(**{KEY: keys})
    shuffled = keyed.shuffle(on=KEY, npartitions=npartitions or claims.npartitions)
    return shuffled.map_partitions(judge_partition, files, meta=_empty(GROUP_COLUMNS))


def judge_folder(folder: PathLike, *, npartitions: Optional[int] = None) -> dd.DataFrame:
    """Judges the claim files of a corpus folder (see :func:`read_claims`) with its registry,
    catalogue and decisions: the groups of ``crosscheck check FOLDER``, as a Dask DataFrame."""
    return judge_claims(read_claims(folder), corpus=folder, npartitions=npartitions)


def partition_keys(claims: pd.DataFrame, files: Dict[str, bytes]) -> pd.Series:
    """The subject key of each claim: the entity its subject names, else its matching key."""
    subjects = [str(subject) for subject in claims["subject"]]
    with tempfile.TemporaryDirectory(prefix="crosscheck-") as scratch:
        write_corpus(Path(scratch), files, [])
        keys, found = _native.subject_keys(scratch, subjects)
    if keys is None:
        raise CrosscheckError([Diagnostic(*one) for one in found])
    return pd.Series(keys, index=claims.index, name=KEY, dtype=object)


def judge_partition(claims: pd.DataFrame, files: Dict[str, bytes]) -> pd.DataFrame:
    """The groups of one partition of claims, judged by the library (in the order of their
    files when they were read by :func:`read_claims`): the partition goes to the library as
    JSON Lines and one row a group comes back."""
    if claims.empty:
        return _empty(GROUP_COLUMNS)
    if ORDER in claims.columns:
        claims = claims.sort_values(ORDER, kind="stable")
    fields = claims[[name for name in CLAIM_FIELDS if name in claims.columns]]
    if _plain_columns(fields):
        text = fields.to_json(orient="records", lines=True, force_ascii=False)
        lines = [text]
    else:
        lines = records_lines(fields)
    with tempfile.TemporaryDirectory(prefix="crosscheck-") as scratch:
        for name, contents in files.items():
            (Path(scratch) / name).write_bytes(contents)
        return judge_lines(lines, corpus=scratch).astype(object)


def _plain_columns(frame: pd.DataFrame) -> bool:
    """Whether pandas writes every cell of ``frame`` as JSON exactly: texts, integers,
    booleans and missing values only (it would round floats and rewrite dates)."""
    for name in frame.columns:
        column = frame[name]
        if column.dtype.kind in "biu" or isinstance(column.dtype, pd.StringDtype):
            continue
        if column.dtype != object or not set(map(type, column)) <= {str, int, bool, type(None)}:
            return False
    return True


def _empty(columns: List[str]) -> pd.DataFrame:
    return pd.DataFrame({column: pd.Series([], dtype=object) for column in columns})


__all__ = [
    "claim_files",
    "judge_claims",
    "judge_folder",
    "judge_partition",
    "partition_keys",
    "read_claim_file",
    "read_claims",
]


"""crosscheck: a claim-conflict detector for multi-source reporting, for Python.

The same Rust library as the ``crosscheck`` command line, called in process:

>>> import crosscheck
>>> report = crosscheck.check("claims")            # a corpus folder
>>> report.to_pandas()                             # one row a group, with its verdict
>>> crosscheck.judge(frame)                        # claims as a DataFrame: the groups judged

Bad input raises :class:`CrosscheckError`, whose ``diagnostics`` list every problem with its
file, line and column. Corpora past one machine: :mod:`crosscheck.dask`.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import math
import os
import tempfile
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple, Union

import pandas as pd

from . import _native
from .report import (
    CLAIM_COLUMNS,
    GROUP_COLUMNS,
    Claim,
    CrosscheckError,
    Diagnostic,
    Finding,
    Group,
    Report,
    Source,
)

__all__ = [
    "CLAIM_COLUMNS",
    "CLAIM_FIELDS",
    "GROUP_COLUMNS",
    "Claim",
    "CrosscheckError",
    "Diagnostic",
    "Finding",
    "Group",
    "Report",
    "Source",
    "check",
    "judge",
    "judge_lines",
    "judge_report",
]

#: The fields of a bulk JSON Lines claim (README.md, "Bulk claims"): the first five are required.
CLAIM_FIELDS = (
    "source",
    "subject",
    "property",
    "value",
    "as_of",
    "id",
    "scope",
    "hedge",
    "attribution",
    "origin",
    "quote",
    "note",
)

#: The files of a corpus folder that apply to claims judged from elsewhere: the registry, the
#: property catalogue and the reviewed decisions.
CORPUS_FILES = ("entities.yaml", "properties.yaml", "reviewed.yaml")

#: The bulk file claims given as records are written to, and how diagnostics name it.
RECORDS_FILE = "bulk/claims.jsonl"
RECORDS_NAME = "<claims>"

PathLike = Union[str, "os.PathLike[str]"]
Records = Union[pd.DataFrame, Iterable[Mapping[str, Any]]]


def check(corpus: PathLike = "claims", *, strict: bool = False, decisions: Optional[PathLike] = None) -> Report:
    """Checks the corpus folder ``corpus`` as ``crosscheck check CORPUS --format json`` does.

    Reviewed decisions are read from the file ``decisions``, else from ``CORPUS/reviewed.yaml`` when
    there is one. Bad bulk rows are left out and listed in ``Report.warnings``; with
    ``strict=True`` they raise. Raises :class:`CrosscheckError` on bad input."""
    text, found = _native.check_json(os.fspath(corpus), strict, None if decisions is None else os.fspath(decisions))
    diagnostics = [Diagnostic(*one) for one in found]
    if text is None:
        raise CrosscheckError(diagnostics)
    return Report.from_json(json.loads(text), diagnostics)


def judge_report(claims: Records, *, corpus: Optional[PathLike] = None, strict: bool = False) -> Report:
    """Judges claims given as records (a DataFrame, or any iterable of dicts) with the fields
    of a bulk JSON Lines claim (:data:`CLAIM_FIELDS`), and returns the report.

    The subjects, properties and decisions are those of the corpus folder ``corpus``
    (``entities.yaml``, ``properties.yaml``, ``reviewed.yaml``); without one the registry is
    open (every subject named is made) and the properties are the built-in catalogue. A claim
    without an id gets ``claims-<row>`` (rows counted from 1). Diagnostics name the records
    ``<claims>``, at line ``row``."""
    report, warnings = _judged(claims, corpus, strict)
    return Report.from_json(report, warnings)


def judge(claims: Records, *, corpus: Optional[PathLike] = None, strict: bool = False) -> pd.DataFrame:
    """Judges claims given as records and returns the groups as a DataFrame, one row a group
    (:data:`GROUP_COLUMNS`): see :func:`judge_report` for the arguments."""
    return judge_lines(records_lines(claims), corpus=corpus, strict=strict)


def judge_lines(lines: Iterable[str], *, corpus: Optional[PathLike] = None, strict: bool = False) -> pd.DataFrame:
    """Judges claims given as JSON Lines text, one claim a line (an iterable of lines, or of
    blocks of whole lines), as :func:`judge` does: the library makes one row a group, and
    nothing else of the report comes back to Python."""
    with tempfile.TemporaryDirectory(prefix="crosscheck-") as scratch:
        files = corpus_files(corpus) if corpus is not None else {}
        write_corpus(Path(scratch), files, lines)
        rows, found = _native.judge_rows(scratch, strict, None)
        if rows is None:
            raise CrosscheckError([_renamed(Diagnostic(*one), scratch, corpus) for one in found])
    return pd.DataFrame.from_records(rows, columns=GROUP_COLUMNS)


def _judged(claims: Records, corpus: Optional[PathLike], strict: bool) -> Tuple[Dict[str, Any], List[Diagnostic]]:
    """The JSON report of claims given as records, and its warnings naming what the caller gave."""
    with tempfile.TemporaryDirectory(prefix="crosscheck-") as scratch:
        files = corpus_files(corpus) if corpus is not None else {}
        write_corpus(Path(scratch), files, records_lines(claims))
        text, found = _native.check_json(scratch, strict, None)
        diagnostics = [_renamed(Diagnostic(*one), scratch, corpus) for one in found]
        if text is None:
            raise CrosscheckError(diagnostics)
        return json.loads(text), diagnostics


def corpus_files(corpus: PathLike) -> Dict[str, bytes]:
    """The registry, catalogue and decisions of a corpus folder (those it has), by file name."""
    root = Path(corpus)
    return {name: (root / name).read_bytes() for name in CORPUS_FILES if (root / name).is_file()}


def write_corpus(folder: Path, files: Mapping[str, bytes], lines: Iterable[str]) -> None:
    """Writes a corpus folder: the given files (else an open registry) and the claims as
    JSON Lines in :data:`RECORDS_FILE`."""
    for name, contents in files.items():
        (folder / name).write_bytes(contents)
    if "entities.yaml" not in files:
        (folder / "entities.yaml").write_text("open: true\n", encoding="utf-8")
    (folder / "bulk").mkdir()
    with open(folder / RECORDS_FILE, "w", encoding="utf-8") as out:
        for line in lines:
            out.write(line)
            if not line.endswith("\n"):
                out.write("\n")


def records_lines(claims: Records) -> Iterable[str]:
    """Each record as one JSON Lines claim: missing values (None, NaN) left out, numpy and
    pandas values as plain JSON."""
    records = claims.to_dict("records") if isinstance(claims, pd.DataFrame) else claims
    for record in records:
        fields = {}
        for key, value in record.items():
            plain = _plain(value)
            if plain is not None and not str(key).startswith("_crosscheck"):
                fields[str(key)] = plain
        yield json.dumps(fields, ensure_ascii=False)


def _plain(value: Any) -> Any:
    """A value as JSON can write it, or None when it is missing."""
    if type(value) in (str, int, bool):
        return value
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NaT or value is pd.NA:
        return None
    if isinstance(value, (pd.Timestamp, datetime.datetime)):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if hasattr(value, "tolist"):  # numpy scalars and arrays (list columns of Parquet)
        return _plain(value.tolist())
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value


def _renamed(diagnostic: Diagnostic, scratch: str, corpus: Optional[PathLike]) -> Diagnostic:
    """A diagnostic of the scratch corpus, naming what the caller gave instead."""
    name = diagnostic.file
    for prefix in (scratch + os.sep, scratch):
        if name.startswith(prefix):
            name = name[len(prefix):]
    if name == RECORDS_FILE:
        name = RECORDS_NAME
    elif corpus is not None and name in CORPUS_FILES:
        name = os.path.join(os.fspath(corpus), name)
    return Diagnostic(name, diagnostic.line, diagnostic.column, diagnostic.severity, diagnostic.code, diagnostic.message, diagnostic.help)


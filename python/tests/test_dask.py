"""Dask: claims partitioned by subject and judged on a LocalCluster of two worker processes
give exactly the groups of one process (same groups, verdicts, ids, reviews)."""

import json
import subprocess

import pandas as pd
import pytest

import crosscheck
from conftest import ROOT, sorted_groups

dask_frames = pytest.importorskip("crosscheck.dask")

FLIGHT_PROPERTIES = """\
properties:
  - { id: scheduled-departure, name: scheduled departure, type: time, changes_over_time: false }
  - { id: actual-departure, name: actual departure, type: time, changes_over_time: false }
  - { id: departure-gate, name: departure gate, type: code, changes_over_time: false }
  - { id: scheduled-arrival, name: scheduled arrival, type: time, changes_over_time: false }
  - { id: actual-arrival, name: actual arrival, type: time, changes_over_time: false }
  - { id: arrival-gate, name: arrival gate, type: code, changes_over_time: false }
"""


@pytest.fixture(scope="module")
def flight_jsonl(tmp_path_factory):
    """The Flight slice (tests/data/flight) as a JSON Lines corpus: every claim of its report,
    with its source, flight, value as written, date and id (hyphens for the underscores of
    the column names the table's made-up ids hold: a given id must be a valid id), in two files."""
    report = crosscheck.check(ROOT / "tests" / "data" / "flight")
    rows = [
        {"source": claim.source, "subject": group.subject_name, "property": group.property,
         "value": claim.value, "as_of": claim.as_of, "id": claim.id.replace("_", "-")}
        for group in report.groups
        for claim in group.claims
    ]
    folder = tmp_path_factory.mktemp("flight-jsonl")
    (folder / "entities.yaml").write_text("open: true\n")
    (folder / "properties.yaml").write_text(FLIGHT_PROPERTIES)
    (folder / "bulk").mkdir()
    half = len(rows) // 2
    for name, part in (("first", rows[:half]), ("second", rows[half:])):
        (folder / "bulk" / f"{name}.jsonl").write_text("".join(json.dumps(row) + "\n" for row in part))
    return folder, report


def test_the_flight_slice_as_json_lines_is_the_same_corpus(flight_jsonl):
    folder, original = flight_jsonl
    converted = crosscheck.check(folder)
    columns = ["subject", "property", "verdict", "rule", "independent_origins"]
    assert len(converted.groups) == len(original.groups) == 36
    ordered = [frame.to_pandas()[columns].sort_values(["subject", "property"]).reset_index(drop=True)
               for frame in (converted, original)]
    pd.testing.assert_frame_equal(*ordered)


def test_dask_judges_a_flight_day_as_one_process_does(client, flight_jsonl):
    folder, _ = flight_jsonl
    single = crosscheck.check(folder).to_pandas()
    distributed = dask_frames.judge_folder(folder, npartitions=4)
    assert distributed.npartitions == 4
    computed = distributed.compute()
    assert (single["verdict"] == "conflict").sum() == 28
    pd.testing.assert_frame_equal(sorted_groups(computed), sorted_groups(single))


@pytest.fixture(scope="module")
def generated(tmp_path_factory, generate):
    """A generated corpus of 20,000 JSON Lines claims with 40 injected conflicts; its
    registry names subjects by aliases (`Subj. 7` is `Subject 7`)."""
    folder = tmp_path_factory.mktemp("generated") / "corpus"
    subprocess.run(
        [str(generate), "--claims", "20000", "--format", "jsonl", "--conflicts", "40", "--out", str(folder)],
        check=True, capture_output=True,
    )
    return folder


def test_dask_judges_a_generated_corpus_as_one_process_does(client, generated):
    single = crosscheck.check(generated).to_pandas()
    computed = dask_frames.judge_folder(generated, npartitions=6).compute()
    assert len(single) > 100 and (single["verdict"] == "conflict").any()
    pd.testing.assert_frame_equal(sorted_groups(computed), sorted_groups(single))


def test_dask_reads_parquet_partitions_alike(client, generated, tmp_path):
    claims = dask_frames.read_claims(generated).compute()
    assert claims["id"].notna().all()
    (tmp_path / "bulk").mkdir()
    (tmp_path / "entities.yaml").write_bytes((generated / "entities.yaml").read_bytes())
    # Values are strings, numbers and lists: one Parquet column holds them as JSON text.
    values_as_text = claims.drop(columns=dask_frames.ORDER).assign(value=claims["value"].map(json.dumps))
    third = len(values_as_text) // 3 + 1
    for part in range(3):
        rows = values_as_text.iloc[part * third:(part + 1) * third]
        rows.to_parquet(tmp_path / "bulk" / f"part-{part}.parquet")
    read = dask_frames.read_claims(tmp_path)
    assert read.npartitions == 3
    decoded = read.assign(value=read["value"].map(json.loads, meta=("value", object)))
    computed = dask_frames.judge_claims(decoded, corpus=tmp_path, npartitions=4).compute()
    single = crosscheck.check(generated).to_pandas()
    pd.testing.assert_frame_equal(sorted_groups(computed), sorted_groups(single))


def test_claim_files_keep_values_as_written_and_number_lines_as_the_library_does(client, tmp_path):
    # Every value of the first file is a number: pandas alone would make 1200 a float.
    (tmp_path / "entities.yaml").write_text("open: true\n")
    (tmp_path / "bulk").mkdir()
    (tmp_path / "bulk" / "numbers.jsonl").write_text(
        '{"source": "Harbour Gazette", "subject": "Quarry Guard", "property": "fighter-count", "value": 1200, "as_of": "2025-11-02"}\n'
        "\n"
        '{"source": "Valley Post", "subject": "Quarry Guard", "property": "fighter-count", "value": 1200.5, "as_of": "2025-11-03"}\n'
        '{"source": "Ridge Herald", "subject": "Quarry Guard", "property": "fighter-count", "value": 3400, "id": "rh-9", "as_of": "2025-11-01"}\n'
    )
    (tmp_path / "bulk" / "words.jsonl").write_text(
        '{"source": "Harbour Gazette", "subject": "Quarry Guard", "property": "age", "value": "aged 61", "as_of": "2025-11-02"}\n'
        '{"source": "Valley Post", "subject": "quarry guard", "property": "age", "value": 67, "hedge": "reportedly", "as_of": "2025-11-03"}\n'
        '{"source": "Ridge Herald", "subject": "Mill Watch", "property": "founded", "value": "March 2004", "as_of": "2025-11-01"}\n'
        '{"source": "Valley Post", "subject": "Mill Watch", "property": "founded", "value": "2004-03-17", "as_of": "2025-11-02"}\n'
    )
    numbers = dask_frames.read_claim_file(str(tmp_path / "bulk" / "numbers.jsonl"))
    assert [type(value) for value in numbers["value"]] == [int, float, int]
    assert list(numbers["id"]) == ["numbers-1", "numbers-3", "rh-9"]
    assert list(numbers[dask_frames.ORDER]) == [1, 3, 4]
    words = dask_frames.read_claim_file(str(tmp_path / "bulk" / "words.jsonl"), 1)
    assert words["hedge"].tolist() == [None, "reportedly", None, None]
    assert list(words["value"]) == ["aged 61", 67, "March 2004", "2004-03-17"]
    single = crosscheck.check(tmp_path).to_pandas()
    computed = dask_frames.judge_folder(tmp_path, npartitions=3).compute()
    assert len(single) == 3 and (single["verdict"] == "conflict").any()
    pd.testing.assert_frame_equal(sorted_groups(computed), sorted_groups(single))

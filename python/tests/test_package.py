"""The package: the report of a corpus folder as objects and frames, claims judged from
records, one exception type for bad input, and the command line installed with it."""

import json
import shutil
import subprocess

import pandas as pd
import pytest

import crosscheck
from conftest import ROOT

VERDICTS = {"agree", "tension", "drift", "conflict"}


def test_check_reads_the_report_the_command_line_writes():
    report = crosscheck.check(ROOT / "claims")
    written = subprocess.run(
        [shutil.which("crosscheck"), "check", "claims", "--format", "json"], cwd=ROOT, capture_output=True, check=False
    )
    assert written.returncode == 0, written.stderr
    from_cli = json.loads(written.stdout)
    assert report.summary == from_cli["summary"]
    assert [group.id for group in report.groups] == [group.get("id") for group in from_cli["groups"]]
    assert [group.verdict for group in report.groups] == [group["verdict"] for group in from_cli["groups"]]
    assert [source.id for source in report.sources] == [source["id"] for source in from_cli["sources"]]


def test_the_report_as_objects_and_frames():
    report = crosscheck.check(ROOT / "claims")
    groups = report.to_pandas()
    assert list(groups.columns) == crosscheck.GROUP_COLUMNS
    assert len(groups) == report.summary["groups"] > 0
    assert set(groups["verdict"]) <= VERDICTS
    conflicts = [group for group in report.groups if group.verdict == "conflict"]
    assert conflicts, "the shipped corpus has reviewed conflicts"
    assert all(group.rule and group.reason and group.id for group in conflicts)
    assert all(group.review == "reviewed" for group in conflicts)
    claims = report.claims_frame()
    assert len(claims) == sum(len(group.claims) for group in report.groups)
    assert set(report.sources_frame()["id"]) == {source.id for source in report.sources}


def test_the_flight_slice_has_the_counts_the_readme_gives():
    report = crosscheck.check(ROOT / "tests" / "data" / "flight")
    assert report.summary["differences"] == {"in_value": 28, "in_form_only": 5, "none": 3}
    assert {warning.code for warning in report.warnings} == {"not-utf8", "invalid-value"}
    assert all(warning.file.endswith("20111201.tsv") and warning.line for warning in report.warnings)


CLAIMS = [
    {"source": "Wire Desk", "subject": "Camp North", "property": "fighter-count", "value": "about 200", "as_of": "2025-10-22"},
    {"source": "Daily Post", "subject": "camp north", "property": "fighter-count", "value": 900, "as_of": "2025-10-22"},
    {"source": "Wire Desk", "subject": "Camp South", "property": "fighter-count", "value": "about 50", "as_of": "2025-10-22"},
    {"source": "Daily Post", "subject": "Camp South", "property": "fighter-count", "value": "52", "as_of": "2025-10-23"},
]


def test_judge_takes_a_data_frame_and_gives_the_groups():
    groups = crosscheck.judge(pd.DataFrame(CLAIMS)).set_index("subject")
    assert groups.loc["camp-north", "verdict"] == "conflict"
    assert groups.loc["camp-north", "rule"]
    assert groups.loc["camp-north", "claims"] == "daily-post/claims-2 wire-desk/claims-1"
    assert groups.loc["camp-south", "verdict"] == "agree"


def test_judge_gives_the_rows_the_report_gives():
    rows = crosscheck.judge(CLAIMS)
    report = crosscheck.judge_report(CLAIMS).to_pandas()
    assert len(rows) == 2
    pd.testing.assert_frame_equal(rows.astype(object), report.astype(object))


def test_judge_takes_any_iterable_of_dicts_alike():
    from_frame = crosscheck.judge(pd.DataFrame(CLAIMS))
    from_dicts = crosscheck.judge(iter(CLAIMS))
    pd.testing.assert_frame_equal(from_frame, from_dicts)


def test_bad_records_raise_one_error_with_every_problem():
    bad = [
        {"source": "Wire Desk", "subject": "Camp North", "property": "fighter-count", "value": "many", "as_of": "2025-10-22"},
        CLAIMS[1],
        {"source": "Wire Desk", "subject": "Camp North", "property": "no-such-property", "value": "3", "as_of": "2025-10-22"},
    ]
    with pytest.raises(crosscheck.CrosscheckError) as raised:
        crosscheck.judge(bad, strict=True)
    diagnostics = raised.value.diagnostics
    assert [(d.file, d.line) for d in diagnostics] == [("<claims>", 1), ("<claims>", 3)]
    assert all(d.message and d.severity == "error" for d in diagnostics)
    assert "<claims>:1" in str(raised.value)


def test_without_strict_bad_records_are_left_out_and_listed():
    bad = [{"source": "Wire Desk", "subject": "Camp North", "property": "fighter-count", "value": "many", "as_of": "2025-10-22"}]
    report = crosscheck.judge_report(bad + CLAIMS)
    assert [(w.file, w.line, w.severity) for w in report.warnings] == [("<claims>", 1, "warning")]
    assert report.summary["claims"] == len(CLAIMS)


def test_a_missing_corpus_raises_with_where_it_looked(tmp_path):
    with pytest.raises(crosscheck.CrosscheckError) as raised:
        crosscheck.check(tmp_path / "nowhere")
    assert [d.code for d in raised.value.diagnostics] == ["not-a-corpus"]


def test_the_command_line_is_installed_with_the_package(tmp_path):
    ran = subprocess.run([shutil.which("crosscheck"), "check", str(tmp_path / "nowhere")], capture_output=True, text=True)
    assert ran.returncode == 2
    assert "not a corpus folder" in ran.stderr


def test_the_example_notebook_runs():
    ran = subprocess.run([shutil.which("python"), "examples/python/tour.py"], cwd=ROOT, capture_output=True, text=True)
    assert ran.returncode == 0, ran.stderr
    lines = [" ".join(line.split()) for line in ran.stdout.splitlines()]
    assert lines.count("camp-north fighter-count conflict disjoint-intervals") == 2
    assert "<claims> 1 invalid-date - no as-of date" in lines
    assert "the same as one process: True" in lines

#!/usr/bin/env python3
"""Scores crosscheck's value grammar on a peer project's public English test cases.

    benches/peer-suite.py [BIN] [--list]

The cases are `benches/peer/cases.tsv`: spans taken from Microsoft Recognizers-Text's
English specification files (MIT licence; see `benches/peer/NOTICE`), each with the peer's
resolution. Nothing is downloaded. Each span is read as one bulk claim of a temporary corpus
(numbers and ranges as numbers, percentages, ages and durations as their types, date periods
as dates read on the peer's reference day), and the JSON report gives each reading.

Two shares per model and overall: *read* (crosscheck reads the span instead of refusing it)
and *as the peer* (the reading agrees with the peer's: the same number; a range with the same
ends, open or closed alike; an age whose birth window holds the peer's age; a duration whose
interval holds the peer's length; a date range equal to one of the peer's readings, its end
taken as inclusive or exclusive). `--list` prints every case with its reading.
"""
import datetime
import json
import math
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"number": "number", "numberrange": "number", "percent": "percentage", "age": "age",
         "duration": "duration", "dateperiod": "date"}
AS_OF = {"dateperiod": "2016-11-07"}
AGE_DAY = datetime.date(2025, 3, 14)
ANCHORS = {"number": "7", "percentage": "7%", "age": "7", "duration": "7 days", "date": "1900"}


def cases():
    """The peer's cases: (model, text, resolution)."""
    path = os.path.join(HERE, "peer", "cases.tsv")
    with open(path, encoding="utf-8") as f:
        return [tuple(line.rstrip("\n").split("\t")) for line in f
                if line.strip() and not line.startswith("#")]


def read_all(rows, binary):
    """How the binary reads each case: its normal form, or None when it refuses."""
    with tempfile.TemporaryDirectory() as corpus:
        os.mkdir(os.path.join(corpus, "bulk"))
        with open(os.path.join(corpus, "entities.yaml"), "w") as f:
            f.write("open: true\nentities: []\n")
        with open(os.path.join(corpus, "properties.yaml"), "w") as f:
            f.write("properties:\n")
            for kind in ANCHORS:
                f.write(f"  - {{ id: p-{kind}, name: a {kind}, type: {kind} }}\n")
            f.write("scopes: []\n")
        with open(os.path.join(corpus, "bulk", "x.jsonl"), "w") as f:
            for i, (model, text, _) in enumerate(rows):
                f.write(json.dumps({"source": f"S{i}", "subject": "g", "property": "p-" + TYPES[model],
                                    "value": text, "as_of": AS_OF.get(model, str(AGE_DAY)),
                                    "id": f"r{i}"}) + "\n")
            for kind, value in ANCHORS.items():
                f.write(json.dumps({"source": "Anchor", "subject": "g", "property": "p-" + kind,
                                    "value": value, "as_of": "2016-11-07",
                                    "id": "anchor-" + kind}) + "\n")
        run = subprocess.run([binary, "check", corpus, "--format", "json"], capture_output=True, text=True)
    read = {claim["quote_line"]: claim["normalized"]
            for group in json.loads(run.stdout)["groups"] for claim in group["claims"]}
    return [read.get(i + 1) for i in range(len(rows))]


def number(text):
    """A number as the peer or crosscheck writes it (`inf` for no bound)."""
    text = text.strip()
    return math.inf if text == "inf" else float(text)


def interval(normal):
    """crosscheck's interval `[a, b)` or single number as (lo, hi, lo_open, hi_open)."""
    normal = normal.replace(" days", "").strip()
    match = re.fullmatch(r"([\[(])(.*), (.*)([\])])", normal)
    if match:
        return number(match.group(2)), number(match.group(3)), match.group(1) == "(", match.group(4) == ")"
    value = number(normal)
    return value, value, False, False


def close(a, b):
    """Equal up to the two decimals the report prints."""
    return a == b or abs(a - b) <= 0.006 + 1e-9 * abs(b)


def same_number(normal, peer):
    lo, hi, _, _ = interval(normal)
    return close(lo, float(peer)) and close(hi, float(peer))


def same_range(normal, peer):
    lo, hi, _, _ = interval(normal)
    match = re.fullmatch(r"[\[(](.*),(.*)[\])]", peer)
    peer_lo = float(match.group(1)) if match.group(1) else -math.inf
    peer_hi = float(match.group(2)) if match.group(2) else math.inf
    low_ok = close(lo, peer_lo) or (peer_lo == -math.inf and lo in (0.0, -math.inf))
    return low_ok and close(hi, peer_hi)


def same_percent(normal, peer):
    return same_number(normal, peer.rstrip("%"))


def same_age(normal, peer):
    amount, unit = peer.split()
    amount = int(amount)
    match = re.fullmatch(r"born (\d{4}-\d\d-\d\d)\.\.(\d{4}-\d\d-\d\d)", normal)
    if not match:
        return False
    first, last = (datetime.date.fromisoformat(d) for d in match.groups())
    if unit in ("Year", "Month"):
        months = AGE_DAY.year * 12 + AGE_DAY.month - 1 - amount * (12 if unit == "Year" else 1)
        born = AGE_DAY.replace(year=months // 12, month=months % 12 + 1)
    else:
        born = AGE_DAY - datetime.timedelta(days=amount * (7 if unit == "Week" else 1))
    if unit == "Year":
        return first <= born <= last and (last - first).days < 370
    return first <= born <= last


def same_duration(normal, peer):
    seconds, *mod = peer.split()
    days = float(seconds) / 86400
    lo, hi, _, _ = interval(normal)
    if mod == ["less"]:
        return close(hi, days) and lo <= days
    if mod == ["more"]:
        return close(lo, days) and hi == math.inf
    return lo * 0.985 - 0.006 <= days <= hi * 1.015 + 0.006


def day_ranges(normal):
    """crosscheck's date readings as (first, last) pairs of ISO days."""
    readings = normal[len("either "):].split(" or ") if normal.startswith("either ") else [normal]
    out = []
    for reading in readings:
        first, _, last = reading.partition("..")
        last = last or first
        out.append((expand(first, start=True), expand(last, start=False)))
    return out


def expand(day, start):
    """The first or last day of `2016`, `2016-11` or `2016-11-07`."""
    parts = day.split("-")
    if len(parts) == 3:
        return day
    if len(parts) == 2:
        year, month = int(parts[0]), int(parts[1])
        if start:
            return f"{year:04}-{month:02}-01"
        following = datetime.date(year + month // 12, month % 12 + 1, 1)
        return str(following - datetime.timedelta(days=1))
    return f"{parts[0]}-01-01" if start else f"{parts[0]}-12-31"


def same_dates(normal, peer):
    try:
        ours = day_ranges(normal)
    except ValueError:
        return False
    for reading in peer.split("|"):
        start, end = reading.split(",")
        before_end = str(datetime.date.fromisoformat(end) - datetime.timedelta(days=1))
        if any(first == start and last in (end, before_end) for first, last in ours):
            return True
    return False


SAME = {"number": same_number, "numberrange": same_range, "percent": same_percent, "age": same_age,
        "duration": same_duration, "dateperiod": same_dates}


def main():
    args = [a for a in sys.argv[1:] if a != "--list"]
    binary = args[0] if args else "target/release/crosscheck"
    rows = cases()
    readings = read_all(rows, binary)
    totals = {}
    for (model, text, peer), normal in zip(rows, readings):
        agrees = normal is not None and SAME[model](normal, peer)
        count = totals.setdefault(model, [0, 0, 0])
        count[0] += 1
        count[1] += normal is not None
        count[2] += agrees
        if "--list" in sys.argv:
            verdict = "same" if agrees else ("read" if normal is not None else "refused")
            print(f"{verdict}\t{model}\t{text}\t{peer}\t{normal}")
    print("model\tcases\tread\tas the peer")
    for model, (n, read, same) in list(totals.items()) + [("all", [sum(c[i] for c in totals.values()) for i in range(3)])]:
        print(f"{model}\t{n}\t{read} ({100 * read / n:.0f}%)\t{same} ({100 * same / n:.0f}%)")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Reads a list of value phrasings with the release binary and prints how each reads.

    benches/read-phrases.py tests/data/heldout/phrases-2.tsv [BIN]

Input: tab-separated `type <TAB> phrase <TAB> as_of <TAB> expected` lines (`#` comments).
Each phrasing becomes one bulk claim of a temporary corpus (one property per type); the
JSON report gives each claim's normal form, and the bulk warnings say why a phrasing was
refused. Output: the input lines with what the binary read put after the phrase.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

ANCHORS = {"count": "7", "number": "7", "percentage": "7%", "age": "7", "date": "1900",
           "duration": "7 days", "time": "1900-01-01 00:00"}


def main():
    rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")
            if line.strip() and not line.startswith("#")]
    binary = sys.argv[2] if len(sys.argv) > 2 else "target/release/crosscheck"
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
            for i, row in enumerate(rows):
                as_of = row[2] if len(row) > 2 and row[2] else "2025-03-14"
                f.write(json.dumps({"source": f"S{i}", "subject": "g", "property": "p-" + row[0],
                                    "value": row[1], "as_of": as_of, "id": f"r{i}"}) + "\n")
            # A second claim per property, so that every claim is in a group of the report.
            for kind, value in ANCHORS.items():
                f.write(json.dumps({"source": "Anchor", "subject": "g", "property": "p-" + kind,
                                    "value": value, "as_of": "2025-03-14",
                                    "id": "anchor-" + kind}) + "\n")
        run = subprocess.run([binary, "check", corpus, "--format", "json"],
                             capture_output=True, text=True)
    read = {claim["quote_line"]: claim["normalized"]
            for group in json.loads(run.stdout)["groups"] for claim in group["claims"]}
    refused = {}
    for line in run.stderr.splitlines():
        match = re.match(r".*x\.jsonl:(\d+): warning\[[^\]]*\]: (.*)", line)
        if match:
            refused[int(match.group(1))] = match.group(2)
    for i, row in enumerate(rows):
        got = read.get(i + 1, "REFUSED: " + refused.get(i + 1, "?"))
        print("\t".join(row[:2] + [got] + row[3:]))


if __name__ == "__main__":
    main()

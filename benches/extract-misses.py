#!/usr/bin/env python3
"""Why `crosscheck extract` misses curated claims: one cause per missed claim.

For every corpus given (default: every corpus of tests/data/extract-dev), runs
`crosscheck extract --corpus C --evaluate` for the list of missed claims, and
`crosscheck extract TEXT --corpus C --format json` for the proposals of each text, then
sorts each missed claim into the first cause that fits:

  no-value        no proposal has its value inside the claim's quote
  other-value     values were found over the quote, none with the claim's number
  no-subject      the claim's value was found, but proposed with no subject
  wrong-subject   found with the claim's property, but another subject
  wrong-property  found with the claim's subject, but another property
  wrong-both      found with another subject and another property
  no-subject+property  found with no subject and another property
  normal-form     subject and property right, the value reads differently

Usage: benches/extract-misses.py [--binary PATH] [--verbose] [CORPUS...]
Python 3 standard library only.
"""

import argparse
import collections
import json
import os
import re
import subprocess
import sys

CAUSES = ["no-value", "other-value", "no-subject", "wrong-subject", "wrong-property",
          "wrong-both", "no-subject+property", "normal-form"]

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12, "dozens": 24, "hundreds": 200,
    "thousands": 2000, "a": 1, "an": 1,
}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def numbers_of(value):
    """The numbers and day or month words a value is written with, as a set of strings."""
    text = str(value).lower().replace(",", "")
    found = set(re.findall(r"\d+(?:\.\d+)?", text))
    for word in re.findall(r"[a-z]+(?:-[a-z]+)?", text):
        parts = word.split("-")
        if all(part in NUMBER_WORDS for part in parts):
            found.add(str(sum(NUMBER_WORDS[part] for part in parts)))
        elif word in MONTHS or word in WEEKDAYS:
            found.add(word)
    for index, month in enumerate(MONTHS):
        if re.search(r"\d{4}-%02d" % (index + 1), text):
            found.add(month)
    return {re.sub(r"\.0+$", "", n) for n in found}


def load_claims(source_file):
    """The claims of a source file as dicts (id, subject, property, value, quote): a small
    reader for the flat layout the corpora use, not a YAML parser."""
    claims, current = [], None
    with open(source_file, encoding="utf-8") as handle:
        for line in handle:
            match = re.match(r"^\s*- id: (.*)$", line)
            if match:
                current = {"id": match.group(1).strip()}
                claims.append(current)
                continue
            match = re.match(r"^\s+(subject|property|value|quote): (.*)$", line)
            if match and current is not None:
                current[match.group(1)] = unquote(match.group(2).strip())
    return claims


def unquote(text):
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        inner = text[1:-1]
        return inner.replace("''", "'") if text[0] == "'" else inner.replace('\\"', '"')
    return text


def run(binary, args):
    result = subprocess.run([binary] + args, capture_output=True, text=True)
    return result.stdout


def missed_ids(binary, corpus):
    out = run(binary, ["extract", "--corpus", corpus, "--evaluate"])
    missed, inside = set(), False
    for line in out.splitlines():
        if line.startswith("missed:"):
            inside = True
        elif inside and line.startswith("  "):
            missed.add(line.strip())
        elif inside:
            inside = False
    return missed


def quote_span(text, quote):
    start = text.find(quote)
    if start < 0:
        pattern = r"\s+".join(re.escape(word) for word in quote.split())
        match = re.search(pattern, text)
        return (match.start(), match.end()) if match else None
    return (start, start + len(quote))


def cause_of(claim, span, proposals):
    over = [p for p in proposals if span[0] <= p["value_span"][0] and p["value_span"][1] <= span[1]]
    if not over:
        return "no-value"
    wanted = numbers_of(claim.get("value", ""))
    same = [p for p in over if numbers_of(p["value"]) & wanted]
    if not same:
        return "other-value"
    right_property = [p for p in same if p["property"] == claim.get("property")]
    right_subject = [p for p in same if p["subject"] == claim.get("subject")]
    if any(p in right_subject for p in right_property):
        return "normal-form"
    if right_property and all(p["subject"] is None for p in right_property):
        return "no-subject"
    if right_property:
        return "wrong-subject"
    if right_subject:
        return "wrong-property"
    if all(p["subject"] is None for p in same):
        return "no-subject+property"
    return "wrong-both"


def corpus_causes(binary, corpus, verbose):
    missed = missed_ids(binary, corpus)
    counts = collections.Counter()
    sources = os.path.join(corpus, "sources")
    for name in sorted(os.listdir(sources)):
        source_id = name.rsplit(".", 1)[0]
        text_file = os.path.join(corpus, "texts", source_id + ".txt")
        if not os.path.exists(text_file):
            continue
        with open(text_file, encoding="utf-8") as handle:
            text = handle.read()
        raw = run(binary, ["extract", text_file, "--corpus", corpus, "--format", "json"])
        proposals = json.loads(raw)["proposals"] if raw.strip() else []
        byte_text = text.encode("utf-8")
        for p in proposals:  # spans are bytes; compare in characters
            p["value_span"] = [len(byte_text[:i].decode("utf-8", "ignore")) for i in p["value_span"]]
        for claim in load_claims(os.path.join(sources, name)):
            key = f"{source_id}/{claim['id']}"
            if key not in missed:
                continue
            span = quote_span(text, claim.get("quote", ""))
            cause = cause_of(claim, span, proposals) if span else "no-value"
            counts[cause] += 1
            if verbose:
                print(f"  {cause:15} {key}: {claim.get('property')} = {claim.get('value')}"
                      f"  | {claim.get('quote')}")
    return counts, len(missed)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.path.join(
        os.environ.get("CARGO_TARGET_DIR", "target"), "release", "crosscheck"))
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("corpora", nargs="*")
    args = parser.parse_args()
    corpora = args.corpora or sorted(
        os.path.join("tests/data/extract-dev", d) for d in os.listdir("tests/data/extract-dev")
        if os.path.isdir(os.path.join("tests/data/extract-dev", d)))
    total = collections.Counter()
    print(f"{'corpus':22} {'missed':>6} " + " ".join(f"{c[:14]:>14}" for c in CAUSES))
    for corpus in corpora:
        if args.verbose:
            print(f"{corpus}:")
        counts, missed = corpus_causes(args.binary, corpus, args.verbose)
        total.update(counts)
        total["missed"] += missed
        print(f"{os.path.basename(corpus.rstrip('/')):22} {missed:>6} "
              + " ".join(f"{counts[c]:>14}" for c in CAUSES))
    print(f"{'total':22} {total['missed']:>6} " + " ".join(f"{total[c]:>14}" for c in CAUSES))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Which curated claims lose their subject, and which family of reference would have found it.

    benches/subject-misses.py [BIN] [CORPUS...]

Defaults: target/release/crosscheck and every corpus of tests/data/extract-dev/. For each
curated claim whose value IS proposed (a proposal whose value lies in the claim's quote with
the same value) but that `--evaluate` counts as missed, it prints the claim, the subject
proposed (or none) and the family of reference the sentence shows:

  named        the subject is named in the sentence (full name, surname, possessive) but missed
  variant      a capitalised word of the sentence is another spelling of the subject's name
  relative     a relative clause counts part of a group ("five of whom", "three of them")
  apposition   the value stands in commas right after a name ("Diaby, 50,")
  pronoun      a pronoun (he, she, they, it, his, her, their, its) stands in the sentence
  description  a definite description ("the 36-year-old official", "the quake", "the court")
  event        the subject is an event the sentence does not name by its name or an alias
  other        none of these
  property     the subject is right but the property is not (not a subject problem)

Then the counts per family. Python 3 standard library only; entity and source files are read
with a reader for the block style the corpora use.
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter

PRONOUNS = {"he", "she", "they", "it", "his", "her", "their", "its", "him", "them"}


def scalar(text):
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1]
    if text.startswith("[") and text.endswith("]"):
        return [scalar(item) for item in text[1:-1].split(",") if item.strip()]
    return text


def items(path, key):
    """The list under `key:` of a block-style YAML file, each item a dict of its scalars."""
    out, inside, current = [], False, None
    for line in open(path, encoding="utf-8"):
        if re.match(rf"^{key}:", line):
            inside = True
            continue
        if inside and re.match(r"^\S", line) and not line.startswith("#"):
            inside = False
        if not inside:
            continue
        start = re.match(r"^  - (\w+): ?(.*)$", line)
        field = re.match(r"^    (\w+): ?(.*)$", line)
        if start:
            current = {start.group(1): scalar(start.group(2))}
            out.append(current)
        elif field and current is not None:
            current[field.group(1)] = scalar(field.group(2))
    return out


def same_value(proposed, curated):
    a, b = proposed.lower().strip(), str(curated).lower().strip()
    if a == b or a in b or b in a:
        return True
    digits = lambda s: re.sub(r"[^0-9.]", "", s)
    return digits(a) != "" and digits(a) == digits(b)


def names_of(entity):
    names = [entity.get("name", "")] + list(entity.get("aliases", []) or [])
    words = {w for n in names for w in re.findall(r"[A-Z][\w'’-]+", n)}
    return names, words


def close(a, b):
    """Edit distance at most 2 between two words of length 5 or more."""
    a, b = a.lower(), b.lower()
    if a == b or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 2:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            row.append(min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = row
    return previous[-1] <= 2


def classify(claim, proposal, entity):
    if proposal["subject"] == claim["subject"]:
        return "property"
    sentence = proposal["quote"]
    start = proposal["value_span"][0] - proposal["span"][0]
    before = sentence[:start]
    names, words = names_of(entity)
    folded = sentence.lower()
    if entity.get("kind") == "event":
        # An event is named by its name or an alias, never by a word of it ("Chauvin").
        return "named" if any(n and n.lower() in folded for n in names) else "event"
    if any(n and n.lower() in folded for n in names) or any(
        re.search(rf"\b{re.escape(w)}\b", sentence) for w in words if len(w) > 3
    ):
        return "named"
    capitalised = re.findall(r"\b[A-Z][\w-]+", sentence)
    if any(close(c, w) for c in capitalised for w in words):
        return "variant"
    after = sentence[start:].lower()
    if re.search(r"\b(of whom|of them|of which)\b", after[:60]) or re.search(
        r"\b(of whom|of them|of which)\b", before.lower()[-60:]
    ):
        return "relative"
    if re.search(r"[A-Z][\w'-]+, (aged |now )?$", before):
        return "apposition"
    kind = entity.get("kind")
    tokens = set(re.findall(r"[a-z]+", folded))
    if kind in ("person", "group", "organisation", "unit") and tokens & PRONOUNS:
        return "pronoun"
    if re.search(r"\bthe (\d+-year-old )?[a-z-]+( [a-z-]+)?\b", before.lower()[-50:] + after[:40]):
        return "description"
    return "other"


def evaluate_missed(binary, corpus):
    run = subprocess.run([binary, "extract", "--corpus", corpus, "--evaluate"],
                         capture_output=True, text=True)
    missed, inside = set(), False
    for line in run.stdout.splitlines():
        if line.startswith("missed:"):
            inside = True
        elif not line.startswith("  "):
            inside = False
        elif inside:
            missed.add(line.strip())
    return missed


def corpus_rows(binary, corpus):
    entities = items(os.path.join(corpus, "entities.yaml"), "entities")
    by_id = {e.get("id"): e for e in entities}
    missed = evaluate_missed(binary, corpus)
    rows = []
    for name in sorted(os.listdir(os.path.join(corpus, "sources"))):
        source = name.rsplit(".", 1)[0]
        text_path = os.path.join(corpus, "texts", source + ".txt")
        if not os.path.exists(text_path):
            continue
        text = open(text_path, encoding="utf-8").read()
        run = subprocess.run([binary, "extract", text_path, "--corpus", corpus, "--format", "json"],
                             capture_output=True, text=True)
        proposals = json.loads(run.stdout)["proposals"]
        raw = text.encode("utf-8")
        for claim in items(os.path.join(corpus, "sources", name), "claims"):
            if f"{source}/{claim.get('id')}" not in missed:
                continue
            quote = claim.get("quote", "").encode("utf-8")
            at = raw.find(quote)
            if at < 0:
                continue
            span = (at, at + len(quote))
            hits = [p for p in proposals
                    if p["value_span"][0] < span[1] and p["value_span"][1] > span[0]
                    and same_value(p["value"], claim.get("value", ""))]
            if not hits:
                continue
            proposal = next((p for p in hits if p["subject"] == claim["subject"]), hits[0])
            entity = by_id.get(claim["subject"], {"kind": "?"})
            family = classify(claim, proposal, entity)
            rows.append((os.path.basename(corpus.rstrip("/")), source, claim, proposal, family))
    return rows


def main():
    args = sys.argv[1:]
    binary = args.pop(0) if args and os.path.isfile(args[0]) else "target/release/crosscheck"
    corpora = args or sorted(
        os.path.join("tests/data/extract-dev", d) for d in os.listdir("tests/data/extract-dev")
        if os.path.isdir(os.path.join("tests/data/extract-dev", d)))
    counts, per_corpus, right_property = Counter(), Counter(), Counter()
    for corpus in corpora:
        for name, source, claim, proposal, family in corpus_rows(binary, corpus):
            counts[family] += 1
            per_corpus[name] += 1
            if proposal["property"] == claim["property"] and family != "property":
                right_property[family] += 1
            got = proposal["subject"] or "none"
            print(f"{family:12} {name}/{source}/{claim['id']}: {claim['subject']} "
                  f"{claim['property']} = {claim['value']} (proposed: {got} {proposal['property']})")
            print(f"{'':12} | {proposal['quote'][:160]}")
    print()
    print("per family:", ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    print("of which with the right property (a subject problem only):",
          ", ".join(f"{k} {v}" for k, v in right_property.most_common()))
    print("per corpus:", ", ".join(f"{k} {v}" for k, v in sorted(per_corpus.items())))
    print("total:", sum(counts.values()))


if __name__ == "__main__":
    main()

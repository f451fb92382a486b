"""The report of a check as Python objects, read from the library's JSON report
(``crosscheck/report@1``, see README.md, "Reading the report"), with data frames of it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

import pandas as pd

#: The columns of :meth:`Report.to_pandas` and of :func:`crosscheck.judge`: one row a group.
GROUP_COLUMNS = [
    "id",
    "subject",
    "subject_name",
    "property",
    "property_name",
    "verdict",
    "rule",
    "reason",
    "derivation",
    "independent_origins",
    "claims",
    "review",
]

#: The columns of :meth:`Report.claims_frame`: one row a claim of a group.
CLAIM_COLUMNS = [
    "group",
    "subject",
    "property",
    "verdict",
    "source",
    "claim",
    "value",
    "normalized",
    "as_of",
    "scope",
    "hedge",
    "attribution",
    "origin",
    "quote",
]


@dataclass(frozen=True)
class Diagnostic:
    """A problem found in the input: where it is, how bad, what is wrong and how to fix it."""

    file: str
    line: Optional[int]
    column: Optional[int]
    severity: str
    code: str
    message: str
    help: Optional[str] = None

    def __str__(self) -> str:
        place = ":".join(str(part) for part in (self.file, self.line, self.column) if part is not None)
        text = f"{place}: {self.severity}[{self.code}]: {self.message}"
        return f"{text} (help: {self.help})" if self.help else text


class CrosscheckError(Exception):
    """Bad input: every problem found in one run, in :attr:`diagnostics`."""

    def __init__(self, diagnostics: List[Diagnostic]) -> None:
        self.diagnostics: List[Diagnostic] = list(diagnostics)
        count = len(self.diagnostics)
        head = "\n".join(str(d) for d in self.diagnostics[:20])
        more = f"\n... and {count - 20} more" if count > 20 else ""
        super().__init__(f"{count} problem{'' if count == 1 else 's'} in the input:\n{head}{more}")


@dataclass(frozen=True)
class Claim:
    """A claim of a group: its source, id, value as written and normal form."""

    source: str
    id: str
    value: Any
    normalized: Optional[str]
    as_of: Optional[str]
    scope: Optional[str]
    hedge: Optional[str]
    attribution: Optional[str]
    origin: Optional[str]
    quote: Optional[str]

    @property
    def ref(self) -> str:
        """``source/id``, as the report names the claim."""
        return f"{self.source}/{self.id}"


@dataclass(frozen=True)
class Finding:
    """A pair of claims (or the claims of a derived check) that do not simply agree."""

    verdict: str
    rule: Optional[str]
    reason: str
    claims: List[str]


@dataclass(frozen=True)
class Group:
    """The claims on one subject and property, with their verdict and why."""

    id: Optional[str]
    subject: str
    subject_name: str
    property: str
    property_name: str
    verdict: str
    rule: Optional[str]
    reason: Optional[str]
    derivation: Optional[Any]
    independent_origins: Optional[int]
    claims: List[Claim]
    findings: List[Finding]
    review: Optional[str]


@dataclass(frozen=True)
class Source:
    """A source of claims: its id, outlet, title and how many claims it made."""

    id: str
    outlet: str
    title: str
    url: Optional[str]
    published: Optional[str]
    claims: int


@dataclass(frozen=True)
class Report:
    """The report of a check: summary counts, sources and judged groups (most severe first).

    ``raw`` is the JSON report as the command line writes it with ``--format json``."""

    summary: Dict[str, Any]
    sources: List[Source]
    groups: List[Group]
    warnings: List[Diagnostic] = field(default_factory=list)
    raw: Dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_json(cls, report: Dict[str, Any], warnings: Optional[List[Diagnostic]] = None) -> "Report":
        """Reads the JSON report (``crosscheck/report@1``) into objects."""
        return cls(
            summary=report["summary"],
            sources=[_source(source) for source in report["sources"]],
            groups=[_group(group) for group in report["groups"]],
            warnings=list(warnings or []),
            raw=report,
        )

    def to_pandas(self) -> pd.DataFrame:
        """One row a group: id, subject, property, verdict, rule, reason, the claims
        (``source/id``, sorted, separated by spaces) and the review status."""
        rows = [
            {
                "id": group.id,
                "subject": group.subject,
                "subject_name": group.subject_name,
                "property": group.property,
                "property_name": group.property_name,
                "verdict": group.verdict,
                "rule": group.rule,
                "reason": group.reason,
                "derivation": None if group.derivation is None else str(group.derivation),
                "independent_origins": group.independent_origins,
                "claims": " ".join(sorted(claim.ref for claim in group.claims)),
                "review": group.review,
            }
            for group in self.groups
        ]
        return pd.DataFrame(rows, columns=GROUP_COLUMNS)

    def claims_frame(self) -> pd.DataFrame:
        """One row a claim of a group, with its group's id and verdict."""
        rows = [
            {
                "group": group.id,
                "subject": group.subject,
                "property": group.property,
                "verdict": group.verdict,
                "source": claim.source,
                "claim": claim.id,
                "value": claim.value,
                "normalized": claim.normalized,
                "as_of": claim.as_of,
                "scope": claim.scope,
                "hedge": claim.hedge,
                "attribution": claim.attribution,
                "origin": claim.origin,
                "quote": claim.quote,
            }
            for group in self.groups
            for claim in group.claims
        ]
        return pd.DataFrame(rows, columns=CLAIM_COLUMNS)

    def sources_frame(self) -> pd.DataFrame:
        """One row a source: id, outlet, title, url, published and its number of claims."""
        rows = [vars(source) for source in self.sources]
        return pd.DataFrame(rows, columns=["id", "outlet", "title", "url", "published", "claims"])


def _source(source: Dict[str, Any]) -> Source:
    return Source(
        id=source["id"],
        outlet=source["outlet"],
        title=source["title"],
        url=source.get("url"),
        published=source.get("published"),
        claims=source["claims"],
    )


def _claim(claim: Dict[str, Any]) -> Claim:
    return Claim(
        source=claim["source"],
        id=claim["id"],
        value=claim.get("value"),
        normalized=claim.get("normalized"),
        as_of=claim.get("as_of"),
        scope=claim.get("scope"),
        hedge=claim.get("hedge"),
        attribution=claim.get("attribution"),
        origin=claim.get("origin"),
        quote=claim.get("quote"),
    )


def _group(group: Dict[str, Any]) -> Group:
    review = group.get("review")
    return Group(
        id=group.get("id"),
        subject=group["subject"],
        subject_name=group["subject_name"],
        property=group["property"],
        property_name=group["property_name"],
        verdict=group["verdict"],
        rule=group.get("rule"),
        reason=group.get("reason"),
        derivation=group.get("derivation"),
        independent_origins=group.get("independent_origins"),
        claims=[_claim(claim) for claim in group["claims"]],
        findings=[
            Finding(
                verdict=finding["verdict"],
                rule=finding.get("rule"),
                reason=finding["reason"],
                claims=list(finding["claims"]),
            )
            for finding in group.get("findings", [])
        ],
        review=review.get("status") if isinstance(review, dict) else None,
    )

"""Type stubs of the extension module built from python/src/lib.rs."""

from typing import List, Optional, Tuple

#: file, line, column, severity, code, message, help
Found = Tuple[str, Optional[int], Optional[int], str, str, str, Optional[str]]

def check_json(corpus: str, strict: bool = False, decisions: Optional[str] = None) -> Tuple[Optional[str], List[Found]]:
    """The JSON report of the corpus folder (None when it has errors) and its diagnostics."""

#: id, subject, subject name, property, property name, verdict, rule, reason, derivation,
#: independent origins, claims (``source/id``, sorted, separated by spaces), review status
Row = Tuple[Optional[str], str, str, str, str, str, str, str, Optional[str], int, str, Optional[str]]

def judge_rows(corpus: str, strict: bool = False, decisions: Optional[str] = None) -> Tuple[Optional[List[Row]], List[Found]]:
    """One row a group of the corpus folder, judged as check_json judges it (None when it has errors), and its diagnostics."""

def subject_keys(corpus: str, subjects: List[str]) -> Tuple[Optional[List[str]], List[Found]]:
    """The partition key of each subject spelling: its entity's id, else its matching key."""

def run(argv: List[str]) -> int:
    """Runs the command line on this process's standard output and error; the exit code."""

"""The ``crosscheck`` command installed with the package: the same command line as the
binary built with cargo (``crosscheck check claims``, ``crosscheck --help``)."""

import sys

from . import _native


def main() -> None:
    """Runs the command line with this process's arguments and exits with its code."""
    sys.stdout.flush()
    sys.stderr.flush()
    sys.exit(_native.run(["crosscheck", *sys.argv[1:]]))

"""One corpus folder judged on a LocalCluster (benches/scale-dask.sh runs it).

Starts a LocalCluster of worker processes (one thread each, an explicit memory limit), judges the
claim files of CORPUS with crosscheck.dask.judge_folder, and has each worker write the groups of
its partitions to Parquet in OUT (nothing but counts comes back to the client). Prints one line
of key=value figures: wall seconds (cluster start apart), peak resident memory of the client
process (which runs the scheduler too) and of each worker (getrusage, read in the worker at the
end), the groups by verdict, the claims in groups and an order-free digest of the groups (subject,
property, verdict and claim ids). With --csv, the same figures of a one-process report written by
`crosscheck check CORPUS --format csv`, read as a stream.

    python scale-dask.py cluster CORPUS OUT [--workers 2] [--memory-limit 8GB] [--npartitions N]
    python scale-dask.py csv REPORT.csv
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import resource
import sys
import time
from collections import Counter
from pathlib import Path

MASK = (1 << 64) - 1


def group_hash(subject: str, prop: str, verdict: str, claims: str) -> int:
    """A 64-bit hash of one group: subject, property, verdict and its sorted claim refs."""
    text = "\t".join((subject, prop, verdict, claims)).encode()
    return int.from_bytes(hashlib.blake2b(text, digest_size=8).digest(), "little")


def figures(verdicts: Counter, claims: int, digest: int) -> str:
    """The counts and digest as key=value words."""
    by_verdict = " ".join(f"{name}={verdicts.get(name, 0)}" for name in ("conflict", "drift", "tension", "agree"))
    return f"groups={sum(verdicts.values())} {by_verdict} claims={claims} digest={digest:016x}"


def peak_kb() -> int:
    """This process's peak resident memory in KB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def write_and_count(groups, out: str, partition_info=None):
    """Writes one partition's groups to OUT/part-N.parquet; returns its counts and digest."""
    import pandas as pd

    number = partition_info["number"] if partition_info else 0
    if len(groups):
        groups.to_parquet(Path(out) / f"part-{number:05d}.parquet", index=False)
    digest, claims = 0, 0
    for subject, prop, verdict, refs in zip(groups["subject"], groups["property"], groups["verdict"], groups["claims"]):
        digest = (digest + group_hash(subject, prop, verdict, refs)) & MASK
        claims += len(refs.split(" "))
    counts = Counter(groups["verdict"])
    row = {name: counts.get(name, 0) for name in ("conflict", "drift", "tension", "agree")}
    row.update(claims=claims, digest_low=digest & 0xFFFFFFFF, digest_high=digest >> 32)
    return pd.DataFrame([row], dtype="int64")


def cluster(args: argparse.Namespace) -> None:
    import pandas as pd
    from dask.distributed import Client, LocalCluster

    from crosscheck.dask import judge_folder

    Path(args.out).mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with LocalCluster(
        n_workers=args.workers, threads_per_worker=1, processes=True,
        memory_limit=args.memory_limit, dashboard_address=None,
    ) as local, Client(local) as client:
        start_seconds = time.perf_counter() - started
        began = time.perf_counter()
        groups = judge_folder(args.corpus, npartitions=args.npartitions)
        meta = pd.DataFrame({name: pd.Series([], dtype="int64") for name in
                             ("conflict", "drift", "tension", "agree", "claims", "digest_low", "digest_high")})
        counts = groups.map_partitions(write_and_count, args.out, meta=meta).compute()
        seconds = time.perf_counter() - began
        workers = sorted(client.run(peak_kb).values())
        restarts = len(local.workers) != args.workers
    verdicts = Counter({name: int(counts[name].sum()) for name in ("conflict", "drift", "tension", "agree")})
    digest = sum((int(high) << 32) | int(low) for low, high in zip(counts["digest_low"], counts["digest_high"])) & MASK
    worker_mb = ",".join(f"{kb / 1024:.0f}" for kb in workers)
    print(f"seconds={seconds:.2f} start={start_seconds:.2f} client_mb={peak_kb() / 1024:.0f} workers_mb={worker_mb} "
          f"partitions={len(counts)} restarts={int(restarts)} " + figures(verdicts, int(counts["claims"].sum()), digest))


def from_csv(args: argparse.Namespace) -> None:
    csv.field_size_limit(sys.maxsize)
    verdicts, claims, digest = Counter(), 0, 0
    with open(args.report, newline="", encoding="utf-8") as report:
        rows = csv.DictReader(report)
        current, refs, head = None, [], None

        def close():
            nonlocal digest
            if current is not None:
                verdicts[head[2]] += 1
                digest = (digest + group_hash(*head, " ".join(sorted(refs)))) & MASK

        for row in rows:
            if row["group"] != current:
                close()
                current, refs, head = row["group"], [], (row["subject"], row["property"], row["verdict"])
            refs.append(f"{row['source']}/{row['claim']}")
            claims += 1
        close()
    print(figures(verdicts, claims, digest))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    on_cluster = commands.add_parser("cluster")
    on_cluster.add_argument("corpus")
    on_cluster.add_argument("out")
    on_cluster.add_argument("--workers", type=int, default=2)
    on_cluster.add_argument("--memory-limit", default="8GB")
    on_cluster.add_argument("--npartitions", type=int)
    on_csv = commands.add_parser("csv")
    on_csv.add_argument("report")
    args = parser.parse_args()
    (cluster if args.command == "cluster" else from_csv)(args)


if __name__ == "__main__":
    main()

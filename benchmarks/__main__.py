"""``python -m benchmarks [--quick]``: prints a table of medians over several runs, against the targets.

Timings are never asserted in the test suite (these machines are noisy); here they are reported.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def median_seconds(run: Callable[[], object], repeat: int) -> float:
    """The median wall time of ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_union_summary(work: Path, quick: bool) -> list[tuple[str, str, str, str]]:
    from workload_desk.core.union_summary import summarize

    from .union_files import write_exports

    count = 200 if quick else 5000
    folder = work / "union"
    folder.mkdir()
    files = write_exports(folder, count)
    seconds = median_seconds(lambda: summarize(files), 1 if quick else 3)
    target = 10.0 * count / 5000
    return [
        (f"union summary of {count} exports", f"{seconds:.2f} s", f"<= {target:.1f} s", _verdict(seconds <= target))
    ]


def _verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


BENCHMARKS = {"union-summary": bench_union_summary}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--quick", action="store_true", help="small data, one run: checks the benchmarks run")
    parser.add_argument(
        "names", nargs="*", metavar="NAME", help=f"which to run: {', '.join(BENCHMARKS)} (default: all)"
    )
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark {unknown[0]}; choose from {', '.join(BENCHMARKS)}")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.names or BENCHMARKS:
            rows += BENCHMARKS[name](Path(tmp), args.quick)
    widths = [max(len(r[i]) for r in [("what", "median", "target", "result"), *rows]) for i in range(4)]
    for row in [("what", "median", "target", "result"), *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

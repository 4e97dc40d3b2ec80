"""The bundle against the pip-installed app: size on disk, and start-up to ready in one run.

    .venv/bin/python packaging/measure_startup.py [--runs 5] [BUNDLE_PROGRAM [INSTALLED_PROGRAM]]

Both open the window on the same demo database (offscreen) with ``--quit-when-ready``, turn and turn
about after one warm-up each, so the file cache and the machine's load treat them alike. Prints
min / median / max. Timings are reported, never asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if sys.platform == "win32" else ""
BUNDLE = ROOT / "dist" / "workload-desk" / f"workload-desk{EXE}"
INSTALLED = Path(sys.executable).parent / f"workload-desk{EXE}"


def folder_megabytes(folder: Path) -> float:
    """The bytes of the files under ``folder`` (links not followed), in MB."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def seconds_to_ready(program: Path, db: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([str(program), "--db", str(db), "--quit-when-ready"], env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def measure(bundle: Path, installed: Path, runs: int) -> dict[str, list[float]]:
    """Start-up times (s) of both, ``runs`` each, interleaved."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.db"
        subprocess.run([str(installed), "--db", str(db), "demo"], env=env, check=True, capture_output=True)
        times: dict[str, list[float]] = {"bundle": [], "installed": []}
        for program in (bundle, installed):
            seconds_to_ready(program, db, env)  # warm-up
        for _ in range(runs):
            times["bundle"].append(seconds_to_ready(bundle, db, env))
            times["installed"].append(seconds_to_ready(installed, db, env))
    return times


def summary(values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return f"min {min(ms):.0f} ms, median {statistics.median(ms):.0f} ms, max {max(ms):.0f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("bundle", nargs="?", type=Path, default=BUNDLE)
    parser.add_argument("installed", nargs="?", type=Path, default=INSTALLED)
    args = parser.parse_args(argv)
    if not args.bundle.is_file():
        print(f"No bundle at {args.bundle}: bash bootstrap.sh bundle", file=sys.stderr)
        return 2
    times = measure(args.bundle, args.installed, args.runs)
    print(f"bundle size: {folder_megabytes(args.bundle.parent):.0f} MB ({args.bundle.parent})")
    print(f"start-up to ready, bundle ({args.runs} runs):    {summary(times['bundle'])}")
    print(f"start-up to ready, installed ({args.runs} runs): {summary(times['installed'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

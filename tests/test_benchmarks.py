"""The benchmark command runs (on small data); its times are reported there, never asserted here."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_benchmarks_run_on_small_data():
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick"], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "cores" in lines[0] and "load average at the start" in lines[0]  # where it was measured
    assert lines[1].split() == ["what", "min", "median", "max", "target", "result"]
    assert lines[-1].startswith("load average at the end")
    table = "\n".join(lines[2:])
    for figure in (
        "start-up against the empty window (pairs)",
        "opening each panel (first time): 95th pct",
        "longest stall of the whole tour",
        "peak memory at start-up",
        "typing one character in the case filter",
        "switching the week in the Time panel",
        "opening the Say no panel",
        "statement of a year as PDF",
        "union export of",
        "union summary of 200 exports",
        "workload-desk week --json",
        "watson report",
        "timew summary",
        "bundle",
    ):
        assert figure in table, figure
    assert "MISSED" not in table and " met" not in table  # a quick run judges nothing

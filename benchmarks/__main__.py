"""``python -m benchmarks [--quick] [NAME ...]``: a table of medians over several runs, against the targets.

Every figure runs on a generated database of ten years (``--quick``: half a year, one run each,
only to show the benchmarks work). Timings are never asserted in the test suite (these machines
are noisy); here they are reported, each with its target and whether it was met.

The package is compiled to bytecode first, as an installed copy is: a start-up measured while
Python compiles every module measures the compiler, not the app.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
Row = tuple[str, str, str, str]


def median_seconds(run: Callable[[], object], repeat: int) -> float:
    """The median wall time of ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def timed_process(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Run ``command`` to its end; return its wall time (s) and peak memory (MB), failing loudly."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    errors = process.stderr.read().decode(errors="replace") if process.stderr else ""
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:4])} ... failed ({process.returncode}): {errors.strip()[-400:]}")
    return seconds, usage.ru_maxrss / 1024  # Linux reports kilobytes


def _verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def _gui_env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen")


class Bench:
    """What every benchmark shares: the work folder, the database, how many runs."""

    def __init__(self, work: Path, quick: bool) -> None:
        self.work, self.quick = work, quick
        self.runs = 1 if quick else 7
        self.today = date.today()
        self._db: Path | None = None

    @property
    def db(self) -> Path:
        """The generated database (ten years, or half a year with ``--quick``), made once."""
        if self._db is None:
            from .big_data import make_big_database

            self._db = make_big_database(self.work / "workload.db", self.today, years=0.5 if self.quick else 10)
        return self._db

    @property
    def period(self) -> str:
        return "half a year" if self.quick else "10 years"


def bench_startup(b: Bench) -> list[Row]:
    """Start-up to ready against an empty window shown and closed in the same run; peak memory."""
    empty = [sys.executable, str(HERE / "empty_window.py")]
    app = [sys.executable, "-m", "workload_desk", "--db", str(b.db), "--quit-when-ready"]
    timed_process(empty, _gui_env())  # warm the file cache for both
    timed_process(app, _gui_env())
    empties, apps, memory = [], [], []
    for _ in range(b.runs):
        empties.append(timed_process(empty, _gui_env())[0])
        seconds, megabytes = timed_process(app, _gui_env())
        apps.append(seconds)
        memory.append(megabytes)
    empty_s, app_s = statistics.median(empties), statistics.median(apps)
    ratio, peak = app_s / empty_s, max(memory)
    return [
        ("empty PySide6 window shown and closed", f"{empty_s * 1000:.0f} ms", "(yardstick)", ""),
        (f"start-up to ready, {b.period}", f"{app_s * 1000:.0f} ms", "", ""),
        ("start-up against the empty window", f"{ratio:.2f} x", "<= 2.0 x", _verdict(ratio <= 2.0)),
        ("peak memory at start-up", f"{peak:.0f} MB", "<= 150 MB", _verdict(peak <= 150)),
    ]


def bench_window(b: Bench) -> list[Row]:
    """The window driven as a worker would, each run in a fresh process (see window_timings)."""
    runs, memory = [], []
    for i in range(max(1, b.runs - 2)):
        out = b.work / f"window-{i}.json"
        copy = b.work / f"window-{i}.db"
        copy.write_bytes(b.db.read_bytes())  # the window may write (settings): never into the shared one
        _, megabytes = timed_process(
            [sys.executable, "-m", "benchmarks.window_timings", str(copy), str(out)], _gui_env()
        )
        runs.append(json.loads(out.read_text()))
        memory.append(megabytes)

    def median(key: str) -> float:
        return statistics.median(r[key] for r in runs)

    keystroke, week, say_no, pdf = (
        median(k) for k in ("filter_keystroke_ms", "week_switch_ms", "open_say_no_ms", "statement_year_pdf_ms")
    )
    return [
        ("typing one character in the case filter", f"{keystroke:.1f} ms", "<= 16 ms", _verdict(keystroke <= 16)),
        ("switching the week in the Time panel", f"{week:.1f} ms", "<= 30 ms", _verdict(week <= 30)),
        ("opening the Say no panel (first time)", f"{say_no:.1f} ms", "<= 50 ms", _verdict(say_no <= 50)),
        (
            f"statement of a year as PDF ({runs[0]['statement_pages']:.0f} pages)",
            f"{pdf:.0f} ms",
            "<= 1000 ms",
            _verdict(pdf <= 1000),
        ),
        (
            f"union preview of {runs[0]['union_months']:.0f} months, built",
            f"{median('union_preview_all_months_ms'):.0f} ms",
            "(reported)",
            "",
        ),
        (
            "union preview, a click on the month spinner (worst of 6)",
            f"{max(r['union_month_click_ms'] for r in runs):.1f} ms",
            "<= 16 ms",
            _verdict(max(r["union_month_click_ms"] for r in runs) <= 16),
        ),
        ("peak memory, all of the above", f"{max(memory):.0f} MB", "(reported)", ""),
    ]


def bench_union_export(b: Bench) -> list[Row]:
    """The union export of every month of the database, written as JSON."""
    from workload_desk.core.database import open_database
    from workload_desk.core.union_export import build_export, write_export

    db = open_database(b.db)
    first = b.today - timedelta(days=183 if b.quick else 3652)
    out = b.work / "union.json"
    try:
        seconds = median_seconds(lambda: write_export(build_export(db, first, b.today), out), b.runs)
    finally:
        db.close()
    return [(f"union export of {b.period}", f"{seconds * 1000:.0f} ms", "<= 500 ms", _verdict(seconds <= 0.5))]


def bench_union_summary(b: Bench) -> list[Row]:
    """The union's summary of many members' exports."""
    from workload_desk.core.union_summary import summarize

    from .union_files import write_exports

    count = 200 if b.quick else 5000
    folder = b.work / "exports"
    folder.mkdir()
    files = write_exports(folder, count)
    problems: list[str] = []
    summarize(files, problems)
    if problems:  # a benchmark that skips every file measures nothing
        raise RuntimeError(f"the generated exports were refused: {problems[0]}")
    seconds = median_seconds(lambda: summarize(files), 1 if b.quick else 3)
    target = 10.0 * count / 5000
    return [
        (f"union summary of {count} exports", f"{seconds:.2f} s", f"<= {target:.1f} s", _verdict(seconds <= target))
    ]


def _worked_hours_reported(name: str, output: str) -> float:
    """The week's worked hours as each tool prints them: the check that all three saw the same entries."""
    if name.startswith("workload-desk"):
        return json.loads(output)["worked_hours"]
    if name.startswith("watson"):
        return json.loads(output)["time"] / 3600
    hours, minutes, seconds = map(int, re.findall(r"(\d+):(\d\d):(\d\d)\s*$", output.strip())[-1])
    return hours + minutes / 60 + seconds / 3600


def bench_week_json(b: Bench) -> list[Row]:
    """``week --json`` against Watson's report and Timewarrior's summary of the same week and entries."""
    from .peers import run, week_commands

    day = b.today - timedelta(days=7)  # a whole week, the same for all three
    commands = week_commands(b.db, b.work / "peers", day)
    times: dict[str, float] = {}
    hours: dict[str, float] = {}
    rows: list[Row] = []
    for name, found in commands.items():
        if found is None:
            rows.append((name, "not installed", "", "skipped (bash bootstrap.sh bench installs it)"))
            continue
        command, env = found
        hours[name] = round(_worked_hours_reported(name, run(command, env)), 2)
        repeat = max(1, b.runs // 2) if name.startswith("watson") else b.runs * 2
        times[name] = median_seconds(lambda command=command, env=env: run(command, env), repeat)
        rows.append((name, f"{times[name] * 1000:.1f} ms", "", ""))
    if len(set(hours.values())) > 1:
        raise RuntimeError(f"the tools disagree on the week's hours: {hours}")
    ours = times["workload-desk week --json"]
    if "watson report" in times:
        ratio = times["watson report"] / ours
        rows.append(("week --json faster than Watson", f"{ratio:.1f} x", ">= 20 x", _verdict(ratio >= 20)))
    if "timew summary" in times:
        ratio = ours / times["timew summary"]
        rows.append(("week --json slower than Timewarrior", f"{ratio:.1f} x", "(as close as Python allows)", ""))
    return rows


def bench_bundle(b: Bench) -> list[Row]:
    """The PyInstaller bundle (bash bootstrap.sh bundle) against the installed app: start-up to ready, size."""
    import importlib.util

    path = HERE.parent / "packaging" / "measure_startup.py"
    spec = importlib.util.spec_from_file_location("measure_startup", path)
    measure_startup = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(measure_startup)
    if not measure_startup.BUNDLE.is_file():
        return [("bundle start-up to ready", "(not built)", "(reported)", "bash bootstrap.sh bundle")]
    times = measure_startup.measure(measure_startup.BUNDLE, measure_startup.INSTALLED, b.runs)
    bundle_s, installed_s = statistics.median(times["bundle"]), statistics.median(times["installed"])
    size = measure_startup.folder_megabytes(measure_startup.BUNDLE.parent)
    return [
        ("bundle start-up to ready, demo year", f"{bundle_s * 1000:.0f} ms", "(reported)", ""),
        ("installed start-up to ready, demo year", f"{installed_s * 1000:.0f} ms", "(reported)", ""),
        ("bundle size on disk", f"{size:.0f} MB", "(reported)", ""),
    ]


BENCHMARKS: dict[str, Callable[[Bench], list[Row]]] = {
    "startup": bench_startup,
    "window": bench_window,
    "union-export": bench_union_export,
    "union-summary": bench_union_summary,
    "week-json": bench_week_json,
    "bundle": bench_bundle,
}


def print_table(rows: list[Row]) -> None:
    header = ("what", "median", "target", "result")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip(), flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--quick", action="store_true", help="half a year of data, one run: checks the benchmarks run")
    parser.add_argument(
        "names", nargs="*", metavar="NAME", help=f"which to run: {', '.join(BENCHMARKS)} (default: all)"
    )
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark {unknown[0]}; choose from {', '.join(BENCHMARKS)}")
    import workload_desk

    compileall.compile_dir(Path(workload_desk.__file__).parent, quiet=1)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        bench = Bench(Path(tmp), args.quick)
        for name in args.names or BENCHMARKS:
            rows += BENCHMARKS[name](bench)
    if args.quick:  # the targets are for ten years: half a year shows the benchmarks run, not whether they are met
        rows = [(w, m, t, "(quick: not judged)" if r in ("met", "MISSED") else r) for w, m, t, r in rows]
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())

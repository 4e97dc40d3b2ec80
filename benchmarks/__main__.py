"""``python -m benchmarks [--quick] [NAME ...]``: a table of min / median / max over several runs, against the targets.

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
Row = tuple[str, str, str, str, str, str]  # what, min, median, max, target, result


def seconds_of(run: Callable[[], object], repeat: int) -> list[float]:
    """The wall times of ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return times


def spread(what: str, values: list[float], unit: str, target: str = "", ok: bool | None = None, digits: int = 0) -> Row:
    """A row with the min, median and max of ``values``; judged by ``ok`` (on the median) when given."""
    cells = [f"{v:,.{digits}f} {unit}" for v in (min(values), statistics.median(values), max(values))]
    return (what, *cells, target, "" if ok is None else _verdict(ok))


def single(what: str, value: str, target: str = "", result: str = "") -> Row:
    """A row of one figure (a size, a count): no spread."""
    return (what, "", value, "", target, result)


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


_median = statistics.median


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
        self._dbs: dict[float, Path] = {}

    @property
    def db(self) -> Path:
        """The generated database (ten years, or half a year with ``--quick``), made once."""
        return self.db_of(0.5 if self.quick else 10)

    def db_of(self, years: float) -> Path:
        """The generated database of ``years`` years, made once."""
        if years not in self._dbs:
            from .big_data import make_big_database

            self._dbs[years] = make_big_database(self.work / f"workload-{years:g}y.db", self.today, years=years)
        return self._dbs[years]

    @property
    def period(self) -> str:
        return "half a year" if self.quick else "10 years"


def bench_startup(b: Bench) -> list[Row]:
    """Start-up to ready against an empty window shown and closed, in alternating pairs; peak memory."""
    empty = [sys.executable, str(HERE / "empty_window.py")]
    app = [sys.executable, "-m", "workload_desk", "--db", str(b.db), "--quit-when-ready"]
    timed_process(empty, _gui_env())  # warm the file cache for both
    timed_process(app, _gui_env())
    empties, apps, ratios, memory = [], [], [], []
    for _ in range(1 if b.quick else 15):
        empties.append(timed_process(empty, _gui_env())[0] * 1000)
        seconds, megabytes = timed_process(app, _gui_env())
        apps.append(seconds * 1000)
        ratios.append(apps[-1] / empties[-1])
        memory.append(megabytes)
    ratio = statistics.median(apps) / statistics.median(empties)
    return [
        spread("empty PySide6 window shown and closed", empties, "ms", "(yardstick)"),
        spread(f"start-up to ready, {b.period}", apps, "ms"),
        spread("start-up against the empty window (pairs)", ratios, "x", "<= 1.5 x", ratio <= 1.5, 2),
        spread("peak memory at start-up", memory, "MB", "<= 150 MB", max(memory) <= 150),
    ]


def bench_stalls(b: Bench) -> list[Row]:
    """The stall monitor's tour (see stall_tour), each run in a fresh process on a copy of the database."""
    runs = []
    for i in range(1 if b.quick else 3):
        out, copy = b.work / f"tour-{i}.json", b.work / f"tour-{i}" / "workload.db"
        copy.parent.mkdir()
        copy.write_bytes(b.db.read_bytes())  # the tour writes (an entry, a backup): never into the shared one
        timed_process([sys.executable, "-m", "benchmarks.stall_tour", str(copy), str(out)], _gui_env())
        runs.append(json.loads(out.read_text()))
    rows = []
    for name in runs[0]["interactions"]:
        of = [r["interactions"][name] for r in runs]
        steps = of[0]["steps"]
        p95 = [i["p95_ms"] for i in of]
        longest = [i["max_ms"] for i in of]
        rows.append(spread(f"{name}: 95th pct ({steps} steps)", p95, "ms", "<= 16 ms", _median(p95) <= 16, 1))
        rows.append(spread(f"{name}: longest stall", longest, "ms", "<= 50 ms", _median(longest) <= 50, 1))
    longest = [r["longest_ms"] for r in runs]
    rows.append(spread("longest stall of the whole tour", longest, "ms", "<= 50 ms", _median(longest) <= 50, 1))
    for stall, interaction, what in runs[-1]["slowest_steps"][:5]:
        rows.append(single(f"  slow step (last run): {interaction}, {what}", f"{stall:.0f} ms"))
    return rows


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

    def of(key: str) -> list[float]:
        return [r[key] for r in runs]

    def judged(what: str, key: str, limit: float, digits: int = 1) -> Row:
        return spread(what, of(key), "ms", f"<= {limit:g} ms", _median(of(key)) <= limit, digits)

    return [
        judged("typing one character in the case filter (median key)", "filter_keystroke_ms", 16),
        judged("switching the week in the Time panel (median click)", "week_switch_ms", 30),
        judged("opening the Say no panel (first time)", "open_say_no_ms", 50),
        judged(
            f"statement of a year as PDF ({runs[0]['statement_pages']:.0f} pages)", "statement_year_pdf_ms", 1000, 0
        ),
        spread(
            f"union preview of {runs[0]['union_months']:.0f} months, built", of("union_preview_all_months_ms"), "ms"
        ),
        judged("union preview, a click on the month spinner (worst of 6)", "union_month_click_ms", 16),
        spread("peak memory, all of the above", memory, "MB"),
    ]


def bench_union_export(b: Bench) -> list[Row]:
    """The union export of every month of the database, written as JSON."""
    from workload_desk.core.database import open_database
    from workload_desk.core.union_export import build_export, write_export

    db = open_database(b.db)
    first = b.today - timedelta(days=183 if b.quick else 3652)
    out = b.work / "union.json"
    try:
        times = [t * 1000 for t in seconds_of(lambda: write_export(build_export(db, first, b.today), out), b.runs)]
    finally:
        db.close()
    return [spread(f"union export of {b.period}", times, "ms", "<= 500 ms", _median(times) <= 500)]


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
    times = seconds_of(lambda: summarize(files), 1 if b.quick else 3)
    target = 10.0 * count / 5000
    return [spread(f"union summary of {count} exports", times, "s", f"<= {target:.1f} s", _median(times) <= target, 2)]


def _worked_hours_reported(name: str, output: str) -> float:
    """The week's worked hours as each tool prints them: the check that all three saw the same entries."""
    if name.startswith("workload-desk"):
        return json.loads(output)["worked_hours"]
    if name.startswith("watson"):
        return json.loads(output)["time"] / 3600
    hours, minutes, seconds = map(int, re.findall(r"(\d+):(\d\d):(\d\d)\s*$", output.strip())[-1])
    return hours + minutes / 60 + seconds / 3600


def bench_week_json(b: Bench) -> list[Row]:
    """``week --json`` against Timewarrior's summary and Watson's report of the same week and entries,
    at half a year, two and ten years of history (Watson reads its whole history on every call).

    Ours runs in each form (see peers.week_json_forms): the checkout's editable install, the wheel
    installed as pipx installs it, and the bundle when built. The targets are judged on the wheel,
    the form a worker runs from a terminal; the other two are reported beside it.
    """
    from .peers import BUNDLED, EDITABLE, WHEEL, run, week_commands, week_json_forms

    day = b.today - timedelta(days=7)  # a whole week, the same for all
    forms = week_json_forms(b.quick)
    judged = WHEEL if forms[WHEEL] else EDITABLE
    rows: list[Row] = []
    for years in (0.5,) if b.quick else (0.5, 2, 10):
        commands = week_commands(b.db_of(years), b.work / f"peers-{years}", day, forms)
        found = {name: c for name, c in commands.items() if c is not None}
        hints = {WHEEL: "bash bootstrap.sh bench builds it", BUNDLED: "bash bootstrap.sh bundle builds it"}
        rows += [
            single(f"{name}: not there", "", "", f"skipped ({hints.get(name, 'bash bootstrap.sh bench installs it')})")
            for name, c in commands.items()
            if c is None
        ]
        hours = {name: round(_worked_hours_reported(name, run(*c)), 2) for name, c in found.items()}
        if len(set(hours.values())) > 1:
            raise RuntimeError(f"the tools disagree on the week's hours: {hours}")
        times: dict[str, list[float]] = {name: [] for name in found}
        for i in range(1 if b.quick else 15):  # turn and turn about, so the machine's load treats them alike
            for name, (command, env) in found.items():
                if name.startswith("watson") and i >= 5:
                    continue  # seconds a run at ten years: five are enough
                times[name] += [t * 1000 for t in seconds_of(lambda command=command, env=env: run(command, env), 1)]
        period = f"{years:g} years"
        for name, values in times.items():
            rows.append(spread(f"{name}, {period}", values, "ms", digits=1))
        for form in (f for f in (WHEEL, EDITABLE, BUNDLED) if f in times):
            ours, short = times[form], form.split("(", 1)[1].rstrip(")")
            judge = form == judged
            if "timew summary" in times:
                pairs = [o / t for o, t in zip(ours, times["timew summary"])]
                ratio = _median(ours) / _median(times["timew summary"])
                target = "<= 10 x" if judge else "(reported)"
                rows.append(
                    spread(
                        f"week --json ({short}) against timew, {period}",
                        pairs,
                        "x",
                        target,
                        ratio <= 10 if judge else None,
                        1,
                    )
                )
            if "watson report" in times:
                pairs = [w / o for o, w in zip(ours, times["watson report"])]
                ratio = _median(times["watson report"]) / _median(ours)
                target = ">= 1 x" if judge else "(reported)"
                rows.append(
                    spread(
                        f"week --json ({short}) faster than Watson, {period}",
                        pairs,
                        "x",
                        target,
                        ratio >= 1 if judge else None,
                        1,
                    )
                )
    return rows


def bench_bundle(b: Bench) -> list[Row]:
    """The PyInstaller bundle (bash bootstrap.sh bundle) against an empty window bundled the same way
    (benchmarks/empty_window.spec, built here when missing): start-up to ready in pairs, and sizes."""
    from .bundle import APP_BUNDLE, build_empty_bundle, folder_megabytes, ready_ms

    if not APP_BUNDLE.is_file():
        return [single("bundle start-up to ready", "(not built)", "", "bash bootstrap.sh bundle")]
    empty = build_empty_bundle()
    db = b.work / "bundle-demo.db"
    subprocess.run([str(APP_BUNDLE), "--db", str(db), "demo"], env=_gui_env(), check=True, capture_output=True)
    app = [str(APP_BUNDLE), "--db", str(db), "--quit-when-ready"]
    ready_ms([str(empty)]), ready_ms(app)  # warm the file cache for both
    empties, apps = [], []
    for _ in range(1 if b.quick else 15):
        empties.append(ready_ms([str(empty)]))
        apps.append(ready_ms(app))
    ratio = _median(apps) / _median(empties)
    return [
        spread("bundled empty PySide6 window shown and closed", empties, "ms", "(yardstick)"),
        spread("bundle start-up to ready, demo year", apps, "ms"),
        spread(
            "bundle start-up against the bundled empty window (pairs)",
            [a / e for a, e in zip(apps, empties)],
            "x",
            "<= 1.5 x",
            ratio <= 1.5,
            2,
        ),
        single("bundle size on disk", f"{folder_megabytes(APP_BUNDLE.parent):.0f} MB", "(reported)"),
        single("bundled empty window's size on disk", f"{folder_megabytes(empty.parent):.0f} MB", "(yardstick)"),
    ]


BENCHMARKS: dict[str, Callable[[Bench], list[Row]]] = {
    "startup": bench_startup,
    "stalls": bench_stalls,
    "window": bench_window,
    "union-export": bench_union_export,
    "union-summary": bench_union_summary,
    "week-json": bench_week_json,
    "bundle": bench_bundle,
}


def machine() -> str:
    """Where the figures were measured: cores, CPU, Python, PySide6, and how busy the machine was."""
    import platform

    import PySide6

    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in _read("/proc/cpuinfo").splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "?",
    )
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return (
        f"{os.cpu_count()} cores ({model}), Python {platform.python_version()}, PySide6 {PySide6.__version__}; "
        f"load average at the start: {load} (1 / 5 / 15 min)"
    )


def _read(path: str) -> str:
    try:
        return Path(path).read_text()
    except OSError:
        return ""


def print_table(rows: list[Row]) -> None:
    header = ("what", "min", "median", "max", "target", "result")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        cells = [cell.ljust(w) if i in (0, 4, 5) else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths))]
        print("  ".join(cells).rstrip(), flush=True)


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
    print(machine(), flush=True)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        bench = Bench(Path(tmp), args.quick)
        for name in args.names or BENCHMARKS:
            rows += BENCHMARKS[name](bench)
    if args.quick:  # the targets are for ten years: half a year shows the benchmarks run, not whether they are met
        rows = [(*r[:5], "(quick: not judged)" if r[5] in ("met", "MISSED") else r[5]) for r in rows]
    print_table(rows)
    print(f"load average at the end: {' / '.join(f'{x:.1f}' for x in os.getloadavg())} (1 / 5 / 15 min)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

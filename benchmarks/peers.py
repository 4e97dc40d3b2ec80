"""The same time entries for two peer time trackers, and how to ask each for one week.

- Watson (``td-watson`` from PyPI, Python): every entry becomes a frame in ``$WATSON_DIR/frames``,
  the task kind as its project and the case label as a tag; ``watson report --from --to --json``.
- Timewarrior (Debian package ``timewarrior``, C++): every entry becomes an ``inc`` line in the
  monthly file ``$TIMEWARRIORDB/data/YYYY-MM.data``; ``timew summary FROM - TO``.

Times are written as they are stored (wall-clock) and both peers run with ``TZ=UTC``, so the three
tools see the same hours.

``week --json`` is run in each form it takes: the checkout's editable install (``.venv``, whose
import hook costs every Python start there), the wheel as pipx installs it (built from this checkout
and installed, not editable, into ``build/bench-venv``: the form the target is judged on) and the
PyInstaller bundle when it is built (``dist/workload-desk``). Neither peer is a dependency of the app: Watson lives in its own
virtual environment made by ``bootstrap.sh bench``, Timewarrior comes from apt.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path


def _entries(db_path: Path) -> list[tuple[datetime, datetime, str, str | None]]:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            'SELECT e.start, e."end", e.task_kind, c.label FROM time_entries e '
            'LEFT JOIN cases c ON c.id = e.case_id WHERE e."end" IS NOT NULL ORDER BY e.start'
        ).fetchall()
    finally:
        conn.close()
    return [(datetime.fromisoformat(s), datetime.fromisoformat(e), kind, label) for s, e, kind, label in rows]


def _utc_seconds(moment: datetime) -> int:
    return int(moment.replace(tzinfo=timezone.utc).timestamp())


def write_watson(db_path: Path, folder: Path) -> Path:
    """Write Watson's frames file for every entry in ``db_path``; return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    frames = [
        [
            _utc_seconds(start),
            _utc_seconds(end),
            kind,
            uuid.UUID(int=i).hex,
            [label] if label else [],
            _utc_seconds(end),
        ]
        for i, (start, end, kind, label) in enumerate(_entries(db_path))
    ]
    (folder / "frames").write_text(json.dumps(frames))
    (folder / "config").write_text("[options]\nreport_current = false\n")
    return folder


def write_timewarrior(db_path: Path, folder: Path) -> Path:
    """Write Timewarrior's monthly data files for every entry in ``db_path``; return the folder."""
    data = folder / "data"
    data.mkdir(parents=True, exist_ok=True)
    (folder / "timewarrior.cfg").write_text("")
    months: dict[str, list[str]] = {}
    tags: set[str] = set()
    for start, end, kind, label in _entries(db_path):
        names = [kind] + ([label] if label else [])
        tags.update(names)
        line = f"inc {start:%Y%m%dT%H%M%S}Z - {end:%Y%m%dT%H%M%S}Z # {' '.join(names)}\n"
        months.setdefault(f"{start:%Y-%m}", []).append(line)
    for month, lines in months.items():
        (data / f"{month}.data").write_text("".join(lines))
    (data / "tags.data").write_text(json.dumps({tag: {"count": 1} for tag in sorted(tags)}))
    return folder


ROOT = Path(__file__).resolve().parent.parent
BENCH_VENV = ROOT / "build" / "bench-venv"
BUNDLE = ROOT / "dist" / "workload-desk" / "workload-desk"
EDITABLE = "workload-desk week --json (checkout, editable)"
WHEEL = "workload-desk week --json (wheel, installed)"
BUNDLED = "workload-desk week --json (bundle)"


def installed_wheel() -> Path:
    """Build the wheel of this checkout and install it (not editable) in ``build/bench-venv``, as pipx would;
    return its ``workload-desk`` script. The first time the dependencies are installed too; after that only
    the app is replaced, so the figures are of the code as it is. pip compiles the bytecode, as it does for a user.
    """
    wheels = ROOT / "build" / "bench-wheels"
    shutil.rmtree(wheels, ignore_errors=True)
    quiet = {"check": True, "capture_output": True}
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(ROOT)], **quiet)
    python = BENCH_VENV / "bin" / "python"
    again = python.exists()
    if not again:
        subprocess.run([sys.executable, "-m", "venv", str(BENCH_VENV)], **quiet)
    wheel = next(wheels.glob("workload_desk-*.whl"))
    replace = ["--no-deps", "--force-reinstall"] if again else []
    subprocess.run([str(python), "-m", "pip", "install", "-q", *replace, str(wheel)], **quiet)
    return BENCH_VENV / "bin" / "workload-desk"


def week_json_forms(quick: bool) -> dict[str, list[str] | None]:
    """How to start ``workload-desk`` in each shipped form and in the checkout (None: not there).

    ``quick`` does not build the wheel's environment (a minute with its dependencies the first time):
    it measures the wheel only when an earlier full run left it.
    """
    script = Path(sys.executable).with_name("workload-desk")  # what a worker types, as pip installed it
    forms: dict[str, list[str] | None] = {
        EDITABLE: [str(script)] if script.exists() else [sys.executable, "-m", "workload_desk"]
    }
    wheel = BENCH_VENV / "bin" / "workload-desk"
    if not quick:
        wheel = installed_wheel()
    forms[WHEEL] = [str(wheel)] if wheel.exists() else None
    forms[BUNDLED] = [str(BUNDLE)] if BUNDLE.is_file() else None
    return forms


def watson_command() -> list[str] | None:
    """How to start Watson: from the bench environment, else from PATH; None when it is not there."""
    here = Path(__file__).resolve().parent.parent / ".venv-bench" / "bin" / "watson"
    if here.exists():
        return [str(here)]
    found = shutil.which("watson")
    return [found] if found else None


def timew_command() -> list[str] | None:
    """How to start Timewarrior; None when it is not installed."""
    found = shutil.which("timew")
    return [found] if found else None


def week_commands(
    db_path: Path, work: Path, day: date, forms: dict[str, list[str] | None]
) -> dict[str, tuple[list[str], dict[str, str]] | None]:
    """The commands that report the week of ``day``: ours in each of ``forms`` (see :func:`week_json_forms`),
    Watson's and Timewarrior's, each with its environment (None: missing)."""
    monday = day - timedelta(days=day.weekday())
    sunday = monday + timedelta(days=6)
    found: dict[str, tuple[list[str], dict[str, str]] | None] = {
        name: ([*start, "--db", str(db_path), "week", "--date", day.isoformat(), "--json"], dict(os.environ))
        if start
        else None
        for name, start in forms.items()
    }
    watson = watson_command()
    if watson:
        folder = write_watson(db_path, work / "watson")
        env = dict(os.environ, WATSON_DIR=str(folder), TZ="UTC")
        found["watson report"] = (
            [*watson, "report", "--from", monday.isoformat(), "--to", sunday.isoformat(), "--json"],
            env,
        )
    else:
        found["watson report"] = None
    timew = timew_command()
    if timew:
        folder = write_timewarrior(db_path, work / "timewarrior")
        env = dict(os.environ, TIMEWARRIORDB=str(folder), TZ="UTC")
        found["timew summary"] = (
            [*timew, "summary", monday.isoformat(), "-", (sunday + timedelta(days=1)).isoformat()],
            env,
        )
    else:
        found["timew summary"] = None
    return found


def run(command: list[str], env: dict[str, str]) -> str:
    """Run one command, failing loudly when it fails; return what it printed."""
    done = subprocess.run(command, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} failed ({done.returncode}): {done.stderr.strip()[:300]}")
    return done.stdout

"""Killed mid-write, again and again: the file stays whole, every acknowledged write is there, the timer returns.

The real command line is killed too, during ``backup``, ``restore``, ``import-all``, a migration and
the first start. The suite runs a reduced count; ``WORKLOAD_DESK_KILL_RUNS=50`` runs the full count
(see the README).
"""

import os
import random
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from workload_desk.core import backup
from workload_desk.core.database import check_database_file, open_database
from workload_desk.core.full_export import write_export_all
from workload_desk.core.migrations import known_names, migration_set

HERE = Path(__file__).resolve().parent
RUNS = int(os.environ.get("WORKLOAD_DESK_KILL_RUNS", "8"))


def test_sigkill_in_the_middle_of_writes_loses_nothing_acknowledged(db_path):
    rng = random.Random(int(os.environ.get("WORKLOAD_DESK_KILL_SEED", "11")))
    acknowledged: set[int] = set()
    timer_id = None
    for run in range(RUNS):
        proc = subprocess.Popen(
            [sys.executable, str(HERE / "crash_writer.py"), str(db_path)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=HERE.parent,
        )
        stop_after = rng.randint(0, 120)
        lines = 0
        for line in proc.stdout:
            kind, number = line.split()
            if kind in ("timer", "recovered"):
                assert timer_id is None or int(number) == timer_id, "the running timer was lost"
                timer_id = int(number)
            else:
                acknowledged.add(int(number))
            lines += 1
            if lines > stop_after:
                break
        proc.kill()  # SIGKILL; TerminateProcess on Windows
        proc.wait()
        conn = sqlite3.connect(db_path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"run {run}"
            stored = {r[0] for r in conn.execute('SELECT id FROM time_entries WHERE "end" IS NOT NULL')}
            assert acknowledged <= stored, f"run {run}: acknowledged writes lost"
            if timer_id is not None:
                running = conn.execute('SELECT id FROM time_entries WHERE "end" IS NULL').fetchall()
                assert running == [(timer_id,)], f"run {run}: the timer is gone"
        finally:
            conn.close()
    assert acknowledged  # the runs did write


# Each command is killed this many times (2 in the suite); the moments are drawn from how long a whole run takes.
CLI_RUNS = max(2, RUNS // 4)
ENTRIES = 20_000  # enough rows that the copy, the import or the migration takes a while to kill into


def cli(path: Path, *argv: str) -> list[str]:
    return [sys.executable, "-m", "workload_desk", "--db", str(path), *argv]


def seconds_of(argv: list[str]) -> float:
    """How long a whole run takes here: the span the kills are drawn from (measured, never asserted)."""
    began = time.monotonic()
    done = subprocess.run(argv, capture_output=True, text=True, cwd=HERE.parent, timeout=120)
    assert done.returncode == 0, done.stderr
    return time.monotonic() - began


def kill_at_random(argv: list[str], rng: random.Random, start_up: float, whole: float) -> None:
    """Run ``argv`` and SIGKILL it at a moment drawn between the end of Python's start-up and the end of a whole run."""
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=HERE.parent)
    try:
        proc.wait(timeout=rng.uniform(0.8 * start_up, max(whole, start_up)))
    except subprocess.TimeoutExpired:
        proc.kill()  # SIGKILL; TerminateProcess on Windows
        proc.wait()


def make_database(path: Path, schema: int | None = None, label: str = "A", year: int = 2015, entries: int = ENTRIES):
    """A database of 50 cases and ``entries`` hours, at the current schema or after its first ``schema`` migrations."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if schema is None:
        open_database(path).close()
    else:
        made = Database(path)
        migration_set().apply(made, stop_before=known_names()[schema])
        made.close()
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT INTO cases(label, opened) VALUES (?, '2020-01-06')", [(f"{label}{i}",) for i in range(50)]
        )
        base = datetime(year, 1, 5, 8)
        starts = [base + timedelta(minutes=3 * i) for i in range(entries)]
        if schema is None or schema >= 6:
            conn.executemany(
                'INSERT INTO time_entries(start, "end", task_kind, start_offset, end_offset) VALUES (?, ?, ?, 60, 60)',
                [(s.isoformat(), (s + timedelta(minutes=2)).isoformat(), "admin") for s in starts],
            )
        else:
            conn.executemany(
                'INSERT INTO time_entries(start, "end", task_kind) VALUES (?, ?, ?)',
                [(s.isoformat(), (s + timedelta(minutes=2)).isoformat(), "admin") for s in starts],
            )
    conn.close()


def holdings(path: Path) -> tuple[set[str], set[int]]:
    """The case labels and entry ids the file holds; the file passes SQLite's integrity check."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {r[0] for r in conn.execute("SELECT label FROM cases")}, {
            r[0] for r in conn.execute("SELECT id FROM time_entries")
        }
    finally:
        conn.close()


def opens_whole(path: Path) -> tuple[set[str], set[int]]:
    """The app opens the file after the kill (finishing a migration if need be); every backup listed is whole."""
    for part in path.parent.rglob(".*.part*"):  # a leftover is from an earlier process by the next start
        old = 1_000_000_000  # 2001: before this test process started, however long the suite has run
        os.utime(part, (old, old))
    open_database(path).close()
    assert not list(path.parent.rglob(".*.part*")), "a leftover .part file stayed"
    for b in backup.list_backups(path):
        check_database_file(b.path)
    return holdings(path)


SCENARIOS = ["backup", "restore", "import-all", "migration", "first-start"]


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_the_command_line_killed_midway_loses_nothing_acknowledged(tmp_path, scenario):
    rng = random.Random(int(os.environ.get("WORKLOAD_DESK_KILL_SEED", "11")) + SCENARIOS.index(scenario))
    other = tmp_path / "other" / "other.db"
    make_database(other, label="B", year=2005, entries=200)  # a merge checks each entry's hours: slow
    export = tmp_path / "other" / "everything.json"
    source = open_database(other)
    write_export_all(source, export)
    source.close()

    def prepare(folder: Path) -> tuple[Path, list[str]]:
        path = folder / "workload.db"
        if scenario == "first-start":
            folder.mkdir(parents=True)
            return path, cli(path, "case", "list")
        make_database(path, schema=5 if scenario == "migration" else None)
        argv = {
            "backup": ["backup"],
            "restore": ["restore", str(other)],
            "import-all": ["import-all", str(export), "--merge"],
            "migration": ["case", "list"],
        }[scenario]
        return path, cli(path, *argv)

    start_up = seconds_of(cli(tmp_path / "none.db", "version"))
    whole = seconds_of(prepare(tmp_path / "measure")[1])
    theirs = holdings(other)
    for run in range(CLI_RUNS):
        path, argv = prepare(tmp_path / f"run{run}")
        before = holdings(path) if path.exists() else (set(), set())
        kill_at_random(argv, rng, start_up, whole)
        labels, entries = opens_whole(path)
        if scenario == "restore" and (labels, entries) == theirs:
            (copy,) = [b for b in backup.list_backups(path) if b.kind == "restore"]
            assert holdings(copy.path) == before, f"run {run}: the database before the restore is lost"
        elif scenario == "import-all":
            assert before[0] <= labels and before[1] <= entries, f"run {run}: acknowledged work lost"
            assert labels in (before[0], before[0] | theirs[0]), f"run {run}: half an import"
        else:
            assert (labels, entries) == before, f"run {run}: acknowledged work lost"

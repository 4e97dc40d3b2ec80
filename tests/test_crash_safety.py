"""Killed mid-write, again and again: the file stays whole, every acknowledged write is there, the timer returns.

The suite runs a reduced count; ``WORKLOAD_DESK_KILL_RUNS=50`` runs the full count (see the README).
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

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
        proc.send_signal(signal.SIGKILL)
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

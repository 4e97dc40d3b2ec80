"""Writers wait for each other: several command-line processes writing at once each get every write in."""

import subprocess
import sys
from pathlib import Path

from workload_desk.core.database import open_database

WRITER = Path(__file__).with_name("concurrent_writer.py")


def test_four_command_line_writers_at_once_lose_no_write(db_path):
    open_database(db_path).close()
    writers = [
        subprocess.Popen(
            [sys.executable, str(WRITER), str(db_path), str(n), "60"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(4)
    ]
    results = [w.communicate(timeout=240) for w in writers]
    statuses = [line for out, _ in results for line in out.split()]
    errors = [err for _, err in results if err.strip()]
    assert errors == [] and statuses == ["0"] * 240
    db = open_database(db_path)
    try:
        assert db.execute("SELECT count(*) FROM time_entries").fetchone()[0] == 240
    finally:
        db.close()

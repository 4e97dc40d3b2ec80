"""One window per database: a second start on the same file says so, exits, and leaves the file intact."""

import hashlib
import subprocess

import pytest

from workload_desk.core.errors import UserError
from workload_desk.ui.session import Session


def test_a_second_session_on_the_same_file_is_refused(qapp, db_path):
    first = Session.open(db_path)
    try:
        with pytest.raises(UserError, match="al geopend"):
            Session.open(db_path)
    finally:
        first.close()
    Session.open(db_path).close()  # free again once the first is closed


def test_a_second_process_exits_and_leaves_the_file(qapp, python, db_path):
    first = Session.open(db_path)
    first.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    try:
        done = subprocess.run(
            [python, "-m", "workload_desk", "--db", str(db_path), "--quit-when-ready"],
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        first.close()
    assert done.returncode == 1
    assert "al geopend" in done.stderr
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_the_window_opens_on_the_demo_and_quits_when_ready(python, db_path):
    assert subprocess.run([python, "-m", "workload_desk", "--db", str(db_path), "demo"], timeout=60).returncode == 0
    done = subprocess.run(
        [python, "-m", "workload_desk", "--db", str(db_path), "--quit-when-ready"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr

"""``week`` reads an up-to-date file opened read-only (database.open_to_read); any other file goes the full
way, which makes, upgrades or refuses it in words, exactly as before."""

import gc
import os
import sqlite3
from datetime import datetime

import pytest

from workload_desk.core.database import open_database, open_to_read, schema_version
from workload_desk.core.time_log import add_entry
from workload_desk.main import main

WEEK = ["week", "--json", "--date", "2026-11-18"]


@pytest.fixture
def logged(db_path):
    db = open_database(db_path)
    add_entry(db, datetime(2026, 11, 16, 9, 0), datetime(2026, 11, 16, 17, 30), "visit", now=datetime(2026, 11, 20))
    add_entry(db, datetime(2026, 11, 17, 22, 0), datetime(2026, 11, 18, 1, 0), "court", now=datetime(2026, 11, 20))
    db.close()
    return db_path


def _week(path, capsys, *extra) -> tuple[int, str, str]:
    status = main(["--db", str(path), *extra, *WEEK])
    out, err = capsys.readouterr()
    return status, out, err


def _user_version(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_an_up_to_date_file_is_opened_read_only(logged):
    db = open_to_read(str(logged))
    assert db is not None
    try:
        assert db.execute("SELECT count(*) FROM time_entries").fetchone()[0] == 2
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            db.conn.execute("DELETE FROM time_entries")
    finally:
        db.close()


def test_a_file_that_is_not_up_to_date_is_left_to_the_full_way(logged, tmp_path):
    conn = sqlite3.connect(logged)
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    assert open_to_read(str(logged)) is None
    assert open_to_read(str(tmp_path / "none.db")) is None
    assert open_to_read(str(tmp_path)) is None  # a folder
    (tmp_path / "text.db").write_text("not a database at all, but long enough to be read as one " * 40)
    assert open_to_read(str(tmp_path / "text.db")) is None


def test_the_week_reads_the_same_either_way(logged, capsys):
    quick = _week(logged, capsys)
    assert quick[0] == 0 and '"worked_hours": 11.5' in quick[1]
    conn = sqlite3.connect(logged)
    conn.execute("PRAGMA user_version = 0")  # as a file from before user_version: the full way
    conn.close()
    assert _week(logged, capsys) == quick
    assert _user_version(logged) == 0  # the full way sets it only when it upgrades


def test_a_name_with_uri_characters_is_read(logged, capsys, tmp_path):
    odd = tmp_path / "uren 100%?#w.db"
    os.rename(logged, odd)
    assert open_to_read(str(odd)) is not None
    status, out, _ = _week(odd, capsys)
    assert status == 0 and '"worked_hours": 11.5' in out


def test_a_damaged_file_is_refused_in_words_by_the_full_way(logged, capsys):
    conn = sqlite3.connect(logged)
    conn.execute("DROP TABLE days_off")
    conn.close()
    assert _user_version(logged) == schema_version()  # so the quick way opens it, and its read fails
    status, out, err = _week(logged, capsys)
    assert status == 2 and out == ""
    assert "days_off" in err and "Workload Desk" in err


def test_a_missing_file_is_still_refused(tmp_path, capsys):
    status, out, err = _week(tmp_path / "missing.db", capsys)
    assert status == 2 and out == "" and "missing.db" in err
    assert not (tmp_path / "missing.db").exists()


def test_the_cycle_collector_is_left_on_when_main_is_called_with_arguments(logged, capsys):
    """Only the process's own call (``main()``, which ends the process) switches the collector off."""
    assert gc.isenabled()
    assert _week(logged, capsys)[0] == 0
    assert gc.isenabled()

"""A full disk or a read-only folder is said as such: a healthy database is never called damaged or open elsewhere."""

import errno
import hashlib
import os
import sqlite3

import pytest

from workload_desk.cli.main import run
from workload_desk.core import backup, window_lock
from workload_desk.core.database import open_database
from workload_desk.core.errors import DatabaseError, UserError
from workload_desk.core.migrations import SET_NAME
from workload_desk.ui.session import Session

real_connect = sqlite3.connect


def sqlite_error(code: int, text: str) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code
    return error


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def healthy(db_path):
    db = open_database(db_path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return db_path


def test_a_healthy_database_in_a_read_only_folder_is_not_called_damaged(qapp, healthy, monkeypatch):
    def connect(target, *args, **kwargs):  # what SQLite says when it cannot make the -shm file beside it
        if "mode=ro" in str(target):
            raise sqlite_error(14, "unable to open database file")
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    with pytest.raises(DatabaseError) as refused:
        Session.open(healthy)
    assert refused.value.kind != "corrupt"  # so no restore is offered and nothing is set aside
    assert "alleen-lezen" in refused.value.message and "beschadigd" not in refused.value.message


def test_a_lock_file_that_cannot_be_made_is_not_called_already_open(qapp, healthy, monkeypatch):
    def no_room(*_args, **_kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(window_lock.os, "open", no_room)
    with pytest.raises(UserError) as refused:
        Session.open(healthy)
    assert "alleen-lezen" in refused.value.message and "al geopend" not in refused.value.message


def test_a_full_disk_at_first_start_ends_in_one_sentence(db_path, monkeypatch, capsys):
    def connect(target, *args, **kwargs):
        conn = real_connect(target, *args, **kwargs)
        conn.execute("PRAGMA max_page_count = 1")  # SQLite's own "database or disk is full"
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)
    assert run(["--db", str(db_path), "case", "list"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "schijf is vol" in err and "Traceback" not in err


def test_a_full_disk_at_migration_ends_in_one_sentence_and_leaves_the_file(healthy, monkeypatch, capsys):
    conn = real_connect(healthy)
    with conn:
        conn.execute(
            "DELETE FROM _sqlite_migrations WHERE rowid = (SELECT max(rowid) FROM _sqlite_migrations "
            "WHERE migration_set = ?)",
            [SET_NAME],
        )
    conn.close()
    before = digest(healthy)

    def connect(target, *args, **kwargs):
        if "-before-migration-" in str(target):
            raise sqlite_error(13, "database or disk is full")
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    assert run(["--db", str(healthy), "case", "list"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "schijf is vol" in err and "bijgewerkt" in err
    assert digest(healthy) == before
    assert not list(healthy.parent.glob("**/*-before-migration-*.db"))


def test_a_full_disk_at_restore_ends_in_one_sentence_and_leaves_the_database(healthy, tmp_path, monkeypatch, capsys):
    source = tmp_path / "source.db"
    open_database(source).close()
    before = digest(healthy)

    def replace(*_args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(backup.os, "replace", replace)
    assert run(["--db", str(healthy), "restore", str(source)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "schijf is vol" in err
    assert digest(healthy) == before
    assert not list(tmp_path.glob(".*.restoring")) and not list(tmp_path.glob(".*.part"))


def test_the_integrity_check_calls_a_full_disk_no_damage(qapp, healthy, monkeypatch):
    from workload_desk.ui.data_safety import _IntegrityJob

    def connect(*_args, **_kwargs):
        raise sqlite_error(13, "database or disk is full")

    monkeypatch.setattr(sqlite3, "connect", connect)
    job = _IntegrityJob(healthy)
    said = []
    job.finished.connect(said.append)
    job.run()
    assert said == [True]


def test_an_index_that_cannot_grow_is_said_as_a_full_disk():
    from workload_desk.core.causes import cause_of

    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = sqlite3.SQLITE_IOERR_SHMSIZE
    assert cause_of(error) == "de schijf is vol"

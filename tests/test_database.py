"""The database file: created private, upgraded with a copy taken first, a newer or foreign file refused untouched."""

import hashlib
import os
import sqlite3
import stat

import pytest
from sqlite_utils import Database

from workload_desk.core.database import default_path, open_database, schema_version
from workload_desk.core.errors import DatabaseError
from workload_desk.core.migrations import SET_NAME, known_names, migration_set


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_fresh_file_is_private_wal_with_foreign_keys(db, db_path):
    assert os.name == "nt" or stat.S_IMODE(os.stat(db_path).st_mode) == 0o600  # modes are advisory on Windows
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA user_version").fetchone()[0] == schema_version() == len(known_names())
    assert {"cases", "measures", "tasks", "time_entries", "contract_periods", "settings"} <= set(db.table_names())


def test_default_path_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("WORKLOAD_DESK_DB", str(tmp_path / "x.db"))
    assert default_path() == tmp_path / "x.db"
    monkeypatch.delenv("WORKLOAD_DESK_DB")
    assert default_path().name == "workload.db"
    assert "WorkloadDesk" in str(default_path())


def test_reopening_takes_no_copy(db_path):
    open_database(db_path).close()
    open_database(db_path).close()
    assert not (db_path.parent / "backups").exists()


def test_upgrade_takes_a_copy_first(db_path):
    old = Database(db_path)
    migration_set().apply(old, stop_before=known_names()[-1])
    with old.atomic():
        old.execute("INSERT INTO cases(label, opened) VALUES ('A.B.', '2026-01-01')")
    old.close()
    before = digest(db_path)
    open_database(db_path).close()
    copies = list((db_path.parent / "backups").glob("workload-before-migration-*.db"))
    assert len(copies) == 1
    assert os.name == "nt" or stat.S_IMODE(os.stat(copies[0]).st_mode) == 0o600
    copy = sqlite3.connect(copies[0])
    assert copy.execute("SELECT label FROM cases").fetchall() == [("A.B.",)]
    assert digest(db_path) != before
    upgraded = open_database(db_path)
    assert not migration_set().pending(upgraded.utils)
    assert upgraded.execute("SELECT label FROM cases").fetchall() == [("A.B.",)]


def test_a_newer_file_is_refused_and_left_untouched(db, db_path):
    db.execute(
        "INSERT INTO _sqlite_migrations(migration_set, name, applied_at) VALUES (?, 'm999_from_the_future', 'x')",
        [SET_NAME],
    )
    db.conn.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    before = digest(db_path)
    with pytest.raises(DatabaseError, match="nieuwere versie") as err:
        open_database(db_path)
    assert err.value.kind == "newer"
    assert digest(db_path) == before


def test_a_foreign_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseError, match="geen Workload Desk-database") as err:
        open_database(path)
    assert err.value.kind == "foreign"
    assert digest(path) == before


def test_a_file_that_is_no_database_is_refused_untouched(tmp_path, english):
    path = tmp_path / "notes.db"
    path.write_text("dear diary")
    with pytest.raises(DatabaseError, match="is damaged or is not a database") as err:
        open_database(path)
    assert err.value.kind == "corrupt"
    assert path.read_text() == "dear diary"


@pytest.mark.skipif(getattr(os, "geteuid", lambda: -1)() == 0 or os.name == "nt", reason="root may write anywhere")
def test_a_folder_that_cannot_be_written(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    with pytest.raises(DatabaseError, match="kan niet worden geopend"):
        open_database(folder / "workload.db")


def test_a_path_under_a_file_gives_a_message(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(DatabaseError, match="kan niet worden geopend"):
        open_database(blocker / "workload.db")


def test_schema_checks_back_up_the_rules(db):
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO contract_periods(valid_from, hours) VALUES ('2026-01-01', 61)")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            'INSERT INTO time_entries(start, "end", task_kind) '
            "VALUES ('2026-01-01T10:00', '2026-01-01T09:00', 'admin')"
        )

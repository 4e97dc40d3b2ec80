"""Data safety at the edges: safety copies outlive the rotation, hollow files are refused, leftovers go."""

import os
import sqlite3
import subprocess
from datetime import date, datetime, timedelta

import pytest
from sqlite_utils import Database

from workload_desk.core import backup, copies
from workload_desk.core.cases import add_case, list_cases
from workload_desk.core.database import check_database_file, open_database
from workload_desk.core.errors import DatabaseError
from workload_desk.core.full_export import export_all, import_with_safety_copy
from workload_desk.core.migrations import known_names, migration_set

NOW = datetime(2026, 11, 22, 9, 30)


def labels(path):
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT label FROM cases"))
    finally:
        conn.close()


def test_the_safety_copy_of_a_restore_outlives_the_rotation(db, db_path):
    add_case(db, "First.", date(2026, 1, 5))
    saved = backup.backup_now(db_path, NOW)
    add_case(db, "Second.", date(2026, 1, 5))
    db.close()
    before = backup.restore(db_path, saved, NOW + timedelta(minutes=1))
    assert before.name.startswith("workload-before-restore-") and labels(before) == ["First.", "Second."]
    # The next backups of the day, quitting the window and the days after rotated it away before.
    for minutes in (2, 3, 60):
        backup.auto_backup(db_path, NOW + timedelta(minutes=minutes), on_quit=True)
    for days in range(1, 30):
        backup.auto_backup(db_path, NOW + timedelta(days=days), on_quit=True)
    kept = [b for b in backup.list_backups(db_path) if b.kind == "restore"]
    assert [b.path for b in kept] == [before] and labels(before) == ["First.", "Second."]
    backup.rotate(db_path, (NOW + timedelta(days=30)).date())
    assert not before.exists()  # kept 30 days, then rotated like the rest


def test_safety_copies_before_an_import_and_a_migration_are_kept_too(db, db_path, tmp_path):
    add_case(db, "Mine.", date(2026, 1, 5))
    other = open_database(tmp_path / "other.db")
    add_case(other, "Theirs.", date(2026, 2, 2))
    import_with_safety_copy(db, db_path, export_all(other), merge=True)
    old = tmp_path / "old" / "workload.db"
    old.parent.mkdir()
    made = Database(old)
    migration_set().apply(made, stop_before=known_names()[-1])
    made.close()
    open_database(old).close()
    for path, kind in ((db_path, "import"), (old, "migration")):
        for minutes in range(3):
            backup.auto_backup(path, NOW + timedelta(minutes=minutes), on_quit=True)
        (copy,) = [b for b in backup.list_backups(path) if b.kind == kind]
        check_database_file(copy.path)
    assert [b.kind for b in backup.list_backups(db_path)].count(None) == 1  # the daily ones still rotate
    assert labels(next(b.path for b in backup.list_backups(db_path) if b.kind == "import")) == ["Mine."]


def test_the_restore_dialog_says_what_a_safety_copy_is(qapp, qtbot, db, db_path):
    from workload_desk.ui.data_safety import RestoreDialog
    from workload_desk.ui.language import apply_language

    apply_language("nl")
    saved = backup.backup_now(db_path, NOW)
    copies.safety_copy(db_path, "restore", NOW + timedelta(minutes=1))
    copies.safety_copy(db_path, "import", NOW + timedelta(minutes=2))
    copies.safety_copy(db_path, "migration", NOW + timedelta(minutes=3))
    dialog = RestoreDialog(db_path)
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert "update" in texts[0] and "import" in texts[1] and "terugzetten" in texts[2]
    assert all("veiligheidskopie" in t for t in texts[:3]) and "veiligheidskopie" not in texts[3]
    assert saved.exists()


def hollow(path, keep=()):
    """A file whose migration table says it is whole, with only the tables in ``keep``."""
    source = sqlite3.connect(path)
    for (table,) in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        if table not in ("_sqlite_migrations", *keep) and not table.startswith("sqlite"):
            source.execute(f"DROP TABLE {table}")
    source.commit()
    source.close()


def test_a_hollow_database_is_not_restored(db, db_path, tmp_path):
    add_case(db, "Keep.", date(2026, 1, 5))
    db.close()
    bad = backup.backup_now(db_path, out=tmp_path / "hollow.db")
    hollow(bad)
    assert sqlite3.connect(bad).execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == len(known_names())
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="mist delen") as err:
        backup.restore(db_path, bad)
    assert err.value.kind == "corrupt" and "cases" in err.value.message
    assert db_path.read_bytes() == before and not backup.list_backups(db_path)


def test_a_missing_column_is_found_and_an_older_schema_is_judged_by_its_own_migrations(db, db_path, tmp_path):
    db.close()
    bad = backup.backup_now(db_path, out=tmp_path / "narrow.db")
    conn = sqlite3.connect(bad)
    conn.execute("ALTER TABLE tasks DROP COLUMN placed_on")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="tasks.placed_on"):
        check_database_file(bad)
    old = tmp_path / "old.db"
    made = Database(old)
    migration_set().apply(made, stop_before=known_names()[3])  # before the say-no tables: whole for its time
    made.close()
    check_database_file(old)


def test_a_hollow_database_at_start_is_damaged_and_the_window_offers_a_backup(qapp, db, db_path):
    from workload_desk.ui.app import offer_restore

    add_case(db, "Saved.", date(2026, 1, 5))
    backup.backup_now(db_path, NOW)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    hollow(db_path, keep=("settings",))
    with pytest.raises(DatabaseError) as err:
        open_database(db_path)
    assert err.value.kind == "corrupt"
    session = offer_restore(db_path, err.value, ask=lambda text: True)
    assert [c.label for c in list_cases(session.db)] == ["Saved."]
    session.close()
    assert any(".broken-" in p.name for p in db_path.parent.iterdir())  # the hollow file is kept aside


def age(path, seconds=3600):
    past = path.stat().st_mtime - seconds
    os.utime(path, (past, past))


def test_stale_part_files_are_removed_at_start_only_ours_only_old(db, db_path):
    backup.backup_now(db_path, NOW)
    folder = db_path.parent / "backups"
    stale = [
        folder / ".workload-20261122-093000-000000.db.k2j4_x.part",
        folder / ".workload-before-restore-20261122-093000-000000.db.abc.part-journal",
        db_path.parent / ".workload.db.zz9.part",
        db_path.parent / ".workload.db.part",
    ]
    kept = [
        folder / ".other-20261122-093000-000000.db.k2j4.part",  # another database's
        folder / ".workload-old-20261122-093000-000000.db.q1.part",  # "workload-old.db"'s, not "workload.db"'s
        db_path.parent / ".workload.db.fresh.part",  # could be a copy being written now
        db_path.parent / "notes.part",
        db_path.parent / ".workload.db.departure",
    ]
    for path in stale + kept:
        path.write_bytes(b"x" * 100)
    for path in stale + kept:
        if path.name != ".workload.db.fresh.part":
            age(path)
    db.close()
    open_database(db_path).close()
    assert [p.exists() for p in stale] == [False] * len(stale)
    assert [p.exists() for p in kept] == [True] * len(kept)


KILL_AT_FSYNC = """
import os, sys
from workload_desk.core import copies
def killed(fd):
    os._exit(9)
copies.fsync_file = killed  # the process dies once the copy is written, before its rename
from workload_desk.core import database
database.fsync_file = killed
from workload_desk.main import main
main(sys.argv[1:])
"""


def run_killed(python, *argv):
    done = subprocess.run([python, "-c", KILL_AT_FSYNC, *argv], capture_output=True, text=True, timeout=60)
    assert done.returncode == 9, done.stderr


def test_a_killed_first_start_leaves_no_database_and_the_next_start_makes_one(python, tmp_path):
    path = tmp_path / "new.db"
    run_killed(python, "--db", str(path), "case", "list")
    assert not path.exists() and [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]
    for part in tmp_path.glob(".new.db.*"):
        age(part)
    open_database(path).close()
    assert [p.name for p in tmp_path.iterdir()] == ["new.db"]  # the WAL files go with the last connection


def test_a_killed_backup_or_pre_migration_copy_is_never_taken_for_a_whole_one(python, db, db_path, tmp_path):
    add_case(db, "Keep.", date(2026, 1, 5))
    db.close()
    run_killed(python, "--db", str(db_path), "backup")
    old = tmp_path / "old" / "workload.db"
    old.parent.mkdir()
    made = Database(old)
    migration_set().apply(made, stop_before=known_names()[-1])
    made.close()
    run_killed(python, "--db", str(old), "case", "list")
    for path in (db_path, old):
        assert backup.list_backups(path) == []  # only a hidden .part file was left
        assert list((path.parent / "backups").glob(".*.part"))
    assert labels(db_path) == ["Keep."]


def test_folders_are_flushed_after_a_rename_except_on_windows(tmp_path, monkeypatch):
    opened = []
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda path, *a: opened.append(path) or real_open(path, *a))
    copies.fsync_folder(tmp_path)
    assert opened == [tmp_path]
    monkeypatch.setattr(os, "name", "nt")
    copies.fsync_folder(tmp_path)
    assert opened == [tmp_path]


def cli(python, *argv):
    return subprocess.run(
        [python, "-m", "workload_desk", "--lang", "en", *argv], capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize("kind", ["missing", "folder", "fifo", "dangling"])
def test_restore_of_what_is_not_a_file_says_so_in_one_sentence(python, db, db_path, tmp_path, kind):
    db.close()
    source = tmp_path / "source.db"
    if kind == "folder":
        source.mkdir()
    elif kind == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs on this system")
        os.mkfifo(source)  # opening it would wait for a writer for ever
    elif kind == "dangling":
        try:
            source.symlink_to(tmp_path / "gone.db")
        except OSError:
            pytest.skip("this system makes no symbolic links")
    done = cli(python, "--db", str(db_path), "restore", str(source))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and str(source) in done.stderr


def test_a_backup_into_a_missing_folder_says_so_before_any_work(python, tmp_path):
    path = tmp_path / "fresh.db"
    done = cli(python, "--db", str(path), "backup", "--out", str(tmp_path / "nodir" / "b.db"))
    # Every --out is checked before the database is opened (cli/commands.py), this one too.
    assert done.returncode == 2 and done.stderr.strip().splitlines() == [
        f"The folder of “{tmp_path / 'nodir' / 'b.db'}” does not exist: nothing was written."
    ]
    assert not path.exists()


def test_a_backup_keeps_no_log_and_restoring_it_leaves_nothing_beside_it(db, db_path, tmp_path):
    """A backup on a USB stick or a read-only share must be readable as it is: no WAL, so no -shm to make."""
    copy = backup.backup_now(db_path, NOW)
    with open(copy, "rb") as f:
        header = f.read(20)
    assert header[18:20] == b"\x01\x01"  # rollback journal, not WAL (which is 2, 2)
    stick = tmp_path / "stick"
    stick.mkdir()
    on_stick = stick / "b.db"
    on_stick.write_bytes(copy.read_bytes())
    db.close()
    backup.restore(db_path, on_stick)
    assert sorted(p.name for p in stick.iterdir()) == ["b.db"]

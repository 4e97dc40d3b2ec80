"""Backups, rotation, restore, a damaged database at start, failed writes, everything to a new laptop."""

import json
import os
import sqlite3
import stat
from datetime import date, datetime, timedelta

import pytest

from workload_desk.core import backup
from workload_desk.core.cases import add_case, edit_case, list_cases
from workload_desk.core.database import WorkloadDatabase, open_database
from workload_desk.core.demo import fill_demo
from workload_desk.core.errors import DatabaseError, UserError
from workload_desk.core.full_export import export_all, import_all, read_export_all, write_export_all
from workload_desk.core.migrations import SET_NAME

NOW = datetime(2026, 11, 22, 9, 30)


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_backup_is_private_and_whole(db, db_path):
    add_case(db, "A.", date(2026, 1, 5))
    made = backup.backup_now(db_path, NOW)
    assert made.parent.name == "backups"
    assert os.name == "nt" or (mode(made.parent) == 0o700 and mode(made) == 0o600)  # advisory on Windows
    copy = sqlite3.connect(made)
    assert copy.execute("SELECT label FROM cases").fetchall() == [("A.",)]
    assert backup.list_backups(db_path)[0].taken == NOW


def test_at_start_once_a_day_and_on_every_quit(db, db_path):
    assert backup.auto_backup(db_path, NOW) is not None
    assert backup.auto_backup(db_path, NOW + timedelta(hours=2)) is None
    assert backup.auto_backup(db_path, NOW + timedelta(hours=3), on_quit=True) is not None
    assert backup.auto_backup(db_path, NOW + timedelta(days=1)) is not None
    # The rotation keeps the newest of each day.
    assert [b.taken for b in backup.list_backups(db_path)] == [NOW + timedelta(days=1), NOW + timedelta(hours=3)]


def test_rotation_keeps_7_days_and_4_weeks(db, db_path):
    for days_back in range(60):
        for hour in (9, 17):
            backup.backup_now(db_path, NOW - timedelta(days=days_back, hours=NOW.hour - hour))
    backup.rotate(db_path, NOW.date())
    kept = backup.list_backups(db_path)
    days = sorted({b.taken.date() for b in kept}, reverse=True)
    assert all(b.taken.hour == 17 for b in kept)  # the newest of each day
    assert days[:7] == [NOW.date() - timedelta(days=i) for i in range(7)]
    weeks = {tuple(b.taken.isocalendar())[:2] for b in kept}
    assert len(weeks) == 4 and len(kept) <= 7 + 4
    assert min(days) > NOW.date() - timedelta(weeks=4)


def test_restore_backs_up_first_and_swaps(db, db_path):
    add_case(db, "Old.", date(2026, 1, 5))
    saved = backup.backup_now(db_path, NOW)
    add_case(db, "New.", date(2026, 1, 5))
    db.close()
    before = backup.restore(db_path, saved, NOW + timedelta(minutes=1))
    assert [c.label for c in list_cases(open_database(db_path))] == ["Old."]
    assert sorted(r[0] for r in sqlite3.connect(before).execute("SELECT label FROM cases")) == ["New.", "Old."]
    assert os.name == "nt" or mode(db_path) == 0o600


@pytest.mark.parametrize("kind", ["text", "foreign", "newer", "truncated"])
def test_a_bad_file_is_refused_and_nothing_changes(db, db_path, tmp_path, kind):
    add_case(db, "Keep.", date(2026, 1, 5))
    db.close()
    bad = tmp_path / "bad.db"
    if kind == "text":
        bad.write_text("not a database")
    elif kind == "foreign":
        sqlite3.connect(bad).execute("CREATE TABLE photos (id)")
    elif kind == "newer":
        backup.backup_now(db_path, out=bad)
        conn = sqlite3.connect(bad)
        conn.execute(
            "INSERT INTO _sqlite_migrations(migration_set, name, applied_at) VALUES (?, 'm999', 'x')", [SET_NAME]
        )
        conn.commit()
        conn.close()
    else:
        backup.backup_now(db_path, out=bad)
        bad.write_bytes(bad.read_bytes()[:6000])
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError):
        backup.restore(db_path, bad)
    assert db_path.read_bytes() == before
    assert not (db_path.parent / "backups").exists() or not backup.list_backups(db_path)


def corrupt(path):
    data = bytearray(path.read_bytes())
    data[4096:20480] = b"\xff" * 16384  # pages 2 to 5, the schema's among them, overwritten
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_set_aside_and_the_newest_good_backup_restored(db, db_path):
    add_case(db, "Saved.", date(2026, 1, 5))
    backup.backup_now(db_path, NOW - timedelta(days=1))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    broken_backup = backup.backup_now(db_path, NOW)
    corrupt(broken_backup)  # the newest backup is damaged too: the one before is taken
    corrupt(db_path)
    with pytest.raises(DatabaseError) as err:
        open_database(db_path)
    assert err.value.kind == "corrupt"
    good = backup.newest_good_backup(db_path)
    assert good.taken == NOW - timedelta(days=1)
    damaged = db_path.read_bytes()
    backup.restore(db_path, good.path, NOW)
    aside = [p for p in db_path.parent.iterdir() if ".broken-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged
    assert [c.label for c in list_cases(open_database(db_path))] == ["Saved."]


def test_the_window_offers_the_restore_at_start(qapp, db, db_path):
    from workload_desk.ui.app import offer_restore

    add_case(db, "Saved.", date(2026, 1, 5))
    backup.backup_now(db_path, NOW)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    corrupt(db_path)
    with pytest.raises(DatabaseError) as err:
        open_database(db_path)
    asked = []
    session = offer_restore(db_path, err.value, ask=lambda text: asked.append(text) or True)
    assert "reservekopie" in asked[0] and session is not None
    assert [c.label for c in list_cases(session.db)] == ["Saved."]
    session.close()


def test_a_read_only_database_says_so_and_reading_goes_on(db_path):
    open_database(db_path).close()
    read_only = WorkloadDatabase(sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True))
    with pytest.raises(UserError, match="alleen-lezen"):
        add_case(read_only, "A.", date(2026, 1, 5))
    assert list_cases(read_only) == []


def test_a_full_disk_says_so_and_saves_nothing_half(db):
    fill = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {fill}")
    from workload_desk.core.measures import NewMeasure

    with pytest.raises(UserError, match="schijf is vol"):
        add_case(db, "Big", date(2026, 1, 5), [NewMeasure("ots", "A" * 40, date(2026, 1, 5))] * 0, notes="x" * 50_000)
    assert db.execute("SELECT count(*) FROM cases").fetchone()[0] == 0


def test_a_full_disk_in_a_form_keeps_the_input(qapp, qtbot, db):
    from workload_desk.ui.cases_panel import CasesPanel

    panel = CasesPanel(db)
    qtbot.addWidget(panel)
    fill = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {fill}")
    dialog = panel.new_case()
    dialog.label.setText("F.D.")
    dialog.notes.setPlainText("n" * 60_000)
    dialog.accept()
    assert dialog.isVisible() and "schijf is vol" in dialog.error.text()
    assert dialog.label.text() == "F.D." and len(dialog.notes.toPlainText()) == 60_000
    assert panel.model.rowCount() == 0


def dump(db):
    return {t: db.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in export_all(db)["tables"]}


def test_everything_round_trips_to_a_new_laptop(db, tmp_path):
    fill_demo(db, today=date(2026, 11, 20))
    out = tmp_path / "alles.json"
    rows = write_export_all(db, out)
    assert (os.name == "nt" or mode(out) == 0o600) and rows > 1000
    new = open_database(tmp_path / "new.db")
    import_all(new, read_export_all(out))
    assert dump(new) == dump(db)
    with pytest.raises(UserError, match="bevat al gegevens"):
        import_all(new, read_export_all(out))
    assert dump(new) == dump(db)


def test_merge_adds_beside_and_refuses_overlapping_hours(db, tmp_path):
    from workload_desk.core.time_log import add_entry

    add_case(db, "Mine.", date(2026, 1, 5))
    other = open_database(tmp_path / "other.db")
    case = add_case(other, "Theirs.", date(2026, 2, 2))
    add_entry(other, datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 10), "visit", case)
    data = export_all(other)
    import_all(db, data, merge=True)
    assert sorted(c.label for c in list_cases(db)) == ["Mine.", "Theirs."]
    edit_case(
        db, next(c.id for c in list_cases(db) if c.label == "Theirs."), "Theirs, once.", date(2026, 2, 2), ""
    )  # the label is free again
    before = dump(db)
    with pytest.raises(UserError, match="overlapt"):
        import_all(db, data, merge=True)  # the same hours again overlap: all or nothing
    assert dump(db) == before


@pytest.mark.parametrize(
    "content,words",
    [
        ("{", "kan niet worden gelezen"),
        ('{"format": "other"}', "geen volledige"),
        ('{"format": "workload-desk-everything", "schema": ["m999"], "tables": {}}', "nieuwere versie"),
    ],
)
def test_a_bad_import_file_is_refused(tmp_path, content, words):
    path = tmp_path / "x.json"
    path.write_text(content)
    with pytest.raises(UserError, match=words):
        read_export_all(path)


def test_a_damaged_import_changes_nothing(db, tmp_path):
    data = {"format": "workload-desk-everything", "schema": [], "tables": {"cases": [{"id": 1, "label": "A"}]}}
    (tmp_path / "x.json").write_text(json.dumps(data))
    with pytest.raises(UserError, match="niets geïmporteerd"):
        import_all(db, read_export_all(tmp_path / "x.json"))
    assert db.execute("SELECT count(*) FROM cases").fetchone()[0] == 0


def open_window(qtbot, db_path, tmp_path):
    """The main window on ``db_path``, in Dutch, with its settings kept in ``tmp_path``."""
    from PySide6.QtCore import QSettings

    from workload_desk.ui.app import make_application
    from workload_desk.ui.language import apply_language
    from workload_desk.ui.main_window import MainWindow
    from workload_desk.ui.session import Session

    make_application()
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    apply_language("nl")
    window = MainWindow(Session.open(db_path))
    qtbot.addWidget(window)
    return window


def test_restore_from_the_window(qapp, qtbot, db, db_path, tmp_path, monkeypatch):
    from workload_desk.ui.data_safety import RestoreDialog

    add_case(db, "Before.", date(2026, 1, 5))
    db.close()
    window = open_window(qtbot, db_path, tmp_path)
    saved = window.safety.backup_now()
    add_case(window.session.db, "After.", date(2026, 1, 5))
    window.cases_panel.reload()
    assert window.cases_panel.model.rowCount() == 2
    dialog = RestoreDialog(db_path, window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "kB" in dialog.list.item(0).text()
    junk = tmp_path / "junk.db"
    junk.write_text("junk")
    warned = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    assert not window.safety.restore_from(junk)
    assert warned and window.cases_panel.model.rowCount() == 2
    assert window.safety.restore_from(saved)
    assert [window.cases_panel.model.row_at(r).label for r in range(window.cases_panel.model.rowCount())] == ["Before."]
    assert not window.session.closed


def test_two_backups_in_the_same_instant_both_stay(db, db_path):
    first = backup.backup_now(db_path, NOW)
    add_case(db, "Later.", date(2026, 1, 5))
    second = backup.backup_now(db_path, NOW)
    assert first != second
    assert sqlite3.connect(first).execute("SELECT count(*) FROM cases").fetchone()[0] == 0
    assert sqlite3.connect(second).execute("SELECT count(*) FROM cases").fetchone()[0] == 1


def test_export_and_import_everything_from_the_window_run_in_the_background(
    qapp, qtbot, db, db_path, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    fill_demo(db, date(2026, 11, 22))
    cases = len(list_cases(db, include_closed=True))
    db.close()
    window = open_window(qtbot, db_path, tmp_path)
    out = tmp_path / "alles.json"
    with qtbot.waitSignal(window.safety.exported, timeout=20000):
        job = window.safety.export_everything(str(out))
        assert job.thread.name == "background-work"  # written by a worker thread
    assert read_export_all(out)["tables"]["cases"]
    assert window.statusBar().currentMessage().startswith("Geschreven: ")

    # Into a new, empty database: everything comes over and every panel shows it.
    assert window.switch_to(tmp_path / "nieuw.db")
    assert window.cases_panel.model.rowCount() == 0
    with qtbot.waitSignal(window.safety.imported, timeout=20000) as imported:
        window.safety.import_everything(str(out))
    assert imported.args[0] > 0
    assert len(list_cases(window.session.db, include_closed=True)) == cases
    assert window.cases_panel.model.rowCount() > 0

    # A second import without merge is refused with the reason, and changes nothing.
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    with qtbot.waitSignal(window.safety.imported, timeout=20000) as refused:
        window.safety.import_everything(str(out), merge=False)
    assert refused.args[0] == 0 and "al gegevens" in warned[0]
    assert len(list_cases(window.session.db, include_closed=True)) == cases

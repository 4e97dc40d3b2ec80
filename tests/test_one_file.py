"""One window per database file, followed through links; a file replaced under the window is noticed."""

import hashlib
import os
import subprocess
import sys
from datetime import date

import pytest
from test_backup import open_window

from workload_desk.cli.main import run
from workload_desk.core.cases import add_case, list_cases
from workload_desk.core.database import open_database
from workload_desk.core.errors import UserError
from workload_desk.core.window_lock import take_lock
from workload_desk.ui.session import Session


@pytest.fixture
def link(tmp_path, db_path):
    open_database(db_path).close()
    link = tmp_path / "elsewhere" / "link.db"
    link.parent.mkdir()
    try:
        link.symlink_to(db_path)
    except OSError:
        pytest.skip("this system makes no symbolic links")
    return link


def test_a_window_through_a_link_keeps_a_second_window_off_the_real_file(qapp, link, db_path):
    first = Session.open(link)
    try:
        assert first.path == db_path.resolve()
        with pytest.raises(UserError, match="al geopend"):
            Session.open(db_path)
    finally:
        first.close()


def test_restore_is_refused_while_a_window_has_the_file_open_through_a_link(qapp, link, db_path, tmp_path, capsys):
    other = tmp_path / "other.db"
    open_database(other).close()
    first = Session.open(link)
    try:
        first.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = hashlib.sha256(db_path.read_bytes()).hexdigest()
        assert run(["--db", str(db_path), "restore", str(other)]) == 2
        assert "sluit eerst het venster" in capsys.readouterr().err.lower()
        assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    finally:
        first.close()
    assert run(["--db", str(db_path), "restore", str(other)]) == 0


def test_the_lock_of_a_process_that_ended_is_free_without_asking_for_its_pid(db_path):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from workload_desk.core.window_lock import take_lock; "
            f"lock = take_lock({str(db_path)!r}); print('locked', flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert take_lock(db_path) is None
    finally:
        holder.kill()
        holder.wait(timeout=30)
    lock = take_lock(db_path)
    assert lock is not None
    lock.release()


def test_a_write_into_a_file_replaced_under_the_connection_is_refused(db, db_path, tmp_path):
    other = tmp_path / "other.db"
    open_database(other).close()
    os.replace(other, db_path)
    with pytest.raises(UserError, match="vervangen"):
        add_case(db, "Lost.", date(2026, 1, 5))


def test_the_window_notices_its_file_was_replaced_and_shows_the_new_one(qapp, qtbot, db_path, tmp_path):
    open_database(db_path).close()
    window = open_window(qtbot, db_path, tmp_path)
    assert window.cases_panel.model.rowCount() == 0
    other = tmp_path / "other.db"
    replacement = open_database(other)
    add_case(replacement, "Other.", date(2026, 1, 5))
    replacement.close()
    os.replace(other, db_path)
    qtbot.waitUntil(lambda: window.watch.notice is not None)  # the window's own timer
    assert "vervangen" in window.watch.notice.text()
    assert [window.cases_panel.model.row_at(r).label for r in range(window.cases_panel.model.rowCount())] == ["Other."]
    add_case(window.session.db, "Saved.", date(2026, 1, 6))
    check = open_database(db_path)
    try:
        assert sorted(c.label for c in list_cases(check)) == ["Other.", "Saved."]
    finally:
        check.close()


def test_a_moved_file_stops_writes_until_it_is_back(qapp, qtbot, db_path, tmp_path):
    open_database(db_path).close()
    window = open_window(qtbot, db_path, tmp_path)
    aside = tmp_path / "aside.db"
    os.replace(db_path, aside)
    window.watch.check()
    assert "verplaatst" in window.watch.notice.text()
    with pytest.raises(UserError, match="vervangen"):
        add_case(window.session.db, "Lost.", date(2026, 1, 5))
    os.replace(aside, db_path)  # the same file back: writes go on
    window.watch.check()
    add_case(window.session.db, "Saved.", date(2026, 1, 6))

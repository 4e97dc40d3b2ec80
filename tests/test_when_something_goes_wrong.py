"""When something goes wrong: a log without personal data, a dialog that says so, --version, a second start, Help."""

import os
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest
from conftest import fresh_dutch_app
from PySide6.QtWidgets import QApplication, QMessageBox

from workload_desk.core import logbook
from workload_desk.core.cases import add_case
from workload_desk.ui.help import ManualDialog, ShortcutsDialog, window_shortcuts
from workload_desk.ui.language import apply_language
from workload_desk.ui.main_window import MainWindow
from workload_desk.ui.session import Session

SECRET = "Geheim"
NOTE = "Vader dreigt met ontvoering"


@pytest.fixture
def window(qapp, qtbot, db_path, tmp_path):
    fresh_dutch_app(tmp_path)
    session = Session.open(db_path)
    add_case(session.db, SECRET, date(2026, 3, 1), notes=NOTE)
    w = MainWindow(session)
    w.backups = False
    qtbot.addWidget(w)
    return w


@pytest.fixture
def hooks():
    """Python's hooks as they were, put back after the test."""
    before = sys.excepthook, threading.excepthook
    yield
    sys.excepthook, threading.excepthook = before


def fail_on(label: str) -> None:
    try:
        {}[label]
    except KeyError as exc:
        raise ValueError(f"case {label} could not be saved") from exc


def provoke(window, qtbot, hook) -> None:
    label = window.cases_panel.model.index(0, 0).data()
    assert label == SECRET
    try:
        fail_on(label)
    except ValueError as exc:
        with qtbot.waitSignal(window.crash._failed):
            hook(type(exc), exc, exc.__traceback__)


def test_an_error_in_the_window_is_logged_and_shown_without_personal_data(window, qtbot, hooks):
    logbook.start_logging()
    window.crash.install()
    assert sys.excepthook == window.crash.excepthook
    provoke(window, qtbot, sys.excepthook)
    box = window.crash.dialog
    assert box is not None and box.isVisible()
    assert box.windowTitle() == "Er ging iets mis"
    assert str(logbook.log_dir()) in box.informativeText()
    copy = next(b for b in box.buttons() if b.text().replace("&", "") == "Details kopiëren")  # & marks its Alt-letter
    copy.click()
    details = QApplication.clipboard().text()
    assert details == box.detailedText()
    log = logbook.log_file().read_text(encoding="utf-8")
    for text in (details, log, box.text(), box.informativeText()):
        assert SECRET not in text and NOTE not in text
    for text in (details, log):
        assert "ValueError" in text and "KeyError" in text and "fail_on" in text
        assert "message left out" in text
    assert "Workload Desk" in log and "Traceback" not in details
    box.done(QMessageBox.StandardButton.Close)


def test_an_error_in_another_thread_is_shown_on_the_window_thread(window, qtbot, hooks):
    window.crash.install()

    def work():
        fail_on(SECRET)

    thread = threading.Thread(target=work)
    with qtbot.waitSignal(window.crash._failed):
        thread.start()
        thread.join()
    qtbot.waitUntil(lambda: window.crash.dialog is not None)
    assert "background thread" in window.crash.dialog.detailedText()
    assert SECRET not in window.crash.dialog.detailedText()
    window.crash.dialog.done(0)


def test_messages_that_can_hold_data_are_left_out_even_from_python_s_own_errors():
    label = "".join(["Familie_", "Jan", "sen"])  # a name made from data (the source line shows code only)
    try:
        getattr(None, label)
    except AttributeError as exc:
        text = logbook.describe(exc)
    assert "Jansen" not in text and "AttributeError" in text
    home = "/".join(["", "home", "j.jan" + "sen"])  # as Python writes it: a path with the user's name
    message = f"cannot import name 'x' from 'workload_desk' ({home}/workload_desk/__init__.py)"
    try:
        raise ImportError(message, name="workload_desk", path=f"{home}/workload_desk/__init__.py")
    except ImportError as exc:
        text = logbook.describe(exc)
    assert "j.jansen" not in text and "module workload_desk" in text
    try:
        raise NotImplementedError("export to paper")
    except NotImplementedError as exc:
        text = logbook.describe(exc)
    assert "export to paper" in text
    assert "tests/test_when_something_goes_wrong.py" not in text  # a frame's file is cut to its name: no home folder
    assert "test_when_something_goes_wrong.py:" in text


def test_the_log_lies_in_the_test_s_own_folder_and_rotates(monkeypatch):
    assert logbook.log_dir() == Path(os.environ["WORKLOAD_DESK_LOG_DIR"])
    logger = logbook.start_logging()
    handler = next(h for h in logger.handlers if getattr(h, "baseFilename", "") == str(logbook.log_file().resolve()))
    assert handler.maxBytes > 0 and handler.backupCount > 0
    monkeypatch.delenv("WORKLOAD_DESK_LOG_DIR")
    if sys.platform.startswith("linux"):  # platformdirs: the user log folder, under XDG_STATE_HOME here
        assert logbook.log_dir().is_relative_to(os.environ["XDG_STATE_HOME"])


def test_a_second_start_brings_the_window_to_the_front(qapp, qtbot, db_path, tmp_path):
    from workload_desk.ui.beacon import Beacon, beacon_name, knock  # QtNetwork only here: see test_no_network

    beacon = Beacon()
    assert beacon.listen(db_path)
    try:
        with qtbot.waitSignal(beacon.knocked):
            assert knock(tmp_path / "." / db_path.name)  # the same file, written otherwise
        assert not knock(tmp_path / "other.db")
    finally:
        beacon.close()
    assert beacon_name(db_path) != beacon_name(tmp_path / "other.db")


def test_a_second_process_knocks_instead_of_an_error_box(qapp, qtbot, python, db_path):
    from workload_desk.ui.beacon import Beacon  # QtNetwork only here: see test_no_network

    beacon = Beacon()
    beacon.listen(db_path)
    first = Session.open(db_path)  # the lock of the open window
    try:
        knocked = []
        beacon.knocked.connect(lambda: knocked.append(True))
        done = subprocess.Popen(
            [python, "-m", "workload_desk", "--db", str(db_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        qtbot.waitUntil(lambda: done.poll() is not None, timeout=60_000)
        out, err = done.communicate()
        assert done.returncode == 0, err
        assert "voorgrond" in out.decode()
        qtbot.waitUntil(lambda: bool(knocked))
    finally:
        first.close()
        beacon.close()


def test_the_window_listens_and_follows_its_database(window, qtbot, tmp_path):
    from workload_desk.ui.beacon import knock  # QtNetwork only here: see test_no_network

    window.listen_for_second_starts()
    with qtbot.waitSignal(window.beacon.knocked):
        assert knock(window.session.path)
    assert window.switch_to(tmp_path / "other.db")
    assert knock(tmp_path / "other.db")
    assert not knock(window.session.path.with_name("workload.db"))


def test_help_offers_the_manual_and_the_real_shortcuts(window, qtbot):
    actions = [a.text() for a in window.help_menu.actions()]
    assert actions == ["&Handleiding", "&Gids voor de eerste dag…", "&Sneltoetsen", "&Over Workload Desk"]
    manual = ManualDialog(window)
    assert "korte handleiding" in manual.browser.toPlainText()
    apply_language("en")
    assert "short guide" in ManualDialog(window).browser.toPlainText()
    apply_language("nl")
    rows = dict((does, keys) for keys, does in window_shortcuts(window))
    assert rows["Timer starten of stoppen"] == "Ctrl+T"
    assert rows["Zaken: een nieuwe zaak; op de pagina van een zaak: een nieuwe taak"] == "Ctrl+N"
    assert rows["Een zaak: terug naar alle zaken"] == "Esc"
    assert rows["Andere database openen…"] == "Ctrl+O"
    dialog = ShortcutsDialog(window)
    assert dialog.table.rowCount() == len(rows)
    assert all(dialog.table.item(r, 0).text() and dialog.table.item(r, 1).text() for r in range(len(rows)))

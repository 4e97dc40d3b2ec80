"""The window keeps up with the command line: what another process writes shows without a restart."""

import subprocess
from datetime import date

import pytest
from test_backup import open_window

from workload_desk.core.cases import add_case
from workload_desk.core.database import open_database
from workload_desk.core.time_log import running_timer, start_timer


def start_timer_elsewhere(python, db_path) -> None:
    """Another program writes: the command line starts a timer on the same file."""
    started = subprocess.run(
        [python, "-m", "workload_desk", "--db", str(db_path), "log", "start", "--task", "visit"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert started.returncode == 0, started.stderr


def test_a_timer_started_on_the_command_line_shows_in_the_open_window(qapp, qtbot, python, db_path, tmp_path):
    open_database(db_path).close()
    window = open_window(qtbot, db_path, tmp_path)
    panel = window.time_panel
    assert panel.timer_button.text().replace("&", "") == "Start"
    start_timer_elsewhere(python, db_path)
    qtbot.waitUntil(lambda: panel.timer_button.text().replace("&", "") == "Stop", timeout=5000)  # the window's own poll
    assert "sinds" in panel.running_label.text()


def test_a_case_added_by_another_connection_shows_in_the_cases_panel(qapp, qtbot, db_path, tmp_path):
    open_database(db_path).close()
    window = open_window(qtbot, db_path, tmp_path)
    assert window.cases_panel.model.rowCount() == 0
    other = open_database(db_path)
    try:
        add_case(other, "Elsewhere.", date(2026, 1, 5))
    finally:
        other.close()
    window.watch.check()
    assert window.cases_panel.model.rowCount() == 1


def test_start_pressed_on_a_stale_window_does_not_stop_a_timer_started_elsewhere(qapp, qtbot, db_path, tmp_path):
    open_database(db_path).close()
    window = open_window(qtbot, db_path, tmp_path)
    window.watch.stop()  # the window has not looked yet
    panel = window.time_panel
    assert panel.timer_button.text().replace("&", "") == "Start"
    other = open_database(db_path)
    try:
        start_timer(other, "visit")
    finally:
        other.close()
    panel.timer_button.click()
    assert running_timer(window.session.db) is not None
    assert panel.timer_button.text().replace("&", "") == "Stop"


def _worker_write(window, write) -> None:
    """``write(db)`` on a worker connection of the window's (as the union panel's first look makes the key)."""
    from workload_desk.ui.background import on_own_connection

    work = on_own_connection(window.session.db, write)
    work()  # here rather than in a thread: what counts is the connection, not the thread


@pytest.fixture
def watched(qapp, qtbot, db_path, tmp_path, monkeypatch):
    """A window whose file watch is checked by hand, and the outside-change reloads it makes."""
    open_database(db_path).close()
    window = open_window(qtbot, db_path, tmp_path)
    window.watch.stop()
    window.watch.check()
    reloads: list[int] = []
    monkeypatch.setattr(window, "show_outside_changes", lambda: reloads.append(1))
    return window, reloads


def test_a_commit_by_the_windows_own_worker_connection_does_not_reload_the_panels(watched, db_path):
    window, reloads = watched
    _worker_write(window, lambda db: add_case(db, "By the window's worker.", date(2026, 1, 5)))
    window.watch.check()
    assert reloads == []
    # Another process's write, once the worker's is weighed: reloaded.
    other = open_database(db_path)
    try:
        add_case(other, "Elsewhere.", date(2026, 1, 6))
    finally:
        other.close()
    window.watch.check()
    assert reloads == [1]


def test_another_connections_write_while_a_worker_wrote_still_reloads(watched, db_path):
    window, reloads = watched

    def both(db) -> None:
        add_case(db, "By the window's worker.", date(2026, 1, 5))
        other = open_database(db_path)
        try:
            add_case(other, "Elsewhere, meanwhile.", date(2026, 1, 6))
        finally:
            other.close()

    _worker_write(window, both)
    window.watch.check()
    assert reloads == [1]


def test_a_second_process_writing_after_the_worker_is_done_still_reloads(watched, python, db_path):
    window, reloads = watched
    _worker_write(window, lambda db: add_case(db, "By the window's worker.", date(2026, 1, 5)))
    start_timer_elsewhere(python, db_path)
    window.watch.check()  # both at one look: the worker's write and the other process's
    assert reloads == [1]

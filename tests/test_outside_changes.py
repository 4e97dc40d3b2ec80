"""The window keeps up with the command line: what another process writes shows without a restart."""

import subprocess
from datetime import date

from test_backup import open_window

from workload_desk.core.cases import add_case
from workload_desk.core.database import open_database
from workload_desk.core.time_log import running_timer, start_timer


def test_a_timer_started_on_the_command_line_shows_in_the_open_window(qapp, qtbot, python, db_path, tmp_path):
    open_database(db_path).close()
    window = open_window(qtbot, db_path, tmp_path)
    panel = window.time_panel
    assert panel.timer_button.text().replace("&", "") == "Start"
    started = subprocess.run(
        [python, "-m", "workload_desk", "--db", str(db_path), "log", "start", "--task", "visit"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert started.returncode == 0, started.stderr
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

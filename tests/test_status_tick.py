"""The status bar's once-a-minute look: this week's report worked out in a worker thread, never shown stale."""

from __future__ import annotations

import re
import threading
from datetime import datetime, timedelta

from ui_helpers import minutes_of, shown_window

from workload_desk.core import week
from workload_desk.core.database import open_database
from workload_desk.core.time_log import add_entry, start_timer

NOON = datetime(2026, 3, 4, 12, 0)  # a Wednesday


def worked(window) -> int:
    """The week's minutes worked as the status bar shows them (the first h:mm of its text)."""
    return minutes_of(re.search(r"\d+:\d\d", window.week_label.text()).group())


def a_window(qtbot, db_path):
    db = open_database(db_path)
    add_entry(db, datetime(2026, 3, 2, 9, 0), datetime(2026, 3, 2, 11, 0), "visit", now=NOON)
    start_timer(db, "visit", now=NOON - timedelta(hours=1))
    db.close()
    window = shown_window(qtbot, db_path)
    window.clock = lambda: NOON
    window.refresh_status()
    assert worked(window) == 180  # two hours logged and the timer's hour
    return window


def test_a_minute_on_the_week_is_worked_out_in_a_worker_thread_and_shown_when_ready(qtbot, db_path, monkeypatch):
    window = a_window(qtbot, db_path)
    threads: list[bool] = []
    real = week.compute_key

    def compute(db, key):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(db, key)

    monkeypatch.setattr(week, "compute_key", compute)
    window.clock = lambda: NOON + timedelta(minutes=1)
    window.tick_status()
    assert window.status_job is not None
    qtbot.waitUntil(lambda: window.status_job is None, timeout=10_000)
    assert threads == [False]  # once, in the worker
    assert worked(window) == 181  # the running timer's minute more


def test_a_minute_worked_out_before_a_change_of_data_is_not_shown(qtbot, db_path, monkeypatch):
    window = a_window(qtbot, db_path)
    counted, release = threading.Event(), threading.Event()
    real = week.compute_key

    def compute(db, key):
        value = real(db, key)
        if threading.current_thread() is not threading.main_thread():
            counted.set()
            release.wait(10)  # the data changes meanwhile
        return value

    monkeypatch.setattr(week, "compute_key", compute)
    window.clock = lambda: NOON + timedelta(minutes=1)
    window.tick_status()
    qtbot.waitUntil(counted.is_set, timeout=10_000)
    add_entry(window.session.db, datetime(2026, 3, 3, 9, 0), datetime(2026, 3, 3, 10, 0), "visit", now=NOON)
    window.refresh_status()  # as the window does after its own change
    assert worked(window) == 241
    release.set()
    qtbot.waitUntil(lambda: window.status_job is None, timeout=10_000)
    assert worked(window) == 241  # not the minute's 181 worked out before the entry

"""The stall monitor's tour of the window (``benchmarks/stall_tour.py``) runs, on small data, so it cannot rot.

Times are not judged here (these machines are noisy): ``bash bootstrap.sh bench`` judges them.
"""

from __future__ import annotations

from datetime import date

import pytest

from benchmarks.big_data import make_big_database
from benchmarks.stall_tour import START, Interaction, run_tour
from tests.conftest import fresh_dutch_app

INTERACTIONS = {
    START,
    "opening each panel (first time)",
    "switching panels (again)",
    "typing in the case filter",
    "opening each tab",
    "opening the case with most entries",
    "paging a week back (a year)",
    "adding an entry and undoing it",
    "typing whom the refusal is to",
    "typing in the statement's lines",
    "making a year's statement",
    "widening the union months to ten years",
}


# Laying out the statement's PDF in a worker thread (the statement panel's, not the tour's) leaves
# Qt timers asking for that thread's dispatcher after it ended: reported to the statement's owner.
@pytest.mark.qt_log_ignore("QBasicTimer::start: current thread's event dispatcher has already been destroyed")
def test_the_tour_visits_every_interaction_and_leaves_the_data_as_it_was(qtbot, tmp_path):
    fresh_dutch_app(tmp_path)
    from workload_desk.ui.main_window import MainWindow
    from workload_desk.ui.session import Session

    today = date.today()
    path = make_big_database(tmp_path / "workload.db", today, years=0.5)
    window = MainWindow(Session.open(path))
    qtbot.addWidget(window)
    before = window.session.db.execute("SELECT count(*) FROM time_entries").fetchone()[0]
    monitor = run_tour(window, tmp_path, today, quiet_ms=5)
    window.show()
    with qtbot.waitSignal(monitor.finished, timeout=180_000):
        pass
    figures = monitor.figures()
    assert figures["error"] == ""
    assert set(figures["interactions"]) == INTERACTIONS
    assert all(row["steps"] >= 1 for row in figures["interactions"].values())
    assert figures["interactions"]["paging a week back (a year)"]["steps"] == 52
    assert (tmp_path / "statement.pdf").read_bytes().startswith(b"%PDF")
    # The months were widened: shown once a build the tour's end may have set going (a reload after the
    # entry was undone, built in a worker thread) is done.
    qtbot.waitUntil(lambda: window.union_panel.build_job is None, timeout=60_000)
    assert window.union_panel.preview.columnCount() - 2 > 6
    assert window.session.db.execute("SELECT count(*) FROM time_entries").fetchone()[0] == before  # undone
    assert list((tmp_path / "backups").glob("workload-*.db"))  # the start's backup, made in the background


def test_the_95th_percentile_is_the_nearest_rank():
    assert Interaction([float(i) for i in range(1, 21)]).p95() == 19.0
    assert Interaction([3.0]).p95() == 3.0
    assert Interaction([1.0, 50.0]).p95() == 50.0

"""``python -m benchmarks.step_cpu DB WHAT [--profile]``: the window thread's CPU time per step of one interaction.

The stall tour (:mod:`benchmarks.stall_tour`) measures wall time, which a loaded machine inflates
several times. This drives the same interactions of the Time and Cases panels on a copy of ``DB``
with the tour's keys and clicks, and reads ``time.thread_time()`` around each step and the paints
and layouts it causes: the work the window's thread itself did, which the load changes far less.
``--profile`` adds a ``cProfile`` of the steps on the same clock. ``WHAT`` is one of:

- ``week``: 52 weeks paged back with the Time panel's button (each week's report is first left to
  the thread that works the weeks around the one shown out ahead, as a worker reading gives it time);
- ``add``: five times an entry added on a Sunday with the dialog's Enter and undone with Ctrl+Z;
- ``filter``: "ots2" and "zzzq" typed in the case filter and taken back with Backspace, three times;
- ``open``: the case with most entries opened with Enter and left with Escape, five times.
"""

from __future__ import annotations

import cProfile
import os
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate, QDateTime, Qt, QTime  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

INTERACTIONS = ("week", "add", "filter", "open")


class Steps:
    """Takes steps on the window's thread and notes the thread's CPU time of each (ms)."""

    def __init__(self, app: QApplication, profile: bool) -> None:
        self.app = app
        self.times: list[float] = []
        self.profiler = cProfile.Profile(time.thread_time) if profile else None

    def settle(self) -> None:
        """Let the loop turn: the paints and layouts a step caused are done after this."""
        for _ in range(5):
            self.app.processEvents()

    def take(self, act) -> None:
        if self.profiler is not None:
            self.profiler.enable()
        start = time.thread_time()
        act()
        self.settle()
        self.times.append((time.thread_time() - start) * 1000)
        if self.profiler is not None:
            self.profiler.disable()


def page_weeks(window, steps: Steps) -> None:
    window.show_panel_at(1)
    steps.settle()
    panel = window.time_panel
    for _ in range(52):
        while panel.ahead.busy():
            time.sleep(0.01)
            steps.app.processEvents()
        steps.settle()
        steps.take(lambda: QTest.mouseClick(panel.previous_button, Qt.MouseButton.LeftButton))


def add_and_undo(window, steps: Steps) -> None:
    window.show_panel_at(1)
    panel = window.time_panel
    panel.show_week(panel.monday - timedelta(days=14))  # a Sunday that is over
    steps.settle()
    db = window.session.db
    count = lambda: db.execute("SELECT count(*) FROM time_entries").fetchone()[0]  # noqa: E731
    for _ in range(5):
        before = count()
        steps.take(panel.add_entry)
        dialog = QApplication.activeModalWidget()
        sunday = panel.monday + timedelta(days=6)

        def save(dialog=dialog, sunday=sunday) -> None:
            for edit, hour in ((dialog.start, 10), (dialog.end, 11)):
                edit.setDateTime(QDateTime(QDate(sunday.year, sunday.month, sunday.day), QTime(hour, 0)))
            QTest.keyClick(dialog, Qt.Key.Key_Return)

        steps.take(save)
        if count() != before + 1:
            raise RuntimeError("the entry was not saved")
        window.activateWindow()
        steps.settle()
        steps.take(lambda: QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier))
        if count() != before:
            raise RuntimeError("the entry was not undone")


def type_in_filter(window, steps: Steps) -> None:
    window.show_panel_at(0)
    steps.settle()
    field = window.cases_panel.filter
    for _ in range(3):
        for text in ("ots2", "zzzq"):
            for char in text:
                steps.take(lambda char=char: QTest.keyClicks(field, char))
            for _ in text:
                steps.take(lambda: QTest.keyClick(field, Qt.Key.Key_Backspace))


def open_busiest(window, steps: Steps) -> None:
    window.show_panel_at(0)
    panel = window.cases_panel
    label, closed = window.session.db.execute(
        "SELECT c.label, c.status = 'closed' FROM time_entries e JOIN cases c ON c.id = e.case_id "
        "GROUP BY e.case_id ORDER BY count(*) DESC, c.id LIMIT 1"
    ).fetchone()
    if closed:
        panel.show_closed.click()
    panel.filter.setText(label)
    steps.settle()
    for _ in range(5):
        panel.view.setFocus()
        panel.view.setCurrentIndex(panel.view.model().index(0, 0))
        steps.settle()
        steps.take(lambda: QTest.keyClick(panel.view, Qt.Key.Key_Return))
        steps.take(lambda: QTest.keyClick(panel.case_page, Qt.Key.Key_Escape))


def main(argv: list[str]) -> int:
    """Drive ``argv[1]`` on a copy of the database ``argv[0]``; print the steps' CPU times."""
    from workload_desk.ui.app import make_application
    from workload_desk.ui.language import apply_language
    from workload_desk.ui.main_window import MainWindow
    from workload_desk.ui.session import Session

    if len(argv) < 2 or argv[1] not in INTERACTIONS:
        print(__doc__, file=sys.stderr)
        return 2
    app = make_application()
    apply_language("nl")
    steps = Steps(app, "--profile" in argv)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "workload.db"
        shutil.copyfile(argv[0], copy)  # the steps write (an entry, settings): never into the one given
        window = MainWindow(Session.open(copy))
        window.resize(1280, 800)
        window.show()
        steps.settle()
        {"week": page_weeks, "add": add_and_undo, "filter": type_in_filter, "open": open_busiest}[argv[1]](
            window, steps
        )
        window.close()
        window.session.close()
    ordered = sorted(steps.times)
    p95 = ordered[max(0, -(-95 * len(ordered) // 100) - 1)]
    print(
        f"{argv[1]}: {len(ordered)} steps, window thread CPU per step: median {statistics.median(ordered):.1f} ms, "
        f"95th percentile {p95:.1f} ms, longest {ordered[-1]:.1f} ms"
    )
    if steps.profiler is not None:
        pstats.Stats(steps.profiler).sort_stats("cumulative").print_stats(40)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

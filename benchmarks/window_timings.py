"""``python -m benchmarks.window_timings DB OUT.json``: what a worker feels in the window, in one fresh process.

The real window on the database ``DB`` (offscreen), driven as a person would:

- typing one character in the case filter, until the list is filtered and painted again;
- switching the week in the Time panel, until the week is read and painted;
- opening the Say no panel the first time (its module loaded, built, filled and painted);
- the overload statement of a whole year as PDF, as the Statement panel writes it;
- the Union panel's preview over every month of the data, then a click on the first month's
  spinner (one month more), until the preview is built and painted: the worst click.

Each figure is written to ``OUT.json`` in milliseconds; the runner starts this several times and
takes the medians, so "the first time" is measured afresh in every run.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def paint_watcher():
    """An event filter that notes whether the widget it watches was painted (made once Qt is loaded)."""
    from PySide6.QtCore import QEvent, QObject

    class _PaintSeen(QObject):
        """Notes whether the watched widget was painted."""

        seen = False

        def eventFilter(self, watched, event):  # noqa: N802 - Qt's virtual
            if event.type() == QEvent.Type.Paint:
                self.seen = True
            return False

    return _PaintSeen()


def measure(db_path: Path, today: date) -> dict[str, float]:
    """Drive the window on ``db_path``; return the figures in milliseconds."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from workload_desk.ui.app import make_application
    from workload_desk.ui.language import apply_language
    from workload_desk.ui.main_window import MainWindow
    from workload_desk.ui.panels import PANELS
    from workload_desk.ui.session import Session

    app = make_application()
    apply_language("nl")
    window = MainWindow(Session.open(db_path))
    window.backups = False
    window.resize(1280, 800)
    window.show()
    QTest.qWaitForWindowExposed(window)
    app.processEvents()
    figures: dict[str, float] = {}

    painted = paint_watcher()

    def settle(changed) -> None:
        """Handle what the input set off, and have the part of the window that changed painted, once.

        Qt paints at its next frame, which is not always within one ``processEvents``: when it
        has not painted yet, the paint is done here, so that it is always counted, and only once.
        """
        changed.installEventFilter(painted)
        painted.seen = False
        app.processEvents()
        if not painted.seen:
            changed.repaint()
        changed.removeEventFilter(painted)

    # Typing in the case filter: "ots2", a character at a time, then back out again.
    panel = window.cases_panel
    panel.filter.setFocus()
    keys = []
    for text in "ots2":
        start = time.perf_counter()
        QTest.keyClicks(panel.filter, text)
        settle(panel.view.viewport())
        keys.append(_ms(start))
    for _ in range(4):
        start = time.perf_counter()
        QTest.keyClick(panel.filter, Qt.Key.Key_Backspace)
        settle(panel.view.viewport())
        keys.append(_ms(start))
    figures["filter_keystroke_ms"] = statistics.median(keys)

    # Switching weeks in the Time panel: back through the year, a click on "previous week" each.
    keys_of_panels = [key for key, _, _ in PANELS]
    window.navigation.setCurrentRow(keys_of_panels.index("time"))
    settle(window)
    time_panel = window.time_panel
    switches = []
    for _ in range(12):
        start = time.perf_counter()
        QTest.mouseClick(time_panel.previous_button, Qt.MouseButton.LeftButton)
        settle(time_panel)
        switches.append(_ms(start))
    figures["week_switch_ms"] = statistics.median(switches)

    # The Say no panel, opened for the first time.
    start = time.perf_counter()
    window.navigation.setCurrentRow(keys_of_panels.index("say_no"))
    settle(window.say_no_panel)
    figures["open_say_no_ms"] = _ms(start)

    # The Union panel over the whole database, then clicks that add one month at a time.
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QAbstractSpinBox

    window.navigation.setCurrentRow(keys_of_panels.index("union"))
    union = window.union_panel
    first_month = window.session.db.execute("SELECT min(start) FROM time_entries").fetchone()[0][:7]
    start = time.perf_counter()
    union.first.setDate(QDate.fromString(first_month + "-01", "yyyy-MM-dd").addMonths(6))
    while union.build_job is not None:  # many months are built in a worker thread: until they are shown
        app.processEvents()
    settle(union)
    figures["union_preview_all_months_ms"] = _ms(start)
    clicks = []
    for _ in range(6):
        start = time.perf_counter()
        union.first.stepBy(-1) if union.first.stepEnabled() & QAbstractSpinBox.StepEnabledFlag.StepDownEnabled else None
        settle(union)
        clicks.append(_ms(start))
    figures["union_month_click_ms"] = max(clicks)
    figures["union_months"] = union.preview.columnCount() - 2

    # A year's statement as PDF, as the Statement panel writes it.
    from workload_desk.ui.statement_pdf import make_statement_pdf

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        pages = make_statement_pdf(
            window.session.db, today - timedelta(days=364), today, "nl", str(Path(tmp) / "statement.pdf")
        )
        figures["statement_year_pdf_ms"] = _ms(start)
        figures["statement_pages"] = pages
    window.close()
    QApplication.processEvents()
    return figures


def main(argv: list[str]) -> int:
    db_path, out = Path(argv[0]), Path(argv[1])
    figures = measure(db_path, date.today())
    out.write_text(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

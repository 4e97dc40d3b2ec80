"""The Time and Cases panels do each interaction's work once: the stall tour's steps, driven with keys and clicks.

No times are judged here (benchmarks/stall_tour.py measures them); what is checked is the work that
made the stalls: a table painted twice for one change, every button's letter worked out again after a
week paged, the agenda read again for a tick on "Show closed cases", case names read per week paged.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from ui_helpers import demo_window


class PaintCounter(QObject):
    """Counts the paint events of the widgets it watches."""

    def __init__(self, *widgets) -> None:
        super().__init__()
        self.count = {w: 0 for w in widgets}
        for w in widgets:
            w.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.Paint and watched in self.count:
            self.count[watched] += 1
        return False


def settle(qtbot) -> None:
    """Let the loop turn a few times: every paint and layout a step causes has happened after it."""
    for _ in range(4):
        qtbot.wait(5)


@pytest.fixture
def window(qtbot, tmp_path, db_path):
    return demo_window(qtbot, tmp_path, db_path)


def test_paging_a_week_paints_each_table_once_and_keeps_the_letters(qtbot, window):
    window.show_panel_at(1)
    panel = window.time_panel
    settle(qtbot)
    button_text = panel.timer_button.text()
    assert "&" in button_text  # the window gave the timer button its letter
    views = [panel.entry_view.viewport(), panel.day_view.viewport(), panel.kind_view.viewport()]
    counter = PaintCounter(*views)
    for weeks in range(1, 7):
        sizes = [view.size() for view in views]
        for view in views:
            counter.count[view] = 0
        QTest.mouseClick(panel.previous_button, Qt.MouseButton.LeftButton)
        # The text is the same as before at once: not set again without its letter, which made the
        # window work out every letter again after every week paged.
        assert panel.timer_button.text() == button_text
        settle(qtbot)
        for view, size in zip(views, sizes):
            if view.size() == size:  # a table the new week's texts made taller or shorter is painted again
                assert counter.count[view] == 1, f"week {weeks} back: {view.parent().accessibleName()}"


def test_a_longer_total_text_repaints_neither_the_entries_nor_the_tab(qtbot, window):
    window.show_panel_at(1)
    panel = window.time_panel
    settle(qtbot)
    page = panel.tabs.currentWidget()
    assert page.inner.geometry() == page.rect()  # the week's widgets fill the tab
    counter = PaintCounter(panel.entry_view.viewport())
    counter.relayouts = 0

    def count_relayouts(watched, event) -> bool:
        counter.relayouts += event.type() == QEvent.Type.LayoutRequest
        return False

    relayouts = QObject()
    relayouts.eventFilter = count_relayouts
    panel.tabs.installEventFilter(relayouts)
    panel.totals.setText(panel.totals.text() + " " + "lang " * 60)  # a line or two more
    settle(qtbot)
    # The side's tables moved down; the tab widget, which repaints all it holds on a relayout that
    # reaches it, was not asked to lay out, and the entries were not painted again.
    assert counter.relayouts == 0
    assert list(counter.count.values()) == [0]
    assert page.inner.geometry() == page.rect()
    assert panel.day_view.geometry().top() > panel.totals.geometry().bottom()


def test_case_names_follow_a_change_made_while_paging(qtbot, window):
    from workload_desk.core.cases import edit_case, get_case

    window.show_panel_at(1)
    panel = window.time_panel
    QTest.mouseClick(panel.previous_button, Qt.MouseButton.LeftButton)
    shown = next(e for e in panel.entry_model.rows() if e.case_id is not None)
    case = get_case(panel.db, shown.case_id)
    edit_case(panel.db, case.id, "Renamed family", case.opened, case.notes)
    panel.reload()  # as after an outside change
    case_column = 5
    row = panel.entry_model.rows().index(shown)
    assert panel.entry_model.display_text(row, case_column) == "Renamed family"
    assert panel.case.findText("Renamed family") >= 0
    QTest.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(panel.previous_button, Qt.MouseButton.LeftButton)
    row = panel.entry_model.rows().index(shown)
    assert panel.entry_model.display_text(row, case_column) == "Renamed family"


def test_typing_in_the_case_filter_paints_the_list_once_per_key(qtbot, window):
    window.show_panel_at(0)
    panel = window.cases_panel
    settle(qtbot)
    counter = PaintCounter(panel.view.viewport())
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    for text in ("o", "ot", "ots", "ots2", "ots", "ot"):
        counter.count[panel.view.viewport()] = 0
        if len(text) < len(panel.filter.text()):
            QTest.keyClick(panel.filter, Qt.Key.Key_Backspace)
        else:
            QTest.keyClicks(panel.filter, text[-1])
        settle(qtbot)
        assert panel.filter.text() == text
        assert counter.count[panel.view.viewport()] <= 1, text
    shown = [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]
    assert shown and all(
        "ot" in panel.proxy._words_of(panel.model.row_at(panel.proxy.mapToSource(panel.proxy.index(r, 0)).row()))
        for r in range(len(shown))
    )


def test_showing_closed_cases_reads_the_list_only(qtbot, window, monkeypatch):
    window.show_panel_at(0)
    panel = window.cases_panel
    before = panel.model.rowCount()
    agenda_reads = []
    monkeypatch.setattr(panel.agenda, "reload", lambda *a: agenda_reads.append(a))
    panel.show_closed.click()
    closed = panel.changes.db.execute("SELECT count(*) FROM cases WHERE status = 'closed'").fetchone()[0]
    assert closed and panel.model.rowCount() == before + closed
    assert panel.count.text().startswith(str(before + closed))
    assert agenda_reads == []  # the agenda does not depend on the tick
    panel.show_closed.click()
    assert panel.model.rowCount() == before


def test_the_filter_finds_measures_in_the_language_shown_after_a_reload(qtbot, window):
    from workload_desk.ui.language import apply_language

    window.show_panel_at(0)
    panel = window.cases_panel
    panel.filter.setText("ondertoezichtstelling")
    dutch = panel.proxy.rowCount()
    assert dutch > 0
    panel.filter.clear()
    apply_language("en")
    try:
        panel.filter.setText("ondertoezichtstelling")
        assert panel.proxy.rowCount() == 0  # the Dutch words are not kept for English
        panel.filter.setText("family supervision")
        assert panel.proxy.rowCount() == dutch
    finally:
        apply_language("nl")


def test_opening_the_busiest_case_and_leaving_it_with_escape(qtbot, window):
    window.show_panel_at(0)
    panel = window.cases_panel
    db = panel.changes.db
    label, closed = db.execute(
        "SELECT c.label, c.status = 'closed' FROM time_entries e JOIN cases c ON c.id = e.case_id "
        "GROUP BY e.case_id ORDER BY count(*) DESC, c.id LIMIT 1"
    ).fetchone()
    if closed:
        panel.show_closed.click()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(panel.filter, label)
    assert panel.proxy.rowCount() >= 1
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.proxy.index(0, 0))
    QTest.keyClick(panel.view, Qt.Key.Key_Return)
    assert panel.pages.currentIndex() == 1 and panel.case_page.title.text() == label
    settle(qtbot)
    QTest.keyClick(panel.case_page, Qt.Key.Key_Escape)
    assert panel.pages.currentIndex() == 0
    # Opened again (the page is built): its tables are painted once, not again at the loop's next turn.
    views = [panel.case_page.task_view.viewport(), panel.case_page.measure_view.viewport()]
    counter = PaintCounter(*views)
    QTest.keyClick(panel.view, Qt.Key.Key_Return)
    assert panel.pages.currentIndex() == 1
    settle(qtbot)
    assert list(counter.count.values()) == [1, 1]
    QTest.keyClick(panel.case_page, Qt.Key.Key_Escape)
    assert panel.pages.currentIndex() == 0


def recounted_balance(db_path, monday, now) -> float:
    """The balance through ``monday``'s week counted by a connection of its own: nothing remembered."""
    from workload_desk.core.balance import balance
    from workload_desk.core.database import open_database

    other = open_database(db_path)
    try:
        return balance(other, monday, now).hours
    finally:
        other.close()


def test_adding_an_entry_with_enter_and_undoing_it(qtbot, window, db_path):
    from PySide6.QtCore import QDate, QDateTime, QTime
    from PySide6.QtWidgets import QApplication
    from ui_helpers import minutes_of

    window.show_panel_at(1)
    panel = window.time_panel
    QTest.mouseClick(panel.previous_button, Qt.MouseButton.LeftButton)
    worked = panel.report.worked_minutes
    dialog = panel.add_entry()
    sunday = panel.monday + timedelta(days=6)
    for edit, hour in ((dialog.start, 10), (dialog.end, 11)):
        edit.setDateTime(QDateTime(QDate(sunday.year, sunday.month, sunday.day), QTime(hour, 0)))
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    # The entry and the week's hours per day at once; the totals and the rules when the thread has them.
    assert minutes_of(panel.day_model.display_text(7, 1)) == worked + 60
    qtbot.waitUntil(lambda: not panel.counting())
    assert panel.report.worked_minutes == worked + 60
    assert minutes_of(panel.day_model.display_text(7, 1)) == worked + 60
    # The balance kept the years the entry did not touch, and still adds up as a recount does.
    assert panel.report.balance_hours == pytest.approx(recounted_balance(db_path, panel.monday, panel._counted_at))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert minutes_of(panel.day_model.display_text(7, 1)) == worked
    qtbot.waitUntil(lambda: not panel.counting())
    assert panel.report.worked_minutes == worked
    assert minutes_of(panel.day_model.display_text(7, 1)) == worked
    assert panel.report.balance_hours == pytest.approx(recounted_balance(db_path, panel.monday, panel._counted_at))
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: not panel.counting())
    assert panel.report.worked_minutes == worked + 60  # redone
    assert panel.report.balance_hours == pytest.approx(recounted_balance(db_path, panel.monday, panel._counted_at))

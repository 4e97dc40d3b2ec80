"""Keys on date fields and rows: Tab leaves a date field at once, Enter opens declined requests and
measures, Delete on the case list asks, Ctrl+N on a case's page makes a task; counted words in %n forms."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_helpers import demo_window

from workload_desk.core import cases, register
from workload_desk.core.errors import UserError


@pytest.fixture
def window(qapp, qtbot, tmp_path, db_path):
    return demo_window(qtbot, tmp_path, db_path)


def focus(qtbot, widget) -> None:
    widget.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def visible(kind) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def tab_leaves(qtbot, field, then=None) -> None:
    """One Tab from the first section of ``field`` leaves it (for ``then`` when given); Shift+Tab comes back."""
    focus(qtbot, field)
    field.setCurrentSectionIndex(0)  # Qt's Tab would go on to the month (and the year, the hours...)
    QTest.keyClick(field, Qt.Key.Key_Tab)
    left_for = QApplication.focusWidget()
    assert left_for is not field and not field.isAncestorOf(left_for)
    if then is not None:
        assert left_for is then
    QTest.keyClick(left_for, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is field
    # The arrow keys still walk the sections.
    field.setCurrentSectionIndex(0)
    QTest.keyClick(field, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is field


def test_tab_leaves_the_date_and_time_fields_at_once(window, qtbot):
    from workload_desk.ui.days_off_dialog import DaysOffDialog

    window.navigation.setCurrentRow(1)
    entry = window.time_panel.add_entry()
    qtbot.waitExposed(entry)
    tab_leaves(qtbot, entry.start, then=entry.end)  # "From" used to take 5 presses
    tab_leaves(qtbot, entry.end)
    entry.reject()

    days_off = DaysOffDialog(window.session.db, lambda: None, window)
    qtbot.addWidget(days_off)
    days_off.open()
    qtbot.waitExposed(days_off)
    tab_leaves(qtbot, days_off.day, then=days_off.to)
    tab_leaves(qtbot, days_off.to)
    days_off.reject()

    window.show_panel_at(3)
    statement = window.panel("statement")
    statement.period.setCurrentIndex(statement.period.findData("dates"))  # the dates take input
    tab_leaves(qtbot, statement.first, then=statement.last)
    tab_leaves(qtbot, statement.last)

    window.show_panel_at(4)
    union = window.panel("union")
    tab_leaves(qtbot, union.first, then=union.last)
    tab_leaves(qtbot, union.last)

    window.show_panel_at(0)
    case_id = cases.list_cases(window.session.db)[0].id
    window.cases_panel.open_case(case_id)
    task = window.cases_panel.case_page.add_task()
    qtbot.waitExposed(task)
    tab_leaves(qtbot, task.due)
    task.reject()


def test_enter_corrects_a_declined_request_and_undo_takes_it_back(window, qtbot):
    from workload_desk.ui.say_no_dialogs import DeclineDialog

    window.show_panel_at(2)
    panel = window.say_no_panel
    panel.tabs.setCurrentIndex(1)
    view = panel.declined_view
    first = panel.declined_model.row_at(0)
    focus(qtbot, view)
    view.selectRow(0)
    QTest.keyClick(view, Qt.Key.Key_Return)
    dialogs = visible(DeclineDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.from_role.text() == first.from_role
    assert dialog.what.currentData() == first.what
    assert dialog.day.date().toPython() == first.day
    dialog.note.setText("gecorrigeerd")
    QTest.keyClick(dialog.note, Qt.Key.Key_Return)
    corrected = {r.id: r for r in register.declined(window.session.db)}[first.id]
    assert corrected.note == "gecorrigeerd"
    assert len(register.declined(window.session.db)) == panel.declined_model.rowCount()
    window.undo_action.trigger()
    assert {r.id: r for r in register.declined(window.session.db)}[first.id].note == first.note


def test_a_correction_is_checked_as_a_new_request_is(db):
    request_id = register.decline(db, date(2026, 3, 2), "new-case", "teamleider")
    with pytest.raises(UserError) as refused:
        register.edit_declined(db, request_id, date(2026, 3, 2), "not-a-kind", "teamleider")
    assert refused.value.field == "what"
    assert register.declined(db)[0].what == "new-case"


def test_enter_on_a_running_measure_ends_it_and_on_an_ended_one_says_so(window, qtbot):
    from workload_desk.ui.case_dialogs import DateDialog

    panel = window.cases_panel
    panel.open_case(panel.model.row_at(0).id)
    page = panel.case_page
    running = next(i for i, m in enumerate(page.case.measures) if m.actual_end is None)
    focus(qtbot, page.measure_view)
    page.measure_view.selectRow(running)
    QTest.keyClick(page.measure_view, Qt.Key.Key_Return)
    dialogs = [d for d in page.findChildren(DateDialog) if d.isVisible()]
    assert len(dialogs) == 1
    QTest.keyClick(dialogs[0].day, Qt.Key.Key_Return)  # ends it today
    ended = page.case.measures[running]
    assert ended.actual_end == date.today()
    focus(qtbot, page.measure_view)
    page.measure_view.selectRow(running)
    QTest.keyClick(page.measure_view, Qt.Key.Key_Return)
    boxes = [b for b in page.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    assert "beëindigd" in boxes[0].text()
    boxes[0].reject()


def test_delete_on_the_case_list_asks_and_deletes_the_case_undo_brings_it_back(window, qtbot):
    panel = window.cases_panel
    rows = panel.model.rowCount()
    focus(qtbot, panel.view)
    panel.view.selectRow(0)
    label = panel.view.selectionModel().selectedRows()[0].data()
    QTest.keyClick(panel.view, Qt.Key.Key_Delete)
    boxes = [b for b in panel.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    assert label in boxes[0].text()
    assert panel.model.rowCount() == rows  # nothing deleted before the answer
    boxes[0].keep_button.click()
    assert panel.model.rowCount() == rows - 1
    window.undo_action.trigger()
    assert panel.model.rowCount() == rows


def test_ctrl_n_on_a_case_page_makes_a_task_and_on_the_list_a_case(window, qtbot):
    from workload_desk.ui.case_dialogs import CaseDialog, TaskDialog

    panel = window.cases_panel
    panel.open_case(panel.model.row_at(0).id)
    focus(qtbot, panel.case_page.task_view)
    QTest.keyClick(panel.case_page.task_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(visible(TaskDialog)) == 1)
    assert visible(CaseDialog) == []
    visible(TaskDialog)[0].reject()
    QTest.keyClick(panel.case_page, Qt.Key.Key_Escape)  # back to the list
    focus(qtbot, panel.view)
    QTest.keyClick(panel.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(visible(CaseDialog)) == 1)
    assert visible(TaskDialog) == []
    visible(CaseDialog)[0].reject()


def test_the_case_count_says_one_case_and_two_cases(window, qtbot):
    from workload_desk.ui.language import apply_language

    panel = window.cases_panel
    db = window.session.db
    for c in cases.list_cases(db)[1:]:  # the active cases the list shows, all but one
        cases.delete_case(db, c.id, True)
    panel.reload()
    assert panel.model.rowCount() == 1
    assert panel.count.text() == "1 zaak"
    cases.add_case(db, "KB-2", date.today() - timedelta(days=3), [], "")
    panel.reload()
    assert panel.count.text() == "2 zaken"
    apply_language("en")
    try:
        qtbot.waitUntil(lambda: panel.count.text() == "2 cases")  # the language change is an event
        cases.delete_case(db, panel.model.row_at(0).id, True)
        panel.reload()
        assert panel.count.text() == "1 case"
    finally:
        apply_language("nl")

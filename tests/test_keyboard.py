"""The window by keyboard alone: Tab leaves tables and text boxes, Enter opens rows, keys switch panels."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from ui_helpers import demo_window


@pytest.fixture
def window(qapp, qtbot, tmp_path, db_path):
    return demo_window(qtbot, tmp_path, db_path)


def focus(qtbot, widget) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def tab_until(widget, wanted, presses: int = 6) -> bool:
    """Press Tab from ``widget`` until ``wanted`` has the focus; whether it did within ``presses``."""
    for _ in range(presses):
        QTest.keyClick(QApplication.focusWidget() or widget, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is wanted:
            return True
    return False


def test_tab_leaves_the_time_entry_table_for_its_buttons(window, qtbot):
    window.navigation.setCurrentRow(1)
    panel = window.time_panel
    focus(qtbot, panel.entry_view)
    assert tab_until(panel.entry_view, panel.add_button)


def test_tab_leaves_the_notes_and_the_refusal_message(window, qtbot):
    dialog = window.cases_panel.new_case()
    qtbot.waitExposed(dialog)
    focus(qtbot, dialog.notes)
    QTest.keyClick(dialog.notes, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not dialog.notes
    assert "\t" not in dialog.notes.toPlainText()
    dialog.reject()
    window.navigation.setCurrentRow(2)
    message = window.say_no_panel.message
    focus(qtbot, message)
    QTest.keyClick(message, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not message


def press_enter_on_first_row(qtbot, view) -> None:
    assert view.model().rowCount() > 0
    focus(qtbot, view)
    view.selectRow(0)
    view.setCurrentIndex(view.model().index(0, 0))
    QTest.keyClick(view, Qt.Key.Key_Return)


def test_enter_edits_a_time_entry(window, qtbot):
    from workload_desk.ui.time_dialogs import EntryDialog

    window.navigation.setCurrentRow(1)
    panel = window.time_panel
    while panel.entry_model.rowCount() == 0:  # the demo year may not reach into this week
        panel.show_week(panel.monday - timedelta(days=7))
    press_enter_on_first_row(qtbot, panel.entry_view)
    dialogs = [d for d in panel.findChildren(EntryDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()


def test_enter_opens_an_agenda_row_and_edits_a_case_task(window, qtbot):
    from workload_desk.ui.case_dialogs import TaskDialog

    cases_panel = window.cases_panel
    cases_panel.tabs.setCurrentWidget(cases_panel.agenda)
    press_enter_on_first_row(qtbot, cases_panel.agenda.view)
    page = cases_panel.case_page
    assert cases_panel.pages.currentWidget() is page
    assert page.case.id == cases_panel.agenda.model.row_at(0).case_id
    press_enter_on_first_row(qtbot, page.task_view)
    dialogs = [d for d in page.findChildren(TaskDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()


def test_ctrl_and_a_digit_open_each_panel_and_are_in_the_shortcuts_list(window, qtbot):
    from workload_desk.ui.help import window_shortcuts

    focus(qtbot, window.navigation)
    for row in range(window.navigation.count()):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key(Qt.Key.Key_1 + row), Qt.KeyboardModifier.ControlModifier)
        assert window.navigation.currentRow() == row
        assert window.stack.currentIndex() == row
        assert window.stack.currentWidget().isAncestorOf(QApplication.focusWidget())
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == 0
    listed = dict(window_shortcuts(window))
    assert listed["Ctrl+2"] == "Het paneel “Tijd” tonen"


def test_delete_key_deletes_the_selected_entry_and_task_and_undo_brings_them_back(window, qtbot):
    window.navigation.setCurrentRow(1)
    panel = window.time_panel
    while panel.entry_model.rowCount() == 0:
        panel.show_week(panel.monday - timedelta(days=7))
    rows = panel.entry_model.rowCount()
    focus(qtbot, panel.entry_view)
    panel.entry_view.selectRow(0)
    QTest.keyClick(panel.entry_view, Qt.Key.Key_Delete)
    assert panel.entry_model.rowCount() == rows - 1
    window.undo_action.trigger()
    assert panel.entry_model.rowCount() == rows

    window.navigation.setCurrentRow(0)
    cases_panel = window.cases_panel
    case_id = next(t.case_id for t in cases_panel.agenda.model.rows() if t.case_id is not None)
    cases_panel.open_case(case_id)
    page = cases_panel.case_page
    tasks = page.task_model.rowCount()
    focus(qtbot, page.task_view)
    page.task_view.selectRow(0)
    QTest.keyClick(page.task_view, Qt.Key.Key_Delete)
    assert page.task_model.rowCount() == tasks - 1
    window.undo_action.trigger()
    assert page.task_model.rowCount() == tasks


def enter_saves(qtbot, dialog, first) -> None:
    """``dialog`` opened with the focus in ``first``; Enter there saves it."""
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    accepted = []
    dialog.accepted.connect(lambda: accepted.append(True))
    QTest.keyClick(first, Qt.Key.Key_Return)
    assert accepted == [True]


def test_dialogs_open_in_their_first_field_and_enter_saves(window, qtbot):
    from workload_desk.core import cases
    from workload_desk.ui.contract_dialog import ContractDialog

    dialog = window.cases_panel.new_case()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.label)
    QTest.keyClicks(dialog.label, "KB-7")
    before = len(cases.list_cases(window.session.db))
    enter_saves(qtbot, dialog, dialog.label)
    assert len(cases.list_cases(window.session.db)) == before + 1

    page = window.cases_panel.case_page  # the new case opened
    tasks = page.task_model.rowCount()
    dialog = page.add_task()
    enter_saves(qtbot, dialog, dialog.kind)
    assert page.task_model.rowCount() == tasks + 1

    window.navigation.setCurrentRow(1)
    dialog = window.time_panel.add_entry()
    enter_saves(qtbot, dialog, dialog.start)

    dialog = ContractDialog(window.session.db, window)
    qtbot.addWidget(dialog)
    dialog.open()
    enter_saves(qtbot, dialog, dialog.hours)


def test_the_days_off_dialogs_open_in_their_first_field(window, qtbot):
    from workload_desk.ui.days_off_dialog import DaysOffDialog, HolidaysDialog

    days_off = DaysOffDialog(window.session.db, lambda: None, window)
    holidays = HolidaysDialog(window.session.db, 2026, window)
    for dialog, first in ((days_off, days_off.day), (holidays, holidays.year)):
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is first)  # noqa: B023 - waited for here
        dialog.reject()


def test_every_input_and_table_has_a_name_a_screen_reader_can_say(window, qtbot):
    from accessibility import unnamed_inputs

    from workload_desk.ui.contract_dialog import ContractDialog
    from workload_desk.ui.data_safety import RestoreDialog
    from workload_desk.ui.days_off_dialog import DaysOffDialog, HolidaysDialog
    from workload_desk.ui.help import ShortcutsDialog

    for key in window.panel_keys():
        window.panel(key)
    window.cases_panel.open_case(window.cases_panel.model.row_at(0).id)  # the case page too
    assert unnamed_inputs(window) == []
    page = window.cases_panel.case_page
    dialogs = [window.cases_panel.new_case(), page.add_task(), window.time_panel.add_entry()]
    dialogs.append(ContractDialog(window.session.db, window))
    dialogs += [DaysOffDialog(window.session.db, lambda: None, window), HolidaysDialog(window.session.db, 2026, window)]
    dialogs += [RestoreDialog(window.session.path, window), ShortcutsDialog(window)]
    for dialog in dialogs:
        assert unnamed_inputs(dialog) == [], dialog.windowTitle()
        dialog.reject()
    assert window.time_panel.entry_view.accessibleName() == "Registraties"


def visible(kind) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_ctrl_n_makes_something_new_in_the_panel_in_view(window, qtbot):
    from workload_desk.ui.case_dialogs import CaseDialog
    from workload_desk.ui.say_no_dialogs import DeclineDialog
    from workload_desk.ui.time_dialogs import EntryDialog

    kinds = (CaseDialog, EntryDialog, DeclineDialog)
    for row, kind in ((0, CaseDialog), (1, EntryDialog), (2, DeclineDialog), (3, None), (4, None)):
        window.show_panel_at(row)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        if kind is None:  # the statement and the union export make nothing new
            assert [d for k in kinds for d in visible(k)] == []
            continue
        qtbot.waitUntil(lambda: len(visible(kind)) == 1)  # noqa: B023 - waited for here
        assert [d for k in kinds if k is not kind for d in visible(k)] == []
        visible(kind)[0].reject()


def test_f1_opens_the_manual_and_the_shortcuts_list_has_every_key(window, qtbot):
    from workload_desk.ui.help import ManualDialog, ShortcutsDialog, window_shortcuts

    focus(qtbot, window.navigation)
    QTest.keyClick(window.navigation, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: len(visible(ManualDialog)) == 1)
    visible(ManualDialog)[0].reject()
    listed = window_shortcuts(window)
    keys = [keys for keys, _ in listed]
    for key in ("F1", "Ctrl+T", "Ctrl+Z", "Ctrl+F", "Del", "Esc", "Enter", "Alt+onderstreepte letter"):
        assert any(key in k.split(", ") for k in keys), key
    assert [does for keys, does in listed if keys == "Ctrl+N"] == [
        "Nee zeggen: een afgewezen verzoek vastleggen",
        "Tijd: een nieuwe registratie",
        "Zaken: een nieuwe zaak; op de pagina van een zaak: een nieuwe taak",
    ]
    assert [f"Ctrl+{n}" for n in range(1, 6)] == sorted(k for k in keys if k.startswith("Ctrl+") and k[-1].isdigit())
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(listed)

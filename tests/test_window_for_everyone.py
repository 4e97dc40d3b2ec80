"""The window on a fresh database for keyboards, screen readers and the first day: counted words, empty
tables and charts that say so out loud, an export refused before it is tried, days off that can be undone."""

from datetime import date, datetime, time, timedelta

import pytest
from conftest import fresh_dutch_app
from PySide6.QtCore import Qt
from ui_helpers import shown_window

from workload_desk.core.cases import add_case
from workload_desk.core.measures import NewMeasure


@pytest.fixture
def window(qapp, qtbot, db_path, tmp_path):
    from workload_desk.core.database import open_database

    fresh_dutch_app(tmp_path)
    open_database(db_path).close()
    w = shown_window(qtbot, db_path)
    return w


def _case(db, label: str, children: int = 1) -> int:
    start = date.today() - timedelta(days=30)
    measures = [
        NewMeasure("ots", chr(ord("A") + i), start, date.today() + timedelta(days=200)) for i in range(children)
    ]
    return add_case(db, label, start, measures)


def test_the_status_bar_counts_one_measure_and_one_family_in_the_singular(window, qtbot):
    # What was seen: "Caseload: 1 maatregelen, 1 gezinnen".
    db = window.session.db
    _case(db, "G1")
    window.refresh_status()
    assert window.caseload_label.text() == "Caseload: 1 maatregel, 1 gezin"
    window.set_language("en")
    qtbot.waitUntil(lambda: window.caseload_label.text() == "Caseload: 1 measure, 1 family")
    _case(db, "G2", children=2)
    window.refresh_status()
    assert window.caseload_label.text() == "Caseload: 3 measures, 2 families"
    window.set_language("nl")
    qtbot.waitUntil(lambda: window.caseload_label.text() == "Caseload: 3 maatregelen, 2 gezinnen")


def test_an_empty_table_tells_a_screen_reader_what_to_do_and_stops_once_it_has_rows(window, qtbot):
    # What was seen: the hint is painted in the table, so a screen reader never says it.
    panel = window.panel("cases")
    view = panel.view
    description = view.accessibleDescription()
    plain = "Je zaken; Enter opent de gekozen zaak, Delete vraagt of je hem wilt verwijderen."
    assert description.startswith(plain)
    assert "Nog geen zaken. Druk op Ctrl+N" in description
    case_id = _case(window.session.db, "G1")
    panel.reload()
    assert view.accessibleDescription() == plain
    from workload_desk.core.cases import delete_case

    delete_case(window.session.db, case_id, keep_time=False)
    panel.reload()
    assert "Nog geen zaken" in view.accessibleDescription()
    window.set_language("en")
    qtbot.waitUntil(lambda: "No cases yet. Press Ctrl+N" in view.accessibleDescription())
    assert view.accessibleDescription().startswith("Your cases;")


def test_a_case_without_tasks_says_how_to_add_one(window, qtbot):
    _case(window.session.db, "G1")
    panel = window.panel("cases")
    panel.reload()
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)  # Enter opens the case
    page = panel.case_page
    qtbot.waitUntil(lambda: page.isVisible())
    view = page.task_view
    assert view.model().rowCount() == 0
    hint = "Nog geen taken voor deze zaak. Druk op ‘Taak toevoegen…’"
    assert view.empty_hint_text().startswith(hint)
    assert hint in view.accessibleDescription()
    with_hint = view.viewport().grab().toImage()
    view.empty_hint = ""
    assert view.viewport().grab().toImage() != with_hint  # the hint was painted


def _has_a_line_across(image) -> bool:
    """Whether a row of the image holds an unbroken line over half its width: an axis or a grid line."""
    background = image.pixelColor(0, 0)
    for y in range(image.height()):
        run = 0
        for x in range(image.width()):
            run = run + 1 if image.pixelColor(x, y) != background else 0
            if run > image.width() / 2:
                return True
    return False


def test_charts_on_a_fresh_database_say_what_to_do_instead_of_drawing_empty_axes(window, qtbot):
    from PySide6.QtCore import QSize

    from workload_desk.core.time_log import add_entry
    from workload_desk.ui.charts import chart_image

    window.show_panel_at(1)
    time_panel = window.panel("time")
    time_panel.tabs.setCurrentWidget(time_panel.tabs.widget(time_panel.tabs.count() - 1))
    qtbot.waitUntil(lambda: time_panel.chart is not None and time_panel.chart.isVisible())
    weeks = time_panel.chart
    assert weeks.chart.empty_text().startswith("Nog geen uren om te tonen.")
    assert weeks.accessibleDescription() == weeks.chart.empty_text()
    window.show_panel_at(2)
    say_no = window.panel("say_no")
    say_no.tabs.setCurrentWidget(say_no.chart_tab)
    qtbot.waitUntil(lambda: say_no.chart is not None and say_no.chart.isVisible())
    assert say_no.chart.accessibleDescription().startswith("Nog geen maatregelen om te tonen.")
    # Drawn: the title and the sentence only, far less ink than axes, grid, labels and legend.
    empty = chart_image(weeks.chart, QSize(600, 300), scale=1.0)
    monday = time_panel.monday
    add_entry(window.session.db, datetime.combine(monday, time(9)), datetime.combine(monday, time(12)), "visit")
    _case(window.session.db, "G1")
    time_panel.reload()
    time_panel._show_chart()
    assert weeks.chart.empty_text() == ""
    assert "3:00" in weeks.accessibleDescription()
    drawn = chart_image(weeks.chart, QSize(600, 300), scale=1.0)
    assert not _has_a_line_across(empty) and _has_a_line_across(drawn)
    with qtbot.waitSignal(say_no.chart_shown):  # counted again in a worker thread
        say_no.reload()
    assert say_no.chart.chart.empty_text() == ""


def test_the_union_panel_says_before_saving_that_empty_months_cannot_be_exported(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    panel = window.panel("union")
    qtbot.waitUntil(lambda: panel.isVisible() and panel.build_job is None)  # the months built in a thread
    assert panel.error.text().startswith("Deze maanden bevatten geen gegevens")
    assert panel.error.isVisible()
    assert not panel.json_button.isEnabled() and not panel.csv_button.isEnabled()
    assert panel.preview.export is not None  # the preview still shows what the file would hold
    assert panel.error.minimumSizeHint().width() < 600  # the sentence wraps: the window stays laptop-wide
    first = panel.first.date().toPython()
    add_case(window.session.db, "G1", first, [NewMeasure("ots", "A", first)])  # a caseload in the months shown
    panel.reload()
    qtbot.waitUntil(lambda: panel.build_job is None)
    assert panel.error.text() == ""
    assert panel.json_button.isEnabled() and panel.csv_button.isEnabled()


def test_days_off_are_undone_with_ctrl_z_in_the_dialog_and_afterwards_in_the_time_panel(window, qtbot):
    from PySide6.QtCore import QDate

    from workload_desk.core.days_off import days_off_between

    db = window.session.db
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window, Qt.Key.Key_2, ctrl)  # the Time panel, whose history the days off join
    monday = date(2026, 3, 2)

    def marked() -> set[date]:
        return set(days_off_between(db, monday, monday + timedelta(days=6)))

    from workload_desk.ui.days_off_dialog import DaysOffDialog

    dialog = DaysOffDialog(db, window._days_off_changed, window, window.time_panel.changes)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.day.setDate(QDate(monday.year, monday.month, monday.day))
    dialog.to.setDate(QDate(monday.year, monday.month, monday.day + 4))
    dialog.add_button.setFocus()
    qtbot.waitUntil(dialog.add_button.hasFocus)
    qtbot.keyClick(dialog.add_button, Qt.Key.Key_Space)
    assert len(marked()) == 5 and dialog.undo_button.isEnabled()
    qtbot.keyClick(dialog.add_button, Qt.Key.Key_Z, ctrl)
    assert marked() == set()
    assert not dialog.undo_button.isEnabled()  # nothing done in this dialog is left to undo
    qtbot.keyClick(dialog.add_button, Qt.Key.Key_Space)
    dialog.list.setFocus()
    dialog.list.setCurrentRow(0)
    dialog.remove_button.click()
    assert len(marked()) == 4
    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)  # closed: the changes stay on the Time panel's history
    assert not dialog.isVisible()
    window.activateWindow()
    window.time_panel.entry_view.setFocus()
    qtbot.waitUntil(window.time_panel.entry_view.hasFocus)
    assert window.undo_action.text().replace("&", "") == "Ongedaan maken: Weer een werkdag"
    qtbot.keyClick(window.time_panel.entry_view, Qt.Key.Key_Z, ctrl)
    assert len(marked()) == 5
    qtbot.keyClick(window.time_panel.entry_view, Qt.Key.Key_Z, ctrl)
    assert marked() == set()
    qtbot.keyClick(window.time_panel.entry_view, Qt.Key.Key_Z, ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert len(marked()) == 5  # and redone


def test_the_tray_follows_the_timer_started_and_stopped_with_ctrl_t(window, qtbot):
    from workload_desk.ui.tray import Tray

    window.tray = Tray(window)  # the offscreen platform has no tray: made by hand, fed by the window
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Timer: Huisbezoek 0:00" in window.tray.toolTip())
    assert window.tray.timer_action.text() == "De timer stoppen"
    assert window.timer_label.text().startswith("Timer: Huisbezoek 0:00")
    window.tray.timer_action.trigger()  # stopped from the tray's menu
    qtbot.waitUntil(lambda: "Timer:" not in window.tray.toolTip())
    assert window.tray.timer_action.text() == "De timer starten"
    assert window.timer_label.isHidden()

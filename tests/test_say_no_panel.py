"""The Say no panel driven as a worker would: the answer, a decline, the message, the settings."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent
from PySide6.QtGui import QGuiApplication
from ui_helpers import shown_window

from workload_desk.core.caseload_norm import get_schedule
from workload_desk.core.cases import add_case
from workload_desk.core.contracts import set_contract
from workload_desk.core.measures import NewMeasure
from workload_desk.core.register import declined
from workload_desk.ui.language import apply_language
from workload_desk.ui.say_no_panel import SayNoPanel

TODAY = date.today()


@pytest.fixture
def panel(qapp, qtbot, db):
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    apply_language("nl")
    set_contract(db, 32, TODAY - timedelta(days=200))
    start = TODAY - timedelta(days=100)
    for i in range(14):
        add_case(db, f"G{i}", start, [NewMeasure("ots", "A", start)])
    widget = SayNoPanel(db)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_answer_is_big_and_plain(panel):
    assert panel.caseload.text() == "14 maatregelen"
    assert panel.norm.text() == "10,7 maatregelen"
    assert panel.target.text() == "10,7"
    assert panel.answer.text() == "Nee" and panel.answer.property("textRole") == "danger"
    assert "15" in panel.reason.text() and "10,7" in panel.reason.text()
    assert "doel op" in panel.outlook.text()


def test_a_decline_recorded_from_the_panel(panel, db):
    dialog = panel.record_decline("new-case")
    dialog.from_role.setText("teamleider")
    dialog.note.setText("per mail")
    dialog.accept()
    assert [(r.what, r.from_role, r.note) for r in declined(db)] == [("new-case", "teamleider", "per mail")]
    assert panel.declined_model.rowCount() == 1
    assert panel.month_model.row_at(0).new_cases == 1


def test_a_change_of_data_outside_the_register_leaves_its_tables_as_they_were(panel, db):
    panel.record_decline("new-case").accept()
    resets: list[str] = []
    for name in ("declined_model", "month_model", "boundary_model"):
        getattr(panel, name).modelReset.connect(lambda name=name: resets.append(name))
    add_case(db, "G-new", TODAY, [NewMeasure("ots", "A", TODAY)])
    panel.reload()  # as after any change of data
    assert panel.caseload.text() == "15 maatregelen"
    assert resets == []  # not set again, nor measured again
    panel.record_decline("call").accept()
    assert resets == ["declined_model", "month_model"]
    assert panel.declined_model.rowCount() == 2 and panel.month_model.row_at(0).total == 2


def test_a_decline_with_a_bsn_is_refused_at_the_field(panel, db):
    dialog = panel.record_decline("call")
    dialog.note.setText("moeder 111222333")
    dialog.accept()
    assert dialog.isVisible() and "BSN" in dialog.error.text()
    assert declined(db) == []


def test_the_message_in_both_languages_and_the_copy(panel):
    panel.message_to.setText("Sanne")
    text = panel.message.toPlainText()
    assert text.startswith("Beste Sanne") and "14 maatregelen" in text and "10,7" in text
    panel.message_lang.setCurrentIndex(panel.message_lang.findData("en"))
    assert panel.message.toPlainText().startswith("Dear Sanne")
    panel.message.setPlainText(panel.message.toPlainText() + "\nP.S. edited")
    panel.copy_button.click()
    assert QGuiApplication.clipboard().text().endswith("P.S. edited")


def test_the_template_is_the_workers_own(panel):
    dialog = panel.edit_template()
    dialog.text.setPlainText("Nee, ik draag er al {caseload}.")
    dialog.accept()
    assert panel.message.toPlainText() == "Nee, ik draag er al 14."
    dialog = panel.edit_template()
    dialog.default_button.click()
    dialog.accept()
    assert panel.message.toPlainText().startswith("Beste collega")


def test_a_template_that_could_break_the_panel_is_refused_at_the_field(panel):
    dialog = panel.edit_template()
    dialog.text.setPlainText("Nee, {to.__class__} {to:>1999999999}")
    dialog.accept()
    assert dialog.isVisible() and "“{to.__class__}” is geen invulveld" in dialog.error.text()
    assert dialog.text.styleSheet()
    assert panel.message.toPlainText().startswith("Beste collega")


def test_a_stored_template_that_could_break_the_panel_is_shown_as_written(panel, db):
    db.execute("INSERT INTO settings(key, value) VALUES ('refusal_template_nl', 'Nee {to.x} {to:>1999999999}')")
    panel.message_to.setText("Sanne")
    assert panel.message.toPlainText() == "Nee {to.x} {to:>1999999999}"


def test_schedule_and_norm_settings(panel, db):
    panel.preset.setCurrentIndex(panel.preset.findData("every-4-months"))
    panel.schedule_from.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    panel.count_baseline.setChecked(False)
    panel.baseline.setValue(16)
    panel.save_settings_button.click()
    assert get_schedule(db).baseline == 16
    assert panel.target.text() == "16"
    assert panel.answer.text() == "Ja"
    panel.baseline.setValue(20)
    panel.families_low.setValue(10)
    panel.families_high.setValue(9)
    panel.save_settings_button.click()
    assert "ondergrens" in panel.settings_error.text()
    assert get_schedule(db).baseline == 16  # nothing of the refused save was kept


def test_a_boundary_kept(panel, db):
    panel.boundary_view.selectRow(1)  # court by phone or video
    panel.kept_button.click()
    kept = panel.boundary_model.row_at(1)
    assert kept.times == 1 and kept.hours_saved == 3.5


def test_the_chart_tab(panel, qtbot, qtmodeltester):
    with qtbot.waitSignal(panel.chart_shown):  # counted in a worker thread
        panel.tabs.setCurrentWidget(panel.chart_tab)
    assert panel.chart is not None and panel.chart.isVisible() and not panel.chart_busy.isVisible()
    qtmodeltester.check(panel.declined_model)
    qtmodeltester.check(panel.boundary_model)


def test_the_chart_is_counted_in_a_thread_once_and_again_only_after_a_change(panel, qtbot):
    with qtbot.waitSignal(panel.chart_shown):
        panel.tabs.setCurrentWidget(panel.chart_tab)
        assert panel.chart_busy.isVisible() and panel.chart_busy.text().startswith("Bezig")
    assert panel.chart.chart.empty_text() == ""  # the 14 measures drawn
    queries = []
    panel.db.conn.set_trace_callback(queries.append)
    panel.tabs.setCurrentIndex(0)
    panel.tabs.setCurrentWidget(panel.chart_tab)
    panel.db.conn.set_trace_callback(None)
    assert queries == [] and panel.chart.isVisible()  # opened again, nothing changed: shown as it was
    with qtbot.waitSignal(panel.chart_shown):
        panel.reload()  # the data changed: the old chart is not shown as today's while it is counted again
        assert not panel.chart.isVisible() and panel.chart_busy.isVisible()
    assert panel.chart.isVisible() and not panel.chart_busy.isVisible()


def test_a_chart_tab_passed_by_is_not_counted(panel):
    asked = panel._chart_asked
    panel.tabs.setCurrentWidget(panel.chart_tab)
    assert panel._chart_timer.isActive()  # counted once the tab has stayed in view a moment
    panel.tabs.setCurrentIndex(panel.tabs.indexOf(panel.chart_tab) + 1)  # Ctrl+Tab on
    panel._chart_timer.timeout.emit()
    assert panel._chart_asked == asked and panel.chart is None


def test_no_refusal_is_written_when_the_answer_is_yes(panel):
    assert panel.message.toPlainText().startswith("Beste collega")
    panel.preset.setCurrentIndex(panel.preset.findData("every-4-months"))
    panel.count_baseline.setChecked(False)
    panel.baseline.setValue(20)
    panel.save_settings_button.click()
    assert panel.answer.text() == "Ja"
    assert panel.message.toPlainText() == "" and not panel.copy_button.isEnabled()
    assert "niets te weigeren" in panel.message.placeholderText()


def test_every_change_in_say_no_can_be_undone_and_redone(panel, db):
    stack = panel.changes.stack
    panel.record_decline("new-case").accept()
    panel.boundary_view.selectRow(1)
    panel.kept_button.click()
    panel.norm_measures.setValue(14)
    panel.save_settings_button.click()
    template = panel.edit_template()
    template.text.setPlainText("Nee.")
    template.accept()
    assert panel.message.toPlainText() == "Nee."
    assert panel.norm.text() == "12,4 maatregelen"
    stack.undo()
    assert panel.message.toPlainText().startswith("Beste collega")
    stack.undo()
    assert panel.norm.text() == "10,7 maatregelen"
    stack.undo()
    assert panel.boundary_model.row_at(1).times == 0
    stack.undo()
    assert declined(db) == []
    for _ in range(4):
        stack.redo()
    assert len(declined(db)) == 1 and panel.boundary_model.row_at(1).times == 1
    assert panel.message.toPlainText() == "Nee."


@pytest.fixture
def window(qapp, qtbot, tmp_path, db_path):
    from conftest import fresh_dutch_app

    from workload_desk.core.database import open_database
    from workload_desk.core.register import decline

    fresh_dutch_app(tmp_path)
    db = open_database(db_path)
    decline(db, TODAY, "new-case", "teamleider", "per mail")
    decline(db, TODAY, "call", "collega", "")
    db.close()
    w = shown_window(qtbot, db_path)
    return w


def test_delete_key_removes_a_declined_request_and_ctrl_z_brings_it_back(window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window.navigation.setCurrentRow(2)
    panel = window.say_no_panel
    panel.tabs.setCurrentIndex(1)
    view = panel.declined_view
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    view.selectRow(0)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert [r.from_role for r in declined(panel.db)] == ["teamleider"]
    assert "Afgewezen verzoek verwijderen" in window.undo_action.text()
    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(r.from_role for r in declined(panel.db)) == ["collega", "teamleider"]
    assert panel.declined_model.rowCount() == 2

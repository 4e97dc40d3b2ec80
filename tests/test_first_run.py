"""The first day: the guide on a fresh database (done or skipped, once), reopened from Help, saving
through the core; the empty tables say what to do next."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import fresh_dutch_app
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workload_desk.core import caseload_norm, contracts
from workload_desk.core.cases import add_case
from workload_desk.core.dates import week_start
from workload_desk.core.full_export import export_all
from workload_desk.core.measures import NewMeasure
from workload_desk.core.settings import get_setting
from workload_desk.ui.first_run import SETTING, guide_due
from workload_desk.ui.main_window import MainWindow
from workload_desk.ui.session import Session


@pytest.fixture
def window(qapp, qtbot, tmp_path):
    fresh_dutch_app(tmp_path)
    w = MainWindow(Session.open(tmp_path / "new.db"))
    w.backups = False
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def open_guide(window, qtbot):
    guide = window.offer_first_run()
    assert guide is not None
    qtbot.waitExposed(guide)
    return guide


def test_a_fresh_database_gets_the_guide_once_and_skipping_changes_nothing(window, qtbot):
    db = window.session.db
    before = export_all(db)["tables"]
    guide = open_guide(window, qtbot)
    assert guide.windowTitle() == "Je eerste dag met Workload Desk"
    QTest.keyClick(guide, Qt.Key.Key_Escape)  # Escape skips, as the Skip button does
    qtbot.waitUntil(lambda: not guide.isVisible())
    assert get_setting(db, SETTING) == "skipped"
    after = export_all(db)["tables"]
    assert after["settings"] == [{"key": SETTING, "value": "skipped"}]
    after["settings"] = []
    assert after == before  # no contract, no schedule, no name: only that it was skipped
    assert window.offer_first_run() is None


def test_the_guide_saves_contract_schedule_and_name_together(window, qtbot):
    db = window.session.db
    guide = open_guide(window, qtbot)
    guide.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is guide.hours)  # it opens in its first field
    guide.hours.selectAll()
    QTest.keyClicks(guide.hours, "32")
    QTest.keyClick(guide.hours, Qt.Key.Key_Tab)
    assert [b.value() for b in guide.days] == [6.4] * 5 + [0, 0]
    guide.next_button.click()
    assert guide.steps.currentIndex() == 1
    qtbot.waitUntil(lambda: QApplication.focusWidget() is guide.preset)
    guide.preset.setCurrentIndex(guide.preset.findData("every-4-months"))
    guide.schedule_from.setDate(date(2026, 1, 1))
    guide.next_button.click()
    QTest.keyClicks(guide.worker_name, "Ada Werker")
    guide.next_button.click()
    assert guide.finish_button.isVisible() and not guide.next_button.isVisible()
    guide.finish_button.click()
    qtbot.waitUntil(lambda: not guide.isVisible())
    period = contracts.contract_periods(db)[-1]
    assert period.hours == 32 and period.pattern == (6.4,) * 5 + (0.0, 0.0)
    assert period.valid_from == week_start(date.today())
    assert caseload_norm.get_schedule(db) == caseload_norm.Schedule("every-4-months", date(2026, 1, 1), None)
    assert get_setting(db, "worker_name") == "Ada Werker" and get_setting(db, SETTING) == "done"
    assert "32" in window.week_label.text()  # the status bar follows


def test_a_refusal_keeps_the_guide_open_and_saves_nothing(window, qtbot):
    db = window.session.db
    guide = open_guide(window, qtbot)
    guide.days[0].setValue(12)  # the days no longer add up to the week
    for _ in range(3):
        guide.next_button.click()
    guide.finish_button.click()
    assert guide.isVisible() and guide.steps.currentIndex() == 0  # back at the step the refusal is about
    assert "tellen op tot" in guide.error.text()
    assert contracts.contract_periods(db) == [] and caseload_norm.get_schedule(db) is None
    assert get_setting(db, SETTING) is None and get_setting(db, "worker_name") is None
    guide.reject()


def test_help_reopens_the_guide_with_what_is_set(window, qtbot):
    db = window.session.db
    contracts.set_contract(db, 28, date(2026, 1, 5), (7, 7, 7, 7, 0, 0, 0))
    assert not guide_due(db)  # a database with data gets no guide by itself
    assert window.offer_first_run() is None
    window.first_run_action.trigger()
    guide = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "firstRunGuide" and w.isVisible())
    assert guide.hours.value() == 28 and [b.value() for b in guide.days] == [7, 7, 7, 7, 0, 0, 0]
    guide.skip_button.click()
    assert get_setting(db, SETTING) == "skipped"


def test_empty_tables_say_what_to_do_next(window, qtbot):
    view = window.cases_panel.view
    assert view.model().rowCount() == 0
    assert view.empty_hint_text().startswith("Nog geen zaken. Druk op Ctrl+N")
    with_hint = view.viewport().grab().toImage()
    view.empty_hint = ""
    assert view.viewport().grab().toImage() != with_hint  # the hint is painted in the table
    window.navigation.setCurrentRow(1)
    assert window.time_panel.entry_view.empty_hint_text().startswith("Nog geen uren deze week.")
    window.navigation.setCurrentRow(2)
    assert "Afgewezen verzoek vastleggen" in window.say_no_panel.declined_view.empty_hint_text()


def test_the_hint_goes_once_a_row_is_there(window, qtbot):
    view = window.cases_panel.view
    empty = view.viewport().grab().toImage()
    add_case(window.session.db, "A.B.", date(2026, 1, 5), [NewMeasure("ots", "A", date(2026, 1, 5))])
    window.show_outside_changes()
    qtbot.waitUntil(lambda: view.model().rowCount() == 1)
    view.empty_hint = ""
    without_hint = view.viewport().grab().toImage()
    view.empty_hint = "No cases yet."
    assert view.viewport().grab().toImage() == without_hint != empty  # with a row, no hint is painted


def test_a_union_export_of_a_fresh_database_is_refused_with_a_sentence(window, qtbot, tmp_path):
    window.navigation.setCurrentRow(4)
    panel = window.union_panel
    qtbot.waitUntil(lambda: panel.build_job is None)  # the months built in a thread
    assert panel.save("json", str(tmp_path / "bond.json")) is None
    assert panel.error.text().startswith("Deze maanden bevatten geen gegevens")
    assert not (tmp_path / "bond.json").exists()
    add_case(window.session.db, "A.B.", date(2026, 1, 5), [NewMeasure("ots", "A", date(2026, 1, 5))])
    panel.reload()
    qtbot.waitUntil(lambda: panel.build_job is None)
    assert panel.save("json", str(tmp_path / "bond.json")) == str(tmp_path / "bond.json")  # a caseload is data

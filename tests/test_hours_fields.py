"""Hours where people type and read them: h:mm in the contract dialog, the first-day guide and Say no,
typed as 7:12 or 7,2 alike, stored as the hours they were (a float)."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from workload_desk.core.contracts import contract_periods, set_contract
from workload_desk.core.register import hours_saved_per_time, keep_boundary
from workload_desk.ui.contract_dialog import ContractDialog
from workload_desk.ui.hours_field import HoursField
from workload_desk.ui.language import apply_language
from workload_desk.ui.say_no_panel import SayNoPanel

TODAY = date.today()


@pytest.fixture
def dutch(qapp):
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    apply_language("nl")


def alone(qtbot, field: HoursField) -> QWidget:
    """The field in a window with one other field to Tab to."""
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.addWidget(field)
    layout.addWidget(QLineEdit())
    qtbot.addWidget(window)
    window.show()
    return window


def typed(qtbot, field: HoursField, text: str) -> None:
    """Type ``text`` over what the field holds and leave it with Tab, as a person would."""
    field.window().activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Tab)


@pytest.mark.parametrize("text", ["7:12", "7,2", "7.2"])
def test_a_field_of_hours_takes_hours_and_minutes_or_a_number_and_shows_h_mm(dutch, qtbot, text):
    field = HoursField(0, 24)
    window = alone(qtbot, field)  # noqa: F841 - kept while the test runs
    typed(qtbot, field, text)
    assert field.value() == pytest.approx(7.2) and field.text() == "7:12"


def test_a_field_of_hours_refuses_what_is_not_a_time(dutch, qtbot):
    field = HoursField(3.5, 24)
    window = alone(qtbot, field)  # noqa: F841 - kept while the test runs
    assert field.text() == "3:30"
    typed(qtbot, field, "7:75")  # 75 minutes: never taken
    assert field.value() == pytest.approx(3.5)
    typed(qtbot, field, "abc")  # letters cannot be typed at all
    assert field.value() == pytest.approx(3.5) and field.text() == "3:30"


def test_the_contract_dialog_shows_hours_and_minutes_and_stores_hours(dutch, qtbot, db):
    set_contract(db, 36, TODAY - timedelta(days=30))
    dialog = ContractDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.hours.text().startswith("36:00 ")  # not "36,0"
    assert [box.text() for box in dialog.days] == ["7:12"] * 5 + ["0:00"] * 2  # not "7,2"
    typed(qtbot, dialog.hours, "32:30")
    assert [box.text() for box in dialog.days] == ["6:30"] * 5 + ["0:00"] * 2
    typed(qtbot, dialog.days[0], "8,5")
    typed(qtbot, dialog.days[4], "4:30")
    assert dialog.days[0].text() == "8:30"
    dialog.accept()
    period = contract_periods(db)[-1]
    assert period.hours == 32.5 and period.pattern == (8.5, 6.5, 6.5, 6.5, 4.5, 0, 0)


def test_odd_weekly_hours_spread_to_the_minute_and_add_up(dutch, qtbot, db):
    dialog = ContractDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    typed(qtbot, dialog.hours, "36:10")
    minutes = [round(box.value() * 60) for box in dialog.days]
    assert sum(minutes) == 36 * 60 + 10 and minutes[:4] == [434] * 4


def test_say_no_shows_and_takes_the_hours_saved_as_hours_and_minutes(dutch, qtbot, db):
    for day in range(10):
        keep_boundary(db, TODAY - timedelta(days=day), "court-remote")
    panel = SayNoPanel(db)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.court_hours.text() == "3:30"  # not "3,50"
    row = next(
        r for r in range(panel.boundary_model.rowCount()) if panel.boundary_model.row_at(r).boundary == "court-remote"
    )
    assert panel.boundary_model.index(row, 2).data() == "35:00"  # not "35"
    panel.tabs.setCurrentIndex(4)  # Schedule and norm
    typed(qtbot, panel.court_hours, "2:45")
    panel.save_settings_button.click()
    assert hours_saved_per_time(db)["court-remote"] == pytest.approx(2.75)
    assert panel.boundary_model.index(row, 2).data() == "27:30"

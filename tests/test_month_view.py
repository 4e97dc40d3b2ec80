"""The month view reads without surprise: no debt before the first entry, each difference is the worked
minus the contract shown in its row, and the total line is the sum of the rows it counts."""

from datetime import date, datetime, timedelta

import pytest
from conftest import fresh_dutch_app
from PySide6.QtCore import Qt
from ui_helpers import minutes_of, shown_window

from workload_desk.core.balance import set_balance_start
from workload_desk.core.clock import now_local, zone_of
from workload_desk.core.contracts import set_contract
from workload_desk.core.database import open_database
from workload_desk.core.dates import week_start
from workload_desk.core.time_log import add_entry

THIS_MONDAY = week_start(date.today())
EARLIER = THIS_MONDAY - timedelta(weeks=2)

WEEK, WORKED, CONTRACT, DIFFERENCE = 0, 2, 3, 4


@pytest.fixture
def window(qapp, qtbot, db_path, tmp_path):
    fresh_dutch_app(tmp_path)
    db = open_database(db_path)
    set_contract(db, 36, EARLIER - timedelta(weeks=8))
    db.close()
    w = shown_window(qtbot, db_path)
    return w


def month_of(window, day: date):
    panel = window.time_panel
    window.navigation.setCurrentRow(1)
    panel.show_week(day)
    panel.tabs.setCurrentIndex(1)
    return panel.month_model


def italic(model, row: int, column: int) -> bool:
    font = model.index(row, column).data(Qt.ItemDataRole.FontRole)
    return font is not None and font.italic()


def check_adds_up(model) -> None:
    """Each row's difference is its worked minus its contract as shown; the total line sums the rows not in
    italics, column by column."""
    total = model.rowCount() - 1
    text = lambda r, c: model.index(r, c).data()  # noqa: E731
    for r in range(total):
        if text(r, DIFFERENCE):
            assert minutes_of(text(r, DIFFERENCE)) == minutes_of(text(r, WORKED)) - minutes_of(text(r, CONTRACT))
            assert not italic(model, r, CONTRACT)
        else:
            assert italic(model, r, WEEK)  # a week not counted says so by its look
    counted = [r for r in range(total) if not italic(model, r, WEEK)]
    for column in (WORKED, CONTRACT, DIFFERENCE):
        assert sum(minutes_of(text(r, column)) for r in counted) == minutes_of(text(total, column))
    assert minutes_of(text(total, DIFFERENCE)) == minutes_of(text(total, WORKED)) - minutes_of(text(total, CONTRACT))


def test_a_fresh_database_owes_nothing_anywhere(window):
    model = month_of(window, THIS_MONDAY)
    total = model.rowCount() - 1
    for r in range(total):
        assert model.index(r, DIFFERENCE).data() == ""  # no debt, no difference at all
        if model.row_at(r).id <= THIS_MONDAY:
            assert model.index(r, CONTRACT).data() == ""
            assert "eerste" in model.index(r, CONTRACT).data(Qt.ItemDataRole.ToolTipRole)  # from the first entry
    assert model.index(total, DIFFERENCE).data() == "0:00"
    check_adds_up(model)
    assert "eerste" in window.time_panel.month_note.text()
    totals = window.time_panel.totals.text()
    assert "Saldo sinds" not in totals and "–" not in totals and "Nog geen saldo" in totals


def test_the_month_counts_from_the_day_the_worker_set_not_its_monday(window):
    db = window.session.db
    wednesday = EARLIER + timedelta(days=2)
    start = datetime.combine(wednesday, datetime.min.time()).replace(hour=9)
    add_entry(db, start, start + timedelta(hours=1), "visit")
    set_balance_start(db, wednesday)  # by default the Monday of that week (DOMAIN.md); she began on Wednesday
    model = month_of(window, EARLIER)
    row = next(r for r in range(model.rowCount() - 1) if model.row_at(r).id == EARLIER)
    assert model.index(row, CONTRACT).data() == "21:36"  # Wednesday to Friday, not the whole 36:00
    assert model.index(row, DIFFERENCE).data() == "-20:36"
    assert "36:00" in model.index(row, CONTRACT).data(Qt.ItemDataRole.ToolTipRole)
    for r in range(model.rowCount() - 1):
        if model.row_at(r).id < EARLIER:
            assert model.index(r, CONTRACT).data() == model.index(r, DIFFERENCE).data() == ""
    check_adds_up(model)
    window.time_panel.tabs.setCurrentIndex(0)
    window.time_panel.show_week(EARLIER)
    assert f"Saldo sinds {wednesday:%d-%m-%Y}" in window.time_panel.totals.text()


def test_weeks_to_come_show_their_contract_in_italics_and_stay_out_of_the_total(window):
    db = window.session.db
    start = datetime.combine(EARLIER, datetime.min.time()).replace(hour=9)
    add_entry(db, start, start + timedelta(hours=8), "visit")
    now = now_local(zone_of(db))
    for day in (THIS_MONDAY, EARLIER, THIS_MONDAY + timedelta(weeks=3)):
        model = month_of(window, day)
        check_adds_up(model)
        for r in range(model.rowCount() - 1):
            if model.row_at(r).id > now.date():
                assert model.index(r, CONTRACT).data() == "36:00" and italic(model, r, CONTRACT)
                assert model.index(r, WORKED).data() == model.index(r, DIFFERENCE).data() == ""
    model = month_of(window, THIS_MONDAY)
    this = next(r for r in range(model.rowCount() - 1) if model.row_at(r).id == THIS_MONDAY)
    shown = model.index(this, CONTRACT).data()
    if minutes_of(shown) < 36 * 60:  # the week under way: its contract so far, and the whole week in the tooltip
        assert f"{shown} tot nu toe van 36:00" in model.index(this, CONTRACT).data(Qt.ItemDataRole.ToolTipRole)

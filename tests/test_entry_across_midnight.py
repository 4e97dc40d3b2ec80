"""An entry across midnight reads right: the Day column names both days, the Hours the part in the week
shown with the whole in the tooltip, and the rows still add up to the totals."""

from datetime import date, datetime, timedelta

import pytest
from conftest import fresh_dutch_app
from PySide6.QtCore import Qt
from ui_helpers import minutes_of, shown_window

from workload_desk.core.contracts import set_contract
from workload_desk.core.database import open_database
from workload_desk.core.dates import week_start
from workload_desk.core.time_log import add_entry

EARLIER = week_start(date.today()) - timedelta(weeks=3)
SUNDAY = EARLIER + timedelta(days=6)
NEXT_MONDAY = EARLIER + timedelta(weeks=1)
DAY, HOURS = 0, 3


@pytest.fixture
def window(qapp, qtbot, db_path, tmp_path):
    fresh_dutch_app(tmp_path)
    db = open_database(db_path)
    set_contract(db, 36, EARLIER - timedelta(weeks=8))
    start = datetime.combine(SUNDAY, datetime.min.time()).replace(hour=22, minute=50)
    add_entry(db, start, start + timedelta(minutes=110), "court")  # Sunday 22:50 to Monday 00:40
    start = datetime.combine(NEXT_MONDAY, datetime.min.time()).replace(hour=22)
    add_entry(db, start, start + timedelta(hours=2), "report")  # Monday 22:00 to 24:00: one day
    db.close()
    w = shown_window(qtbot, db_path)
    return w


def rows_of(window, monday: date):
    panel = window.time_panel
    window.navigation.setCurrentRow(1)
    panel.show_week(monday)
    model = panel.entry_model
    return panel, model, {model.row_at(r).task_kind: r for r in range(model.rowCount())}


@pytest.mark.parametrize("monday,part", [(NEXT_MONDAY, "0:40"), (EARLIER, "1:10")])
def test_the_entry_names_both_days_and_its_part_of_the_week(window, monday, part):
    panel, model, row = rows_of(window, monday)
    crossing = row["court"]
    span = f"zo {SUNDAY:%d-%m} → ma {NEXT_MONDAY:%d-%m}"
    assert model.index(crossing, DAY).data() == span  # not the Sunday alone above "00:40"
    assert model.index(crossing, HOURS).data() == part
    assert model.index(crossing, HOURS).data(Qt.ItemDataRole.ToolTipRole) == f"1:50 in totaal, {part} in deze week."
    hours = sum(minutes_of(model.index(r, HOURS).data()) for r in range(model.rowCount()))
    total = panel.day_model.index(panel.day_model.rowCount() - 1, 1).data()
    assert hours == minutes_of(total)  # the rows still add up to the week's total


def test_an_entry_ending_at_midnight_stays_on_its_day(window):
    _, model, row = rows_of(window, NEXT_MONDAY)
    assert model.index(row["report"], DAY).data() == f"{NEXT_MONDAY:%d-%m-%Y}"
    assert model.index(row["report"], HOURS).data(Qt.ItemDataRole.ToolTipRole) is None

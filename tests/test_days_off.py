"""Days off and the work pattern: one day or a range, public holidays offered, and the command line."""

import json
import subprocess
import sys
from datetime import date

import pytest

from workload_desk.core.contracts import contract_periods, parse_pattern, set_contract
from workload_desk.core.days_off import days_off_between, mark_range_off, public_holidays, unmark_range
from workload_desk.core.errors import UserError


def test_a_range_marks_the_weekdays_and_the_working_days_of_the_pattern(db):
    set_contract(db, 32, date(2026, 1, 5), "8,8,8,0,0,0,8")  # a Sunday worked, Thursday to Saturday free
    added = mark_range_off(db, date(2026, 12, 21), date(2026, 12, 27), "leave")
    # Monday to Friday whatever the pattern (a week of leave looks the same for every contract), the
    # Sunday because the pattern works it; the free Friday lowers nothing (see test_expected_hours).
    assert added == [date(2026, 12, d) for d in (21, 22, 23, 24, 25, 27)]
    assert mark_range_off(db, date(2026, 12, 26), date(2026, 12, 26), "holiday") == [date(2026, 12, 26)]
    assert unmark_range(db, date(2026, 12, 21), date(2026, 12, 31)) == 7


def test_a_pattern_follows_the_contract_change_on_its_day(db):
    set_contract(db, 36, date(2026, 1, 5))
    set_contract(db, 24, date(2026, 6, 3), "0,8,8,8,0,0,0")  # a Wednesday: from then on Tuesday to Thursday
    assert mark_range_off(db, date(2026, 5, 30), date(2026, 6, 7), "leave") == [
        date(2026, 6, 1),
        date(2026, 6, 2),
        date(2026, 6, 3),
        date(2026, 6, 4),
        date(2026, 6, 5),
    ]
    from workload_desk.core.week import week_report

    # The Monday off lowers the 36-hour week, the Friday off lowers nothing under Tuesday to Thursday.
    assert week_report(db, date(2026, 6, 1)).expected_hours == 0


@pytest.mark.parametrize(
    "text, why",
    [
        ("8,8,8,8", "zeven getallen"),
        ("8,8,8,8,8,8,x", "zeven getallen"),
        ("25,7,0,0,0,0,0", "zeven getallen"),
        ("-1,9,8,8,8,0,0", "zeven getallen"),
        ("8,8,8,8,8,0,0", "tellen op tot 40"),
    ],
)
def test_a_wrong_pattern_is_refused_and_nothing_saved(db, text, why):
    with pytest.raises(UserError, match=why):
        set_contract(db, 32, date(2026, 1, 5), text)
    assert contract_periods(db) == []


def test_a_pattern_with_decimal_commas():
    assert parse_pattern("7,2;7,2;7,2;7,2;7,2;0;0", 36) == (7.2, 7.2, 7.2, 7.2, 7.2, 0, 0)
    assert parse_pattern(None, 32) == (6.4, 6.4, 6.4, 6.4, 6.4, 0, 0)


def test_ranges_and_dates_out_of_reach_are_refused(db):
    with pytest.raises(UserError, match="laatste dag"):
        mark_range_off(db, date(2026, 5, 2), date(2026, 5, 1), "leave")
    with pytest.raises(UserError, match="hoogstens 366"):
        mark_range_off(db, date(2026, 1, 1), date(2027, 1, 2), "leave")
    with pytest.raises(UserError, match="buiten"):
        mark_range_off(db, date(1, 1, 1), date(1, 1, 1), "leave")
    with pytest.raises(UserError, match="buiten"):
        set_contract(db, 36, date(1, 1, 1))
    assert days_off_between(db, date(1, 1, 1), date(9999, 12, 31)) == {}


def test_the_public_holidays_of_a_year():
    found = public_holidays(2026)
    assert found[date(2026, 4, 27)] == "Koningsdag" and date(2026, 12, 25) in found
    assert public_holidays(2026, "en")[date(2026, 4, 27)] == "King's Day"


def cli(db_path, *args):
    done = subprocess.run(
        [sys.executable, "-m", "workload_desk", "--db", str(db_path), *args], capture_output=True, text=True, timeout=60
    )
    assert "Traceback" not in done.stderr
    return done


def test_the_day_off_commands(tmp_path):
    db = tmp_path / "w.db"
    assert (
        cli(db, "contract", "set", "--hours", "32", "--from", "2026-01-05", "--pattern", "8,8,8,8,0,0,0").returncode
        == 0
    )
    shown = cli(db, "contract", "show").stdout
    assert "ma 8, di 8, wo 8, do 8" in shown
    done = cli(db, "day-off", "add", "--date", "2026-12-21", "--to", "2026-12-27", "--kind", "leave")
    assert done.returncode == 0 and "21-12-2026, 22-12-2026, 23-12-2026, 24-12-2026, 25-12-2026." in done.stdout
    listed = json.loads(cli(db, "day-off", "list", "--year", "2026", "--json").stdout)
    assert [d["date"] for d in listed] == ["2026-12-21", "2026-12-22", "2026-12-23", "2026-12-24", "2026-12-25"]
    offered = cli(db, "day-off", "holidays", "--year", "2026")
    assert "Koningsdag" in offered.stdout and "Er is niets gemarkeerd" in offered.stdout
    assert len(json.loads(cli(db, "day-off", "list", "--year", "2026", "--json").stdout)) == 5
    cli(db, "day-off", "holidays", "--year", "2026", "--accept")
    listed = {d["date"]: d["kind"] for d in json.loads(cli(db, "day-off", "list", "--year", "2026", "--json").stdout)}
    # Christmas is a Friday, no working day here: the offer leaves it as the range of leave marked it.
    assert listed["2026-04-27"] == "holiday" and listed["2026-12-25"] == "leave"
    done = cli(db, "day-off", "remove", "--date", "2026-12-21", "--to", "2026-12-31")
    assert done.returncode == 0 and "5" in done.stdout
    for bad in (["--date", "2026-13-01"], ["--date", "2026-12-02", "--to", "2026-12-01"], ["--date", "0001-01-01"]):
        done = cli(db, "day-off", "add", *bad)
        assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert cli(db, "day-off", "list", "--year", "20x6").returncode == 2


def test_the_balance_start_and_the_time_zone_on_the_command_line(tmp_path):
    db = tmp_path / "w.db"
    assert "02/03/2026" in cli(db, "--lang", "en", "contract", "set-balance-start", "2026-03-02").stdout
    assert (
        "Monday of the week of your first entry"
        in cli(db, "--lang", "en", "contract", "set-balance-start", "first-entry").stdout
    )
    assert "Europe/Amsterdam" in cli(db, "contract", "time-zone").stdout
    done = cli(db, "contract", "time-zone", "Nowhere/Else")
    assert done.returncode == 2 and "tijdzone" in done.stderr
    week = json.loads(cli(db, "week", "--date", "2026-11-16", "--json").stdout)
    assert week["expected_hours"] == 36 and week["contract_hours"] == 36


def test_the_dialog_marks_a_range_of_days_off_in_one_go(qapp, qtbot, db):
    from PySide6.QtCore import QDate

    from workload_desk.ui.days_off_dialog import DaysOffDialog
    from workload_desk.ui.language import apply_language

    apply_language("nl")
    changed = []
    dialog = DaysOffDialog(db, lambda: changed.append(True))
    qtbot.addWidget(dialog)
    dialog.day.setDate(QDate(2026, 12, 21))
    assert dialog.to.date() == QDate(2026, 12, 21)  # one day, unless the worker stretches it
    dialog.to.setDate(QDate(2027, 1, 1))
    dialog.kind.setCurrentIndex(dialog.kind.findData("leave"))
    dialog.add_button.click()
    marked = days_off_between(db, date(2026, 12, 21), date(2027, 1, 1))
    assert len(marked) == 10 and set(marked.values()) == {"leave"}  # the weekdays of two weeks
    assert changed
    dialog.to.setDate(QDate(2026, 12, 20))
    dialog.add_button.click()
    assert "niet vóór de eerste" in dialog.error.text()

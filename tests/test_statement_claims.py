"""The overload statement claims only what its figures hold (issue 20, a union lawyer's reading). No Qt.

A statement never reaches past today, counts no week before logging began, keeps the net over
the period apart from the sum over the weeks above the contract, compares a year earlier only
where there is data, dates the balance, and calls the workload structurally too high only by
its written rule.
"""

from datetime import date, datetime, timedelta

import pytest

from workload_desk.core.cases import add_case
from workload_desk.core.contracts import set_contract
from workload_desk.core.days_off import mark_range_off
from workload_desk.core.errors import UserError
from workload_desk.core.measures import NewMeasure
from workload_desk.core.statement import build_statement, default_request
from workload_desk.core.statement_text import statement_html
from workload_desk.core.time_log import add_entry

MONDAY = date(2026, 6, 1)  # ISO week 2026-W23
NOW = datetime(2026, 7, 1, 12, 0)  # Wednesday of the fifth week, 2026-W27


def work(db, day: date, hours: float, start: int = 8) -> None:
    """``hours`` of work from ``start``, with the half hour of pause the law asks after 5.5 hours."""
    begin = datetime.combine(day, datetime.min.time()).replace(hour=start)
    first = min(round(hours * 60), 240)
    add_entry(db, begin, begin + timedelta(minutes=first), "visit")
    if round(hours * 60) > first:
        resume = begin + timedelta(minutes=first + 30)
        add_entry(db, resume, resume + timedelta(minutes=round(hours * 60) - first), "report")


def week_of(db, monday: date, hours_per_day: float, days: int = 5) -> None:
    for i in range(days):
        work(db, monday + timedelta(days=i), hours_per_day)


def cases(db, count: int) -> None:
    for i in range(count):
        add_case(db, f"Z-{i}", date(2026, 1, 5), [NewMeasure("ots", "K", date(2026, 1, 5))])


def english(s) -> str:
    return " ".join(statement_html(s, "en", "").split())


@pytest.fixture
def thirty_six(db):
    set_contract(db, 36, date(2026, 1, 5))
    return db


# 1. The period never reaches past today; the current week counts its contract only up to now.


def test_a_period_into_the_future_stops_today_and_counts_the_current_week_up_to_now(thirty_six):
    db = thirty_six
    for week in range(4):
        week_of(db, MONDAY + timedelta(weeks=week), 8)  # 40:00 against 36:00: over
    current = MONDAY + timedelta(weeks=4)
    week_of(db, current, 8, days=2)
    work(db, current + timedelta(days=2), 3)  # Wednesday 08:00-11:00, before now
    s = build_statement(db, MONDAY, date(2026, 12, 31), now=NOW)
    assert s.last == NOW.date() and s.weeks[-1].monday == current and s.current == current
    this_week = s.weeks[-1]
    # Monday and Tuesday over (7:12 each), today as far as worked (3:00): not the week's 36:00.
    assert round(this_week.expected_hours * 60) == 2 * 432 + 180
    assert s.expected_minutes == 4 * 36 * 60 + 2 * 432 + 180
    assert len(s.finished_weeks) == 4 and s.weeks_over == 4  # the current week is not among the counts
    text = english(s)
    assert (
        "1 June – 1 July 2026 (whole weeks, Monday to Sunday; chosen: 1 June – 31 December 2026; "
        "the current week up to today)"
    ) in text
    assert "On 01/07/2026 I carried" in text and "/12/2026" not in text.split("Date")[0]
    assert "in 4 of 4 weeks I worked more than my contract (finished weeks only)" in text
    assert "The current week counts up to today" in text and "up to today" in text


def test_a_period_that_has_not_begun_is_refused(thirty_six):
    with pytest.raises(UserError, match="nog niet begonnen"):
        build_statement(thirty_six, date(2026, 7, 6), date(2026, 7, 31), now=NOW)


# 2. The net over the period and the sum over the weeks above the contract are two figures.


def test_weeks_below_the_contract_keep_the_net_apart_from_the_hours_above(thirty_six):
    db = thirty_six
    week_of(db, MONDAY, 8.8)  # 44:00: 8:00 above
    week_of(db, MONDAY + timedelta(weeks=1), 6)  # 30:00: 6:00 below
    week_of(db, MONDAY + timedelta(weeks=2), 8)  # 40:00: 4:00 above
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=20), now=NOW)
    assert (s.weeks_over, s.over_minutes, s.over_compensable_minutes, s.net_minutes) == (2, 720, 720, 360)
    assert s.over_compensable_minutes <= s.over_minutes  # a part is never larger than its whole
    text = english(s)
    assert "In 3 weeks I worked 114:00 hours against 108:00 in my contract: on balance 6:00 hours more." in text
    assert (
        "I worked more than my contract in 2 of 3 weeks: 12:00 hours above it in those weeks together, "
        "of which 12:00 compensable." in text
    )
    assert "6:00 hours more, of which" not in text
    nl = " ".join(statement_html(s, "nl", "").split())
    assert "per saldo 6:00 uur meer" in nl and "in die weken samen 12:00 uur erboven, waarvan 12:00" in nl


# 3. A year earlier: only weeks with logged hours, never inside the period, left out without enough data.


def test_a_year_earlier_is_left_out_when_logging_began_with_the_period(thirty_six):
    db = thirty_six
    start = date(2025, 6, 2)
    for week in range(53):
        week_of(db, start + timedelta(weeks=week), 8)
    s = build_statement(db, start, start + timedelta(weeks=53) - timedelta(days=1), now=NOW)
    assert len(s.weeks) == 53 and s.year_before is None  # no data before 2025-06-02, and no overlap
    assert "A year earlier" not in english(s)


def test_a_year_earlier_counts_only_its_logged_weeks_and_never_the_periods_own(thirty_six):
    db = thirty_six
    earlier = MONDAY - timedelta(weeks=52)
    week_of(db, earlier, 8)
    week_of(db, earlier + timedelta(weeks=2), 8)
    for week in range(4):
        week_of(db, MONDAY + timedelta(weeks=week - 1), 7.2)  # the period, and the week before it
    s = build_statement(db, MONDAY - timedelta(weeks=1), MONDAY + timedelta(days=20), now=NOW)
    b = s.year_before
    assert b is not None and b.span == 4 and b.weeks == 2  # 2 of the 4 earlier weeks logged: enough
    assert (b.worked, b.expected, b.weeks_over) == (2 * 40 * 60, 2 * 36 * 60, 2)
    assert "counting only the 2 weeks with logged hours; more than my contract in 2 of them" in english(s)
    # A 53-week period: the earlier weeks end before the period begins, never inside it.
    long = build_statement(db, MONDAY - timedelta(weeks=50), MONDAY + timedelta(days=20), now=NOW)
    assert long.year_before is None or long.year_before.last < long.first


def test_a_year_earlier_with_too_few_logged_weeks_is_left_out(thirty_six):
    db = thirty_six
    week_of(db, MONDAY - timedelta(weeks=52), 8)  # 1 of 4 earlier weeks: less than half
    for week in range(4):
        week_of(db, MONDAY + timedelta(weeks=week - 1), 7.2)
    s = build_statement(db, MONDAY - timedelta(weeks=1), MONDAY + timedelta(days=20), now=NOW)
    assert s.year_before is None


# 4. Weeks before logging began are not recorded; without logged hours there is no statement of overload.


def test_weeks_before_the_first_logged_day_are_not_recorded(thirty_six):
    db = thirty_six
    first_logged = MONDAY + timedelta(weeks=2)
    week_of(db, first_logged, 8)
    s = build_statement(db, MONDAY, first_logged + timedelta(days=6), now=NOW)
    assert s.recorded_from == first_logged and s.unrecorded_weeks == 2
    assert s.expected_minutes == 36 * 60 and s.worked_minutes == 40 * 60  # no contract for the weeks before
    assert len(s.finished_weeks) == 1 and s.weeks_over == 1
    text = english(s)
    assert "In 1 week I worked 40:00 hours against 36:00" in text and "not recorded" in text
    assert "I began logging my hours in the week of 15/06/2026: the 2 weeks before it" in text


def test_a_period_without_logged_hours_claims_no_overload(thirty_six):
    db = thirty_six
    cases(db, 20)  # a caseload far above the norm
    week_of(db, MONDAY + timedelta(weeks=3), 8)
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=13), now=NOW)
    assert not s.has_hours and s.above_norm and not s.overloaded and not s.structural
    assert s.expected_minutes == 0 and default_request("en", s) == ""
    text = english(s)
    assert "No hours were logged in this period" in text and "too high" not in text and "0:00 hours against" not in text


@pytest.mark.parametrize("data", ["empty", "before"])
def test_the_command_line_refuses_a_period_without_logged_hours(db, db_path, tmp_path, capsys, data):
    from workload_desk.main import main

    if data == "before":
        week_of(db, MONDAY + timedelta(weeks=4), 8)
    db.close()
    out = tmp_path / "statement.pdf"
    args = ["--db", str(db_path), "statement", "--from", MONDAY.isoformat(), "--to", "2026-06-14", "--out", str(out)]
    assert main(args) == 2
    assert "Van 01-06-2026 tot en met 14-06-2026 zijn geen uren geschreven" in capsys.readouterr().err
    assert not out.exists()
    assert main(["--lang", "en", *args]) == 2
    assert "No hours were logged from 01/06/2026 to 14/06/2026" in capsys.readouterr().err
    assert not out.exists()


# 5. The balance is dated: the period's last counted day, not "now".


def test_the_balance_is_given_as_of_the_last_day_counted(thirty_six):
    db = thirty_six
    for week in range(4):
        week_of(db, MONDAY + timedelta(weeks=week), 8)
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=13), now=NOW)
    text = english(s)
    assert "counted from 01/06/2026, was 8:00 on 14/06/2026." in text and " is now " not in text
    assert "counted from 01/06/2026 (the Monday of the first week with logged hours" in text
    assert "through 14/06/2026" in text


# 6. "Structurally too high" by a written rule; the caseload alone is reported as the caseload.


def test_hours_within_the_contract_report_only_the_caseload(thirty_six):
    db = thirty_six
    cases(db, 14)
    week_of(db, MONDAY, 7.2)
    week_of(db, MONDAY + timedelta(weeks=1), 6.97)  # 34:51 against 36:00
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=13), now=NOW)
    assert s.overloaded and s.caseload_only and not s.structural and s.weeks_over == 0
    text = english(s)
    assert "I report that my caseload is too high:" in text and "workload" not in text.split("Hours")[0]
    assert "only my caseload is reported as too high" in text and "structurally" not in text
    asked = default_request("en", s)
    assert "handing over the cases above the norm" in asked and "compensation" not in asked


def test_over_the_contract_in_most_weeks_is_structural(thirty_six):
    db = thirty_six
    for week, hours in enumerate((8, 8, 7.2, 8)):
        week_of(db, MONDAY + timedelta(weeks=week), hours)
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=27), now=NOW)
    assert s.weeks_over == 3 and not s.above_norm and s.structural
    text = english(s)
    assert "structurally too high:" in text and "I call the workload structurally too high when" in text


def test_half_the_weeks_over_is_not_most(thirty_six):
    db = thirty_six
    for week, hours in enumerate((8, 8, 7.2, 7.2)):
        week_of(db, MONDAY + timedelta(weeks=week), hours)
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=27), now=NOW)
    assert s.weeks_over == 2 and not s.structural and s.hours_too_high
    assert "too high in this period:" in english(s)


def test_one_week_over_with_the_caseload_above_the_target_throughout_is_structural(thirty_six):
    db = thirty_six
    cases(db, 14)  # no schedule: the target is the norm, 12
    for week, hours in enumerate((8, 7.2, 7.2, 7.2)):
        week_of(db, MONDAY + timedelta(weeks=week), hours)
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=27), now=NOW)
    assert s.weeks_over == 1 and s.above_target and s.structural
    text = english(s)
    # 13. "and above the target", not "it is above", which read as the norm.
    assert "is above the responsible norm of 12 and above the target of the agreed reduction schedule (12)." in text
    assert "it is above the target" not in text


def test_a_leave_week_is_no_week_over_and_leave_alone_claims_nothing(thirty_six):
    db = thirty_six
    cases(db, 14)
    week_of(db, MONDAY - timedelta(weeks=1), 7.2)  # logging began before the leave
    mark_range_off(db, MONDAY, MONDAY + timedelta(days=4), "leave")
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=6), now=NOW)
    assert s.unrecorded_weeks == 0 and not s.has_hours and not s.overloaded
    assert "too high" not in english(s)


def test_the_request_asks_for_action_not_for_measures_a_word_that_means_a_court_order():
    # Issue 19: "maatregel" is a court's measure for a child; the request asks for steps, "afspraken".
    from workload_desk.core.statement import default_request

    dutch, english = default_request("nl"), default_request("en")
    assert "maatregelen" not in dutch and "afspraken" in dutch
    assert "measures" not in english and "steps" in english

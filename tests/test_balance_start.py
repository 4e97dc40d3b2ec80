"""From when the balance counts: the Monday of the first logged week (or the worker's date), never before, and
with nothing logged no balance and no hours owed anywhere."""

from datetime import date, datetime, timedelta

import pytest

from workload_desk.core.balance import balance_start, counted_from, set_balance_start
from workload_desk.core.contracts import set_contract
from workload_desk.core.time_log import add_entry
from workload_desk.core.week import week_report, week_reports

MONDAY = date(2026, 11, 30)  # week 49
WEDNESDAY = MONDAY + timedelta(days=2)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, datetime.min.time()).replace(hour=hour, minute=minute)


def test_with_nothing_logged_there_is_no_balance_and_no_debt(db):
    now = at(WEDNESDAY, 12)
    assert balance_start(db) is None
    report = week_report(db, MONDAY, now)
    assert report.balance_since is None and report.balance_hours == 0
    for r in week_reports(db, MONDAY - timedelta(weeks=8), MONDAY, now, balance=False):
        assert r.expected_to_date_hours == 0  # no week owes anything, not even the ones over


def test_a_set_start_date_gives_no_balance_while_nothing_is_logged(db):
    set_balance_start(db, MONDAY - timedelta(weeks=2))
    assert balance_start(db) is None
    assert week_report(db, MONDAY, at(WEDNESDAY, 12)).expected_to_date_hours == 0


def test_the_balance_starts_on_the_monday_of_the_first_logged_week_as_the_domain_defines_it(db):
    # DOMAIN.md, running balance: "from the Monday of the first week with a logged entry (or a start date
    # the worker sets)". A worker who starts on a Wednesday sets that Wednesday (next test but one).
    add_entry(db, at(WEDNESDAY, 10), at(WEDNESDAY, 11), "visit", now=at(WEDNESDAY, 12))
    report = week_report(db, MONDAY, at(WEDNESDAY, 12))
    assert balance_start(db) == MONDAY
    assert report.balance_since == MONDAY
    assert report.balance_hours == pytest.approx(1 - 2 * 7.2 - 1)  # Monday and Tuesday, today as far as worked
    assert report.expected_to_date_hours == pytest.approx(2 * 7.2 + 1)


def test_a_new_user_who_sets_her_first_day_starts_at_zero_not_in_debt(db):
    add_entry(db, at(WEDNESDAY, 10), at(WEDNESDAY, 11), "visit", now=at(WEDNESDAY, 12))
    set_balance_start(db, WEDNESDAY)
    report = week_report(db, MONDAY, at(WEDNESDAY, 12))
    assert report.balance_since == WEDNESDAY
    assert report.balance_hours == pytest.approx(0)  # not -14:24 for Monday and Tuesday
    assert report.expected_to_date_hours == pytest.approx(1)  # today as far as worked


def test_the_balance_counts_each_day_over_from_the_day_set_on(db):
    set_contract(db, 36, date(2026, 1, 5))
    add_entry(db, at(WEDNESDAY, 10), at(WEDNESDAY, 11), "visit", now=at(WEDNESDAY, 12))
    set_balance_start(db, WEDNESDAY)
    saturday = at(MONDAY + timedelta(days=5), 9)
    report = week_report(db, MONDAY, saturday)
    assert report.expected_to_date_hours == pytest.approx(3 * 7.2)  # Wednesday to Friday
    assert report.balance_hours == pytest.approx(1 - 3 * 7.2)
    earlier = week_report(db, MONDAY - timedelta(weeks=1), saturday, balance=False)
    assert earlier.expected_to_date_hours == 0  # the week before the first entry owes nothing


def test_the_worker_may_set_the_start_before_the_first_entry(db):
    set_contract(db, 36, date(2026, 1, 5))
    add_entry(db, at(WEDNESDAY, 10), at(WEDNESDAY, 11), "visit", now=at(WEDNESDAY, 12))
    set_balance_start(db, MONDAY)
    report = week_report(db, MONDAY, at(WEDNESDAY, 12))
    assert report.balance_since == MONDAY
    assert report.balance_hours == pytest.approx(1 - 2 * 7.2 - 1)  # Monday and Tuesday owed, as the worker chose


@pytest.mark.parametrize(
    "since,monday,expected",
    [
        (None, MONDAY, None),
        (WEDNESDAY, MONDAY, WEDNESDAY),
        (WEDNESDAY, MONDAY + timedelta(weeks=1), MONDAY + timedelta(weeks=1)),
        (WEDNESDAY, MONDAY - timedelta(weeks=1), None),
        (MONDAY + timedelta(days=6), MONDAY, MONDAY + timedelta(days=6)),
        (MONDAY + timedelta(days=7), MONDAY, None),
    ],
)
def test_counted_from_is_the_first_day_of_the_week_the_balance_counts(since, monday, expected):
    assert counted_from(since, monday) == expected


def test_the_weeks_differences_add_up_to_the_balance(db):
    set_contract(db, 32, date(2026, 1, 5))
    first = MONDAY - timedelta(weeks=3) + timedelta(days=3)  # a Thursday three weeks ago
    for i, day in enumerate(first + timedelta(days=d) for d in range(0, 20, 2)):
        add_entry(db, at(day, 8), at(day, 12) + timedelta(minutes=7 * i), "visit", now=at(WEDNESDAY, 12))
    now = at(WEDNESDAY, 15)
    reports = week_reports(db, MONDAY - timedelta(weeks=5), MONDAY, now, balance=True)
    differences = sum(r.worked_minutes - round(r.expected_to_date_hours * 60) for r in reports)
    assert round(reports[-1].balance_hours * 60) == differences

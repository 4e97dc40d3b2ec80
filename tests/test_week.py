"""The week's rules, each at its threshold and one minute past it."""

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workload_desk.core.balance import set_balance_start
from workload_desk.core.contracts import set_contract
from workload_desk.core.database import open_memory
from workload_desk.core.days_off import mark_day_off
from workload_desk.core.time_log import add_entry, split_entry, start_timer
from workload_desk.core.week import week_report

MONDAY = date(2026, 11, 16)
NOW = datetime(2026, 11, 30, 12, 0)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(MONDAY + timedelta(days=day), datetime.min.time()) + timedelta(hours=hour, minutes=minute)


def work(db, day, start_hour, minutes, kind="admin", start_minute=0):
    """Log ``minutes`` of work on ``day`` from ``start_hour``, cut in blocks with half-hour breaks after 5 h."""
    t = at(day, start_hour, start_minute)
    while minutes > 0:
        block = min(minutes, 300)
        add_entry(db, t, t + timedelta(minutes=block), kind, now=NOW)
        t += timedelta(minutes=block + 30)
        minutes -= block


def codes(db, day=MONDAY):
    return [w.code for w in week_report(db, day, NOW).warnings]


@pytest.fixture
def db36(db):
    set_contract(db, 36, date(2026, 1, 5))
    return db


@pytest.fixture
def db32(db):
    set_contract(db, 32, date(2026, 1, 5))
    return db


def week_of(db, minutes_per_day: list[int]):
    for day, minutes in enumerate(minutes_per_day):
        if minutes:
            work(db, day, 7, minutes)


def test_exactly_the_contract_is_fine_one_minute_more_is_over(db36):
    week_of(db36, [432] * 5)  # 36 h
    report = week_report(db36, MONDAY, NOW)
    assert report.worked_hours == 36 and codes(db36) == []
    add_entry(db36, at(5, 10), at(5, 10, 1), "admin", now=NOW)
    report = week_report(db36, MONDAY, NOW)
    assert codes(db36) == ["over_contract"]
    assert report.overtime_hours == pytest.approx(1 / 60) and report.compensable == 0


def test_half_an_hour_above_is_compensable_a_minute_less_is_not(db36):
    week_of(db36, [432] * 5)
    add_entry(db36, at(5, 10), at(5, 10, 29), "admin", now=NOW)
    assert week_report(db36, MONDAY, NOW).compensable == 0
    add_entry(db36, at(5, 10, 29), at(5, 10, 30), "admin", now=NOW)
    assert week_report(db36, MONDAY, NOW).compensable == 0.5


def test_under_36_hours_extra_hours_then_overtime(db32):
    week_of(db32, [432] * 5)  # 36 h on a 32 h contract: 4 extra hours, no overtime
    report = week_report(db32, MONDAY, NOW)
    assert (report.extra_hours, report.overtime_hours) == (4, 0)
    add_entry(db32, at(5, 10), at(5, 10, 1), "admin", now=NOW)
    report = week_report(db32, MONDAY, NOW)
    assert report.extra_hours == 4 and report.overtime_hours == pytest.approx(1 / 60)
    assert report.to_json()["contract_hours"] == 32


def test_consent_above_a_ninth(db36):
    week_of(db36, [480] * 5)  # 40 h = 36 * 10/9 exactly: no consent needed
    assert "consent_needed" not in codes(db36)
    add_entry(db36, at(5, 10), at(5, 10, 1), "admin", now=NOW)
    assert "consent_needed" in codes(db36)


def test_twelve_hours_in_a_shift(db36):
    work(db36, 0, 6, 720)  # 12 h of work on Monday (with breaks in between)
    assert "atw_shift_12h" not in codes(db36)
    add_entry(db36, at(0, 23, 0), at(0, 23, 1), "admin", now=NOW)
    assert "atw_shift_12h" in codes(db36)


def test_sixty_hours_in_a_week(db36):
    week_of(db36, [720] * 5)  # 60 h
    assert "atw_week_60h" not in codes(db36)
    add_entry(db36, at(5, 10), at(5, 10, 1), "admin", now=NOW)
    assert "atw_week_60h" in codes(db36)


def fill_weeks(db, weeks: int, minutes_per_week: int):
    """Saturday and Sunday aside, spread ``minutes_per_week`` over Mon-Fri for the ``weeks`` weeks up to MONDAY."""
    for back in range(weeks):
        base = MONDAY - timedelta(weeks=back)
        per_day = minutes_per_week // 5
        for day in range(5):
            t = datetime.combine(base + timedelta(days=day), datetime.min.time()) + timedelta(hours=6)
            left = per_day + (minutes_per_week - per_day * 5 if day == 4 else 0)
            while left > 0:
                block = min(left, 300)
                add_entry(db, t, t + timedelta(minutes=block), "admin", now=NOW)
                t += timedelta(minutes=block + 30)
                left -= block


def test_average_of_55_over_4_weeks(db36):
    fill_weeks(db36, 4, 55 * 60)
    assert "atw_avg_4w_55h" not in codes(db36)
    add_entry(db36, at(6, 10), at(6, 10, 1), "admin", now=NOW)
    assert "atw_avg_4w_55h" in codes(db36)


def test_average_of_48_over_16_weeks(db36):
    fill_weeks(db36, 16, 48 * 60)
    assert "atw_avg_16w_48h" not in codes(db36)
    add_entry(db36, at(6, 10), at(6, 10, 1), "admin", now=NOW)
    assert "atw_avg_16w_48h" in codes(db36)


def test_eleven_hours_of_rest_in_the_24_hours_from_the_first_work_of_each_day(db36):
    add_entry(db36, at(0, 9), at(0, 14), "court", now=NOW)
    add_entry(db36, at(0, 14, 30), at(0, 20), "court", now=NOW)
    add_entry(db36, at(1, 7), at(1, 9), "admin", now=NOW)  # exactly 11 h of rest from 20:00
    assert "atw_daily_rest_11h" not in codes(db36)
    add_entry(db36, at(1, 9, 30), at(1, 14), "admin", now=NOW)
    add_entry(db36, at(1, 14, 30), at(1, 20, 1), "admin", now=NOW)
    add_entry(db36, at(2, 7), at(2, 8), "admin", now=NOW)  # 10 h 59 of rest in the 24 hours from Tuesday 07:00
    report = week_report(db36, MONDAY, NOW)
    (rest,) = [w for w in report.warnings if w.code == "atw_daily_rest_11h"]
    assert rest.note and rest.legal and "24 uur vanaf 17-11-2026 07:00" in rest.message and "10:59 uur" in rest.message
    assert "5:3 lid 2" in rest.message


def test_a_pause_after_five_and_a_half_hours_of_work(db36):
    add_entry(db36, at(0, 8), at(0, 11), "visit", now=NOW)
    add_entry(db36, at(0, 11, 14), at(0, 13, 44), "report", now=NOW)  # a 14-minute gap is no pause: 5.5 h of work
    assert "atw_pause_30m" not in codes(db36)
    add_entry(db36, at(0, 13, 44), at(0, 13, 45), "report", now=NOW)
    assert "atw_pause_30m" in codes(db36)


def test_one_pause_of_30_minutes_in_a_nine_hour_day_is_no_finding(db36):
    add_entry(db36, at(0, 8), at(0, 11), "visit", now=NOW)
    add_entry(db36, at(0, 11, 30), at(0, 17, 31), "report", now=NOW)
    assert [c for c in codes(db36) if c.startswith("atw")] == []


def test_work_through_midnight_is_no_short_rest(db36):
    add_entry(db36, at(2, 20), at(3, 0), "court", now=NOW)
    add_entry(db36, at(3, 0), at(3, 2), "court", now=NOW)
    assert "atw_daily_rest_11h" not in codes(db36)


def test_a_dienst_from_sunday_into_monday_needs_its_pause_in_the_week_it_starts(db36):
    # 18:30 on Sunday to 01:00 on Monday is 6.5 hours without a pause, even split at midnight.
    add_entry(db36, at(6, 18, 30), at(7, 0), "visit", now=NOW)
    add_entry(db36, at(7, 0), at(7, 1), "visit", now=NOW)
    assert "atw_pause_30m" in codes(db36)
    assert "atw_pause_30m" not in codes(db36, MONDAY + timedelta(days=7))


def test_the_calendar_day_error_both_ways(db36):
    # One dienst of 12:00 to 01:00 with 12.25 hours of work: no calendar day passes 12, the dienst does.
    add_entry(db36, at(0, 12), at(0, 18), "visit", now=NOW)
    add_entry(db36, at(0, 18, 45), at(1, 1), "visit", now=NOW)
    assert "atw_shift_12h" in codes(db36)
    # Two diensten on one calendar day (21:00-01:00, then 09:00-21:00 with pauses) are no 12-hour shift.
    add_entry(db36, at(3, 21), at(4, 1), "visit", now=NOW)
    add_entry(db36, at(4, 9), at(4, 13), "visit", now=NOW)
    add_entry(db36, at(4, 13, 30), at(4, 17), "visit", now=NOW)
    add_entry(db36, at(4, 17, 15), at(4, 21), "visit", now=NOW)
    report = week_report(db36, MONDAY, NOW)
    assert report.by_day[MONDAY + timedelta(days=4)] == 12.25
    (shift,) = [w for w in report.warnings if w.code == "atw_shift_12h"]
    assert "16-11-2026 12:00 – 17-11-2026 01:00" in shift.message and "Also" not in shift.message


def test_across_midnight_counts_to_each_day(db36):
    add_entry(db36, at(2, 22), at(3, 3), "court", now=NOW)
    report = week_report(db36, MONDAY, NOW)
    assert report.by_day[MONDAY + timedelta(days=2)] == 2 and report.by_day[MONDAY + timedelta(days=3)] == 3
    # Sunday night into next Monday: only the Sunday part is this week's.
    add_entry(db36, at(6, 23), at(7, 2), "travel", now=NOW)
    assert week_report(db36, MONDAY, NOW).worked_hours == 6


def test_a_day_off_lowers_the_expected_hours(db36):
    mark_day_off(db36, MONDAY, "leave")
    week_of(db36, [0, 432, 432, 432, 432])  # 28.8 h = 36 * 4/5
    report = week_report(db36, MONDAY, NOW)
    assert report.expected_hours == 28.8 and codes(db36) == []
    mark_day_off(db36, MONDAY + timedelta(days=5), "leave")  # a Saturday: accepted, lowers nothing
    assert week_report(db36, MONDAY, NOW).expected_hours == 28.8


def test_a_contract_change_on_a_wednesday_counts_from_that_wednesday(db):
    set_contract(db, 36, date(2026, 1, 5))
    set_contract(db, 32, MONDAY + timedelta(days=2))
    week_of(db, [432] * 5)  # 36 hours worked
    report = week_report(db, MONDAY, NOW)
    # Mon and Tue at 7.2, Wed to Fri at 6.4: 33.6 expected, so 2.4 extra hours (under the 36-hour line).
    assert report.expected_hours == pytest.approx(33.6)
    assert report.extra_hours == pytest.approx(2.4) and report.overtime_hours == 0
    assert report.contract_hours == 32 and report.to_json()["expected_hours"] == 33.6


def test_a_monday_to_thursday_pattern_with_a_holiday_on_friday_and_on_monday(db):
    set_contract(db, 32, date(2026, 1, 5), "8,8,8,8,0,0,0")
    week_of(db, [480] * 4)  # 32 hours, Monday to Thursday
    mark_day_off(db, MONDAY + timedelta(days=4), "holiday")  # Friday: not a working day, lowers nothing
    report = week_report(db, MONDAY, NOW)
    assert report.expected_hours == 32 and codes(db) == []
    db.execute("DELETE FROM time_entries")
    week_of(db, [0, 480, 480, 480])
    mark_day_off(db, MONDAY, "holiday")  # Monday: a working day, lowers the week by its 8 hours
    report = week_report(db, MONDAY, NOW)
    assert report.expected_hours == 24 and codes(db) == []
    week_of(db, [0, 0, 0, 0, 0, 60 * 8])  # 8 more on Saturday: 8 above 24, the 36-hour line is 28.8
    report = week_report(db, MONDAY, NOW)
    assert (report.extra_hours, report.overtime_hours) == (pytest.approx(4.8), pytest.approx(3.2))


def test_consent_is_a_ninth_of_the_contract_above_the_expected_hours(db):
    set_contract(db, 36, date(2026, 1, 5))
    mark_day_off(db, MONDAY, "leave")  # 28.8 expected; a ninth of 36 is 4 hours
    week_of(db, [0, 480, 480, 480, 528])
    assert week_report(db, MONDAY, NOW).worked_hours == 28.8 + 4
    assert "consent_needed" not in codes(db)
    add_entry(db, at(5, 10), at(5, 10, 1), "admin", now=NOW)
    assert "consent_needed" in codes(db)


def test_the_balance_starts_with_the_first_logged_week_not_the_contract(db):
    set_contract(db, 36, date(2026, 1, 5))  # a contract from January, logging from this week
    week_of(db, [480] * 5)  # 40 hours
    report = week_report(db, MONDAY, NOW)
    assert report.balance_hours == pytest.approx(4) and report.balance_since == MONDAY


def test_without_a_contract_36_hours_are_assumed_for_the_balance_too(db):
    week_of(db, [480] * 5)
    report = week_report(db, MONDAY, NOW)
    assert report.contract_assumed and report.overtime_hours == 4 and report.balance_hours == pytest.approx(4)


def test_the_balance_counts_from_a_date_the_worker_sets(db36):
    from workload_desk.core.balance import set_balance_start

    week_of(db36, [432] * 5)
    set_balance_start(db36, MONDAY - timedelta(weeks=1))
    assert week_report(db36, MONDAY, NOW).balance_hours == pytest.approx(-36)
    set_balance_start(db36, None)
    assert week_report(db36, MONDAY, NOW).balance_hours == pytest.approx(0)


def test_in_the_current_week_the_balance_counts_the_days_over_and_today_as_far_as_worked(db36):
    work(db36, 0, 8, 432)  # Monday 7.2 hours
    start_timer(db36, "visit", now=at(1, 9))
    report = week_report(db36, MONDAY, at(1, 10))  # Tuesday 10:00: one hour of Tuesday's 7.2 worked
    assert report.balance_hours == pytest.approx(0)  # a day under way is no debt
    assert week_report(db36, MONDAY, at(1, 17, 12)).balance_hours == pytest.approx(1)  # an hour past the day's


def test_a_full_time_pattern_with_a_day_off_has_overtime_never_extra_hours(db):
    set_contract(db, 36, date(2026, 1, 5), "9,9,9,9,0,0,0")
    mark_day_off(db, MONDAY, "leave")
    week_of(db, [0, 600, 600, 600])  # 30 hours against 27 expected
    report = week_report(db, MONDAY, NOW)
    assert (report.extra_hours, report.overtime_hours) == (0, 3)


def test_contract_changes_mid_year_and_the_balance_runs_on(db):
    set_contract(db, 36, MONDAY - timedelta(weeks=2))
    set_contract(db, 32, MONDAY)
    add_entry(db, at(-14, 9), at(-14, 10), "admin", now=NOW)  # logging began two weeks ago
    work(db, 0, 8, 40 * 60 // 5)  # 8 h this Monday only
    report = week_report(db, MONDAY, NOW)
    assert report.contract_hours == 32
    # Two earlier weeks at 36 with one hour worked, this week 8 of 32.
    assert report.balance_hours == pytest.approx(1 + 8 - 36 - 36 - 32)


def test_the_running_timer_counts_until_now(db36):
    start_timer(db36, "visit", now=at(0, 9))
    assert week_report(db36, MONDAY, at(0, 10, 30)).worked_hours == 1.5


def test_json_has_exactly_the_documented_keys(db36):
    work(db36, 0, 8, 60, kind="court")
    data = week_report(db36, MONDAY, NOW).to_json()
    assert list(data) == [
        "week",
        "contract_hours",
        "expected_hours",
        "worked_hours",
        "extra_hours",
        "overtime_hours",
        "compensable",
        "balance_hours",
        "by_task",
        "by_day",
        "warnings",
    ]
    assert data["week"] == "2026-W47" and data["by_task"] == {"court": 1.0} and data["by_day"]["2026-11-16"] == 1.0


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 6), st.integers(0, 23 * 60), st.integers(2, 20 * 60), st.data())
def test_splitting_an_entry_never_changes_the_week(day, offset, length, data):
    db = open_memory()
    set_contract(db, 36, date(2026, 1, 5))
    start = at(day, 0) + timedelta(minutes=offset)
    entry = add_entry(db, start, start + timedelta(minutes=length), "visit", now=NOW)
    add_entry(db, at(0, 0) - timedelta(hours=3), at(0, 0) - timedelta(hours=1), "admin", now=NOW)
    before = week_report(db, MONDAY, NOW)
    cut = data.draw(st.integers(1, length - 1))
    split_entry(db, entry, start + timedelta(minutes=cut))
    after = week_report(db, MONDAY, NOW)
    assert after.to_json() == before.to_json()


def test_the_balance_over_years_follows_every_change_of_past_years(db_path):
    """Past years are summed once and remembered; any change, here or by another program, is seen."""
    import sqlite3

    from workload_desk.core.database import open_database

    db = open_database(db_path)
    set_contract(db, 36, date(2023, 1, 2))
    set_balance_start(db, date(2023, 1, 2))
    add_entry(db, datetime(2024, 3, 4, 9), datetime(2024, 3, 4, 17), "visit")
    add_entry(db, datetime(2024, 12, 31, 22), datetime(2025, 1, 1, 2), "visit")  # over New Year: 2 h + 2 h
    first = week_report(db, MONDAY, NOW).balance_hours
    assert week_report(db, MONDAY, NOW).balance_hours == first  # remembered, the same
    add_entry(db, datetime(2023, 6, 5, 9), datetime(2023, 6, 5, 12), "report")  # a past year, this connection
    assert week_report(db, MONDAY, NOW).balance_hours == pytest.approx(first + 3)
    other = sqlite3.connect(db_path)  # another program (the command line) writes in a past year
    other.execute("DELETE FROM time_entries WHERE task_kind = 'report'")
    other.commit()
    other.close()
    assert week_report(db, MONDAY, NOW).balance_hours == pytest.approx(first)
    uncached = week_report(open_memory_copy(db), MONDAY, NOW).balance_hours
    assert uncached == pytest.approx(first)
    db.close()


def open_memory_copy(db):
    """The same data in a fresh connection, with nothing remembered."""
    copy = open_memory()
    db.conn.backup(copy.conn)
    return copy

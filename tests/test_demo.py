"""The demo year: one full-time worker, about 18 families at twice the norm, hours that tell the story."""

from datetime import date, datetime, timedelta

import pytest

from workload_desk.core.caseload import caseload_on
from workload_desk.core.demo import fill_demo
from workload_desk.core.time_log import entries_between, worked_hours

TODAY = date(2026, 11, 20)


@pytest.fixture
def demo(db):
    fill_demo(db, today=TODAY)
    return db


def test_caseload_is_about_twice_the_norm(demo):
    load = caseload_on(demo, TODAY)
    assert 16 <= load.families <= 20
    assert 20 <= load.measures <= 28  # the norm is 12 for 36 hours
    assert load.children >= load.families


def test_a_year_of_hours_without_overlap_and_some_weeks_far_over(demo):
    entries = entries_between(demo, TODAY - timedelta(days=400), TODAY)
    assert len(entries) > 1000
    for a, b in zip(entries, entries[1:]):
        assert a.end <= b.start
    assert all(e.end <= datetime.now() for e in entries)
    weeks = []
    monday = TODAY - timedelta(days=TODAY.weekday() + 7 * 50)
    for _ in range(50):
        start = datetime.combine(monday, datetime.min.time())
        weeks.append(worked_hours(demo, start, start + timedelta(days=7)))
        monday += timedelta(days=7)
    assert sum(h > 36 for h in weeks) > 30
    assert sum(h > 48 for h in weeks) >= 3
    assert 0 in weeks  # leave


def test_every_kind_of_work_appears(demo):
    kinds = {r[0] for r in demo.execute("SELECT DISTINCT task_kind FROM time_entries")}
    assert {"court", "redaction", "care-search", "visit", "travel"} <= kinds
    tasks = {r[0] for r in demo.execute("SELECT DISTINCT kind FROM tasks")}
    assert {"court", "redaction", "care-search"} <= tasks


def test_same_seed_same_year(db_path, tmp_path):
    from workload_desk.core.database import open_database

    a, b = open_database(db_path), open_database(tmp_path / "b.db")
    fill_demo(a, today=TODAY)
    fill_demo(b, today=TODAY)
    q = "SELECT label, opened FROM cases ORDER BY id"
    assert a.execute(q).fetchall() == b.execute(q).fetchall()

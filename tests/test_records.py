"""Frozen records behave as the frozen dataclasses they replace (equality, hashing, replace, asdict)."""

import dataclasses
from datetime import date

import pytest

from workload_desk.core.model import ContractPeriod, TimeEntry
from workload_desk.core.records import Factory, FrozenRecordError, Record
from workload_desk.core.week import WeekReport


class Point(Record):
    x: int
    y: int = 0
    tags: dict = Factory(dict)


def test_fields_in_order_with_defaults_and_a_fresh_factory_default_each():
    a, b = Point(1), Point(x=2, y=3)
    assert (a.x, a.y, a.tags, b.x, b.y) == (1, 0, {}, 2, 3)
    assert a.tags is not Point(1).tags
    assert Point._fields == ("x", "y", "tags")
    with pytest.raises(TypeError):
        Point()
    with pytest.raises(TypeError):
        Point(1, z=2)
    with pytest.raises(TypeError):
        Point(1, 2, {}, 4)


def test_equal_by_value_and_class_hashable_and_frozen():
    assert ContractPeriod(1, date(2026, 1, 1), 36) == ContractPeriod(1, date(2026, 1, 1), 36, ())
    assert ContractPeriod(1, date(2026, 1, 1), 36) != ContractPeriod(2, date(2026, 1, 1), 36)
    assert Point(1) != (1, 0, {})
    assert len({ContractPeriod(1, date(2026, 1, 1), 36), ContractPeriod(1, date(2026, 1, 1), 36)}) == 1
    period = ContractPeriod(1, date(2026, 1, 1), 36)
    with pytest.raises(FrozenRecordError):
        period.hours = 32
    with pytest.raises(AttributeError):
        del period.hours
    assert repr(period) == "ContractPeriod(id=1, valid_from=datetime.date(2026, 1, 1), hours=36, pattern=())"


def test_dataclasses_replace_and_asdict_still_work():
    entry = TimeEntry(7, date(2026, 1, 1), None, "visit", None, "")
    assert dataclasses.is_dataclass(entry)
    assert dataclasses.replace(entry, note="x") == TimeEntry(7, date(2026, 1, 1), None, "visit", None, "x")
    assert dataclasses.asdict(entry)["start_offset"] == 60
    assert [f.name for f in dataclasses.fields(TimeEntry)] == list(TimeEntry._fields)
    report = WeekReport(date(2026, 11, 16), 36, 36, 0, 0, {}, {}, 0, 0, 0, None)
    assert report.by_day_minutes == {} and report.warnings == ()
    assert dataclasses.replace(report, expected_hours=0.0).by_task_minutes == {}


def test_the_init_is_compiled_at_the_first_record_and_the_order_of_defaults_checked_at_once():

    class Pair(Record):
        a: int
        b: int = 2

    first_init = Pair.__init__
    assert Pair(1) == Pair(a=1, b=2)  # the first record compiles the class's own __init__
    assert Pair.__init__ is not first_init
    assert Pair(3, b=4)._values() == (3, 4) and Pair(5, 6).b == 6
    with pytest.raises(TypeError, match="missing"):
        Pair()
    with pytest.raises(TypeError, match="without a default follows"):

        class Wrong(Record):
            a: int = 1
            b: int

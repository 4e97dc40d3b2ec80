"""Tasks with the fields their kind needs, and the agenda: court first, overdue included."""

from datetime import date, datetime

import pytest

from workload_desk.core.cases import add_case
from workload_desk.core.errors import UserError
from workload_desk.core.measures import NewMeasure, add_measure, end_measure, extend_measure, get_measure
from workload_desk.core.model import Task
from workload_desk.core.tasks import (
    add_task,
    agenda,
    count_provider_call,
    delete_task,
    edit_task,
    get_task,
    set_done,
    tasks_of_case,
)

TODAY = date(2026, 11, 20)


@pytest.fixture
def case_id(db):
    return add_case(db, "A.B.", date(2026, 1, 5), [NewMeasure("ots", "A", date(2026, 1, 5))])


def task(case_id, kind, when, **fields):
    return Task(id=0, case_id=case_id, kind=kind, due=when, **fields)


def test_each_kind_keeps_its_fields(db, case_id):
    hearing = add_task(
        db, task(case_id, "court", datetime(2026, 11, 24, 10), court="Rechtbank Gelderland", mode="phone")
    )
    redaction = add_task(db, task(case_id, "redaction", datetime(2026, 11, 25, 9), requested_by="moeder", pages=120))
    search = add_task(
        db, task(case_id, "care-search", datetime(2026, 11, 30, 9), care_sought="gezinshuis", started=date(2026, 11, 1))
    )
    assert get_task(db, hearing).mode == "phone" and get_task(db, hearing).court == "Rechtbank Gelderland"
    assert get_task(db, redaction).pages == 120 and get_task(db, redaction).requested_by == "moeder"
    assert count_provider_call(db, search) == 1
    assert count_provider_call(db, search) == 2
    with pytest.raises(UserError, match="Alleen een zoektocht"):
        count_provider_call(db, hearing)
    edit_task(db, Task(**{**get_task(db, search).__dict__, "outcome": "geplaatst", "placed_on": date(2026, 11, 28)}))
    assert get_task(db, search).placed_on == date(2026, 11, 28)
    assert get_task(db, search).providers_contacted == 2


@pytest.mark.parametrize(
    "fields,words",
    [
        ({"kind": "visit", "mode": "phone"}, "Alleen een zitting"),
        ({"kind": "court", "mode": "carrier-pigeon"}, "Alleen een zitting"),
        ({"kind": "redaction", "pages": -1}, "pagina"),
        ({"kind": "redaction", "pages": 100_001}, "pagina"),
        ({"kind": "care-search", "started": date(2026, 11, 10), "placed_on": date(2026, 11, 9)}, "plaatsing"),
        ({"kind": "visit", "note": "bsn 111222333"}, "BSN"),
        ({"kind": "court", "court": "x" * 201}, "200 tekens"),
        ({"kind": "nap"}, "geen soort taak"),
    ],
)
def test_what_cannot_be_is_refused(db, case_id, fields, words):
    kind = fields.pop("kind")
    with pytest.raises(UserError, match=words):
        add_task(db, task(case_id, kind, datetime(2026, 11, 24, 10), **fields))
    assert tasks_of_case(db, case_id) == []


def test_edges_that_are_fine(db, case_id):
    assert add_task(db, task(case_id, "redaction", datetime(2026, 11, 24, 10), pages=0))
    assert add_task(db, task(case_id, "court", datetime(2026, 11, 24, 10), court="x" * 200))


def test_agenda_court_first_overdue_included_done_left_out(db, case_id):
    late = add_task(db, task(case_id, "report", datetime(2026, 11, 2, 9)))
    visit = add_task(db, task(case_id, "visit", datetime(2026, 11, 21, 9)))
    hearing = add_task(db, task(case_id, "court", datetime(2026, 12, 4, 23, 59)))
    add_task(db, task(case_id, "court", datetime(2026, 12, 5, 0, 0)))  # day 15: outside
    done = add_task(db, task(case_id, "visit", datetime(2026, 11, 22, 9)))
    set_done(db, done)
    assert [t.id for t in agenda(db, TODAY)] == [hearing, late, visit]
    set_done(db, hearing)
    assert [t.id for t in agenda(db, TODAY)] == [late, visit]


def test_delete_task(db, case_id):
    task_id = add_task(db, task(case_id, "visit", datetime(2026, 11, 21, 9)))
    delete_task(db, task_id)
    with pytest.raises(UserError, match="geen taak met nummer"):
        get_task(db, task_id)


def test_measures_extend_and_end(db, case_id):
    ots = get_measure(db, 1)
    assert extend_measure(db, ots.id) == date(2028, 1, 5)
    vots = add_measure(db, case_id, NewMeasure("vots", "B", date(2026, 11, 1)))
    assert get_measure(db, vots).planned_end == date(2027, 2, 1)
    with pytest.raises(UserError, match="Alleen een lopende OTS"):
        extend_measure(db, vots)
    with pytest.raises(UserError, match="voordat hij begon"):
        end_measure(db, vots, date(2026, 10, 31))
    end_measure(db, vots, date(2026, 11, 1))
    with pytest.raises(UserError, match="al beëindigd"):
        end_measure(db, vots, date(2026, 11, 2))


def test_due_within_any_number_of_days_is_all_open_tasks_beyond_a_century(db, case_id):
    from workload_desk.core.tasks import due_within

    add_task(db, task(case_id, "report", datetime(2029, 1, 8, 9)))
    assert [t.kind for t in due_within(db, TODAY, 2_912_117)] == ["report"]
    assert due_within(db, TODAY, 30) == []

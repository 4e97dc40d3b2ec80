"""Cases and measures: defaults per kind, checks, closing, and the caseload they make."""

from datetime import date

import pytest

from workload_desk.core.caseload import caseload_on
from workload_desk.core.cases import add_case, close_case, get_case, list_cases
from workload_desk.core.errors import UserError
from workload_desk.core.measures import NewMeasure, child_labels

D = date(2026, 1, 10)


def test_a_case_with_two_children_and_default_ends(db):
    case_id = add_case(db, "J.K.", D, [NewMeasure("ots", "A", D), NewMeasure("vots", "B", D)])
    case = get_case(db, case_id)
    assert case.label == "J.K." and case.status == "active" and case.children == 2
    ends = {m.kind: m.planned_end for m in case.measures}
    assert ends == {"ots": date(2027, 1, 10), "vots": date(2026, 4, 10)}


def test_planned_end_must_follow_the_start(db):
    with pytest.raises(UserError, match="geplande einde") as err:
        add_case(db, "A.", D, [NewMeasure("ots", "A", D, planned_end=D)])
    assert err.value.field == "planned_end"
    assert list_cases(db, include_closed=True) == []


def test_label_in_use_by_an_active_case(db):
    first = add_case(db, "A.B.", D, [NewMeasure("ots", "A", D)])
    with pytest.raises(UserError, match="al het label"):
        add_case(db, "a.b.", D)
    close_case(db, first, date(2026, 6, 1))
    assert add_case(db, "A.B.", date(2026, 7, 1))  # a closed case frees its label


def test_unknown_measure_kind(db):
    with pytest.raises(UserError, match="geen soort maatregel"):
        add_case(db, "A.", D, [NewMeasure("prison", "A", D)])


def test_children_count_edges():
    assert child_labels(1) == ["A"]
    assert child_labels(26)[-1] == "Z"
    for n in (0, 27):
        with pytest.raises(UserError):
            child_labels(n)


def test_closing_ends_the_measures_and_the_caseload_follows(db):
    case_id = add_case(db, "C.", D, [NewMeasure("ots", "A", D), NewMeasure("ots", "B", D)])
    add_case(db, "E.", D, [NewMeasure("voogdij", "A", D)])
    assert caseload_on(db, date(2026, 3, 1)).measures == 3
    close_case(db, case_id, date(2026, 3, 1))
    load = caseload_on(db, date(2026, 3, 1))
    assert (load.measures, load.families, load.children) == (1, 1, 1)
    assert caseload_on(db, date(2026, 2, 28)).measures == 3
    assert get_case(db, case_id).status == "closed"
    assert [c.label for c in list_cases(db)] == ["E."]
    assert len(list_cases(db, include_closed=True)) == 2


def test_closing_edges(db):
    case_id = add_case(db, "C.", D, [NewMeasure("ots", "A", D)])
    with pytest.raises(UserError, match="voordat hij geopend"):
        close_case(db, case_id, date(2026, 1, 9))
    close_case(db, case_id, D)
    with pytest.raises(UserError, match="al gesloten"):
        close_case(db, case_id, D)
    with pytest.raises(UserError, match="geen zaak met nummer 99"):
        close_case(db, 99, D)


def test_caseload_before_a_measure_starts(db):
    add_case(db, "F.", D, [NewMeasure("jr", "A", D)])
    assert caseload_on(db, date(2026, 1, 9)).measures == 0
    assert caseload_on(db, D).measures == 1

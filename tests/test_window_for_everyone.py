"""The window on a fresh database for keyboards, screen readers and the first day: counted words, empty
tables and charts that say so out loud, an export refused before it is tried, days off that can be undone."""

from datetime import date, timedelta

import pytest
from conftest import fresh_dutch_app

from workload_desk.core.cases import add_case
from workload_desk.core.measures import NewMeasure


@pytest.fixture
def window(qapp, qtbot, db_path, tmp_path):
    from workload_desk.core.database import open_database
    from workload_desk.ui.main_window import MainWindow
    from workload_desk.ui.session import Session

    fresh_dutch_app(tmp_path)
    open_database(db_path).close()
    w = MainWindow(Session.open(db_path))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _case(db, label: str, children: int = 1) -> int:
    start = date.today() - timedelta(days=30)
    measures = [
        NewMeasure("ots", chr(ord("A") + i), start, date.today() + timedelta(days=200)) for i in range(children)
    ]
    return add_case(db, label, start, measures)


def test_the_status_bar_counts_one_measure_and_one_family_in_the_singular(window, qtbot):
    # What was seen: "Caseload: 1 maatregelen, 1 gezinnen".
    db = window.session.db
    _case(db, "G1")
    window.refresh_status()
    assert window.caseload_label.text() == "Caseload: 1 maatregel, 1 gezin"
    window.set_language("en")
    qtbot.waitUntil(lambda: window.caseload_label.text() == "Caseload: 1 measure, 1 family")
    _case(db, "G2", children=2)
    window.refresh_status()
    assert window.caseload_label.text() == "Caseload: 3 measures, 2 families"
    window.set_language("nl")
    qtbot.waitUntil(lambda: window.caseload_label.text() == "Caseload: 3 maatregelen, 2 gezinnen")

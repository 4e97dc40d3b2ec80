"""A change reloads the panel in view at once; panels out of view read the data again when next opened.

Reloading every panel built so far after each change made an added entry wait a second on ten years.
"""

from datetime import date

from test_backup import open_window

from workload_desk.core.cases import add_case, case_labels
from workload_desk.core.database import open_database


def test_a_change_reaches_a_panel_out_of_view_when_it_is_opened(qapp, qtbot, db_path, tmp_path):
    open_database(db_path).close()
    window = open_window(qtbot, db_path, tmp_path)
    window.show()
    say_no = window.say_no_panel  # built
    window.show_panel_at(0)  # the cases panel in view
    reloads = []
    say_no.reload = lambda *_: reloads.append("say_no")
    cases = window.cases_panel
    cases.changes.apply("Add", lambda: add_case(cases.changes.db, "K1", date(2026, 1, 5)))
    assert "K1" in case_labels(window.session.db).values()
    assert cases.model.rowCount() == 1  # the panel in view shows it now
    assert reloads == []  # the one out of view waits
    window.show_panel_at(2)
    assert reloads == ["say_no"]  # opened: it reads the data again, once
    window.show_panel_at(0)
    window.show_panel_at(2)
    assert reloads == ["say_no"]

"""A change reloads the panel in view at once; panels out of view read the data again when next opened.

Reloading every panel built so far after each change made an added entry wait a second on ten years.
"""

from datetime import date

from PySide6.QtCore import Qt
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


def test_switching_to_a_panel_built_and_unchanged_reads_nothing(qapp, qtbot, tmp_path):
    """Every panel built on the demo year; switched to again with Ctrl+1..5 and painted, not one query runs
    (a switch that stalls is Qt's layout and paint, not the panel reading its data again)."""
    from ui_helpers import demo_window

    from workload_desk.core.union_export import respondent_key

    window = demo_window(qtbot, tmp_path, tmp_path / "demo.db")
    # Made here: made by the union's first look, on its thread's connection, it would be a change from outside.
    respondent_key(window.session.db)
    for row in range(5):
        window.show_panel_at(row)  # built, filled and shown
    union = window.union_panel
    qtbot.waitUntil(lambda: union.build_job is None and union.preview.export is not None)
    qtbot.waitUntil(lambda: window.statement_panel.statement is not None)  # its summary, counted in a thread
    queries = []
    window.session.db.conn.set_trace_callback(queries.append)
    try:
        for row in [*range(5), *range(5)]:
            qtbot.keyClick(window, Qt.Key.Key_1 + row, Qt.KeyboardModifier.ControlModifier)
            assert window.stack.currentIndex() == row
            window.stack.currentWidget().grab()  # painted, as on the screen
            qapp.processEvents()
    finally:
        window.session.db.conn.set_trace_callback(None)
    # The status bar's clock looks at the data's version (no read of data) when the minute turns over.
    assert [q for q in queries if not q.startswith("PRAGMA data_version")] == []

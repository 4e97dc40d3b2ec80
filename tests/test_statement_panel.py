"""The Statement panel saves the worker's request without a write per keystroke, and loses nothing typed."""

from PySide6.QtCore import Qt

from workload_desk.core.settings import get_setting


def _window(db_path, qtbot, tmp_path, closed_by_the_test=False):
    from conftest import fresh_dutch_app

    from workload_desk.ui.main_window import MainWindow
    from workload_desk.ui.panels import PANELS
    from workload_desk.ui.session import Session

    fresh_dutch_app(tmp_path)
    window = MainWindow(Session.open(db_path))
    if not closed_by_the_test:  # a closed window deletes itself: nothing left for qtbot to close
        qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.navigation.setCurrentRow([key for key, *_ in PANELS].index("statement"))
    qtbot.waitUntil(lambda: window.statement_panel.statement is not None, timeout=20000)  # the summary counted
    return window


def _focus_at_end(panel, qtbot) -> None:
    panel.request.setFocus()
    qtbot.waitUntil(panel.request.hasFocus)
    panel.request.moveCursor(panel.request.textCursor().MoveOperation.End)


def _count_writes(monkeypatch, panel) -> list[str]:
    import workload_desk.ui.statement_panel as module

    written, real = [], module.set_setting

    def counted(db, key, value):
        if key.startswith("statement_request_"):
            written.append(value)
        return real(db, key, value)

    monkeypatch.setattr(module, "set_setting", counted)
    return written


def test_typing_thirty_characters_writes_at_most_twice_and_closing_keeps_them(db_path, qtbot, tmp_path, monkeypatch):
    from workload_desk.core.database import open_database

    window = _window(db_path, qtbot, tmp_path, closed_by_the_test=True)
    panel = window.statement_panel
    written = _count_writes(monkeypatch, panel)
    _focus_at_end(panel, qtbot)
    typed = "Graag binnen twee weken overleg"[:30]
    qtbot.keyClicks(panel.request, typed)
    assert len(written) <= 2
    window.close()  # before the debounce fires: what was typed is saved as the window closes
    assert written and written[-1].endswith(typed)
    db = open_database(db_path)
    try:
        assert get_setting(db, "statement_request_nl").endswith(typed)
    finally:
        db.close()


def test_the_request_is_saved_a_moment_after_typing_and_on_leaving_the_box(db_path, qtbot, tmp_path, monkeypatch):
    window = _window(db_path, qtbot, tmp_path)
    panel = window.statement_panel
    written = _count_writes(monkeypatch, panel)
    _focus_at_end(panel, qtbot)
    qtbot.keyClicks(panel.request, "abc")
    assert written == []  # not per key
    qtbot.waitUntil(lambda: len(written) == 1, timeout=5000)  # the debounce
    assert written[0].endswith("abc")
    qtbot.keyClicks(panel.request, "def")
    qtbot.keyClick(panel.request, Qt.Key.Key_Tab)  # focus leaves the box: saved at once
    assert len(written) == 2 and written[1].endswith("abcdef")
    assert get_setting(panel.db, "statement_request_nl").endswith("abcdef")


def test_a_statement_made_at_once_holds_what_was_just_typed(db_path, qtbot, tmp_path, monkeypatch):
    window = _window(db_path, qtbot, tmp_path)
    panel = window.statement_panel
    written = _count_writes(monkeypatch, panel)
    _focus_at_end(panel, qtbot)
    qtbot.keyClicks(panel.request, "xyz")
    assert panel._choices()[3].endswith("xyz") and written and written[-1].endswith("xyz")

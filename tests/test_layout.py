"""The layout on a 1366x768 laptop and a 1920x1080 screen at 150%: the window fits, tables need no
horizontal scroll bar, no button text is cut, number columns are as wide as their figures and text
columns share the rest. The screenshot command's own check runs at both sizes, in both languages, light and dark."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest
from conftest import ROOT, fresh_dutch_app

from workload_desk.core.demo import fill_demo
from workload_desk.ui.main_window import MainWindow
from workload_desk.ui.session import Session
from workload_desk.ui.tables import MIN_TEXT_WIDTH, text_widths

SCREENSHOTS = ROOT / "packaging" / "screenshots.py"


def screenshots_module():
    spec = importlib.util.spec_from_file_location("screenshots", SCREENSHOTS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("size", ["laptop", "full-hd"])
def test_every_panel_and_dialog_fits_at_both_sizes_in_both_languages(size, tmp_path):
    done = subprocess.run(
        [sys.executable, str(SCREENSHOTS), "--check", "--size", size],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    problems = json.loads(done.stdout) if done.stdout.strip().startswith("[") else done.stderr
    assert problems == [], problems
    assert done.returncode == 0


def test_extra_room_goes_to_text_columns_by_their_need():
    assert text_widths({0: 100, 1: 300}, 600) == {0: 150, 1: 450}
    assert sum(text_widths({0: 97, 1: 203, 2: 11}, 1000).values()) == 1000  # rounding left nowhere


def test_too_little_room_takes_from_the_widest_first():
    widths = text_widths({0: 80, 1: 400, 2: 300}, 600)
    assert widths[0] == 80 and widths[1] == widths[2] == 260 and sum(widths.values()) == 600
    squeezed = text_widths({0: 200, 1: 200}, 50)  # never under the least a text column keeps
    assert squeezed == {0: MIN_TEXT_WIDTH, 1: MIN_TEXT_WIDTH}


@pytest.fixture
def window(qtbot, tmp_path):
    fresh_dutch_app(tmp_path)
    session = Session.open(tmp_path / "w.db")
    fill_demo(session.db)  # the demo year ends today: this week has hours
    win = MainWindow(session)
    win.backups = False
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_panel_starts_where_the_navigation_ends(window, qtbot):
    nav = window.navigation
    panel_side = window.stack.parentWidget()
    assert panel_side.geometry().left() - nav.geometry().right() <= 1  # no strip of nothing between them
    widest = max(nav.visualItemRect(nav.item(r)).width() for r in range(nav.count()))
    assert nav.width() <= widest + 2 * nav.frameWidth() + 8


def test_the_first_window_fits_the_free_area_of_the_screen(window):
    free = window.screen().availableGeometry()
    window.fit_to_screen()
    assert free.contains(window.geometry())
    assert window.width() <= free.width() and window.height() <= free.height()


def test_number_columns_fit_their_figures_and_text_columns_share_the_rest(window, qtbot):
    window.resize(1200, 700)
    view = window.cases_panel.view
    qtbot.waitUntil(lambda: view.viewport().width() > 0)
    fit = view.column_fit
    model = view.model()
    headers = [model.headerData(c, view.horizontalHeader().orientation()) for c in range(model.columnCount())]
    assert {headers.index("Kinderen"), headers.index("Geopend")} <= fit.numbers  # a count, a date in figures
    assert headers.index("Maatregelen") not in fit.numbers
    shots = screenshots_module()
    for column in fit.numbers:
        assert view.columnWidth(column) <= shots.needed_width(view, column) + 1
    used = sum(view.columnWidth(c) for c in range(model.columnCount()))
    assert used == view.viewport().width()  # the texts fill the width: no dead end, no scroll bar
    window.resize(1100, 700)  # narrower: the text columns give way, the figures keep their width
    qtbot.waitUntil(lambda: sum(view.columnWidth(c) for c in range(model.columnCount())) == view.viewport().width())
    assert not view.horizontalScrollBar().isVisible()


def test_the_check_finds_a_cut_button_and_a_wide_number_column(window, qtbot):
    from PySide6.QtWidgets import QPushButton

    shots = screenshots_module()
    panel = window.time_panel
    window.resize(1240, 690)
    window.navigation.setCurrentRow(1)
    qtbot.waitUntil(lambda: shots.problems_in(window, "here") == [])
    panel.add_button.setFixedWidth(20)
    view = panel.kind_view
    hours = next(iter(view.column_fit.numbers))
    view.setColumnWidth(hours, 300)
    found = {p["what"] for p in shots.problems_in(window, "here")}
    assert found == {"clipped button", "number column wider than its figures"}
    assert isinstance(panel.add_button, QPushButton)


def test_the_days_of_the_week_never_need_a_scroll_bar(window, qtbot):
    window.resize(1240, 650)
    window.navigation.setCurrentRow(1)
    view = window.time_panel.day_view
    qtbot.waitUntil(view.isVisible)
    assert view.model().rowCount() == 8  # seven days and their total
    assert not view.verticalScrollBar().isVisible()
    assert not view.horizontalScrollBar().isVisible()


def test_the_shortcuts_list_and_the_public_holidays_never_scroll_sideways(window, qtbot):
    # Seen at 150%: the shortcuts' descriptions and "Second Day of Christmas" cut, behind a sideways scroll bar.
    from workload_desk.ui.days_off_dialog import HolidaysDialog
    from workload_desk.ui.help import ShortcutsDialog

    shortcuts = ShortcutsDialog(window)
    holidays = HolidaysDialog(window.session.db, 2026, window)
    for dialog, view in ((shortcuts, shortcuts.table), (holidays, holidays.list)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert not view.horizontalScrollBar().isVisible()
        assert dialog.width() <= dialog.screen().availableGeometry().width()
    assert holidays.list.sizeHintForColumn(0) <= holidays.list.viewport().width()  # the longest name whole

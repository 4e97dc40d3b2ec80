"""Screenshots of every panel and the main dialogs, and a check of the layout they show.

    .venv/bin/python packaging/screenshots.py [--out screenshots] [--size laptop|full-hd ...]
    .venv/bin/python packaging/screenshots.py --check [--size laptop]      (prints the problems as JSON)

Two screens: a 1366x768 laptop at 100% and a 1920x1080 one at 150% (QT_SCALE_FACTOR=1.5), each less
a taskbar. Each size runs in a process of its own (the scale is fixed when Qt starts), offscreen,
on a demo year and on an empty database, in Dutch and English, with a light and a dark palette.
The PNGs go to ``screenshots/SIZE-LANG-PALETTE-NAME.png``. ``--check`` takes no pictures: it
lists what does not fit (the window or a dialog, a horizontal scroll bar, a vertical one in a table
that must show all its rows, a clipped button, a number column wider than its figures); the test
suite runs it at both sizes, in both languages and palettes.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: name: (width, height of the free area in pixels, a taskbar taken off; the scale factor)
SIZES = {"laptop": (1366, 728, 1.0), "full-hd": (1920, 1032, 1.5)}
LANGUAGES = ("nl", "en")
PALETTES = ("light", "dark")
#: The widest a field of figures (hours, a date) may be: wider only puts its text far from its label.
WIDEST_FIGURES_FIELD = 480
#: The demo year ends today, so this week has hours.
DEMO_DAY = date.today()


def run(sizes: list[str], out: Path | None, check: bool) -> list[dict]:
    """Run one process per size; return the problems found (with ``check``) or the files written."""
    found: list[dict] = []
    for size in sizes:
        width, height, scale = SIZES[size]
        with tempfile.TemporaryDirectory() as tmp:
            config = Path(tmp) / "screen.json"
            screen = {"name": size, "x": 0, "y": 0, "width": width, "height": height}
            config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
            env = dict(
                os.environ,
                QT_QPA_PLATFORM=f"offscreen:configfile={config}",
                QT_SCALE_FACTOR=str(scale),
                XDG_CONFIG_HOME=str(Path(tmp) / "config"),
                XDG_DATA_HOME=str(Path(tmp) / "data"),
                XDG_STATE_HOME=str(Path(tmp) / "state"),
                WORKLOAD_DESK_LOG_DIR=str(Path(tmp) / "log"),
            )
            command = [sys.executable, str(Path(__file__)), "--child", size, "--tmp", tmp]
            command += ["--check"] if check else ["--out", str(out)]
            done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise SystemExit(f"{size}: {done.stderr}")
            found += json.loads(done.stdout.strip().splitlines()[-1])
    return found


# ----- in the child process: Qt started at this size -----


def dark_palette():
    """A complete dark palette, as Qt's Fusion style builds its own dark one: every role set, so frames,
    check boxes, bevels and placeholders are drawn as a real dark theme draws them (the theme module
    reads whatever palette is in force)."""
    from PySide6.QtGui import QColor, QPalette

    window = QColor(50, 50, 50)
    text = QColor(240, 240, 240)
    base = window.darker(140)
    dark = window.darker(150)
    mid = window.darker(130)
    disabled = QColor(130, 130, 130)
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    placeholder = QColor(text)
    placeholder.setAlpha(128)
    for r, colour in (
        (role.Window, window),
        (role.WindowText, text),
        (role.Base, base),
        (role.Text, text),
        (role.Light, window.lighter(150)),
        (role.Dark, dark),
        (role.Mid, mid),
        (role.BrightText, QColor("#ff6b6b")),
        (role.Midlight, mid.lighter(110)),
        (role.Shadow, dark.darker(135)),
        (role.Button, window),
        (role.ButtonText, text),
        (role.AlternateBase, base.lighter(115)),
        (role.ToolTipBase, QColor(58, 58, 58)),
        (role.ToolTipText, text),
        (role.PlaceholderText, placeholder),
        (role.Highlight, QColor(48, 140, 198)),
        (role.HighlightedText, text),
        (role.Link, QColor("#7fb0ff")),
        (role.LinkVisited, QColor("#c09cff")),
        (role.Accent, QColor(48, 140, 198)),
    ):
        palette.setColor(r, colour)
    for r, colour in (
        (role.WindowText, disabled),
        (role.Text, disabled),
        (role.ButtonText, disabled),
        (role.Base, window),
        (role.Shadow, dark.darker(135).lighter(150)),
        (role.Highlight, QColor(145, 145, 145)),
        (role.PlaceholderText, disabled),
    ):
        palette.setColor(group.Disabled, r, colour)
    return palette


def settle() -> None:
    """Let layouts and pending paints happen."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def needed_width(view, column: int) -> int:
    """What a number column needs: its header, or its widest text (bold) with the cell's room."""
    from PySide6.QtGui import QFont, QFontMetrics

    from workload_desk.ui.tables import CELL_PADDING

    model = view.model()
    bold = QFont(view.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    texts = [model.index(row, column).data() or "" for row in range(min(model.rowCount(), 40))]
    widest = max((metrics.horizontalAdvance(str(t)) for t in texts), default=0)
    return max(view.horizontalHeader().sectionSizeHint(column), widest + CELL_PADDING)


def problems_in(widget, where: str) -> list[dict]:
    """Clipped buttons, number columns wider than their figures, horizontal scroll bars in tables, and
    vertical ones in tables that must show all their rows (the days of the week, the kinds of work)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QCheckBox, QRadioButton, QStyle, QToolButton

    from workload_desk.ui.tables import Table
    from workload_desk.ui.time_panel import TimePanel

    # The tables that must show all their rows: the days of the week and the kinds of work (with their totals).
    whole = {id(view) for panel in widget.findChildren(TimePanel) for view in (panel.day_view, panel.kind_view)}
    found = []
    for button in widget.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text() or isinstance(button, (QCheckBox, QRadioButton)):
            continue
        if isinstance(button, QToolButton) and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            continue  # its text is only a tooltip (the print preview's tool bar)
        text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        need = button.fontMetrics().horizontalAdvance(text) + (
            button.iconSize().width() if not button.icon().isNull() else 0
        )
        if getattr(button, "menu", lambda: None)() is not None:  # the menu's arrow takes room beside the text
            need += button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
        if need > button.width() - 6:  # the style's margins: less than that and the text is cut
            found.append({"where": where, "what": "clipped button", "text": text, "need": need, "has": button.width()})
    for field in widget.findChildren(QAbstractSpinBox):
        if field.isVisible() and field.width() > WIDEST_FIGURES_FIELD:
            name = field.accessibleName() or type(field).__name__
            found.append({"where": where, "what": "field of figures too wide", "text": name, "has": field.width()})
    for view in widget.findChildren(Table):
        if not view.isVisible():
            continue
        name = view.accessibleName() or view.objectName() or type(view.parentWidget()).__name__
        if view.horizontalScrollBar().isVisible():
            found.append({"where": where, "what": "horizontal scroll bar", "text": name})
        if (view.rows_in_view or id(view) in whole) and view.verticalScrollBar().isVisible():
            found.append({"where": where, "what": "vertical scroll bar", "text": name})
        fit = getattr(view, "column_fit", None)
        for column in sorted(fit.numbers if fit else ()):
            if not view.isColumnHidden(column) and view.columnWidth(column) > needed_width(view, column) + 1:
                found.append(
                    {
                        "where": where,
                        "what": "number column wider than its figures",
                        "text": f"{name}: {view.model().headerData(column, view.horizontalHeader().orientation())}",
                    }
                )
    return found


def window_problems(window, where: str) -> list[dict]:
    """The window and its smallest size within the screen's free area."""
    free = window.screen().availableGeometry()
    found = []
    if not free.contains(window.frameGeometry()):
        found.append({"where": where, "what": "window outside the screen", "text": str(window.frameGeometry())})
    least = window.minimumSizeHint()
    if least.width() > free.width() or least.height() > free.height():
        found.append({"where": where, "what": "window cannot shrink to the screen", "text": str(least)})
    return found


def dialog_problems(dialog, where: str) -> list[dict]:
    """A dialog larger than the screen's free area, or one that cannot shrink to it."""
    free = dialog.screen().availableGeometry()
    found = []
    size, least = dialog.frameGeometry().size(), dialog.minimumSizeHint()
    if size.width() > free.width() or size.height() > free.height():
        found.append({"where": where, "what": "dialog larger than the screen", "text": str(size)})
    if least.width() > free.width() or least.height() > free.height():
        found.append({"where": where, "what": "dialog cannot shrink to the screen", "text": str(least)})
    return found


def wait_for(condition, seconds: float = 60) -> None:
    """Let the window work (a worker thread, a queued signal) until ``condition()`` holds."""
    import time

    from PySide6.QtCore import QCoreApplication, QThread

    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("gave up waiting for the window")
        QCoreApplication.processEvents()
        QThread.msleep(10)


def shoot(widget, out: Path | None, name: str) -> None:
    settle()
    if out is not None:
        widget.grab().save(str(out / f"{name}.png"))


def child(size: str, tmp: Path, out: Path | None) -> list:
    """Every picture (or check) at this process's size."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from workload_desk.core.database import open_database
    from workload_desk.core.demo import fill_demo
    from workload_desk.ui.app import make_application
    from workload_desk.ui.language import apply_language
    from workload_desk.ui.main_window import MainWindow
    from workload_desk.ui.session import Session

    app = make_application()
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp / "qsettings"))
    light = app.palette()
    demo, empty = tmp / "demo.db", tmp / "empty.db"
    db = open_database(demo)
    fill_demo(db, DEMO_DAY)
    db.close()
    open_database(empty).close()
    found: list = []
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        apply_language(lang)
        for palette in PALETTES:
            app.setPalette(dark_palette() if palette == "dark" else light)
            prefix = f"{size}-{lang}-{palette}-"
            for path, pictures in ((demo, demo_pictures), (empty, empty_pictures)):
                window = MainWindow(Session.open(path))
                window.backups = False
                window.show()
                settle()
                where = prefix + path.stem
                found += window_problems(window, where)
                for name, widget in pictures(window):
                    shoot(widget, out, prefix + name)
                    found += problems_in(widget, prefix + name)
                    if widget is not window:
                        found += dialog_problems(widget, prefix + name)
                window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
                window.close()
                settle()
    QApplication.processEvents()
    return found if out is None else sorted(str(p) for p in out.glob(f"{size}-*.png"))


def demo_pictures(window):
    """The panels (and their tabs) on the demo year, then the main dialogs; yields (name, widget) once shown
    (a dialog is closed when the next picture is asked for)."""

    for row, key in enumerate(window.panel_keys()):
        window.navigation.setCurrentRow(row)
        panel = window.panel(key)
        tabs = getattr(panel, "tabs", None)
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
            yield f"{row + 1}-{key}-{index + 1}", window
        if tabs is not None:
            tabs.setCurrentIndex(0)
    window.navigation.setCurrentRow(0)
    cases = window.cases_panel
    cases.open_case(cases.model.row_at(0).id)
    yield "1-cases-page", window
    cases.show_list()
    yield from dialog_pictures(window)


def dialog_pictures(window):
    """Every dialog, each shown as the window shows it (a dialog is closed when the next is asked for)."""
    from dataclasses import replace
    from datetime import datetime, timedelta

    from workload_desk.core import i18n, refusal
    from workload_desk.core.model import Task, TimeEntry
    from workload_desk.ui.case_dialogs import CaseDialog, MeasureDialog, TaskDialog
    from workload_desk.ui.contract_dialog import ContractDialog
    from workload_desk.ui.data_safety import RestoreDialog
    from workload_desk.ui.days_off_dialog import DaysOffDialog, HolidaysDialog
    from workload_desk.ui.help import ManualDialog, ShortcutsDialog
    from workload_desk.ui.say_no_dialogs import DeclineDialog, TemplateDialog
    from workload_desk.ui.time_dialogs import EntryDialog, SplitDialog, TimerRecoveryDialog

    db, lang = window.session.db, i18n.language()
    entry = _new_entry(TimeEntry)
    case_id = window.cases_panel.model.row_at(0).id
    task = Task(id=0, case_id=case_id, kind="court", due=entry.start + timedelta(days=1))
    # A timer left running since yesterday morning.
    forgotten = replace(entry, start=entry.start - timedelta(days=1), end=None)
    nothing = lambda *_: None  # noqa: E731 - the pictures save nothing
    for name, dialog in (
        ("dialog-contract", lambda: ContractDialog(db, window)),
        ("dialog-days-off", lambda: DaysOffDialog(db, nothing, window)),
        ("dialog-holidays", lambda: HolidaysDialog(db, DEMO_DAY.year, window)),
        ("dialog-case", lambda: CaseDialog(nothing, None, window)),
        ("dialog-task", lambda: TaskDialog(nothing, task, window)),
        ("dialog-measure", lambda: MeasureDialog(nothing, "B", window)),
        ("dialog-entry", lambda: EntryDialog(db, nothing, entry, window)),
        ("dialog-split", lambda: SplitDialog(nothing, entry, window)),
        ("dialog-timer-recovery", lambda: TimerRecoveryDialog(forgotten, datetime.now(), window)),
        ("dialog-declined", lambda: DeclineDialog(nothing, "new-case", window)),
        ("dialog-template", lambda: TemplateDialog(refusal.template(db, lang), lang, nothing, window)),
        ("dialog-restore", lambda: RestoreDialog(window.session.path, window)),
        ("dialog-shortcuts", lambda: ShortcutsDialog(window)),
        ("dialog-manual", lambda: ManualDialog(window)),
    ):
        shown = dialog()
        shown.show()
        yield name, shown
        shown.close()
        shown.deleteLater()

    window.navigation.setCurrentRow(3)
    statement = window.panel("statement")
    previews: list = []
    statement.previewing.connect(previews.append)
    statement.preview()
    wait_for(lambda: bool(previews))
    yield "dialog-print-preview", previews[0]
    previews[0].close()

    window.navigation.setCurrentRow(0)


def _new_entry(entry_type):
    from datetime import datetime

    start = datetime.combine(DEMO_DAY, datetime.min.time()).replace(hour=9)
    return entry_type(id=None, start=start, end=start.replace(hour=10), task_kind="visit", case_id=None, note="")


def empty_pictures(window):
    """A fresh database: the first-run guide, and what the empty tables say."""
    guide = window.show_first_run()  # each step of the first-day guide
    for step in range(guide.steps.count()):
        guide.go(step)
        yield f"first-run-{step + 1}", guide
    guide.close()
    # The tables that say what to do next (the case list and the agenda, the week, the requests and
    # boundaries), Say no's message, the charts, the statement and the union export with nothing in them.
    for row, key, tabs in (
        (0, "cases", (0, 1)),
        (1, "time", (0, 2)),
        (2, "say_no", (0, 1, 2, 3)),
        (3, "statement", (None,)),
        (4, "union", (None,)),
    ):
        window.navigation.setCurrentRow(row)
        for index in tabs:
            if index is None:
                yield f"empty-{row + 1}-{key}", window
                continue
            window.panel(key).tabs.setCurrentIndex(index)
            yield f"empty-{row + 1}-{key}-{index + 1}", window


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "screenshots"), help="the folder for the PNGs")
    parser.add_argument("--size", action="append", choices=list(SIZES), help="one size (default: both)")
    parser.add_argument("--check", action="store_true", help="print the layout problems as JSON; no pictures")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--tmp", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        sys.path.insert(0, str(ROOT))
        result = child(args.child, Path(args.tmp), None if args.check else Path(args.out))
        print(json.dumps(result))
        return 0
    result = run(args.size or list(SIZES), None if args.check else Path(args.out), args.check)
    if args.check:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 1 if result else 0
    print(f"{len(result)} screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""``python -m benchmarks.stall_tour DB OUT.json``: every stall of the window's event loop on a worker's tour.

A timer on the window's thread beats every millisecond; a beat that comes late means the event
loop was busy: a stall the worker feels (input is not handled, nothing is painted). The window
is started as ``workload-desk`` starts it (the backup, the integrity check and the timer check
after the first paint), then driven with keys and clicks, one step at a time, through what a
worker does: every panel and tab opened, typing in every filter and line a worker types in,
paging the weeks back a year, the union months widened to ten years, a year's statement
written, the case with most entries opened, an entry added and undone.

A step is over once its work is done and the loop has answered promptly for a little while;
the step's stall is the longest gap between beats while it ran (so the paint it caused is in
it). For each interaction the tour reports its steps' 95th percentile and the longest stall;
the first two seconds after the first paint count as one interaction of their own.

The test suite runs the same tour on small data, to keep it working; it judges no times.
"""

from __future__ import annotations

import cProfile
import json
import math
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shiboken6  # noqa: E402
from PySide6.QtCore import QDate, QDateTime, QKeyCombination, QObject, Qt, QTime, QTimer, Signal  # noqa: E402
from PySide6.QtGui import QKeySequence  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDateTimeEdit  # noqa: E402

#: A beat every millisecond: a gap longer than this is time the loop did not answer.
BEAT_MS = 1
#: A step is over when its work is done and the loop has answered promptly this long.
QUIET_MS = 30
#: A gap up to this long still counts as answering promptly.
PROMPT_MS = 4
#: The start-up is watched this long after the first paint.
START_WATCH_S = 2.0
#: A step that is not done after this long stops the tour (something is broken, not slow).
STEP_TIMEOUT_S = 60.0

START = "the first 2 s after the first paint (backup, integrity and timer checks)"


@dataclass
class Step:
    """One input of the tour: ``act()`` does it, ``done()`` says its work is over (default: at once)."""

    interaction: str
    act: Callable[[], object]
    done: Callable[[], bool] = lambda: True
    #: What the step did, in a few words (named when it is among the slowest).
    what: str = ""


@dataclass
class Interaction:
    """The stalls of one interaction's steps, in milliseconds."""

    steps: list[float] = field(default_factory=list)

    def p95(self) -> float:
        """The 95th percentile (nearest rank) of the steps' stalls."""
        ordered = sorted(self.steps)
        return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


class StallMonitor(QObject):
    """Runs the steps one after another on the window's thread and notes the longest gap of each."""

    #: The tour is over (or stopped by a step that never finished: see ``error``).
    finished = Signal()

    def __init__(
        self, steps: list[Step], parent: QObject | None = None, quiet_ms: float = QUIET_MS, profile: bool = False
    ) -> None:
        super().__init__(parent)
        self.steps = list(steps)
        self.quiet_ms = quiet_ms
        #: Per interaction, what ran on the window's thread while its steps ran (``profile``: cProfile).
        self.profiles: dict[str, cProfile.Profile] | None = {} if profile else None
        self.results: dict[str, Interaction] = {}
        self.longest = 0.0
        self.longest_where = ""
        self.error = ""
        #: Every step's stall (ms), its interaction and what it did: the slowest are named in the figures.
        self.worst_steps: list[tuple[float, str, str]] = []
        self._step: Step | None = None
        self._worst = 0.0
        self._started = self._last = self._quiet_since = 0.0
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(BEAT_MS)
        self._timer.timeout.connect(self._beat)

    def start(self) -> None:
        """Begin beating; the first step is taken at the first beat."""
        self._last = self._quiet_since = time.perf_counter()
        self._timer.start()

    def _beat(self) -> None:
        if self._busy:  # a step that spun an event loop of its own: its beats are not separate gaps
            return
        now = time.perf_counter()
        gap = (now - self._last) * 1000
        self._last = now
        if gap > PROMPT_MS:
            self._quiet_since = now
        if self._step is not None:
            self._worst = max(self._worst, gap)
            if gap > self.longest:
                self.longest, self.longest_where = gap, self._step.interaction
            if not self._over(now):
                return
            if self.profiles is not None:
                self.profiles[self._step.interaction].disable()
            self.results.setdefault(self._step.interaction, Interaction()).steps.append(self._worst)
            self.worst_steps.append((self._worst, self._step.interaction, self._step.what))
            self._step = None
        if not self.steps:
            self._timer.stop()
            self.finished.emit()
            return
        self._take(self.steps.pop(0))

    def _over(self, now: float) -> bool:
        if now - self._started > STEP_TIMEOUT_S:
            self.error = (
                f"a step of “{self._step.interaction}” ({self._step.what}) did not finish in {STEP_TIMEOUT_S:.0f} s"
            )
            self.steps.clear()
            return True
        return (now - self._quiet_since) * 1000 >= self.quiet_ms and self._step.done()

    def _take(self, step: Step) -> None:
        self._step, self._worst = step, 0.0
        if self.profiles is not None:
            self.profiles.setdefault(step.interaction, cProfile.Profile()).enable()
        self._busy = True
        try:
            self._started = time.perf_counter()
            step.act()
        finally:
            self._busy = False
        # The time the step's own call took is counted by the next beat's gap; the quiet starts after it.
        self._quiet_since = time.perf_counter()

    def figures(self) -> dict[str, object]:
        """Per interaction: its steps, their 95th percentile and the longest stall (ms); the longest overall;
        the slowest steps, and every step in order."""
        return {
            "interactions": {
                name: {"steps": len(i.steps), "p95_ms": i.p95(), "max_ms": max(i.steps)}
                for name, i in self.results.items()
            },
            "slowest_steps": sorted(self.worst_steps, reverse=True)[:8],
            # Every step in the order taken, to see which step of an interaction stalls (ms, interaction, what).
            "every_step": self.worst_steps,
            "longest_ms": self.longest,
            "longest_in": self.longest_where,
            "error": self.error,
        }


def tour_steps(window, out_folder: Path, today: date) -> list[Step]:
    """The worker's tour of ``window``, as steps; the first waits out the start-up's two seconds."""
    from workload_desk.ui.panels import PANELS

    db = window.session.db
    steps: list[Step] = []
    first_paint = time.perf_counter()
    steps.append(Step(START, lambda: None, lambda: time.perf_counter() - first_paint >= START_WATCH_S))

    def keys(widget_of: Callable[[], object], text: str, interaction: str) -> None:
        for char in text:
            steps.append(Step(interaction, lambda char=char: QTest.keyClicks(widget_of(), char), what=f"key {char!r}"))

    def backspaces(widget_of: Callable[[], object], count: int, interaction: str) -> None:
        for _ in range(count):
            steps.append(Step(interaction, lambda: QTest.keyClick(widget_of(), Qt.Key.Key_Backspace), what="Backspace"))

    def key(widget_of: Callable[[], object], code, interaction: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        what = QKeySequence(QKeyCombination(modifier, code)).toString()
        steps.append(Step(interaction, lambda: QTest.keyClick(widget_of(), code, modifier), what=what))

    def tabs(tab_widget_of: Callable[[], object], count: int, interaction: str) -> None:
        """Every tab of a tab widget opened with Ctrl+Tab, ending where it began (``count``: the panel is
        not built before the tour opens it)."""
        for _ in range(count):
            key(tab_widget_of, Qt.Key.Key_Tab, interaction, Qt.KeyboardModifier.ControlModifier)

    # Every panel opened the first time, with Ctrl+1..5 (the module loaded, built, filled, painted).
    for row, (name, _, _) in enumerate(PANELS):
        key(
            lambda: window,
            getattr(Qt.Key, f"Key_{row + 1}"),
            "opening each panel (first time)",
            Qt.KeyboardModifier.ControlModifier,
        )
    key(lambda: window, Qt.Key.Key_1, "switching panels (again)", Qt.KeyboardModifier.ControlModifier)
    for row in range(1, len(PANELS)):
        key(
            lambda: window,
            getattr(Qt.Key, f"Key_{row + 1}"),
            "switching panels (again)",
            Qt.KeyboardModifier.ControlModifier,
        )

    # Cases: typing in the filter, then the tabs.
    key(lambda: window, Qt.Key.Key_1, "switching panels (again)", Qt.KeyboardModifier.ControlModifier)
    cases = lambda: window.cases_panel  # noqa: E731 - read when the step runs: panels are built lazily
    key(lambda: cases().filter, Qt.Key.Key_F, "typing in the case filter", Qt.KeyboardModifier.ControlModifier)
    keys(lambda: cases().filter, "ots2", "typing in the case filter")
    backspaces(lambda: cases().filter, 4, "typing in the case filter")
    tabs(lambda: cases().tabs, 2, "opening each tab")

    # The case with most entries: found with the filter, opened with Enter, left with Escape.
    label, closed = db.execute(
        "SELECT c.label, c.status = 'closed' FROM time_entries e JOIN cases c ON c.id = e.case_id "
        "GROUP BY e.case_id ORDER BY count(*) DESC, c.id LIMIT 1"
    ).fetchone() or ("", False)
    if label:
        opening = "opening the case with most entries"
        if closed:
            steps.append(Step(opening, lambda: cases().show_closed.click(), what="show closed cases"))
        keys(lambda: cases().filter, label, "typing in the case filter")

        def to_the_list() -> None:
            view = cases().view
            view.setFocus()
            view.setCurrentIndex(view.model().index(0, 0))

        steps.append(Step(opening, to_the_list, what="to the list"))
        key(lambda: cases().view, Qt.Key.Key_Return, opening)
        steps[-1].done = lambda: cases().pages.currentIndex() == 1
        key(lambda: cases().case_page, Qt.Key.Key_Escape, opening)
        steps[-1].done = lambda: cases().pages.currentIndex() == 0
        key(lambda: cases().filter, Qt.Key.Key_F, opening, Qt.KeyboardModifier.ControlModifier)
        backspaces(lambda: cases().filter, 1, "typing in the case filter")

    # Time: the week's tabs, a year of weeks back, an entry added and undone.
    key(lambda: window, Qt.Key.Key_2, "switching panels (again)", Qt.KeyboardModifier.ControlModifier)
    time_panel = lambda: window.time_panel  # noqa: E731
    tabs(lambda: time_panel().tabs, 3, "opening each tab")
    for _ in range(52):
        steps.append(
            Step(
                "paging a week back (a year)",
                lambda: QTest.mouseClick(time_panel().previous_button, Qt.MouseButton.LeftButton),
            )
        )
    entries = lambda: db.execute("SELECT count(*) FROM time_entries").fetchone()[0]  # noqa: E731
    before: list[int] = []
    adding = "adding an entry and undoing it"
    steps.append(Step(adding, lambda: (before.append(entries()), time_panel().add_entry())))
    steps[-1].done = lambda: QApplication.activeModalWidget() is not None

    def on_sunday() -> None:
        """The new entry on the Sunday of the week shown, 10 to 11: a time the generated data leaves free."""
        dialog = QApplication.activeModalWidget()
        sunday = time_panel().monday + timedelta(days=6)
        for edit, hour in ((dialog.start, 10), (dialog.end, 11)):
            edit.setDateTime(QDateTime(QDate(sunday.year, sunday.month, sunday.day), QTime(hour, 0)))
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    steps.append(Step(adding, on_sunday, what="the entry saved with Enter"))
    steps[-1].done = lambda: entries() == before[0] + 1

    def undo() -> None:
        QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the panel in view

    # The desktop gives the focus back to the window when the dialog closes; offscreen nothing does.
    steps.append(Step(adding, window.activateWindow, lambda: QApplication.activeWindow() is window, "window active"))
    steps.append(Step(adding, undo, what="Ctrl+Z"))
    steps[-1].done = lambda: entries() == before[0]

    # Say no: its tabs, and typing whom the message is to.
    key(lambda: window, Qt.Key.Key_3, "switching panels (again)", Qt.KeyboardModifier.ControlModifier)
    say_no = lambda: window.say_no_panel  # noqa: E731
    tabs(lambda: say_no().tabs, 5, "opening each tab")
    keys(lambda: say_no().message_to, "teamleider", "typing whom the refusal is to")
    backspaces(lambda: say_no().message_to, 10, "typing whom the refusal is to")

    # Statement: the name line typed, a year chosen, the PDF written (in the background).
    key(lambda: window, Qt.Key.Key_4, "switching panels (again)", Qt.KeyboardModifier.ControlModifier)
    statement = lambda: window.statement_panel  # noqa: E731
    name = lambda: next(iter(statement().details.values()))  # noqa: E731
    keys(name, "J. de Vries", "typing in the statement's lines")
    backspaces(name, 11, "typing in the statement's lines")

    def a_year() -> None:
        panel = statement()
        panel.period.setCurrentIndex(panel.period.findData("dates"))
        first = today - timedelta(days=364)
        panel.first.setDate(QDate(first.year, first.month, first.day))
        panel.last.setDate(QDate(today.year, today.month, today.day))

    steps.append(Step("making a year's statement", a_year, what="a year chosen"))
    written: list[str] = []

    def write_pdf() -> None:
        statement().written.connect(lambda path, _pages: written.append(path))
        statement().save_pdf(str(out_folder / "statement.pdf"))

    steps.append(Step("making a year's statement", write_pdf, lambda: bool(written), "PDF written"))

    # Union: the months widened to ten years, a month at a time with the Down key.
    key(lambda: window, Qt.Key.Key_5, "switching panels (again)", Qt.KeyboardModifier.ControlModifier)
    union = lambda: window.union_panel  # noqa: E731

    def into_months() -> None:
        edit = union().first
        edit.setFocus()
        edit.setCurrentSection(QDateTimeEdit.Section.MonthSection)

    steps.append(Step("widening the union months to ten years", into_months, what="into the months"))
    oldest = db.execute("SELECT min(start) FROM time_entries").fetchone()[0]
    months = 120
    if oldest:
        first = date.fromisoformat(oldest[:10])
        months = min(months, (today.year - first.year) * 12 + today.month - first.month + 1)
    for _ in range(max(0, months - 6)):
        key(lambda: union().first, Qt.Key.Key_Down, "widening the union months to ten years")
    return steps


def run_tour(
    window, out_folder: Path, today: date | None = None, quiet_ms: float = QUIET_MS, profile: bool = False
) -> StallMonitor:
    """Start the stall monitor and the tour once ``window`` has painted; the monitor's ``finished`` ends it.

    Call before ``window.show()``. The start-up work is set going as ``workload-desk`` does. With
    ``profile``, the monitor's ``profiles`` hold what ran on the window's thread per interaction.
    """
    from workload_desk.ui.app import AfterFirstPaint, start_up_work

    monitor = StallMonitor([], window, quiet_ms, profile)

    def begin() -> None:
        monitor.steps = tour_steps(window, out_folder, today or date.today())
        monitor.start()

    window.installEventFilter(AfterFirstPaint(begin, window))
    start_up_work(window)
    return monitor


def write_profiles(profiles: dict[str, cProfile.Profile], folder: Path) -> None:
    """Each interaction's profile into ``folder``; its heaviest functions (cumulative time) on stdout."""
    import pstats
    import re

    folder.mkdir(parents=True, exist_ok=True)
    for name, profile in profiles.items():
        path = folder / (re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:60] + ".prof")
        profile.dump_stats(path)
        print(f"\n== {name} ({path})")
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)


def main(argv: list[str]) -> int:
    """Run the tour on the database ``DB`` (it writes: give it a copy); write the figures to ``OUT``."""
    import argparse

    from workload_desk.ui.app import make_application
    from workload_desk.ui.language import apply_language
    from workload_desk.ui.main_window import MainWindow
    from workload_desk.ui.session import Session

    parser = argparse.ArgumentParser(prog="python -m benchmarks.stall_tour", description=main.__doc__)
    parser.add_argument("db", metavar="DB", type=Path, help="the database (a copy: the tour adds a backup)")
    parser.add_argument("out", metavar="OUT", type=Path, help="the figures, as JSON")
    parser.add_argument(
        "--profile",
        metavar="FOLDER",
        type=Path,
        help="also profile the window's thread per interaction (cProfile): FOLDER/<interaction>.prof, and the "
        "25 functions of most cumulative time per interaction on stdout (the stalls grow under it)",
    )
    args = parser.parse_args(argv)
    db_path, out = args.db, args.out
    app = make_application()
    apply_language("nl")
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(Session.open(db_path), at_start=True)  # as workload-desk makes it
        window.resize(1280, 800)
        monitor = run_tour(window, Path(tmp), profile=args.profile is not None)
        monitor.finished.connect(app.quit)
        window.show()
        app.exec()
        figures = monitor.figures()
        if shiboken6.isValid(window):
            window.close()
    out.write_text(json.dumps(figures))
    if args.profile is not None:
        write_profiles(monitor.profiles, args.profile)
    if figures["error"]:
        print(figures["error"], file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Long work runs off the window's thread, and its result comes back on the window's thread."""

import threading

import pytest
from PySide6.QtWidgets import QProgressDialog, QWidget

from workload_desk.core.errors import UserError
from workload_desk.ui.background import busy_dialog, in_background


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_work_runs_in_a_worker_and_the_result_comes_back_on_the_window_thread(parent, qtbot):
    seen = {}

    def work():
        seen["work"] = threading.current_thread()
        return 42

    def done(result):
        seen["done"] = (threading.current_thread(), result)

    job = in_background(parent, "…", work, done, lambda message: pytest.fail(message))
    with qtbot.waitSignal(job.over, timeout=10000):
        pass
    assert seen["work"] is not threading.main_thread()
    assert seen["done"] == (threading.main_thread(), 42)


def test_a_refusal_comes_back_as_its_message(parent, qtbot):
    said = []

    def work():
        raise UserError("Dat kan niet.", "test")

    job = in_background(parent, "…", work, lambda _: pytest.fail("not refused"), said.append)
    with qtbot.waitSignal(job.over, timeout=10000):
        pass
    assert said == ["Dat kan niet."]


def test_the_busy_dialog_shows_only_when_the_work_takes_a_moment(parent, qtbot):
    go_on = threading.Event()
    job = in_background(parent, "Bezig…", lambda: go_on.wait(30), lambda _: None, lambda _: None)
    dialog = parent.findChild(QProgressDialog)
    assert not dialog.isVisible()  # not for work that is over at once
    qtbot.waitUntil(dialog.isVisible, timeout=3500)  # after 400 ms, not Qt's default of four seconds
    assert dialog.minimum() == dialog.maximum() == 0  # busy: no false percentage
    with qtbot.waitSignal(job.over, timeout=10000):
        go_on.set()
    assert not dialog.isVisible()


def test_a_busy_dialog_has_no_cancel_button(parent):
    from PySide6.QtWidgets import QPushButton

    dialog = busy_dialog(parent, "…")
    assert dialog.findChild(QPushButton) is None


def test_a_bug_in_the_work_is_told_and_does_not_leave_the_dialog_up(parent, qtbot):
    from workload_desk.ui.language import apply_language

    apply_language("nl")
    said = []

    def work():
        raise RuntimeError("kapot")

    job = in_background(parent, "…", work, lambda _: pytest.fail("no result"), said.append)
    with qtbot.waitSignal(job.over, timeout=10000):
        pass
    assert said == ["Dit is niet gelukt, en er is niets door veranderd. De fout: RuntimeError: kapot"]
    assert not any(d.isVisible() for d in parent.findChildren(QProgressDialog))


def test_cancellable_work_reports_its_steps_and_stops_on_cancel(parent, qtbot):
    from workload_desk.core.errors import Cancelled
    from workload_desk.ui.background import cancellable_in_background

    started = threading.Event()

    def work(report):
        done = 0
        while report(done, 10**9):
            done += 1
            started.set()
        raise Cancelled

    job = cancellable_in_background(parent, "…", "Stop", 10**9, work, lambda _: pytest.fail("done"), pytest.fail)
    dialog = parent.findChild(QProgressDialog)
    assert dialog.maximum() == 10**9 and not dialog.isModal()
    assert started.wait(10)
    with qtbot.waitSignal(job.cancelled, timeout=10000):
        dialog.canceled.emit()  # what the Stop button sends
    assert not dialog.isVisible()


def test_a_window_closed_while_the_work_runs_leaves_no_error_in_the_worker(qtbot):
    # Seen: a statement's summary still counting when its window closed; the worker's emit then raised
    # "Signal source has been deleted" in its thread.
    widget = QWidget()
    release, finished, errors = threading.Event(), threading.Event(), []
    before = threading.excepthook
    threading.excepthook = lambda args: errors.append(args.exc_value)
    try:

        def work():
            release.wait(10)
            return 1

        job = in_background(widget, "…", work, lambda result: None, lambda message: None)
        thread = job.thread
        widget.deleteLater()
        qtbot.waitUntil(lambda: _deleted(widget), timeout=5000)
        release.set()
        thread.join(10)
        finished.set()
    finally:
        threading.excepthook = before
    assert finished.is_set() and not thread.is_alive() and errors == []


def _deleted(widget) -> bool:
    from shiboken6 import isValid

    return not isValid(widget)

"""The main window on the demo year: status bar, navigation, menus, language, settings, geometry."""

import re

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QMenu, QPushButton, QTableView, QTabWidget, QWidget
from ui_helpers import dutch_patterns

from workload_desk.core import i18n
from workload_desk.core.contracts import contract_hours_on
from workload_desk.core.database import open_database
from workload_desk.core.demo import fill_demo
from workload_desk.core.errors import UserError
from workload_desk.core.i18n import format_duration
from workload_desk.core.overview import overview
from workload_desk.core.settings import get_setting
from workload_desk.ui.app import make_application
from workload_desk.ui.language import apply_language
from workload_desk.ui.main_window import MainWindow
from workload_desk.ui.session import Session


@pytest.fixture
def app(qapp, tmp_path):
    # Windows closed by earlier tests are deleted now, before a language change reaches them.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    make_application()
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    apply_language("nl")
    return qapp


@pytest.fixture
def demo_path(db_path):
    db = open_database(db_path)
    fill_demo(db)
    db.close()
    return db_path


@pytest.fixture
def window(app, qtbot, demo_path):
    session = Session.open(demo_path)
    w = MainWindow(session)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_status_bar_shows_the_core_figures(window):
    figures = overview(window.session.db)
    assert window.caseload_label.text() == (
        f"Caseload: {figures.caseload.measures} maatregelen, {figures.caseload.families} gezinnen"
    )
    assert window.week_label.text() == (
        f"Deze week: {format_duration(figures.week.worked_minutes)} van "
        f"{format_duration(round(figures.week.expected_hours * 60))} uur"
    )
    assert figures.caseload.measures > 12


def test_navigation_reaches_every_panel(window, qtbot):
    titles = [window.navigation.item(r).text() for r in range(window.navigation.count())]
    assert titles == ["Zaken", "Tijd", "Nee zeggen", "Werkdrukmelding", "Vakbondsexport"]
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        assert window.stack.currentIndex() == row


MONTH_IN_WORDS = r"(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}"


def shown_texts(window) -> list[str]:
    texts = [window.windowTitle()]
    texts += [window.navigation.item(r).text() for r in range(window.navigation.count())]
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts += [model.headerData(c, Qt.Orientation.Horizontal) or "" for c in range(model.columnCount())]
        if isinstance(widget, (QPushButton, QCheckBox)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QMenu):
            texts.append(widget.title())
            texts += [a.text() for a in widget.actions() if not a.isSeparator()]
    return [t.replace("&", "") for t in texts if t.strip()]


def test_every_string_shown_has_a_dutch_translation(window):
    for row in range(window.navigation.count()):  # every panel is built when first opened
        window.navigation.setCurrentRow(row)
    window.cases_panel.open_case(window.cases_panel.model.row_at(0).id)  # the case page too
    patterns = dutch_patterns()
    own_names = {"Nederlands", "English", window.cases_panel.case_page.case.label}  # languages name themselves
    untranslated = [
        text
        for text in shown_texts(window)
        if text not in own_names
        and not re.fullmatch(r"[\d\s,.:–-]+", text)
        and not re.fullmatch(MONTH_IN_WORDS, text)  # Qt's Dutch locale names the months
        and not any(p.match(text) for p in patterns)
        # two counted words joined: "Caseload: 23 maatregelen, 18 gezinnen"
        and not all(any(p.match(part) for p in patterns) for part in text.split(", "))
    ]
    assert untranslated == []


def test_switching_to_english_retranslates_and_is_remembered(window, qtbot):
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Cases")
    assert window.file_menu.title() == "&File"
    assert window.caseload_label.text().endswith("families")
    assert i18n.language() == "en"
    assert get_setting(window.session.db, "language") == "en"
    window.language_actions["nl"].trigger()
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Zaken")


def test_contract_dialog_saves_and_the_status_follows(window, qtbot):
    from datetime import date

    from workload_desk.ui.contract_dialog import ContractDialog

    dialog = ContractDialog(window.session.db, window)
    qtbot.addWidget(dialog)
    from PySide6.QtCore import QDate

    from workload_desk.core.dates import week_start

    monday = week_start(date.today())
    dialog.hours.setValue(32)
    dialog.valid_from.setDate(QDate(monday.year, monday.month, monday.day))
    dialog.accept()
    assert contract_hours_on(window.session.db, monday) == 32
    window.refresh_status()
    assert "van 32:00 uur" in window.week_label.text()


def test_contract_dialog_keeps_input_on_a_refusal(window, qtbot, monkeypatch):
    from workload_desk.ui import contract_dialog

    def refuse(*args):
        raise UserError("Kan niet opslaan.")

    monkeypatch.setattr(contract_dialog.contracts, "set_contract", refuse)
    dialog = contract_dialog.ContractDialog(window.session.db, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.hours.setValue(30.5)
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text() == "Kan niet opslaan."
    assert dialog.hours.value() == 30.5


def test_geometry_is_remembered(app, qtbot, demo_path):
    first = MainWindow(Session.open(demo_path))  # closed (and so deleted) by the test itself
    first.resize(780, 580)  # the offscreen screen is 800 x 600
    first.show()
    session = first.session
    first.close()
    assert session.closed
    second = MainWindow(Session.open(demo_path))
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (780, 580)


def test_open_another_database_and_a_refused_one(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    bad = tmp_path / "notes.db"
    bad.write_text("not a database")
    assert not window.switch_to(bad)
    assert "beschadigd of is geen database" in warnings[0]
    assert "0 maatregelen" not in window.caseload_label.text()
    assert window.switch_to(tmp_path / "fresh.db")
    assert window.caseload_label.text() == "Caseload: 0 maatregelen, 0 gezinnen"
    assert "fresh.db" in window.windowTitle()

"""Alt-letter keys: every button, field label, tab and menu item has a letter, distinct within its window."""

from datetime import date, datetime, timedelta

import pytest
from conftest import fresh_dutch_app
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
)

from workload_desk.core.database import open_database
from workload_desk.core.demo import fill_demo
from workload_desk.ui.main_window import MainWindow
from workload_desk.ui.mnemonics import Slot, assign, compose, mnemonic, parse
from workload_desk.ui.session import Session


class Text(QObject):
    """A text that can carry a letter, without a widget."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def slot(self) -> Slot:
        return Slot(self, "text", lambda: self.text, lambda t: setattr(self, "text", t))


def given(*texts: str, taken=()) -> list[str]:
    owners = [Text(t) for t in texts]
    assign([o.slot() for o in owners], taken)
    return [o.text for o in owners]


def test_a_marked_letter_is_read_and_written_with_ampersands_kept_literal():
    assert parse("Save && &close") == ("Save & close", 7)
    assert mnemonic("Save && &close") == "c"
    assert mnemonic("Fish && chips") is None
    assert compose("Fish & chips", 7) == "Fish && &chips"
    assert compose("Fish & chips", None) == "Fish && chips"


def test_letters_are_distinct_first_letters_of_words_first_and_only_plain_letters():
    assert given("Save", "Split", "Print this") == ["&Save", "S&plit", "Print &this"]
    assert given("Save", "Split", "Start timer") == ["&Save", "S&plit", "Start &timer"]
    assert given("Ééé", "€ 5") == ["Ééé", "€ &5"]  # no letter a keyboard may lack


def test_a_letter_written_in_the_text_is_kept_and_a_second_claim_on_it_gives_way():
    assert given("Open", "&Print", "&Open", "Be&werken") == ["Op&en", "&Print", "&Open", "Be&werken"]
    assert given("&Bestand", "&Bewerken", "Back") == ["&Bestand", "B&ewerken", "B&ack"]
    assert given("Other", taken={"o"}) == ["O&ther"]


def test_every_text_gets_a_letter_when_there_are_enough_even_if_another_must_move():
    # "Été" has one letter it can carry (t); "Start timer" gives it up and takes another.
    assert given("Save", "Split", "Start timer", "Été") == ["&Save", "S&plit", "St&art timer", "É&té"]
    assert given("Je naam", "Je team", "Jet") == ["&Je naam", "Je &team", "J&et"]


def test_a_letter_given_once_stays_when_the_texts_around_it_change():
    owners = [Text("Add"), Text("Delete")]
    assign([o.slot() for o in owners])
    assert [o.text for o in owners] == ["&Add", "&Delete"]
    newcomer = Text("Draft")
    assign([newcomer.slot(), *(o.slot() for o in owners)])  # first in order, yet the d stays with Delete
    assert [o.text for o in owners] == ["&Add", "&Delete"] and newcomer.text == "D&raft"
    owners[1].text = "Remove"  # the panel set a new text: it gets a letter of its own
    assign([newcomer.slot(), *(o.slot() for o in owners)])
    assert [newcomer.text, owners[1].text] == ["D&raft", "R&emove"]


def test_no_letter_when_all_of_its_letters_are_taken():
    assert given("ab", "ba", "a b") == ["&ab", "&ba", "a b"]


# -- The real window -------------------------------------------------------------------------------------------


@pytest.fixture
def window(qapp, qtbot, tmp_path, db_path):
    fresh_dutch_app(tmp_path)
    db = open_database(db_path)
    fill_demo(db)
    db.close()
    w = MainWindow(Session.open(db_path))
    w.backups = False
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    return w


def _inside_an_input(widget, window) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, (QAbstractItemView, QComboBox)) or type(parent).__name__ == "QCalendarWidget":
            return True
        parent = parent.parentWidget()
    return False


def texts_in_view(window, groups: bool = True) -> list[str]:
    """Every text in view in ``window`` that should carry a letter: menu bar titles, tabs, buttons, labels of
    fields, and (with ``groups``) group titles."""
    found = []
    if hasattr(window, "menuBar"):
        found += [a.text() for a in window.menuBar().actions() if a.isVisible()]
    for widget in window.findChildren(QObject):
        if not hasattr(widget, "isVisibleTo") or widget.window() is not window:
            continue
        if not widget.isVisibleTo(window) or _inside_an_input(widget, window):
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            found.append(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None and widget.text():
            found.append(widget.text())
        elif isinstance(widget, QGroupBox) and widget.title() and groups:
            found.append(widget.title())
        elif isinstance(widget, QTabBar):
            found += [widget.tabText(i) for i in range(widget.count())]
    return found


def letter_trouble(window, every_one: bool = True) -> list[str]:
    """The texts in view in ``window`` with a letter another has too, or with no letter: any but a group's
    (``every_one``), or (not ``every_one``) one that could have had a letter no other text has."""
    texts = texts_in_view(window)
    letters = [mnemonic(t) for t in texts]
    trouble = [t for t, letter in zip(texts, letters) if letter and letters.count(letter) > 1]
    for text in texts_in_view(window, groups=False):
        if mnemonic(text) is None:
            own = {c.lower() for c in text if c.isascii() and c.isalnum()}
            if every_one or own - set(letters):
                trouble.append(text)
    return trouble


def settle(qtbot) -> None:
    """Let the letters follow what came into view: chosen once the events that brought it are handled."""
    for _ in range(2):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents()


def test_every_panel_in_both_languages_has_distinct_letters_for_everything_in_view(window, qtbot):
    from workload_desk.ui.language import apply_language

    for lang, cases in (("nl", "Zaken"), ("en", "Cases")):
        apply_language(lang)
        qtbot.waitUntil(lambda: window.navigation.item(0).text() == cases)  # noqa: B023 - waited for here
        for row in range(window.navigation.count()):
            window.show_panel_at(row)
            tabs = window.stack.currentWidget().findChildren(QTabBar)
            for bar in tabs or [None]:
                for tab in range(bar.count()) if bar else [None]:
                    if bar is not None:
                        bar.setCurrentIndex(tab)
                    settle(qtbot)
                    assert len(texts_in_view(window)) > 5
                    assert letter_trouble(window) == [], (lang, row, tab)
        window.cases_panel.open_case(window.cases_panel.model.row_at(0).id)
        window.show_panel_at(0)
        settle(qtbot)
        assert window.cases_panel.case_page.isVisible()
        # The case page has more buttons than letters go round: one may go without, when all its are taken.
        assert letter_trouble(window, every_one=False) == [], (lang, "case page")
        assert len(letter_trouble(window)) <= 2
        window.cases_panel.case_page.back.emit()
    assert "&File" in texts_in_view(window)


def test_each_menu_has_distinct_letters_in_both_languages(window, qtbot):
    from workload_desk.ui.language import apply_language

    def trouble(menu: QMenu) -> list[str]:
        texts = [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        letters = [mnemonic(t) for t in texts]
        found = [t for t, letter in zip(texts, letters) if letter is None or letters.count(letter) > 1]
        return found + [t for a in menu.actions() if a.menu() is not None for t in trouble(a.menu())]

    for lang, file in (("nl", "&Bestand"), ("en", "&File")):
        apply_language(lang)
        qtbot.waitUntil(lambda: window.file_menu.title() == file)  # noqa: B023 - waited for here
        settle(qtbot)
        assert texts_in_view(window)[:2] == [file, "B&ewerken" if lang == "nl" else "&Edit"]
        for action in window.menuBar().actions():
            assert trouble(action.menu()) == [], action.text()
        assert "Nederlands" not in [a.text() for a in window.language_menu.actions()]  # it got a letter


@pytest.mark.qt_log_ignore("This plugin does not support grabbing")
def test_a_menu_gets_its_letters_when_it_opens(window, qtbot):
    menu = QMenu(window)
    for text in ("Kopiëren", "Knippen", "Plakken", "&Kolommen…"):
        menu.addAction(text)
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    assert [a.text() for a in menu.actions()] == ["K&opiëren", "K&nippen", "&Plakken", "&Kolommen…"]
    menu.hide()


def test_every_dialog_has_distinct_letters(window, qtbot):
    from workload_desk.ui.case_dialogs import CaseDialog, DateDialog, MeasureDialog, TaskDialog
    from workload_desk.ui.contract_dialog import ContractDialog
    from workload_desk.ui.data_safety import RestoreDialog
    from workload_desk.ui.days_off_dialog import DaysOffDialog, HolidaysDialog
    from workload_desk.ui.help import ManualDialog, ShortcutsDialog
    from workload_desk.ui.say_no_dialogs import DeclineDialog, TemplateDialog
    from workload_desk.ui.time_dialogs import EntryDialog, SplitDialog, TimerRecoveryDialog

    db = window.session.db
    panel = window.time_panel
    while panel.entry_model.rowCount() == 0:
        panel.show_week(panel.monday - timedelta(days=7))
    entry = panel.entry_model.row_at(0)
    task = window.cases_panel.agenda.model.row_at(0)
    dialogs = [
        CaseDialog(print, None, window),
        MeasureDialog(print, "A", window),
        DateDialog("Close", "Closed on", print, window),
        TaskDialog(print, task, window),
        EntryDialog(db, print, entry, window),
        SplitDialog(print, entry, window),
        TimerRecoveryDialog(entry, datetime.combine(date.today(), datetime.min.time()) + timedelta(days=2), window),
        ContractDialog(db, window),
        DaysOffDialog(db, lambda: None, window),
        HolidaysDialog(db, 2026, window),
        RestoreDialog(window.session.path, window),
        ShortcutsDialog(window),
        ManualDialog(window),
        DeclineDialog(print, "new-case", window),
        TemplateDialog("Beste {to},", "nl", print, window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        assert texts_in_view(dialog), dialog.windowTitle()
        assert letter_trouble(dialog) == [], type(dialog).__name__
        dialog.done(QDialog.DialogCode.Rejected)


def alt(window, text: str) -> None:
    """Press Alt and the letter ``text`` carries."""
    letter = mnemonic(text)
    assert letter is not None, text
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)


def visible_dialogs(kind) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def back_to(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_alt_and_the_letter_presses_the_button_opens_the_tab_and_goes_to_the_field(window, qtbot):
    from workload_desk.ui.case_dialogs import CaseDialog
    from workload_desk.ui.time_dialogs import EntryDialog

    window.show_panel_at(0)
    settle(qtbot)
    alt(window, window.cases_panel.new_button.text())  # a button (Qt shows it pressed a moment, then clicks)
    qtbot.waitUntil(lambda: len(visible_dialogs(CaseDialog)) == 1)
    visible_dialogs(CaseDialog)[0].reject()
    back_to(qtbot, window)

    window.show_panel_at(1)
    settle(qtbot)
    alt(window, window.time_panel.add_button.text())
    qtbot.waitUntil(lambda: len(visible_dialogs(EntryDialog)) == 1)
    visible_dialogs(EntryDialog)[0].reject()
    back_to(qtbot, window)

    window.show_panel_at(2)
    settle(qtbot)
    tabs = window.say_no_panel.tabs
    assert tabs.currentIndex() == 0
    alt(window, tabs.tabText(1))  # a tab
    assert tabs.currentIndex() == 1

    window.show_panel_at(3)
    settle(qtbot)
    labels = [
        label
        for label in window.statement_panel.findChildren(QLabel)
        if label.buddy() is not None and label.isVisible() and label.buddy() is not QApplication.focusWidget()
    ]
    assert labels
    alt(window, labels[-1].text())  # a field's label: the focus goes to the field
    assert QApplication.focusWidget() is labels[-1].buddy()

    window.show_panel_at(4)
    settle(qtbot)
    box = window.union_panel.banded if hasattr(window.union_panel, "banded") else None
    boxes = [b for b in window.union_panel.findChildren(QAbstractButton) if b.isCheckable() and b.isVisible()]
    box = box or boxes[0]
    before = box.isChecked()
    alt(window, box.text())  # a check box
    qtbot.waitUntil(lambda: box.isChecked() is not before)


def test_a_text_a_panel_sets_later_has_its_letter_when_alt_is_pressed(window, qtbot):
    window.show_panel_at(1)
    settle(qtbot)
    button = window.time_panel.today_button
    button.setText("Vandaag")  # a new text, no letter yet: Alt looks again before the key is matched
    assert mnemonic(button.text()) is None
    window.time_panel.show_week(date.today() - timedelta(days=14))
    monday = window.time_panel.monday
    QTest.keyClick(window.time_panel.entry_view, Qt.Key.Key_Alt, Qt.KeyboardModifier.AltModifier)
    assert mnemonic(button.text()) is not None
    alt(window, button.text())
    qtbot.waitUntil(lambda: window.time_panel.monday != monday)


def test_a_button_that_shows_a_new_text_gets_a_letter_for_it(window, qtbot):
    window.show_panel_at(1)
    settle(qtbot)
    button = window.time_panel.today_button
    button.setText("Vandaag")  # as a panel does (Start → Stop): no letter, nothing else changes
    qtbot.waitUntil(lambda: mnemonic(button.text()) is not None)  # once it is painted
    assert letter_trouble(window) == []
    timer = window.time_panel.timer_button
    window.time_panel.toggle_timer()
    assert timer.text() == "Stop"
    qtbot.waitUntil(lambda: timer.text() == "&Stop")
    window.time_panel.toggle_timer()

"""One language at a time: the window's language sets the messages, the dates, the months and the words."""

from datetime import date, timedelta

import pytest
from conftest import fresh_dutch_app
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog
from ui_helpers import shown_window

from workload_desk.core import refusal
from workload_desk.core.cases import add_case
from workload_desk.core.database import open_database
from workload_desk.core.measures import NewMeasure
from workload_desk.ui.form_dialog import date_edit
from workload_desk.ui.language import apply_language
from workload_desk.ui.union_panel import UnionPanel

TODAY = date.today()


@pytest.fixture
def window(qapp, qtbot, tmp_path, db_path):
    fresh_dutch_app(tmp_path)
    db = open_database(db_path)
    start = TODAY - timedelta(days=100)
    for i in range(14):  # above the norm: the answer is no, and there is a message to refuse with
        add_case(db, f"G{i}", start, [NewMeasure("ots", "A", start)])
    db.close()
    w = shown_window(qtbot, db_path)
    yield w
    apply_language("nl")


def test_in_the_english_window_the_refusal_and_the_statement_are_english(window, qtbot):
    window.set_language("en")
    panel = window.say_no_panel
    assert panel.message_lang.currentData() == "en"
    assert panel.message.toPlainText().startswith("Dear colleague")
    assert window.statement_panel.lang.currentData() == "en"
    window.set_language("nl")
    qtbot.waitUntil(lambda: panel.message_lang.currentData() == "nl")
    assert panel.message.toPlainText().startswith("Beste collega")


def test_date_fields_write_dates_as_the_labels_of_the_window_language(window, qtbot):
    edit = date_edit(date(2026, 11, 23))
    qtbot.addWidget(edit)
    assert edit.text() == "23-11-2026"
    window.set_language("en")
    qtbot.waitUntil(lambda: edit.text() == "23/11/2026")  # as format_date writes it in English, beside it
    window.set_language("nl")
    qtbot.waitUntil(lambda: edit.text() == "23-11-2026")


def test_the_union_panel_writes_a_month_one_way(qapp, qtbot, db):
    apply_language("nl")
    panel = UnionPanel(db)
    qtbot.addWidget(panel)
    panel.first.setDate(QDate(2026, 5, 1))
    panel.last.setDate(QDate(2026, 6, 1))
    qtbot.waitUntil(lambda: panel.build_job is None)  # the months built in a thread
    assert panel.first.text() == "mei 2026"
    assert panel.preview.headerData(2, Qt.Orientation.Horizontal) == "mei 2026"
    assert "null" not in panel.file_facts.text() and "submission_id" not in panel.file_facts.text()
    assert "niet opgegeven" in panel.file_facts.text()
    apply_language("en")
    qtbot.waitUntil(lambda: panel.first.text() == "May 2026")
    assert panel.preview.headerData(3, Qt.Orientation.Horizontal) == "June 2026"
    apply_language("nl")


def test_open_another_database_opens_an_existing_file(window, tmp_path, monkeypatch):
    other = tmp_path / "other.db"
    open_database(other).close()
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: asked.append("open") or (str(other), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append("save") or ("", ""))
    window.open_action.trigger()
    assert asked == ["open"]
    assert window.session.path == other


def test_a_new_database_never_takes_an_existing_file(window, tmp_path, monkeypatch):
    before = window.session.path
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(before), ""))
    warned = []
    monkeypatch.setattr("workload_desk.ui.main_window.QMessageBox.warning", lambda *a: warned.append(a[2]))
    window.new_database_action.trigger()
    assert warned and "bestaat al" in warned[0]
    fresh = tmp_path / "new.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(fresh), ""))
    window.new_database_action.trigger()
    assert window.session.path == fresh and fresh.exists()


def test_the_template_editor_shows_figures_by_name_and_stores_placeholders(window):
    panel = window.say_no_panel
    dialog = panel.edit_template()
    shown = dialog.text.toPlainText()
    assert "{" not in shown and "«je caseload»" in shown
    dialog.text.setPlainText("Nee, ik draag er al ")
    dialog.text.moveCursor(dialog.text.textCursor().MoveOperation.End)
    next(a for a in dialog.insert_menu.actions() if a.data() == "caseload").trigger()
    dialog.accept()
    assert refusal.template(panel.db, "nl") == "Nee, ik draag er al {caseload}"
    assert panel.message.toPlainText() == "Nee, ik draag er al 14"


def test_a_template_goes_to_the_editor_and_back_unchanged():
    for text in (*refusal.DEFAULT_TEMPLATES.values(), "Nee {{niet}} {to.x} {to}", "Een losse { accolade"):
        assert refusal.as_stored(refusal.as_shown(text)) == text
    assert "{" not in refusal.as_shown(refusal.DEFAULT_TEMPLATES["en"])


def test_counted_words_take_their_form_in_both_languages(qapp, qtbot, db):
    from workload_desk.ui.say_no_panel import SayNoPanel

    start = TODAY - timedelta(days=10)
    add_case(db, "G1", start, [NewMeasure("ots", "A", start)])
    apply_language("nl")
    panel = SayNoPanel(db)
    qtbot.addWidget(panel)
    assert panel.caseload.text() == "1 maatregel"
    assert panel.families.text().startswith("Dat is 1 gezin tegenover")
    apply_language("en")
    qtbot.waitUntil(lambda: panel.caseload.text() == "1 measure")
    assert panel.families.text().startswith("That is 1 family against")
    add_case(db, "G2", start, [NewMeasure("ots", "A", start)])
    panel.reload()
    assert panel.caseload.text() == "2 measures"
    assert panel.families.text().startswith("That is 2 families against")
    apply_language("nl")
    qtbot.waitUntil(lambda: panel.caseload.text() == "2 maatregelen")


def test_date_and_time_fields_write_the_date_as_the_window_does(qapp, qtbot):
    from datetime import datetime

    from workload_desk.ui.time_dialogs import moment_edit

    apply_language("en")
    edit = moment_edit(datetime(2026, 11, 23, 9, 30))
    qtbot.addWidget(edit)
    assert edit.text() == "23/11/2026 09:30"
    apply_language("nl")
    dutch = moment_edit(datetime(2026, 11, 23, 9, 30))
    qtbot.addWidget(dutch)
    assert dutch.text() == "23-11-2026 09:30"


def test_the_answer_names_no_count_it_cannot_bend(db):
    """A first case must not read "you carry 1 measures": the answer names the caseload, not a count of words."""
    from workload_desk.core.i18n import speaking
    from workload_desk.core.say_no import may_accept

    with speaking("en"):
        answer = may_accept(db, TODAY)
    assert answer.reason == "Yes: with one more case your caseload becomes 1, within today's target of 12."
    with speaking("nl"):
        answer = may_accept(db, TODAY)
    assert answer.reason == "Ja: met één zaak meer wordt je caseload 1, binnen het doel van vandaag van 12."

"""The Cases panel driven as a worker would: cases, measures, every kind of task, undo, close, delete, agenda."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, QEvent, QPoint, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workload_desk.core.cases import add_case, get_case
from workload_desk.core.measures import NewMeasure
from workload_desk.core.model import Task
from workload_desk.core.tasks import add_task, get_task, tasks_of_case
from workload_desk.core.time_log import add_entry
from workload_desk.ui.case_dialogs import CaseDialog
from workload_desk.ui.cases_panel import CasesPanel
from workload_desk.ui.language import apply_language
from workload_desk.ui.table_model import SORT_ROLE

TODAY = date.today()


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


@pytest.fixture
def panel(qapp, qtbot, db):
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    apply_language("nl")
    widget = CasesPanel(db)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def new_case(panel, label="T.V.", kind="ots", children=2, start=TODAY - timedelta(days=30)):
    dialog = panel.new_case()
    dialog.label.setText(label)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.children.setValue(children)
    dialog.start.setDate(qdate(start))
    dialog.opened.setDate(qdate(start))
    dialog.accept()
    return dialog


def test_add_a_case_with_two_measures(panel, db):
    new_case(panel)
    assert panel.pages.currentWidget() is panel.case_page
    case = panel.case_page.case
    assert case.label == "T.V." and len(case.measures) == 2
    assert [m.child_label for m in case.measures] == ["A", "B"]
    assert panel.model.rowCount() == 1
    assert panel.case_page.measure_model.rowCount() == 2


@pytest.mark.parametrize(
    "label,field,words",
    [("", "label", "niet leeg"), ("123456782", "label", "BSN")],
)
def test_a_refused_case_keeps_the_input_and_saves_nothing(panel, db, label, field, words):
    dialog = new_case(panel, label=label)
    assert dialog.isVisible()
    assert words in dialog.error.text()
    assert dialog.fields[field].styleSheet()
    assert dialog.label.text() == label
    assert db.execute("SELECT count(*) FROM cases").fetchone()[0] == 0


def test_a_planned_end_before_the_start_is_refused_at_its_field(panel, db):
    dialog = panel.new_case()
    dialog.label.setText("P.E.")
    dialog.start.setDate(qdate(date(2026, 5, 1)))
    dialog.own_end.setChecked(True)
    dialog.planned_end.setDate(qdate(date(2026, 4, 30)))
    dialog.accept()
    assert dialog.isVisible() and "geplande einde" in dialog.error.text()
    assert dialog.fields["planned_end"].styleSheet()
    assert db.execute("SELECT count(*) FROM cases").fetchone()[0] == 0


def test_a_label_in_use_is_refused(panel, db):
    new_case(panel, label="A.A.")
    dialog = new_case(panel, label="A.A.")
    assert dialog.isVisible() and "al het label" in dialog.error.text()


def fill_task(dialog, kind, when):
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.due.setDateTime(QDateTime(qdate(when.date()), QTime(when.hour, when.minute)))


def test_every_kind_of_task_with_its_fields(panel, db):
    new_case(panel)
    page = panel.case_page
    when = datetime.combine(TODAY + timedelta(days=3), datetime.min.time()).replace(hour=10)
    for kind in ("court", "redaction", "care-search", "visit", "report", "consult", "travel", "admin", "other"):
        dialog = page.add_task()
        fill_task(dialog, kind, when)
        if kind == "court":
            assert dialog.court.isVisible() and not dialog.pages.isVisible()
            dialog.court.setText("Rechtbank Gelderland")
            dialog.mode.setCurrentIndex(dialog.mode.findData("video"))
        elif kind == "redaction":
            assert dialog.pages.isVisible() and not dialog.court.isVisible()
            dialog.requested_by.setText("moeder")
            dialog.pages.setValue(140)
        elif kind == "care-search":
            dialog.care_sought.setText("gezinshuis")
            dialog.started_check.setChecked(True)
        else:
            assert not dialog.court.isVisible() and not dialog.care_sought.isVisible()
            dialog.note.setText(f"{kind} notitie")
        dialog.accept()
        assert not dialog.isVisible()
    found = {t.kind: t for t in tasks_of_case(db, page.case.id)}
    assert len(found) == 9
    assert found["court"].mode == "video" and found["court"].court == "Rechtbank Gelderland"
    assert found["redaction"].pages == 140 and found["redaction"].requested_by == "moeder"
    assert found["care-search"].started == TODAY and found["visit"].note == "visit notitie"
    # The care search's counter: one click per provider called.
    row = next(i for i, t in enumerate(page.task_model.rows()) if t.kind == "care-search")
    page.task_view.selectRow(row)
    page.call_button.click()
    page.call_button.click()
    assert get_task(db, found["care-search"].id).providers_contacted == 2
    selected = page.task_view.selectionModel().selectedRows()[0].row()
    assert page.task_model.index(selected, 2).data() == "gezinshuis, 2 aanbieders benaderd"
    assert page.selected_task().kind == "care-search"  # the selection survives the reload


def test_undo_and_redo_every_change(panel, db):
    new_case(panel)
    case_id = panel.case_page.case.id
    dialog = panel.case_page.add_task()
    fill_task(dialog, "visit", datetime.combine(TODAY, datetime.min.time()).replace(hour=9))
    dialog.accept()
    assert len(tasks_of_case(db, case_id)) == 1
    assert panel.changes.stack.undoText() == "Taak toevoegen"
    panel.changes.stack.undo()
    assert tasks_of_case(db, case_id) == []
    panel.changes.stack.redo()
    assert len(tasks_of_case(db, case_id)) == 1
    panel.changes.stack.undo()
    panel.changes.stack.undo()
    assert db.execute("SELECT count(*) FROM cases").fetchone()[0] == 0
    assert panel.pages.currentWidget() is panel.list_page
    assert not panel.changes.stack.canUndo()
    panel.changes.stack.redo()
    panel.changes.stack.redo()
    assert get_case(db, case_id).label == "T.V." and len(tasks_of_case(db, case_id)) == 1


def test_close_and_reopen(panel, db):
    new_case(panel)
    page = panel.case_page
    dialog = page.close_or_reopen()
    dialog.day.setDate(qdate(TODAY))
    dialog.accept()
    assert page.case.status == "closed"
    assert page.close_button.text().replace("&", "") == "Heropenen"  # & marks its Alt-letter
    assert panel.model.rowCount() == 0
    panel.show_closed.setChecked(True)
    assert panel.model.rowCount() == 1
    page.close_or_reopen()
    assert page.case.status == "active"
    assert all(m.actual_end is None for m in page.case.measures)


def test_closing_before_opening_is_refused_in_the_dialog(panel, db):
    new_case(panel)
    dialog = panel.case_page.close_or_reopen()
    dialog.day.setDate(qdate(TODAY - timedelta(days=400)))
    dialog.accept()
    assert dialog.isVisible() and "voordat hij geopend" in dialog.error.text()


@pytest.mark.parametrize("keep", [True, False])
def test_delete_asks_with_the_hours_and_keeps_or_removes_them(panel, db, keep):
    new_case(panel)
    case_id = panel.case_page.case.id
    start = datetime.combine(TODAY - timedelta(days=2), datetime.min.time()).replace(hour=9)
    add_entry(db, start, start + timedelta(hours=2, minutes=30), "visit", case_id)
    panel.case_page.reload()
    box = panel.case_page.delete_case()
    assert "2:30 uur" in box.text()
    (box.keep_button if keep else box.remove_button).click()
    assert db.execute("SELECT count(*) FROM cases").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM time_entries").fetchone()[0] == (1 if keep else 0)
    assert panel.pages.currentWidget() is panel.list_page
    panel.changes.stack.undo()
    assert db.execute("SELECT case_id FROM time_entries").fetchall() == [(case_id,)]


def test_measures_add_extend_end(panel, db):
    new_case(panel, children=1)
    page = panel.case_page
    dialog = page.add_measure()
    assert dialog.child.text() == "B"
    dialog.kind.setCurrentIndex(dialog.kind.findData("vots"))
    dialog.accept()
    assert len(page.case.measures) == 2
    page.measure_view.selectRow(0)
    before = page.case.measures[0].planned_end
    page.extend_button.click()
    assert page.case.measures[0].planned_end == before.replace(year=before.year + 1)
    page.measure_view.selectRow(1)
    assert not page.extend_button.isEnabled()
    dialog = page.end_measure()
    dialog.day.setDate(qdate(TODAY))
    dialog.accept()
    assert page.case.measures[1].actual_end == TODAY


@pytest.fixture
def three_cases(db):
    start = TODAY - timedelta(days=100)
    a = add_case(db, "B.B.", start, [NewMeasure("voogdij", "A", start)])
    b = add_case(db, "A.A.", start, [NewMeasure("ots", "A", start)])
    c = add_case(db, "C.C.", start, [NewMeasure("jr", "A", start)])
    for case_id, hours in ((a, 2), (b, 10), (c, 9)):
        t0 = datetime.combine(start, datetime.min.time()).replace(hour=8) + timedelta(days=case_id)
        add_entry(db, t0, t0 + timedelta(hours=hours), "visit", case_id)
    return a, b, c


def qtbot_click_header(panel, section: int) -> None:
    header = panel.view.horizontalHeader()
    point = QPoint(header.sectionViewportPosition(section) + 5, header.height() // 2)
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_filter_on_label_or_measure_and_sort_on_raw_values(panel, db, three_cases):
    panel.reload()
    panel.filter.setText("voogdij")
    assert panel.proxy.rowCount() == 1
    panel.filter.setText("a.a")
    assert panel.proxy.rowCount() == 1
    panel.filter.setText("")
    header = panel.view.horizontalHeader()
    header.setSortIndicator(6, Qt.SortOrder.DescendingOrder)  # hours in total: 10 > 9 > 2, not "9" > "2" > "10"
    labels = [panel.proxy.index(r, 0).data() for r in range(3)]
    assert labels == ["A.A.", "C.C.", "B.B."]
    assert panel.proxy.index(0, 6).data(SORT_ROLE) == 10
    panel.filter.setText("a")  # filtering keeps the order
    assert [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())][0] == "A.A."
    panel.reload()  # and so does a reload
    assert [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())][0] == "A.A."
    panel.filter.setText("")
    qtbot_click_header(panel, 0)  # a click on the label header sorts by label; a second click turns it round
    first = [panel.proxy.index(r, 0).data() for r in range(3)]
    qtbot_click_header(panel, 0)
    second = [panel.proxy.index(r, 0).data() for r in range(3)]
    assert sorted([first, second]) == [["A.A.", "B.B.", "C.C."], ["C.C.", "B.B.", "A.A."]]


def test_keyboard_new_find_and_enter(panel, db, three_cases, qtbot):
    panel.reload()
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialogs = [d for d in panel.findChildren(CaseDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()
    qtbot.keyClick(panel.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.filter.hasFocus()
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.proxy.index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert panel.pages.currentWidget() is panel.case_page
    assert panel.case_page.case.label == "A.A."
    qtbot.keyClick(panel.case_page.task_view, Qt.Key.Key_Escape)
    assert panel.pages.currentWidget() is panel.list_page


def test_agenda_court_first_and_tick_done(panel, db, three_cases):
    a, b, _ = three_cases
    soon = datetime.combine(TODAY + timedelta(days=2), datetime.min.time()).replace(hour=9)
    visit = add_task(db, Task(0, a, "visit", soon - timedelta(days=1)))
    hearing = add_task(db, Task(0, b, "court", soon, mode="in-person"))
    late = add_task(db, Task(0, a, "report", soon - timedelta(days=10)))
    add_task(db, Task(0, a, "visit", soon + timedelta(days=20)))
    panel.reload()
    agenda = panel.agenda
    assert [t.id for t in agenda.model.rows()] == [hearing, late, visit]
    assert agenda.model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None  # overdue marked
    assert agenda.model.index(1, 2).data() == "B.B."
    agenda.view.selectRow(0)
    agenda.done_button.click()
    assert get_task(db, hearing).done
    assert [t.id for t in agenda.model.rows()] == [late, visit]
    panel.changes.stack.undo()
    assert not get_task(db, hearing).done


def test_models_pass_the_model_tester(panel, db, three_cases, qtmodeltester):
    panel.reload()
    add_task(db, Task(0, three_cases[0], "court", datetime.now() + timedelta(days=1), mode="phone"))
    panel.reload()
    qtmodeltester.check(panel.model)
    qtmodeltester.check(panel.proxy)
    qtmodeltester.check(panel.agenda.model)
    panel.open_case(three_cases[0])
    qtmodeltester.check(panel.case_page.measure_model)
    qtmodeltester.check(panel.case_page.task_model)


def test_export_from_the_case_page(panel, db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    new_case(panel)
    shown = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "inzage.html"), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    panel.case_page.export_case()
    assert (tmp_path / "inzage.html").exists() and (tmp_path / "inzage.json").exists()
    assert "inzage.json" in shown[0]


def test_the_agenda_reminds_to_tick_past_hearings(panel, db, three_cases):
    a, _, _ = three_cases
    past = datetime.combine(TODAY - timedelta(days=3), datetime.min.time()).replace(hour=9)
    hearing = add_task(db, Task(0, a, "court", past, mode="in-person"))
    panel.reload()
    reminder = panel.agenda.reminder
    assert not reminder.isHidden() and "nog niet afgevinkt: 1" in reminder.text()
    rows = [t.id for t in panel.agenda.model.rows()]
    panel.agenda.view.selectRow(rows.index(hearing))
    panel.agenda.done_button.click()
    panel.reload()
    assert reminder.isHidden()

"""The Time panel and its warnings driven as a worker would."""

from datetime import date, datetime, timedelta

import pytest
from conftest import fresh_dutch_app
from PySide6.QtCore import QDate, QDateTime, QSize, Qt, QTime, QTimeZone
from ui_helpers import shown_window

from workload_desk.core.contracts import set_contract
from workload_desk.core.database import open_database
from workload_desk.core.dates import week_start
from workload_desk.core.time_log import add_entry, get_entry, running_timer, start_timer

MONDAY = week_start(date.today()) - timedelta(weeks=1)  # last week: every entry in it lies in the past


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(MONDAY + timedelta(days=day), datetime.min.time()).replace(hour=hour, minute=minute)


def qmoment(moment: datetime) -> QDateTime:
    """A wall-clock moment as the entry form holds it (plain clock time, no zone of the system's)."""
    utc = QTimeZone(QTimeZone.Initialization.UTC)
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute), utc)


@pytest.fixture
def window(qapp, qtbot, db_path, tmp_path):
    fresh_dutch_app(tmp_path)
    db = open_database(db_path)
    set_contract(db, 36, MONDAY - timedelta(weeks=4))
    db.close()
    w = shown_window(qtbot, db_path)
    w.navigation.setCurrentRow(1)
    return w


def test_ctrl_t_starts_and_stops_the_timer(window, qtbot):
    panel = window.time_panel
    panel.kind.setCurrentIndex(panel.kind.findData("court"))
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    timer = running_timer(window.session.db)
    assert timer is not None and timer.task_kind == "court"
    assert panel.timer_button.text().replace("&", "") == "Stop" and "Zitting sinds" in panel.running_label.text()
    assert not panel.kind.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert running_timer(window.session.db) is None
    assert panel.timer_button.text().replace("&", "") == "Start"


def test_the_timer_from_a_case(window):
    from workload_desk.core.cases import add_case

    case_id = add_case(window.session.db, "T.C.", date.today())
    window.cases_panel.reload()
    window.cases_panel.open_case(case_id)
    action = next(a for a in window.cases_panel.case_page.timer_menu.actions() if a.data() == "redaction")
    action.trigger()
    timer = running_timer(window.session.db)
    assert (timer.task_kind, timer.case_id) == ("redaction", case_id)


def test_a_forgotten_timer_is_asked_about_and_stopped_at_a_given_time(window, qtbot):
    db = window.session.db
    yesterday = datetime.combine(date.today() - timedelta(days=1), datetime.min.time()).replace(hour=9)
    start_timer(db, "visit", now=yesterday)
    box = window.check_running_timer(now=datetime.now())
    assert box is not None and box.isVisible() and "loopt sinds" in box.text()
    box.stop_at.setDateTime(qmoment(yesterday - timedelta(hours=1)))
    box.stop_button.click()
    assert running_timer(db) is not None  # refused: before the start
    assert "na het begin" in box.error.text()
    qtbot.waitUntil(box.isVisible)
    box.stop_at.setDateTime(qmoment(yesterday + timedelta(hours=7, minutes=30)))
    box.stop_button.click()
    assert running_timer(db) is None
    entries = db.execute('SELECT start, "end" FROM time_entries').fetchall()
    assert entries == [
        (
            yesterday.isoformat(timespec="minutes"),
            (yesterday + timedelta(hours=7, minutes=30)).isoformat(timespec="minutes"),
        )
    ]


@pytest.mark.parametrize("answer,left", [("keep", 1), ("discard", 0)])
def test_a_forgotten_timer_kept_or_discarded(window, answer, left):
    db = window.session.db
    start_timer(db, "visit", now=datetime.now() - timedelta(hours=11))
    box = window.check_running_timer()
    (box.keep_button if answer == "keep" else box.discard_button).click()
    assert db.execute('SELECT count(*) FROM time_entries WHERE "end" IS NULL').fetchone()[0] == left


def test_a_recent_timer_is_left_alone(window):
    start_timer(window.session.db, "visit", now=datetime.now() - timedelta(minutes=5))
    assert window.check_running_timer() is None or datetime.now().hour == 0


def add_through_dialog(panel, start, end, kind="report"):
    dialog = panel.add_entry()
    dialog.start.setDateTime(qmoment(start))
    dialog.end.setDateTime(qmoment(end))
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.accept()
    return dialog


def test_add_edit_undo_redo_split_delete(window, qtbot):
    panel, db = window.time_panel, window.session.db
    panel.show_week(MONDAY)
    add_through_dialog(panel, at(0, 9), at(0, 11))
    assert panel.entry_model.rowCount() == 1
    entry = panel.entry_model.row_at(0)
    panel.entry_view.selectRow(0)
    dialog = panel.edit_entry()
    dialog.end.setDateTime(qmoment(at(0, 12)))
    dialog.accept()
    assert get_entry(db, entry.id).end == at(0, 12)
    assert window.undo_action.text() == "&Ongedaan maken: Registratie bewerken"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the panel in view
    assert get_entry(db, entry.id).end == at(0, 11)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert get_entry(db, entry.id).end == at(0, 12)
    panel.entry_view.selectRow(0)
    split = panel.split_entry()
    split.at.setDateTime(qmoment(at(0, 10)))
    split.accept()
    assert panel.entry_model.rowCount() == 2
    qtbot.waitUntil(lambda: not panel.counting())  # the week's report is worked out in the thread
    assert panel.report.worked_hours == 3
    panel.changes.stack.undo()
    assert panel.entry_model.rowCount() == 1 and get_entry(db, entry.id).end == at(0, 12)
    panel.entry_view.selectRow(0)
    panel.delete_entry()
    assert panel.entry_model.rowCount() == 0


def test_an_overlap_is_refused_in_the_form_naming_the_other_entry(window):
    panel = window.time_panel
    panel.show_week(MONDAY)
    add_through_dialog(panel, at(1, 9), at(1, 11), "court")
    dialog = add_through_dialog(panel, at(1, 10), at(1, 12))
    assert dialog.isVisible()
    assert "09:00–11:00 (Zitting)" in dialog.error.text()
    assert dialog.fields["start"].styleSheet()
    assert panel.entry_model.rowCount() == 1


def test_the_warning_appears_the_minute_a_running_timer_passes_the_contract(window, qtbot):
    db = window.session.db
    set_contract(db, 5, MONDAY)  # a 5-hour week, so one morning passes it
    start_timer(db, "visit", now=at(2, 9))
    window.clock = lambda: at(2, 14)  # exactly 5 hours
    window.refresh_status()
    assert window.banner.isHidden()
    assert not window.week_label.font().bold()
    window.clock = lambda: at(2, 14, 1)  # one minute past
    window._tick.setInterval(10)
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=2000)
    assert "boven de 5:00 die je contract verwacht" in window.banner.text()
    assert not window.banner.property("legal")
    assert window.week_label.font().bold()


def test_legal_limits_look_more_serious(window):
    db = window.session.db
    add_entry(db, at(0, 6), at(0, 11), "court")
    add_entry(db, at(0, 11, 10), at(0, 19, 11), "court")  # 13 hours that day, short break
    window.clock = lambda: at(6, 12)
    window.refresh_status()
    assert window.banner.isVisible() and window.banner.property("legal")
    assert "13:01 uur arbeid" in window.banner.text() and "5:7 lid 2 a" in window.banner.text()


def test_week_navigation_month_and_chart(window, qtmodeltester):
    panel = window.time_panel
    add_entry(window.session.db, at(0, 9), at(0, 17), "visit")
    panel.show_week(MONDAY)
    title = panel.week_title.text()
    panel.previous_button.click()
    assert panel.monday == MONDAY - timedelta(days=7) and panel.week_title.text() != title
    panel.today_button.click()
    assert panel.monday == week_start(date.today())
    panel.show_week(MONDAY)
    panel.tabs.setCurrentIndex(1)
    assert any(w.id == MONDAY and w.worked == 480 for w in panel.month_model.rows())
    panel.tabs.setCurrentIndex(2)
    assert panel.chart is not None
    qtmodeltester.check(panel.entry_model)
    qtmodeltester.check(panel.month_model)
    qtmodeltester.check(panel.day_model)


def test_the_chart_renders_to_an_image(qapp, db):
    from workload_desk.core.week import weekly_hours
    from workload_desk.ui.charts import chart_image
    from workload_desk.ui.theme import paper_chart_colours
    from workload_desk.ui.week_chart import week_chart

    add_entry(db, at(0, 9), at(0, 17), "court")
    image = chart_image(week_chart(weekly_hours(db, MONDAY, 12)), QSize(800, 400), scale=2)
    assert (image.width(), image.height()) == (1600, 800)  # twice as sharp as its size on the page
    colours = {image.pixelColor(x, y).name() for x in range(0, 1600, 5) for y in range(0, 800, 5)}
    assert paper_chart_colours().kinds["court"].name() in colours  # the court hearing colour was drawn


def test_days_off_from_the_settings_lower_the_week(window, monkeypatch):
    from workload_desk.ui.days_off_dialog import DaysOffDialog

    window.time_panel.show_week(MONDAY)
    dialog = DaysOffDialog(window.session.db, window._days_off_changed, window)
    dialog.day.setDate(QDate(MONDAY.year, MONDAY.month, MONDAY.day))
    dialog.kind.setCurrentIndex(dialog.kind.findData("sick"))
    dialog.add_button.click()
    assert window.time_panel.report.expected_hours == 28.8
    assert "ziek" in dialog.list.item(0).text()
    saturday = MONDAY + timedelta(days=5)
    dialog.day.setDate(QDate(saturday.year, saturday.month, saturday.day))
    dialog.add_button.click()  # a Saturday is kept, and lowers nothing
    assert dialog.error.text() == "" and dialog.list.count() == 2
    assert window.time_panel.report.expected_hours == 28.8
    dialog.list.setCurrentRow(0)
    dialog.remove_button.click()
    assert window.time_panel.report.expected_hours == 36


def test_days_off_as_a_range_mark_only_working_days(window):
    from workload_desk.ui.days_off_dialog import DaysOffDialog

    window.time_panel.show_week(MONDAY)
    dialog = DaysOffDialog(window.session.db, window._days_off_changed, window)
    dialog.day.setDate(QDate(MONDAY.year, MONDAY.month, MONDAY.day))
    sunday = MONDAY + timedelta(days=6)
    dialog.to.setDate(QDate(sunday.year, sunday.month, sunday.day))
    dialog.add_button.click()
    assert dialog.list.count() == 5 and window.time_panel.report.expected_hours == 0
    dialog.to.setDate(QDate(MONDAY.year - 2, 1, 1))  # an end before the start is refused, nothing marked
    dialog.add_button.click()
    assert "laatste dag" in dialog.error.text() and dialog.list.count() == 5


def test_public_holidays_are_offered_never_added_silently(window):
    from workload_desk.core.days_off import days_off_between
    from workload_desk.ui.days_off_dialog import DaysOffDialog

    db = window.session.db
    dialog = DaysOffDialog(db, window._days_off_changed, window)
    dialog.day.setDate(QDate(2026, 1, 1))
    offer = dialog.offer_holidays()
    assert offer.list.count() >= 9 and days_off_between(db, date(2026, 1, 1), date(2026, 12, 31)) == {}
    ticked = offer.ticked()
    assert date(2026, 1, 1) in ticked and date(2026, 4, 5) not in ticked  # a Sunday is no working day
    offer.mark_button.click()
    assert set(days_off_between(db, date(2026, 1, 1), date(2026, 12, 31))) == set(ticked)
    assert dialog.list.count() >= 0


def test_the_tray_says_it_once_a_week(window, monkeypatch):
    from workload_desk.ui.tray import Tray

    tray = Tray(window)
    told = []
    monkeypatch.setattr(tray, "showMessage", lambda title, text, icon: told.append(text))
    db = window.session.db
    set_contract(db, 5, MONDAY)
    add_entry(db, at(0, 8), at(0, 13, 30), "visit")
    start_timer(db, "report", now=at(1, 9))
    from workload_desk.core.week import week_report

    tray.show_week(week_report(db, MONDAY, at(1, 9, 30)), at(1, 9, 30))
    tray.show_week(week_report(db, MONDAY, at(1, 9, 40)), at(1, 9, 40))
    assert len(told) == 1 and "boven de 5:00 die je contract verwacht" in told[0]
    assert "Timer: Rapportage 0:40 (sinds 09:00)" in tray.toolTip()
    assert tray.timer_action.text() == "De timer stoppen"


def test_the_hour_that_happens_twice_is_asked_in_the_form(window, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    panel = window.time_panel
    panel.show_week(date(2026, 10, 19))
    dialog = panel.add_entry()
    dialog.start.setDateTime(qmoment(datetime(2026, 10, 25, 2, 30)))
    dialog.end.setDateTime(qmoment(datetime(2026, 10, 25, 2, 45)))
    asked = []

    def answer_second():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            next(b for b in box.buttons() if "tweede" in b.text()).click()
        QTimer.singleShot(10, answer_second) if len(asked) < 2 else None

    QTimer.singleShot(0, answer_second)
    dialog.accept()
    assert len(asked) == 2 and "twee keer" in asked[0]
    (entry,) = panel.entry_model.rows()
    assert entry.start_offset == 60 and entry.end_offset == 60


def test_stop_after_sixteen_hours_asks_when_the_timer_stopped(window, qtbot):
    from workload_desk.ui.time_dialogs import TimerRecoveryDialog

    start_timer(window.session.db, "visit", now=datetime.now() - timedelta(hours=17))
    window.time_panel.reload()
    window.time_panel.timer_button.click()
    assert running_timer(window.session.db) is not None  # not stopped "now"
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, TimerRecoveryDialog) and w.isVisible() for w in window.findChildren(TimerRecoveryDialog)
        )
    )


def test_each_finding_says_why(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    add_entry(window.session.db, at(0, 8), at(0, 14), "visit")
    window.time_panel.show_week(MONDAY)
    shown = window.time_panel.warnings.text()
    assert "5:4 lid 2 a" in shown and 'href="why:0"' in shown and "waarom?" in shown
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    window.time_panel.warnings.linkActivated.emit("why:0")
    assert told and "15 minuten" in told[0]


def test_the_contract_dialog_takes_a_pattern_and_the_balance_start(window):
    from workload_desk.core.balance import balance_start
    from workload_desk.core.contracts import contract_periods
    from workload_desk.ui.contract_dialog import ContractDialog

    db = window.session.db
    dialog = ContractDialog(db, window)
    dialog.hours.setValue(32)
    assert dialog.pattern() == (6.4, 6.4, 6.4, 6.4, 6.4, 0, 0)
    for box, hours in zip(dialog.days, (8, 8, 8, 8, 0, 0, 0)):
        box.setValue(hours)
    dialog.valid_from.setDate(QDate(MONDAY.year, MONDAY.month, MONDAY.day))
    dialog.balance_auto.setChecked(False)
    dialog.balance_from.setDate(QDate(MONDAY.year, MONDAY.month, MONDAY.day))
    dialog.accept()
    assert contract_periods(db)[-1].pattern == (8, 8, 8, 8, 0, 0, 0)
    assert balance_start(db) is None  # nothing logged yet: no balance, whatever the date
    add_entry(db, at(2, 9), at(2, 10), "visit")
    assert balance_start(db) == MONDAY  # the worker's date, before the first entry's day
    dialog = ContractDialog(db, window)
    dialog.days[5].setValue(4)  # 36 in the days against 32 in the week: refused, nothing saved
    dialog.accept()
    assert "36" in dialog.error.text() and contract_periods(db)[-1].pattern == (8, 8, 8, 8, 0, 0, 0)

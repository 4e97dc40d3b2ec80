"""Colours from the palette: every text colour reads at 4.5:1 or more on a light and on a dark theme."""

import re
from datetime import date, datetime, timedelta

import pytest
from conftest import fresh_dutch_app
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication
from ui_helpers import shown_window

from workload_desk.core.cases import add_case
from workload_desk.core.contracts import set_contract
from workload_desk.core.measures import NewMeasure
from workload_desk.core.time_log import add_entry
from workload_desk.ui import theme
from workload_desk.ui.theme import TEXT_CONTRAST, chart_colours, colours, contrast, paper_palette

LIGHT = {"window": "#efefef", "base": "#ffffff", "text": "#000000"}
# The dark of Fusion, of KDE's Breeze Dark and of GNOME's Adwaita dark.
DARKS = [
    {"window": "#353535", "base": "#2a2a2a", "text": "#ffffff"},
    {"window": "#31363b", "base": "#232629", "text": "#eff0f1"},
    {"window": "#242424", "base": "#1e1e1e", "text": "#ffffff"},
]


def palette(spec: dict) -> QPalette:
    made = QPalette(QColor(spec["window"]))
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Button):
        made.setColor(role, QColor(spec["window"]))
    made.setColor(QPalette.ColorRole.Base, QColor(spec["base"]))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        made.setColor(role, QColor(spec["text"]))
    return made


@pytest.fixture
def themed(qapp):
    """Set a palette on the application for one test; the old one comes back after."""
    before = QPalette(QApplication.palette())

    def use(spec: dict) -> QPalette:
        made = palette(spec)
        QApplication.setPalette(made)
        return made

    yield use
    QApplication.setPalette(before)


def test_contrast_is_wcags():
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert contrast(QColor("#777777"), QColor("#777777")) == pytest.approx(1)
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)  # WCAG's own example


def test_the_old_fixed_red_did_not_read_on_a_dark_theme():
    # What was seen: the red "Nee" at about 1.9:1 on a dark window.
    assert contrast(QColor("#b00020"), QColor(DARKS[0]["window"])) < 2.1


@pytest.mark.parametrize("spec", [LIGHT, *DARKS])
def test_every_text_colour_reads_on_the_window_and_the_fields(qapp, spec):
    made = palette(spec)
    found = colours(made)
    for name in theme.TEXT_ROLES:
        for background in (made.color(QPalette.ColorRole.Window), made.color(QPalette.ColorRole.Base)):
            assert contrast(getattr(found, name), background) >= TEXT_CONTRAST, name
    assert contrast(found.mark_text, found.mark_background) >= TEXT_CONTRAST
    assert found.mark_background != made.color(QPalette.ColorRole.Base)  # a mark still shows


def test_dark_and_light_get_different_reds(qapp):
    assert colours(palette(LIGHT)).danger.lightness() < colours(palette(DARKS[0])).danger.lightness()


@pytest.mark.parametrize("spec", [LIGHT, *DARKS])
def test_chart_text_and_lines_read_on_the_chart(qapp, spec):
    found = chart_colours(palette(spec))
    assert contrast(found.text, found.background) >= TEXT_CONTRAST
    for line in (found.contract, found.caseload, found.target, found.norm, found.box_edge):
        assert contrast(line, found.background) >= theme.GRAPHIC_CONTRAST


def test_paper_is_white_whatever_the_theme(themed):
    themed(DARKS[0])
    paper = theme.paper_chart_colours()
    assert paper.background.name() == "#ffffff" and paper.text.name() == "#000000"


def test_the_charts_follow_a_dark_palette(qapp):
    assert chart_colours(palette(DARKS[0])).background.name() == DARKS[0]["base"]


def _text_on(widget) -> QColor:
    return widget.palette().color(widget.foregroundRole())


@pytest.fixture
def window(qapp, qtbot, db_path, tmp_path):
    from workload_desk.core.database import open_database

    fresh_dutch_app(tmp_path)
    db = open_database(db_path)
    today = date.today()
    monday = today - timedelta(days=today.weekday())
    set_contract(db, 32, today - timedelta(days=400))
    start = today - timedelta(days=100)
    for i in range(14):  # above the norm: the answer is No
        add_case(db, f"G{i}", start, [NewMeasure("ots", "A", start, today + timedelta(days=20))])
    for day in range(5):  # a long week: warnings, and the month's overtime marked
        start_at = datetime.combine(monday - timedelta(days=7 - day), datetime.min.time())
        add_entry(db, start_at.replace(hour=7), start_at.replace(hour=20), "visit")
    db.close()
    w = shown_window(qtbot, db_path)
    return w


def _marked_cells(model) -> list[tuple[QColor, QColor]]:
    found = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            background = index.data(Qt.ItemDataRole.BackgroundRole)
            if background is not None:
                found.append((index.data(Qt.ItemDataRole.ForegroundRole).color(), background.color()))
    return found


@pytest.mark.parametrize("spec", [LIGHT, DARKS[0], LIGHT], ids=["light", "dark", "light-again"])
def test_every_coloured_text_in_the_panels_reads(window, themed, qtbot, spec):
    made = themed(spec)
    window_colour, base = made.color(QPalette.ColorRole.Window), made.color(QPalette.ColorRole.Base)
    say_no = window.panel("say_no")
    qtbot.waitUntil(lambda: say_no.palette().color(QPalette.ColorRole.Window) == window_colour)
    assert say_no.answer.text() == "Nee"
    labels = [say_no.answer, say_no.settings_error, window.panel("statement").error, window.panel("union").error]
    for label in labels:
        assert contrast(_text_on(label), window_colour) >= TEXT_CONTRAST, label.objectName()
    panel = window.panel("time")
    panel.show_week(date.today() - timedelta(days=7))
    shown = re.findall(r"color:(#[0-9a-f]{6})", panel.warnings.text())
    assert shown  # the long days give warnings, in colour
    for code in shown:
        assert contrast(QColor(code), window_colour) >= TEXT_CONTRAST
    panel.tabs.setCurrentIndex(1)
    marked = _marked_cells(panel.month_model) + _marked_cells(window.panel("cases").model)
    assert marked  # the month's overtime and the measures that end within six weeks
    for text, background in marked:
        assert contrast(text, background) >= TEXT_CONTRAST
        assert contrast(background, base) > 1.05


def test_the_print_preview_shows_dark_text_on_white_paper_in_a_dark_theme(themed):
    from workload_desk.ui.statement_pdf import draw_on_paper

    themed(DARKS[0])
    doc = QTextDocument()
    doc.setHtml("<h1>Werkdrukmelding</h1><p>Van: J. de Vries</p>")
    image = QImage(400, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))  # the preview's page
    from PySide6.QtGui import QPainter

    painter = QPainter(image)
    draw_on_paper(painter, doc, QRectF(0, 0, 400, 200))
    painter.end()
    darkest = min(image.pixelColor(x, y).lightness() for x in range(0, 400, 2) for y in range(0, 200, 2))
    assert darkest < 60
    assert QGuiApplication.palette().color(QPalette.ColorRole.Text).lightness() > 200  # the theme was dark
    assert paper_palette().color(QPalette.ColorRole.Text).name() == "#000000"


def _dark_pixels_at_the_top_of_the_page(shot: QImage) -> int:
    """Dark pixels in the top fifth of the first page the preview shows (the page: the white sheet in the middle)."""

    def white(x: int, y: int) -> bool:
        return shot.pixelColor(x, y).name() == "#ffffff"

    middle = shot.width() // 2
    top = next(y for y in range(shot.height()) if all(white(x, y) for x in range(middle - 60, middle + 60, 4)))
    left = next(x for x in range(middle, 0, -1) if not white(x - 1, top + 2))
    right = next(x for x in range(middle, shot.width()) if not white(x + 1, top + 2))
    bottom = next(y for y in range(top, shot.height()) if not white(left + 1, y + 1))
    return sum(
        1
        for x in range(left, right)
        for y in range(top, top + (bottom - top) // 5)
        if shot.pixelColor(x, y).lightness() < 100
    )


def test_the_print_preview_keeps_the_first_lines_dark_in_a_dark_theme(window, themed, qtbot):
    # What was seen: the statement's title and first paragraph white on the preview's white page.
    themed(DARKS[0])
    panel = window.panel("statement")
    with qtbot.waitSignal(panel.previewing, timeout=30000) as shown:
        assert panel.preview()
    dialog = shown.args[0]
    qtbot.addWidget(dialog)
    dialog.resize(700, 900)
    qtbot.waitExposed(dialog)
    assert _dark_pixels_at_the_top_of_the_page(dialog.grab().toImage()) > 200
    dialog.close()


def _dialogs_with_an_error_line(window) -> list:
    """Every dialog that says a refusal in a line of its own, with that line showing a refusal."""
    from workload_desk.core.errors import UserError
    from workload_desk.core.time_log import running_timer, start_timer
    from workload_desk.ui.case_dialogs import DateDialog
    from workload_desk.ui.contract_dialog import ContractDialog
    from workload_desk.ui.days_off_dialog import DaysOffDialog, HolidaysDialog
    from workload_desk.ui.first_run import FirstRunGuide
    from workload_desk.ui.time_dialogs import TimerRecoveryDialog

    db = window.session.db
    start_timer(db, "visit", now=datetime.now() - timedelta(hours=12))
    form = DateDialog("Datum", "Datum", lambda day: None, window)
    form.show_error(UserError("Geweigerd.", next(iter(form.fields))))
    made = [
        form,
        ContractDialog(db, window),
        DaysOffDialog(db, lambda: None, window),
        HolidaysDialog(db, 2026, window),
        FirstRunGuide(db, parent=window),
        TimerRecoveryDialog(running_timer(db), datetime.now(), window),
    ]
    for dialog in made:
        dialog.error.setText("Geweigerd.")
        dialog.error.show()
    return made


def test_the_error_lines_of_the_dialogs_and_the_week_in_the_status_bar_read_on_any_theme(window, themed, qtbot):
    # What was seen: these in a fixed #b00020, 1.67:1 on a dark window.
    from workload_desk.ui.form_dialog import invalid_style

    db = window.session.db
    monday = datetime(2026, 3, 2)
    set_contract(db, 1, monday.date())
    add_entry(db, monday.replace(hour=9), monday.replace(hour=12), "visit")
    window.clock = lambda: monday.replace(hour=13)
    window.refresh_status()
    assert window.week_label.property("textRole") == "danger"
    dialogs = _dialogs_with_an_error_line(window)
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    for spec in (DARKS[0], LIGHT, DARKS[1]):  # made in one theme, then switched: the colours follow
        made = themed(spec)
        window_colour = made.color(QPalette.ColorRole.Window)
        qtbot.waitUntil(lambda c=window_colour: window.palette().color(QPalette.ColorRole.Window) == c)
        for label in [window.week_label, *(d.error for d in dialogs)]:
            assert contrast(_text_on(label), window_colour) >= TEXT_CONTRAST, (spec, label.window().objectName())
        refused = dialogs[0].fields[next(iter(dialogs[0].fields))]
        assert colours(made).danger.name() in invalid_style()
        assert refused.styleSheet()  # the refused field is framed
    set_contract(db, 36, monday.date())  # within the contract again: the palette's own colour
    window.refresh_status()
    assert _text_on(window.week_label) == made.color(QPalette.ColorRole.WindowText)

"""The charts drawn with QPainter: readable legends on paper, weeks off, months, distinct colours, no Qt Charts."""

import itertools
import re
import tomllib
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPalette
from PySide6.QtWidgets import QApplication

from workload_desk.core import i18n
from workload_desk.core.model import TASK_KINDS
from workload_desk.core.week import WeekHours
from workload_desk.ui.caseload_chart import caseload_chart
from workload_desk.ui.charts import PAD, ChartView, chart_image, legend_height, legend_layout, month_name, paper_font
from workload_desk.ui.statement_pdf import CHART_SIZE
from workload_desk.ui.theme import chart_colours, paper_chart_colours
from workload_desk.ui.union_chart import SIZE, union_chart, write_union_chart
from workload_desk.ui.week_chart import WEEKS_BY_MONTH, contract_runs, month_groups, week_chart, week_off

ROOT = Path(__file__).resolve().parent.parent
MONDAY = date(2026, 1, 5)
# The colours of the kinds of work before the palette of Okabe and Ito: near-identical to a deuteranope.
OLD_COLOURS = {
    "court": "#c0392b",
    "redaction": "#8e44ad",
    "care-search": "#d35400",
    "visit": "#2980b9",
    "report": "#16a085",
    "consult": "#27ae60",
    "travel": "#7f8c8d",
    "admin": "#2c3e50",
    "other": "#bdc3c7",
}


def weeks(count: int, off: tuple[int, ...] = (), contract: float = 32) -> list[WeekHours]:
    """``count`` weeks from MONDAY with an hour of every kind of work a day; the weeks ``off`` free."""
    made = []
    for i in range(count):
        by_task = {} if i in off else {kind: 5 * 20 / 60 for kind in TASK_KINDS}
        made.append(WeekHours(MONDAY + timedelta(weeks=i), by_task, contract, 0 if i in off else contract, 36))
    return made


def caseload_points():
    return [(date(2025, 6, 2) + timedelta(weeks=i), 20 - i * 0.1, 18 - i * 0.05, 12.0) for i in range(105)]


def union_rows():
    return [
        {
            "month": f"2026-{m:02d}",
            "caseload_per_fte_q1": 14.0,
            "caseload_per_fte_median": 17.0,
            "caseload_per_fte_q3": 21.0,
            "norm_per_fte_median": 12.0,
        }
        for m in range(1, 7)
    ]


def test_a_week_off_is_left_out_of_the_contract_line():
    shown = weeks(6, off=(2,))
    assert week_off(shown[2]) and not week_off(shown[1])
    runs = contract_runs(shown)
    assert runs == [[(0, 32), (1, 32)], [(3, 32), (4, 32), (5, 32)]]  # broken at the week off, never down to 0
    assert all(hours > 0 for run in runs for _, hours in run)


def test_a_week_off_is_in_the_legend_and_in_words(qapp, english):
    chart = week_chart(weeks(6, off=(2,)))
    assert "Week off" in [e.label for e in chart.legend(paper_chart_colours())]
    assert "week 4: off" in chart.description()  # 5 January 2026 begins ISO week 2
    assert "Week off" not in [e.label for e in week_chart(weeks(6)).legend(paper_chart_colours())]


def test_the_description_sums_minutes_and_shows_hours_and_minutes(qapp, english):
    # Nine kinds of 1:40 each a week: 15:00, which rounding each row to tenths of hours would miss.
    text = week_chart(weeks(2)).description()
    assert "30:00 worked against 64:00 in the contract" in text
    assert "week 2: 15:00 of 32:00" in text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_legends_fit_at_print_size_in_both_languages(qapp, lang):
    font = paper_font()
    fm = QFontMetricsF(font)
    width = CHART_SIZE.width() - 2 * PAD
    with i18n.speaking(lang):
        charts = [week_chart(weeks(6, off=(2,))), caseload_chart(caseload_points(), date(2026, 6, 1))]
        charts.append(union_chart(union_rows()))
        for chart in charts:
            items = legend_layout(chart.legend(paper_chart_colours()), fm, width)
            for item in items:
                assert fm.horizontalAdvance(item.entry.label) <= item.text.width() + 0.01, item.entry.label
                # Half a line clear of each edge: the last label printed flush with it ("Overleg").
                margin = fm.height() / 2 - 0.01
                assert item.swatch.left() >= margin and item.text.right() <= width - margin, item.entry.label
            assert legend_height(items) < CHART_SIZE.height() / 3
            assert fm.horizontalAdvance(chart.title) <= width  # the title on one line


def test_chart_text_is_readable_on_paper(qapp):
    # The statement shows a chart 480 points wide: its text must print at 7 points or more.
    html_width = int(re.search(r'src="chart-weeks" width="(\d+)"', _statement_html()).group(1))
    assert paper_font().pixelSize() * html_width / CHART_SIZE.width() >= 7


def _statement_html() -> str:
    return (ROOT / "resources" / "statement" / "statement.html.j2").read_text(encoding="utf-8")


def test_many_weeks_are_grouped_by_month():
    year = weeks(53)
    groups = month_groups(year)
    assert [g[2].month for g in groups[:3]] == [1, 2, 3]
    assert sum(count for _, count, _ in groups) == 53 and all(count in (4, 5) for _, count, _ in groups[:-1])
    assert week_chart(year).by_month and not week_chart(weeks(WEEKS_BY_MONTH)).by_month


def _lab(colour: QColor, simulate=None) -> tuple[float, float, float]:
    """CIE L*a*b* of ``colour``, seen as a person with a colour vision deficiency sees it (Machado et al. 2009)."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    rgb = [linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF())]
    if simulate is not None:
        rgb = [min(max(sum(m * c for m, c in zip(row, rgb, strict=True)), 0.0), 1.0) for row in simulate]
    x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047
    y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
    z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


DEFICIENCIES = {
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.01182, 0.04294, 0.968881)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.3039)),
}


def closest_pair(colours: dict[str, QColor], simulate=None) -> float:
    """The smallest colour difference (CIE76 ΔE) between two of ``colours``."""
    labs = {kind: _lab(c, simulate) for kind, c in colours.items()}
    return min(
        sum((p - q) ** 2 for p, q in zip(labs[a], labs[b], strict=True)) ** 0.5
        for a, b in itertools.combinations(labs, 2)
    )


def _dark() -> QPalette:
    palette = QPalette(QColor("#353535"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#2a2a2a"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(role, QColor("#ffffff"))
    return palette


def test_the_kinds_of_work_have_distinct_colours_for_every_eye(qapp):
    old = {kind: QColor(code) for kind, code in OLD_COLOURS.items()}
    assert closest_pair(old, DEFICIENCIES["deuteranopia"]) < 5  # what the test catches: the old colours
    for kinds in (paper_chart_colours().kinds, chart_colours(_dark()).kinds):
        assert set(kinds) == set(TASK_KINDS)
        assert closest_pair(kinds) >= 25
        for matrix in DEFICIENCIES.values():
            assert closest_pair(kinds, matrix) >= 15


def test_paper_images_are_white_and_twice_as_sharp(qapp):
    image = chart_image(caseload_chart(caseload_points(), date(2026, 6, 1)), CHART_SIZE)
    assert image.size() == CHART_SIZE * 2 and image.devicePixelRatio() == 2
    assert image.pixelColor(2, 2).name() == "#ffffff"
    drawn = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert paper_chart_colours().caseload.name() in drawn and paper_chart_colours().target.name() in drawn


def test_the_union_chart_is_a_png(qapp, tmp_path):
    path = tmp_path / "summary.png"
    write_union_chart(union_rows(), str(path))
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(path))
    assert image.size() == SIZE and image.pixelColor(1, 1).name() == "#ffffff"
    drawn = {image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
    assert paper_chart_colours().box.name() in drawn


def test_a_union_month_without_quartiles_has_its_median_alone(qapp, english):
    rows = union_rows()
    rows[0] = dict(rows[0], caseload_per_fte_q1="", caseload_per_fte_q3="")
    chart = union_chart(rows)
    assert chart.description().startswith("2026-01: median 17, norm 12; 2026-02: median 17, middle half 14 to 21")
    chart_image(chart, SIZE, 1)  # draws without the quartiles
    assert union_chart([]).description() == "No month has enough respondents to show."


def test_the_window_draws_the_chart_in_the_palette_and_describes_it(qapp, qtbot, english):
    view = ChartView(week_chart(weeks(4, off=(1,))))
    view.setPalette(_dark())
    qtbot.addWidget(view)
    view.resize(640, 360)
    view.show()
    qtbot.waitExposed(view)
    shot = view.grab().toImage()
    assert shot.pixelColor(3, 3).name() == "#2a2a2a"  # the palette's base, not white
    assert view.accessibleName() == "Hours per week, by kind of work"
    assert "week 3: off" in view.accessibleDescription()


def test_qt_charts_is_gone_and_so_is_pyside6_addons():
    sources = [p.read_text(encoding="utf-8") for p in (ROOT / "workload_desk").rglob("*.py")]
    assert not any("QtCharts" in s for s in sources)
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    assert not any(d.lower().startswith("pyside6-addons") for d in dependencies)
    assert "QtCharts" in (ROOT / "packaging" / "workload-desk.spec").read_text(encoding="utf-8")  # left out


def test_charts_follow_the_application_palette(qapp):
    before = QPalette(QApplication.palette())
    try:
        QApplication.setPalette(_dark())
        assert chart_colours().background.name() == "#2a2a2a"
    finally:
        QApplication.setPalette(before)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_week_axis_says_week_in_plain_words_not_an_iso_code(qapp, lang):
    from workload_desk.ui.language import apply_language

    apply_language(lang)
    chart = week_chart(weeks(12))
    fm = QFontMetricsF(QApplication.font())
    numbers = [w.monday.isocalendar()[1] for w in chart.weeks]
    assert chart.week_labels(2000, fm) == [f"week {n}" for n in numbers]  # room enough: the word in full
    narrow = fm.horizontalAdvance("wk 38  ") * 12
    assert chart.week_labels(narrow, fm) == [f"wk {n}" for n in numbers]
    assert chart.week_labels(narrow / 2, fm) == [str(n) for n in numbers]
    apply_language("nl")


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("count", [49, 53, 27, 18])
def test_month_names_under_the_weeks_are_whole_and_do_not_touch(qapp, lang, count):
    """A period that ends a week into a month still names that month in full (it was cut to its first letter)."""
    from PySide6.QtCore import QRectF

    fm = QFontMetricsF(paper_font())
    plot = QRectF(40, 30, CHART_SIZE.width() - 2 * PAD - 60, 200)
    year = [WeekHours(date(2025, 12, 29) + timedelta(weeks=i), {"visit": 30}, 36, 36, 36) for i in range(count)]
    with i18n.speaking(lang):
        chart = week_chart(year)
        labels = chart.month_labels(plot, fm)
        names = [label.split()[0] for _, label in labels]
        assert all(len(name) >= 3 for name in names), names
        last = month_groups(year)[-1][2]
        assert labels[-1][1].startswith(month_name(last.month)), labels[-1]
    boxes = [box for box, _ in labels]
    assert all(a.right() <= b.left() for a, b in itertools.pairwise(boxes))  # no name over another
    # Each name centred in a box a space wider on each side: names never touch ("dec 2025jan 2026").
    assert all(box.width() >= fm.horizontalAdvance(label + "  ") - 0.01 for box, label in labels)
    assert boxes[-1].right() <= PAD + CHART_SIZE.width() - 2 * PAD  # within the chart
    assert len(labels) >= len(month_groups(year)) - 2  # only a month squeezed between two is left out


def test_the_caseload_chart_says_projected_only_when_it_projects(qapp, english):
    """The statement's chart ends on the day its sentence names: its title must not promise a projection."""
    points = caseload_points()
    assert caseload_chart(points, points[-1][0]).title == "Caseload in measures"
    assert caseload_chart(points, points[50][0]).title == "Caseload in measures: counted, and projected"


def test_the_charts_fit_the_width_of_the_printed_page(qapp):
    """A chart wider than the page's text is cut at the right on paper (the last month's name lost its "c")."""
    from PySide6.QtGui import QTextDocument

    from workload_desk.ui.statement_pdf import MARGIN_MM

    text_width = 595.28 - 2 * MARGIN_MM * 72 / 25.4 - 2 * QTextDocument().documentMargin()  # A4, in points
    for name in ("chart-weeks", "chart-caseload"):
        shown = re.search(rf'src="{name}" width="(\d+)" height="(\d+)"', _statement_html())
        width, height = int(shown[1]), int(shown[2])
        assert width <= text_width, (name, width, text_width)
        assert abs(height / width - CHART_SIZE.height() / CHART_SIZE.width()) < 0.01  # drawn to scale


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(
    ("first", "count"), [(date(2025, 12, 1), 53), (date(2025, 12, 29), 49), (date(2026, 3, 2), 18)]
)
def test_month_names_stay_between_the_plots_edges(qapp, lang, first, count):
    """The demo's year from 1 December: "Dec 2025" ran into the value axis's "0" ("0Dec 2025"). Each name's
    letters start right of the plot's left edge and end inside the chart's right margin (the last "Dec" was cut
    on paper by the image being wider than the page: see the test above)."""
    from PySide6.QtCore import QRectF

    fm = QFontMetricsF(paper_font())
    plot = QRectF(40, 30, CHART_SIZE.width() - 2 * PAD - 60, 200)
    year = [WeekHours(first + timedelta(weeks=i), {"visit": 30}, 36, 36, 36) for i in range(count)]
    with i18n.speaking(lang):
        labels = week_chart(year).month_labels(plot, fm)
    assert len(labels) >= len(month_groups(year)) - 2
    for box, label in labels:
        letters = fm.horizontalAdvance(label)
        left, right = box.center().x() - letters / 2, box.center().x() + letters / 2  # centred in its box
        # The value axis's labels end PAD / 2 left of the plot: a name's first letter is further right.
        assert left >= plot.left() + fm.horizontalAdvance(" ") - 0.01, (label, left, plot.left())
        assert right <= plot.right() + 2 * fm.horizontalAdvance("0") - fm.horizontalAdvance(" ") + 0.01, label


@pytest.mark.parametrize(("lang", "hatched"), [("nl", "gearceerde week"), ("en", "hatched week")])
def test_the_caption_speaks_of_a_week_off_only_when_there_is_one(qapp, lang, hatched):
    with i18n.speaking(lang):
        assert hatched in week_chart(weeks(6, off=(2,))).caption()
        assert hatched not in week_chart(weeks(6)).caption()
        assert week_chart(weeks(6)).caption().endswith(".")

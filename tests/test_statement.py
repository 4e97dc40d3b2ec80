"""The overload statement: its figures checked against the core's own, read back from the PDF."""

import re
import shutil
import subprocess
from datetime import date, datetime, timedelta

import pytest

from workload_desk.core.cases import add_case
from workload_desk.core.contracts import set_contract
from workload_desk.core.i18n import format_duration
from workload_desk.core.measures import NewMeasure
from workload_desk.core.model import Task
from workload_desk.core.register import decline, keep_boundary
from workload_desk.core.settings import set_setting
from workload_desk.core.statement import build_statement, last_full_weeks, quarter_of, whole_weeks
from workload_desk.core.tasks import add_task
from workload_desk.core.time_log import add_entry
from workload_desk.core.week import week_report

MONDAY = date(2026, 9, 7)
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(MONDAY + timedelta(days=day), datetime.min.time()).replace(hour=hour, minute=minute)


@pytest.fixture
def known(db):
    """Four weeks of known work for a 32-hour worker with 13 measures, secret labels and notes."""
    set_contract(db, 32, date(2026, 1, 5))
    set_setting(db, "worker_name", "Ada Werker")
    set_setting(db, "manager_name", "Bo Leider")
    for i in range(13):
        add_case(
            db,
            f"GEHEIM-{i}",
            date(2026, 2, 2),
            [NewMeasure("ots", "Kindje", date(2026, 2, 2))],
            notes="notitie-zeer-prive",
        )
    for week in range(4):
        for day in range(5):
            start = at(7 * week + day, 8)
            add_entry(db, start, start + timedelta(hours=4), "visit", 1, note="prive-notitie-uur")
            add_entry(db, start + timedelta(hours=4, minutes=30), start + timedelta(hours=8, minutes=7), "court")
    add_entry(db, at(2, 17), at(2, 21, 30), "redaction")  # a long Wednesday in the first week: 12 h 37 of work
    add_task(db, Task(0, 1, "court", at(3, 10), mode="phone", done=True))
    add_task(db, Task(0, 2, "court", at(10, 10), mode="in-person", done=True))
    add_task(db, Task(0, 3, "redaction", at(11, 9), pages=120, requested_by="moeder", done=True))
    add_task(db, Task(0, 4, "care-search", at(12, 9), providers_contacted=17, done=True))
    add_task(db, Task(0, 5, "court", at(13, 9), mode="in-person"))  # not ticked done: it did not (yet) count
    decline(db, MONDAY + timedelta(days=1), "new-case", "teamleider", "notitie-bij-nee")
    decline(db, MONDAY + timedelta(days=8), "new-case", "teamleider")
    keep_boundary(db, MONDAY + timedelta(days=9), "court-remote")
    return db


def pdf_text(path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return done.stdout.replace("\u00a0", " ").replace("\u2060", "")  # a week's label is kept to one line


def test_periods_are_whole_weeks():
    assert whole_weeks(date(2026, 9, 9), date(2026, 9, 30)) == (date(2026, 9, 7), date(2026, 10, 4))
    assert last_full_weeks(date(2026, 11, 22)) == (date(2026, 10, 19), date(2026, 11, 15))
    assert quarter_of(date(2026, 8, 1)) == (date(2026, 7, 1), date(2026, 9, 30))


def test_the_figures_of_the_statement(known):
    s = build_statement(known, MONDAY, MONDAY + timedelta(days=27), today=date(2026, 10, 5))
    assert [w.week for w in s.weeks] == ["2026-W37", "2026-W38", "2026-W39", "2026-W40"]
    assert s.worked == sum(week_report(known, MONDAY + timedelta(weeks=i)).worked_hours for i in range(4))
    assert s.expected == 128 and s.caseload_last.measures == 13
    assert round(s.norm.measures, 2) == 10.67
    assert s.court == (2, 1, 1) and s.redactions == (1, 120) and s.care_searches == (1, 17)
    assert s.declined["new-case"] == 2
    assert [b.boundary for b in s.boundaries] == ["court-remote"] and s.boundaries[0].hours_saved == 3.5
    assert any("12" in msg for _, msg in s.legal)


def render(db, tmp_path, lang, first=MONDAY, last=MONDAY + timedelta(days=27), appendix=True):
    from workload_desk.ui.statement_pdf import make_statement_pdf

    out = tmp_path / f"statement-{lang}.pdf"
    pages = make_statement_pdf(db, first, last, lang, str(out), appendix=appendix)
    return out, pages


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_pdf_holds_the_core_figures_and_nothing_of_a_family(qapp, known, tmp_path, lang):
    out, pages = render(known, tmp_path, lang, appendix=False)
    assert 1 <= pages <= 5
    text = pdf_text(out)
    s = build_statement(known, MONDAY, MONDAY + timedelta(days=27))

    def num(hours: float) -> str:
        return format_duration(round(hours * 60))  # hours:minutes, as people read them

    for w in s.weeks:
        # As a person reads it, "week 37," then its days ("7–13 Sep", on the next line where the column is narrow);
        # files keep "2026-W37".
        number = w.monday.isocalendar().week
        row = re.search(rf"^\s*week {number},.*?\s(\d+:\d\d)\s+(\S+)\s+(\S+)\s+(\S+)", text, re.M)
        assert row and w.week not in text, w.week
        assert row.groups() == (num(w.expected_hours), num(w.worked_hours), num(w.extra_hours), num(w.overtime_hours))
    assert format_duration(s.worked_minutes) in text and "13" in text and "Ada Werker" in text and "Bo Leider" in text
    assert ("Werkdrukmelding" if lang == "nl" else "Overload statement") in text
    assert ("artikel 11" if lang == "nl" else "article 11") in text
    assert ("Arbeidstijdenwet" in text) and ("ﬃ" not in text and "ﬁ" not in text and "ﬂ" not in text)
    if lang == "en":  # the law has one name in English, with its Dutch name in brackets, in the heading as in the text
        assert re.search(r"^Working Hours Act \(Arbeidstijdenwet\)$", text, re.M) and "Legal limits" not in text
    for secret in ("GEHEIM", "Kindje", "notitie-zeer-prive", "prive-notitie-uur", "notitie-bij-nee"):
        assert secret not in text


def test_the_pdf_is_a4_with_its_fonts_embedded(qapp, known, tmp_path):
    out, _ = render(known, tmp_path, "nl")
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "595 x 842" in info
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)


def test_a_year_breaks_pages_with_the_header_repeated(qapp, known, tmp_path):
    out, pages = render(known, tmp_path, "en", date(2025, 10, 6), date(2026, 9, 27))
    assert pages > 2
    second = subprocess.run(
        ["pdftotext", "-f", "2", "-l", "2", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert re.match(r"\s*Week\s+Contract\s+Worked", second)  # the hours table's header again on page 2


def test_a_wrong_period_is_refused(known):
    from workload_desk.core.errors import UserError

    with pytest.raises(UserError, match="na het begin"):
        build_statement(known, MONDAY, MONDAY - timedelta(days=1))
    with pytest.raises(UserError, match="hoogstens 60 weken"):
        build_statement(known, date(2024, 1, 1), date(2026, 1, 1))


@pytest.mark.parametrize(
    ("lang", "said"), [("nl", "Van 01-01-2026 tot en met 31-03-2026 zijn"), ("en", "from 01/01/2026 to 31/03/2026:")]
)
def test_the_command_lines_refusal_names_the_days_asked(db, db_path, tmp_path, capsys, lang, said):
    """The figures count whole weeks (29-12-2025 to 05-04-2026), but the refusal names the days the worker typed."""
    from workload_desk.main import main

    db.close()
    out = tmp_path / "statement.pdf"
    args = ["--lang", lang, "--db", str(db_path), "statement", "--from", "2026-01-01", "--to", "2026-03-31"]
    assert main([*args, "--out", str(out)]) == 2
    err = " ".join(capsys.readouterr().err.split())
    assert said in err and "2025" not in err and "04-2026" not in err and "04/2026" not in err
    assert not out.exists()


def test_the_command_line_and_the_panel_write_the_same_document(qapp, known, db_path, tmp_path, qtbot, capsys):
    from workload_desk.main import main
    from workload_desk.ui.language import apply_language
    from workload_desk.ui.statement_panel import StatementPanel

    known.close()
    status = main(
        [
            "--db",
            str(db_path),
            "statement",
            "--from",
            MONDAY.isoformat(),
            "--to",
            (MONDAY + timedelta(days=27)).isoformat(),
            "--out",
            str(tmp_path / "cli.pdf"),
            "--lang",
            "nl",
        ]
    )
    assert status == 0
    from workload_desk.core.database import open_database

    db = open_database(db_path)
    apply_language("nl")
    panel = StatementPanel(db)
    qtbot.addWidget(panel)
    panel.period.setCurrentIndex(panel.period.findData("dates"))
    panel.first.setDate(MONDAY)
    with qtbot.waitSignal(panel.summarised, timeout=20000):  # the default request follows the period's figures
        panel.last.setDate(MONDAY + timedelta(days=27))
    import threading

    threads = []
    panel.written.connect(lambda *_: threads.append(threading.current_thread()))
    with qtbot.waitSignal(panel.written, timeout=20000):
        panel.save_pdf(str(tmp_path / "panel.pdf"))
    assert threads == [threading.main_thread()]  # laid out in a worker; told to the window on its own thread
    assert pdf_text(tmp_path / "cli.pdf") == pdf_text(tmp_path / "panel.pdf")


def test_the_preview_opens_with_the_statement(qapp, known, qtbot):
    from workload_desk.ui.language import apply_language
    from workload_desk.ui.statement_panel import StatementPanel

    apply_language("en")
    panel = StatementPanel(known)
    qtbot.addWidget(panel)
    panel.period.setCurrentIndex(panel.period.findData("dates"))
    panel.first.setDate(MONDAY)
    panel.last.setDate(MONDAY + timedelta(days=27))
    with qtbot.waitSignal(panel.previewing, timeout=20000) as shown:
        assert panel.preview()
    dialog = shown.args[0]
    assert dialog.isVisible()
    dialog.close()
    panel.last.setDate(MONDAY - timedelta(days=3))
    assert not panel.preview() and "after its start" in panel.error.text()


def page_text(path, page: int) -> str:
    return subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_the_sender_is_van_not_vanaf(qapp, known, tmp_path):
    from workload_desk.core import i18n
    from workload_desk.core.i18n import translate

    out, _ = render(known, tmp_path, "nl")
    text = pdf_text(out)
    assert re.search(r"^\s*Van\s+Ada Werker", text, re.M) and re.search(r"^\s*Aan\s+Bo Leider", text, re.M)
    assert "Periode" in text and "Datum" in text and "Vanaf" not in text
    with i18n.speaking("nl"):
        assert translate("SayNoColumns", "From") == "Van"  # who asked, in the declined-requests table


def page_count(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


@pytest.mark.parametrize(("lang", "words"), [("nl", "pagina {} van {}"), ("en", "page {} of {}")])
def test_every_page_has_its_number_and_the_footer(qapp, known, tmp_path, lang, words):
    from workload_desk.core import i18n
    from workload_desk.core.i18n import format_date

    out, pages = render(known, tmp_path, lang, date(2025, 10, 6), date(2026, 9, 27))
    assert pages == page_count(out) > 2
    with i18n.speaking(lang):
        dates = [format_date(d) for d in (date(2025, 10, 6), date(2026, 9, 27), date.today())]
    for n in range(1, pages + 1):
        footer = [line for line in page_text(out, n).splitlines() if words.format(n, pages) in line]
        assert len(footer) == 1, n
        assert "Ada Werker" in footer[0] and all(d in footer[0] for d in dates), footer[0]


@pytest.mark.parametrize("extra", range(0, 60, 4))
def test_the_request_and_the_signatures_share_a_page(qapp, known, tmp_path, extra):
    from workload_desk.ui.statement_pdf import statement_parts, write_statement_pdf

    request = "\n".join([f"Verzoek regel {i}." for i in range(extra)] + ["Einde van het verzoek."])
    _, html, images = statement_parts(known, MONDAY, MONDAY + timedelta(days=27), "nl", request)
    out = tmp_path / "s.pdf"
    pages = write_statement_pdf(html, images, "t", str(out))
    assert all(f"Verzoek regel {i}." in pdf_text(out) for i in range(extra))  # no line lost in the layout
    on = [n for n in range(1, pages + 1) if "Einde van het verzoek." in page_text(out, n)]
    assert len(on) == 1
    text = page_text(out, on[0])
    assert text.count("Datum en handtekening") == 2 and text.count("_" * 30) == 2  # both signatures, whole
    if extra <= 32:  # a request that fits on a page with the signatures is not split from them
        assert "Verzoek regel 0." in text or not extra
    if extra == 0:
        assert "Melding en verzoek" in text  # the short section whole, with its heading


def test_no_heading_is_the_last_line_of_a_page(qapp, known, tmp_path):
    out, pages = render(known, tmp_path, "en", date(2025, 10, 6), date(2026, 9, 27))
    headings = (
        "Hours",
        "Caseload",
        "Where the time went",
        "Requests declined and boundaries kept",
        "Report and request",
    )
    for n in range(1, pages):
        lines = [line.strip() for line in page_text(out, n).splitlines() if line.strip()]
        assert lines[-2] not in headings, n  # the last line is the footer


def test_plurals_and_no_zero_claims(qapp, db, tmp_path):
    """One week, one measure, a boundary kept once without hours saved: singular words and no '0 hours saved'."""
    set_contract(db, 36, date(2026, 1, 5))
    set_setting(db, "worker_name", "Ada Werker")
    add_case(db, "GEHEIM-1", date(2026, 2, 2), [NewMeasure("ots", "Kindje", date(2026, 2, 2))])
    add_entry(db, at(0, 8), at(0, 16), "visit", 1)
    decline(db, MONDAY, "new-case", "teamleider")
    decline(db, MONDAY + timedelta(days=1), "extra-task", "teamleider")
    decline(db, MONDAY + timedelta(days=2), "extra-task", "teamleider")
    keep_boundary(db, MONDAY + timedelta(days=1), "court-remote")  # nothing that day to save hours from
    texts = {}
    for lang in ("nl", "en"):
        out, _ = render(db, tmp_path, lang, MONDAY, MONDAY + timedelta(days=6))
        texts[lang] = " ".join(pdf_text(out).split())
    nl, en = texts["nl"], texts["en"]
    assert "1 keer." in nl and "2 keer." in nl and "1 maatregel voor 1 gezin (1 kind)" in nl
    assert "once." in en and "2 times." in en and "1 measure for 1 family (1 child)" in en
    assert "In 1 week " in en and "In 1 weeks" not in en and "1 time" not in en and "1 measures" not in en
    assert "1 maatregelen" not in nl and "1 weken" not in nl
    for text in (nl, en):
        assert not re.search(r"\(0 (uur|hours) (bespaard|saved)\)", text)
        assert "0 uur meer" not in text and "0 hours more" not in text
        assert "Zittingen: 0" not in text and "Court hearings: 0" not in text


def test_an_empty_database_claims_no_overload(qapp, db, tmp_path):
    for lang, claim, none in (
        ("nl", "structureel te hoog", "laten geen overbelasting zien"),
        ("en", "structurally too high", "do not show overload"),
    ):
        out, _ = render(db, tmp_path, lang)
        text = " ".join(pdf_text(out).split())
        assert none in text and claim not in text and "te hoog" not in text and "too high" not in text
        assert "artikel 11" not in text and "article 11" not in text and "Ik vraag" not in text


def test_the_opening_and_the_request_follow_the_figures(qapp, known, tmp_path):
    s = build_statement(known, MONDAY, MONDAY + timedelta(days=27))
    assert s.overloaded and s.structural and s.weeks_over == 4 and s.above_norm
    out, _ = render(known, tmp_path, "nl")
    text = " ".join(pdf_text(out).split())
    assert (
        "structureel te hoog" in text
        and "in 4 van 4 gewerkte weken werkte ik 30 minuten of meer boven mijn contract" in text
    )
    assert "boven de verantwoorde norm" in text and "1 overschrijding van de Arbeidstijdenwet, van 1 soort" in text
    assert "overdracht van de zaken boven de norm" in text and "compensatie voor de uren" in text


def test_one_week_over_the_contract_is_too_high_but_not_structurally(qapp, db, tmp_path):
    from workload_desk.core.statement import default_request

    set_contract(db, 36, date(2026, 1, 5))
    add_entry(db, at(0, 8), at(0, 16), "visit")
    add_entry(db, at(1, 8), at(1, 20), "visit")
    add_entry(db, at(2, 8), at(2, 20), "visit")
    add_entry(db, at(3, 8), at(3, 20), "visit")
    one = build_statement(db, MONDAY, MONDAY + timedelta(days=13))
    assert one.weeks_over == 1 and not one.above_norm and not one.structural
    asked = default_request("en", one)
    assert "compensation for the hours above my contract" in asked and "norm" not in asked and "target" not in asked
    out, _ = render(db, tmp_path, "en", MONDAY, MONDAY + timedelta(days=13))
    text = " ".join(pdf_text(out).split())
    assert "has been too high in this period" in text and "structurally" not in text
    assert (
        "in 1 of 1 week worked I worked 30 minutes or more above my contract" in text
        and "responsible norm of" not in text
    )


def test_the_panel_says_when_the_figures_show_no_overload(qapp, db, qtbot):
    from workload_desk.ui.language import apply_language
    from workload_desk.ui.statement_panel import StatementPanel

    apply_language("nl")
    panel = StatementPanel(db)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: "laten geen overbelasting zien" in panel.summary.text(), timeout=20000)
    assert panel.request.toPlainText() == ""  # nothing asked for without the figures for it


def test_a_period_from_later_this_week_has_not_begun_and_the_refusal_names_its_days(known):
    """Widened to whole weeks, 3-6 December holds 30 November: the days asked have not begun all the same."""
    from workload_desk.core.errors import UserError
    from workload_desk.core.statement_figures import counted_period

    today = date(2026, 12, 2)
    with pytest.raises(UserError, match="03-12-2026 tot en met 06-12-2026 is nog niet begonnen"):
        counted_period(date(2026, 12, 3), date(2026, 12, 6), today)
    assert counted_period(date(2026, 12, 2), date(2026, 12, 6), today) == (date(2026, 11, 30), today)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_without_the_appendix_nothing_points_to_it(known, lang):
    """The legal section and the explanations name the appendix only when the document has one."""
    from workload_desk.core.statement_text import statement_html

    s = build_statement(known, MONDAY, MONDAY + timedelta(days=27), now=datetime(2026, 11, 1, 12))
    assert s.limits_passed
    word = {"nl": "bijlage", "en": "appendix"}[lang]
    assert word in statement_html(s, lang, "", appendix=True).lower()
    assert word not in statement_html(s, lang, "", appendix=False).lower()


def test_overtime_is_explained_with_the_line_a_day_off_lowers(known):
    """A week of 28:48 against 36:00 with a day off shows overtime: the explanation says why."""
    from workload_desk.core.statement_text import statement_html

    s = build_statement(known, MONDAY, MONDAY + timedelta(days=27), now=datetime(2026, 11, 1, 12))
    assert "lowered by 7:12 for each day off" in " ".join(statement_html(s, "en", "").split())

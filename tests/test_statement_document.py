"""The overload statement as a document: its figures apart (no Qt), then the PDF read back.

The appendix's days add up to the weekly table, leave weeks read as leave, each figure is
explained once, each legal finding is listed with its dienst, and the window keeps turning
while a year's statement is made in a worker thread.
"""

import re
import shutil
import subprocess
import threading
import time
from collections import Counter
from datetime import date, datetime, timedelta

import pytest

from workload_desk.core import i18n
from workload_desk.core.cases import add_case
from workload_desk.core.contracts import set_contract
from workload_desk.core.days_off import mark_range_off
from workload_desk.core.i18n import format_duration, translate
from workload_desk.core.measures import NewMeasure
from workload_desk.core.settings import set_setting
from workload_desk.core.statement_figures import build_statement, half_year_of, minutes, year_of
from workload_desk.core.statement_text import statement_html
from workload_desk.core.time_log import add_entry

MONDAY = date(2026, 9, 7)
LEAVE_MONDAY = MONDAY + timedelta(weeks=4)
LAST = LEAVE_MONDAY + timedelta(days=6)
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(MONDAY + timedelta(days=day), datetime.min.time()).replace(hour=hour, minute=minute)


@pytest.fixture
def worked(db):
    """Four weeks of known work for a 32-hour worker with a long Wednesday (12:37 of work), then a week of leave."""
    set_contract(db, 32, date(2026, 1, 5))
    set_setting(db, "worker_name", "Ada Werker")
    set_setting(db, "manager_name", "Bo Leider")
    for i in range(13):
        add_case(db, f"GEHEIM-{i}", date(2026, 2, 2), [NewMeasure("ots", "Kindje", date(2026, 2, 2))], notes="prive")
    for week in range(4):
        for day in range(5):
            start = at(7 * week + day, 8)
            add_entry(db, start, start + timedelta(hours=4), "visit", 1, note="prive-notitie-uur")
            add_entry(db, start + timedelta(hours=4, minutes=30), start + timedelta(hours=8, minutes=7), "court")
    add_entry(db, at(2, 17), at(2, 21, 30), "redaction")
    mark_range_off(db, LEAVE_MONDAY, LEAVE_MONDAY + timedelta(days=4), "leave")
    return db


def test_the_days_add_up_to_the_weeks_in_whole_minutes(worked):
    s = build_statement(worked, MONDAY, LAST, today=date(2026, 10, 20))
    for w in s.weeks:
        days = [d for d in s.days if w.monday <= d.day <= w.monday + timedelta(days=6)]
        assert sum(d.total for d in days) == minutes(w.worked_hours)
    assert s.worked_minutes == sum(d.total for d in s.days) == 4 * 5 * (4 * 60 + 3 * 60 + 37) + 4 * 60 + 30
    assert s.task_minutes == {"court": 20 * 217, "redaction": 270, "visit": 20 * 240}
    leave = s.weeks[-1]
    assert s.is_leave(leave) and not any(s.is_leave(w) for w in s.weeks[:-1])
    assert [d.off for d in s.days if d.day >= LEAVE_MONDAY] == ["leave"] * 5
    assert s.balance_since == MONDAY  # the first logged week, not the contract's start in January
    assert s.year_before is None  # nothing was logged a year earlier


def test_each_legal_finding_keeps_its_dienst(worked):
    s = build_statement(worked, MONDAY, LAST)
    assert [(f.code, f.start.date()) for f in s.findings if f.code == "atw_shift_12h"] == [
        ("atw_shift_12h", MONDAY + timedelta(days=2))
    ]


def test_a_year_earlier_is_compared_where_there_is_data(db):
    set_contract(db, 36, date(2025, 1, 6))
    add_entry(db, at(-364, 8), at(-364, 18), "visit")  # the same Monday a year earlier: 10 hours
    add_entry(db, at(0, 8), at(0, 16), "visit")
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=6))
    assert s.year_before is not None and s.year_before.first == MONDAY - timedelta(weeks=52)
    assert (s.year_before.worked, s.year_before.weeks, s.year_before.weeks_over) == (600, 1, 0)
    with i18n.speaking("en"):
        text = statement_html(s, "en", "")
    assert "A year earlier, in the same weeks from 08/09/2025 to 14/09/2025, I worked 10:00 hours" in text


def test_periods_a_worker_would_choose():
    assert half_year_of(date(2026, 8, 1)) == (date(2026, 7, 1), date(2026, 12, 31))
    assert half_year_of(date(2026, 2, 1)) == (date(2026, 1, 1), date(2026, 6, 30))
    assert year_of(date(2026, 8, 1)) == (date(2026, 1, 1), date(2026, 12, 31))


def test_a_long_period_groups_its_weeks_by_month(worked):
    s = build_statement(worked, date(2026, 6, 1), LAST)
    text = statement_html(s, "nl", "")
    assert ">september 2026<" in text and ">augustus 2026<" in text and ">juni 2026<" in text  # a month's row
    short = statement_html(build_statement(worked, MONDAY, LAST), "nl", "")
    assert ">september 2026<" not in short


def test_a_document_in_another_language_leaves_the_window_its_own(worked):
    """The statement speaks its language in its own thread only: the window's thread keeps speaking Dutch."""
    i18n.set_language("nl")
    inside, seen = threading.Event(), []
    go_on = threading.Event()

    def make() -> None:
        with i18n.speaking("en"):
            inside.set()
            go_on.wait(5)
            seen.append(translate("Statement", "Total"))

    worker = threading.Thread(target=make)
    worker.start()
    inside.wait(5)
    here = translate("Statement", "Total")
    go_on.set()
    worker.join()
    assert (here, seen) == ("Totaal", ["Total"])


def pdf_text(path, first: int | None = None, last: int | None = None) -> str:
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    done = subprocess.run(["pdftotext", *pages, "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return done.stdout.replace("\u00a0", " ").replace("\u2060", "")  # a week's label is kept to one line


def render(db, tmp_path, lang, first=MONDAY, last=LAST, appendix=True):
    from workload_desk.ui.statement_pdf import make_statement_pdf

    out = tmp_path / f"statement-{lang}-{appendix}.pdf"
    return out, make_statement_pdf(db, first, last, lang, str(out), appendix=appendix)


@needs_poppler
@pytest.mark.parametrize(("lang", "leave"), [("nl", "verlof"), ("en", "leave")])
def test_a_leave_week_reads_as_leave(qapp, worked, tmp_path, lang, leave):
    out, _ = render(worked, tmp_path, lang, appendix=False)
    text = pdf_text(out)
    october = "okt" if lang == "nl" else "Oct"
    # "week 41," and its days, on one line or (a narrow column) two
    assert re.search(rf"^\s*week 41,(?: 5–11 {october})?\s+{leave}\s*$", text, re.M)
    assert f"5–11 {october}" in text
    assert not re.search(r"week 41,.*?\s\d+:\d\d", text)  # no "Contract 0:00 / Worked 0:00"
    assert re.search(r"^\s*week 37,.*?\s32:00\s+42:35\s+4:00\s+6:35", text, re.M)
    legal = " ".join(text.split("(Arbeidstijdenwet)")[1].split())
    assert ("Dienst van 9 september 2026" if lang == "nl" else "Shift of 9 September 2026") in legal  # its language


@needs_poppler
def test_the_appendix_days_add_up_to_the_weekly_table(qapp, worked, tmp_path):
    out, pages = render(worked, tmp_path, "nl")
    text = pdf_text(out)
    body, appendix = text.split("Bijlage: de cijfers per dag")
    table = {m[1]: m[2] for m in re.finditer(r"^\s*(week \d+),.*?\s\d+:\d\d\s+(\d+:\d\d)", body, re.M)}
    assert len(table) == 4  # the leave week has no hours in the table
    days: dict[str, int] = {}
    week_rows: dict[str, str] = {}
    current: list[int] = []
    for line in appendix.splitlines():
        day = re.match(r"^\s*(ma|di|wo|do|vr|za|zo) (\d\d-\d\d-\d{4})\b.*?(\d+):(\d\d)\s*$", line)
        week = re.match(r"^\s*(week \d+),.*?(\d+:\d\d)\s*$", line)
        if day:
            current.append(int(day[3]) * 60 + int(day[4]))
        elif week:
            days[week[1]], week_rows[week[1]], current = sum(current), week[2], []
    for name, worked_text in table.items():
        assert format_duration(days[name]) == worked_text == week_rows[name], name
    assert days["week 41"] == 0 and appendix.count("verlof") == 5
    for secret in ("GEHEIM", "Kindje", "prive"):
        assert secret not in text


@needs_poppler
@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nl", ("Hoe deze cijfers geteld zijn", "Meeruren:", "Overwerk:", "6.4.5", "geteld vanaf 07-09-2026")),
        ("en", ("How these figures are counted", "Extra hours:", "Overtime", "6.4.5", "from 07/09/2026")),
    ],
)
def test_each_figure_is_explained_and_each_finding_listed_with_its_dienst(qapp, worked, tmp_path, lang, words):
    out, _ = render(worked, tmp_path, lang)
    text = " ".join(pdf_text(out).split())
    for word in words:
        assert word in text, word
    assert text.count("5:7 lid 2 a" if lang == "nl" else "5:7(2)(a)") >= 2  # in the legal section and the appendix
    dienst = "Dienst van 9 september 2026 08:00–21:30" if lang == "nl" else "Shift of 9 September 2026 08:00–21:30"
    assert dienst in text.split("Bijlage" if lang == "nl" else "Appendix")[-1]


@needs_poppler
def test_the_appendix_can_be_left_out(qapp, worked, tmp_path, db_path, capsys):
    from workload_desk.main import main

    worked.close()
    args = ["--db", str(db_path), "statement", "--from", MONDAY.isoformat(), "--to", LAST.isoformat(), "--lang", "en"]
    assert main([*args, "--out", str(tmp_path / "with.pdf")]) == 0
    assert main([*args, "--out", str(tmp_path / "without.pdf"), "--no-appendix"]) == 0
    assert "Appendix" in pdf_text(tmp_path / "with.pdf") and "Appendix" not in pdf_text(tmp_path / "without.pdf")


def test_a_years_statement_is_made_while_the_window_keeps_turning(qapp, db_path, qtbot, tmp_path, monkeypatch):
    """A year's statement, figures, charts and layout, is made by a process of its own from the database file:
    nothing of it runs in the window's process (its Python would hold the lock the window's thread needs), and a
    timer on the window's thread keeps firing while it is made."""
    from PySide6.QtCore import QTimer

    from workload_desk.core.database import open_database
    from workload_desk.core.demo import fill_demo
    from workload_desk.ui import statement_pdf
    from workload_desk.ui.language import apply_language
    from workload_desk.ui.statement_panel import StatementPanel

    db = open_database(db_path)
    fill_demo(db, today=date(2026, 11, 30))
    apply_language("nl")
    panel = StatementPanel(db)
    qtbot.addWidget(panel)
    panel.period.setCurrentIndex(panel.period.findData("dates"))
    panel.first.setDate(date(2025, 12, 1))
    with qtbot.waitSignal(panel.summarised, timeout=60000):
        panel.last.setDate(date(2026, 11, 29))

    made_here, ticks = [], []
    real = statement_pdf.statement_text
    monkeypatch.setattr(statement_pdf, "statement_text", lambda *a, **k: made_here.append(1) or real(*a, **k))
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    started = time.monotonic()
    with qtbot.waitSignal(panel.written, timeout=60000) as written:
        panel.save_pdf(str(tmp_path / "year.pdf"))
    ended = time.monotonic()
    timer.stop()
    assert not made_here and written.args[1] > 5  # made elsewhere, and a year's pages came back
    during = [t for t in ticks if started <= t <= ended]
    gaps = [b - a for a, b in zip(during, during[1:], strict=False)]
    assert len(during) > 10  # the window's loop turned all the while
    print(f"made in {ended - started:.3f} s; GUI timer fired {len(during)} times, longest gap {max(gaps):.3f} s")
    db.close()


@needs_poppler
def test_a_years_appendix_splits_no_week_and_repeats_its_header(qapp, db, tmp_path):
    from workload_desk.core.demo import fill_demo

    fill_demo(db, today=date(2026, 11, 30))
    out, pages = render(db, tmp_path, "en", date(2026, 1, 1), date(2026, 12, 31))
    first = next(n for n in range(1, pages + 1) if "Appendix: the figures day by day" in pdf_text(out, n, n))
    header = re.compile(r"^\s*Day\s+Day off\s+Hours per kind of work\s+Total\s*$", re.M)
    weeks = set()
    for n in range(first, pages + 1):
        text = pdf_text(out, n, n)
        lines = [line for line in text.splitlines() if line.strip()]
        if n > first:
            assert header.match(lines[0]) or lines[0].strip() == "Each legal finding with its week or shift", n
        # Each week's table is whole on its page: as many headers as weeks' totals.
        totals = re.findall(r"^\s*(week \d+),.*\d+:\d\d\s*$", text, re.M)
        assert len(header.findall(text)) == len(totals), n
        weeks.update(totals)
    # The whole weeks of 2026 (29-12-2025 to 03-01-2027) that have begun: a statement never reaches past today.
    counted = build_statement(db, date(2026, 1, 1), date(2026, 12, 31)).counted_weeks
    assert len(weeks) == len(counted) and counted[0].week == "2026-W01"


def test_the_statement_speaks_the_windows_language_unless_chosen(qapp, db, qtbot):
    from workload_desk.ui.language import apply_language
    from workload_desk.ui.statement_panel import StatementPanel

    apply_language("en")
    panel = StatementPanel(db)
    qtbot.addWidget(panel)
    assert panel.lang.currentData() == "en"
    apply_language("nl")
    qtbot.waitUntil(lambda: panel.lang.currentData() == "nl")  # the window changed language: the statement follows
    panel.lang.setCurrentIndex(panel.lang.findData("en"))  # the worker may still choose the other
    assert panel.lang.currentData() == "en" and panel.appendix.isChecked()


def test_the_current_week_compares_hours_so_far_with_the_contract_so_far(db):
    """Wednesday at noon: Monday and Tuesday count in full, today as far as worked, Thursday on not at all."""
    set_contract(db, 32, date(2026, 1, 5))  # 6:24 a day, Monday to Friday
    for day in range(2):
        add_entry(db, at(day, 8), at(day, 13), "visit")  # 5 hours on Monday and Tuesday
    add_entry(db, at(2, 8), at(2, 11), "report")  # 3 hours on Wednesday morning
    now = at(2, 12)
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=6), now=now)
    week = s.weeks[0]
    assert s.current == MONDAY and s.last == MONDAY + timedelta(days=2)  # never past today
    assert minutes(week.expected_hours) == 2 * 384 + 180 == minutes(week.expected_to_date_hours)
    assert s.expected_minutes == 2 * 384 + 180
    assert s.worked_minutes == 13 * 60 and s.weeks_over == 0  # 13:00 against 15:48 so far: not over
    text = statement_html(s, "en", "")
    assert '<td align="right">15:48</td><td align="right">13:00</td>' in text
    assert "up to today" in text and "The current week counts up to today" in text
    nl = statement_html(s, "nl", "")
    assert "tot en met vandaag</td>" in nl and "De lopende week telt tot en met vandaag" in nl
    # A week over is compared as a whole: the same figures a week later.
    later = build_statement(db, MONDAY, MONDAY + timedelta(days=6), now=at(9, 12))
    assert later.current is None and later.expected_minutes == 32 * 60
    assert "up to today" not in statement_html(later, "en", "")


def test_hours_worked_beyond_the_contract_so_far_count_in_the_net_not_as_a_week_over(db):
    """The current week counts its hours against the contract so far, but is not counted as a week over until
    it is finished: a Monday's long day is no week of overload yet."""
    set_contract(db, 32, date(2026, 1, 5))
    add_entry(db, at(0, 7), at(0, 19), "visit")  # 12 hours on Monday, against 6:24 so far
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=6), now=at(0, 20))
    assert s.expected_minutes == 384 and s.net_minutes == 720 - 384
    assert s.weeks_over == 0 and not s.finished_weeks
    assert "on balance 5:36 hours more" in statement_html(s, "en", "")


# The printed layout: page breaks read back page by page, over a spread of small databases, periods,
# contracts and languages. Each case is built with the core's own functions.


def layout_case(db, kind: str) -> tuple[date, date]:
    """Fill ``db`` for one kind of period; return the period. Kept small, so the PDFs are made quickly, but for
    the year and the quarter, whose week labels run over two lines ("week 1," / "29 dec – 4 jan")."""
    monday = {"year": date(2025, 12, 1), "quarter": date(2026, 6, 29)}.get(kind, date(2026, 6, 1))

    def on(day: int, hour: int) -> datetime:
        return datetime.combine(monday + timedelta(days=day), datetime.min.time()).replace(hour=hour)

    if kind == "empty":
        return monday, monday + timedelta(days=27)
    hours = 32 if kind in ("part-time", "findings") else 36
    set_contract(db, hours, date(2026, 1, 5))
    set_setting(db, "worker_name", "Ada Werker")
    if kind == "leave":
        from workload_desk.core.register import keep_boundary

        add_entry(db, on(-28, 9), on(-28, 17), "visit")
        mark_range_off(db, monday, monday + timedelta(days=17), "leave")
        mark_range_off(db, monday + timedelta(days=18), monday + timedelta(days=25), "sick")
        for day in (2, 3, 18):  # a boundary kept on a day off: the appendix's narrow column says so
            keep_boundary(db, monday + timedelta(days=day), "contract-hours")
        return monday, monday + timedelta(days=27)
    for i in range(15 if kind == "caseload" else 4):
        add_case(db, f"Z{i}", date(2026, 2, 2), [NewMeasure("ots", f"K{i}", date(2026, 2, 2))])
    weeks = {"part-time": 13, "findings": 13, "quarter": 14, "year": 52}.get(kind, 6)
    for week in range(weeks):
        for day in range(4 if hours == 32 else 5):
            start = on(7 * week + day, 8)
            if kind == "findings":  # no pause in a long day: a legal finding each day, a long appendix list
                add_entry(db, start, start + timedelta(hours=9, minutes=30), "report")
            else:
                add_entry(db, start, start + timedelta(hours=4, minutes=week * 7 % 29), "visit")
                add_entry(db, start + timedelta(hours=4, minutes=30), start + timedelta(hours=8, minutes=30), "court")
    return monday, monday + timedelta(weeks=weeks, days=-1)


def page_lines(path) -> list[list[str]]:
    """Each page's lines with words on them, the footer (its last line) left off."""
    pages = []
    for n in range(1, page_count(path) + 1):
        lines = [line.strip() for line in pdf_text(path, n, n).splitlines() if line.strip()]
        pages.append(lines[:-1])
    return pages


def page_count(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info)[1])


def html_parts(html: str) -> tuple[list[str], list[str], str]:
    """The headings, the paragraphs and list items (each as one line of words) and all the text of the HTML."""
    from PySide6.QtGui import QTextDocument

    def words(fragment: str) -> str:
        doc = QTextDocument()
        doc.setHtml(fragment)
        return " ".join(doc.toPlainText().replace("\ufffc", " ").split())

    headings = [words(h) for h in re.findall(r"<h[123][^>]*>(.*?)</h[123]>", html, re.S)]
    paragraphs = [words(p) for p in re.findall(r"<(?:p|li)\b[^>]*>(.*?)</(?:p|li)>", html, re.S)]
    return headings, [p for p in paragraphs if p], words(html)


def html_theads(html: str) -> list[str]:
    """The words of each table's header row."""
    return [" ".join(re.sub(r"<[^>]+>", " ", head).split()) for head in re.findall(r"<thead>(.*?)</thead>", html, re.S)]


LAYOUT_CASES = [
    ("empty", "nl"),
    ("leave", "en"),
    ("leave", "nl"),
    ("part-time", "nl"),
    ("findings", "en"),
    ("findings", "nl"),
    ("caseload", "en"),
    ("quarter", "nl"),
    ("year", "nl"),
    ("year", "en"),
]


MONTHS = (
    "januari februari maart april mei juni juli augustus september oktober november december "
    "January February March April May June July August September October November December"
).split()


@needs_poppler
@pytest.mark.parametrize(("kind", "lang"), LAYOUT_CASES)
def test_pages_break_as_in_a_printed_document(qapp, db, tmp_path, kind, lang):
    """No line is printed twice (at the end of one page and the start of the next, or anywhere in the text
    layer); a heading has the first two lines after it on its page; a paragraph leaves no lone line on either
    side of a page break; a short table is whole, a long one repeats its header and splits no row."""
    from workload_desk.ui.statement_pdf import (
        statement_document,
        statement_parts,
        statement_title,
        write_statement_pdf,
    )

    first, last = layout_case(db, kind)
    statement, html, images = statement_parts(db, first, last, lang)
    out = tmp_path / f"{kind}-{lang}.pdf"
    write_statement_pdf(html, images, statement_title(statement, lang), str(out), "Ada Werker", lang)
    pages = page_lines(out)
    headings, paragraphs, _ = html_parts(html)
    # A PDF's text layer holds no word joiner (U+2060, kept around the dashes of week labels): not text.
    plain = statement_document(html, images).toPlainText().replace("\ufffc", " ").replace("\u2060", "")
    text = " ".join(plain.split())  # with captions
    joined = [" ".join(" ".join(lines).split()) for lines in pages]
    table_header = re.compile(r"^(Week|Werk|Work|Dag|Day)\s{2,}")

    # The text layer holds every word of the document once: only a table's header row comes again.
    printed = " ".join(joined).split()
    extra = Counter(printed) - Counter(text.split())
    # A table's header row (its words, some on a second line: "Extra / hours") on each page it starts.
    theads = {words.split()[0]: words.split() for words in html_theads(html)}
    headers = Counter(
        w for lines in pages for line in lines if table_header.match(line) for w in theads[line.split()[0]]
    )
    # A word a line ends inside is two in the text layer: fair after a closing bracket or a dash (Unicode's
    # break opportunities, as in "5:4(2)|(a)"), text lost anywhere else (a label cut as "au|g").
    for word in (Counter(text.split()) - Counter(printed)).elements():
        cut = next((k for k in range(1, len(word)) if word[k - 1] in ")-–/" and extra[word[:k]] and extra[word[k:]]), 0)
        assert cut, f"text lost: {word!r}"
        extra -= Counter([word[:cut], word[cut:]])
    assert not extra - headers, f"printed twice: {extra - headers}"
    # Every week in a table takes two lines, its days under its number, so no table mixes one and two.
    labels = re.findall(r"<td[^>]*>(?:<span[^>]*>)?((?:week|Week) \d+,[^<]*(?:<br>)?)", html)
    assert labels and all(label.endswith("<br>") for label in labels), [lb for lb in labels if "<br>" not in lb]
    month_row = re.compile(rf"^({'|'.join(MONTHS)}) \d{{4}}(\s{{2,}}\d|\s*\(|\s*$)", re.I)  # its figures after
    for n, page in enumerate(pages, 1):
        # A month's row heads its weeks: no page ends with one (its weeks on the next page).
        rows = [line for line in page if month_row.match(line) or re.match(r"^(week|Week) \d+,", line)]
        assert not rows or not month_row.match(rows[-1]), (n, rows[-1])
    for n, (page, after) in enumerate(zip(pages, pages[1:], strict=False), 1):
        assert page[-1] != after[0], n
        # A page never starts with a table's row: a table runs on under its header, or starts whole.
        assert not re.match(r"^(\d{4}-W\d\d|ma|di|wo|do|vr|za|zo|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s", after[0]), n
        # A paragraph across the break keeps two lines on each side.
        body = [line for line in after if not table_header.match(line)]
        for p in paragraphs:
            if f"{page[-1]} {body[0]}" in p:
                assert f"{page[-2]} {page[-1]} {body[0]}" in p and f"{page[-1]} {body[0]} {body[1]}" in p, (n, p)
    # A heading has two lines after it on its page (or all its section has, when that is one line).
    lines = [(n, i) for n, page in enumerate(pages) for i in range(len(page))]
    found = [
        next((lines.index((n, i)), k) for n, i in lines for k in (1, 2, 3) if " ".join(pages[n][i : i + k]) == h)
        for h in headings
    ]
    for heading, (at, k), (following, _) in zip(headings, found, [*found[1:], (len(lines), 0)], strict=True):
        n, i = lines[at]
        assert len(pages[n]) - i - k >= min(2, following - at - k), (heading, n + 1)
    # The table of where the time went is whole, on one page.
    went = re.search(r"<table.*?</table>", html.split("<h2>")[4].split("<h2")[0], re.S)  # its 4th section
    if went is not None:
        rows = [
            " ".join(re.sub(r"<[^>]+>", " ", row).split()) for row in re.findall(r"<tr[^>]*>(.*?)</tr>", went[0], re.S)
        ]
        assert len({n for n, page in enumerate(pages) for line in page if " ".join(line.split()) in rows}) == 1


def test_a_chart_with_nothing_to_show_is_left_out(qapp, db):
    """With no cases recorded the caseload chart is not printed: its window hint ("add your cases in the Cases
    panel") has no place on paper, and no empty image is left behind."""
    from workload_desk.ui.statement_pdf import statement_document, statement_parts

    first, last = layout_case(db, "leave")  # hours logged before, no case
    add_entry(db, datetime(2026, 6, 29, 9), datetime(2026, 6, 29, 17), "visit")
    _, html, images = statement_parts(db, first, last + timedelta(days=7), "en")
    assert "chart-weeks" in images and "chart-caseload" not in images
    doc = statement_document(html, images)
    assert "Cases panel" not in doc.toPlainText() and "chart-caseload" not in doc.toHtml()
    assert doc.toPlainText().count("\ufffc") == 1  # the hours chart only


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_charts_end_on_the_day_the_statement_names(qapp, db, lang):
    """Both charts' captions name the period's days: the caseload chart ends on the day the caseload sentence
    names (it ended the day before) and starts on the period's first day (it started a year back, then on the
    first weekly point counted back from the last day: "from 02-09" for a period from 31-08)."""
    from workload_desk.ui.statement_pdf import CAPTION, statement_parts

    layout_case(db, "caseload")
    statement, html, images = statement_parts(db, date(2026, 6, 1), date(2026, 7, 8), lang)
    with i18n.speaking(lang):
        start, day = i18n.format_date(statement.first), i18n.format_date(statement.last)
    hours, caseload = images["chart-weeks"].text(CAPTION), images["chart-caseload"].text(CAPTION)
    assert re.search(rf"{start}\D+{day}\b", hours), hours
    assert re.search(rf"\D{day}\b", caseload) and f"{day}" in html, caseload  # the sentence's day
    shown = [date(int(y), int(m), int(d)) for d, m, y in re.findall(r"(\d\d)[-/](\d\d)[-/](\d{4})", caseload)]
    assert statement.first == shown[0] < shown[-1] == statement.last, caseload  # not the first weekly point after


@needs_poppler
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_kind_of_work_and_its_hours_stay_on_one_line(qapp, db, tmp_path, lang):
    """A day with every kind of work runs over lines in the appendix: a line breaks after a "·", never between
    a kind and its hours (no "Overig" at a line's end and "2:30" on the next) and never before the dot."""
    from workload_desk.core.model import TASK_KINDS, task_kind_name

    set_contract(db, 36, date(2026, 1, 5))
    start = at(0, 7)
    for kind in TASK_KINDS:
        add_entry(db, start, start + timedelta(minutes=47), kind)
        start += timedelta(minutes=47)
    out, _ = render(db, tmp_path, lang, MONDAY, MONDAY + timedelta(days=6))
    text = pdf_text(out).split("Bijlage" if lang == "nl" else "Appendix")[-1]
    with i18n.speaking(lang):
        names = [task_kind_name(k) for k in TASK_KINDS]
    lines = [line.strip() for line in text.splitlines()]
    kind_lines = [line for line in lines if any(name in line for name in names)]
    assert len(kind_lines) >= 4  # the day's and the week's kinds each run over two lines at least
    for line in kind_lines:
        assert not re.search(r"(^|\s{2})·", line), line  # a column's line starts with a kind, not a dot
        for name in names:
            assert not re.search(rf"\b{re.escape(name)}\b(?! \d+:\d\d)", line), (name, line)


def plain_weeks(db, count: int, skip: tuple[int, ...] = ()) -> tuple[date, date]:
    """``count`` weeks of 36 hours within every limit (8-hour days with a pause), none in the weeks ``skip``."""
    set_contract(db, 36, date(2026, 1, 5))
    for week in range(count):
        for day in range(5) if week not in skip else ():
            add_entry(db, at(7 * week + day, 8), at(7 * week + day, 12), "visit")
            add_entry(db, at(7 * week + day, 12, 30), at(7 * week + day, 15, 42), "report")
    return MONDAY, MONDAY + timedelta(weeks=count, days=-1)


def test_the_ninth_above_the_contract_is_explained_once(worked):
    """The hours paragraph gives the figure; what the CAO says of it is under "How these figures are counted"."""
    text = statement_html(build_statement(worked, MONDAY, LAST), "en", "").replace("&#39;", "'")
    hours, counted = text.split("How these figures are counted")
    assert "In 4 weeks I worked more than a ninth above my contract's week." in hours
    assert "consent" not in hours and counted.count("only with my consent (CAO Jeugdzorg art. 6.4.5)") == 1


def test_a_record_explains_only_what_it_shows(db):
    """No cases: the caseload section names no norm or target, so neither is explained; with cases both are."""
    first, last = plain_weeks(db, 2)
    record = statement_html(build_statement(db, first, last), "en", "")
    assert "Record of hours" in record and "The norm is 12 measures" not in record and "target" not in record
    assert "only with my consent" not in record  # no week a ninth above the contract
    add_case(db, "Z1", date(2026, 2, 2), [NewMeasure("ots", "K1", date(2026, 2, 2))])
    with_cases = statement_html(build_statement(db, first, last), "en", "")
    assert "the target of the agreed reduction schedule" in with_cases and "The norm is 12 measures" in with_cases


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_limit_passed_is_said_once(db, lang):
    first, last = plain_weeks(db, 2)
    with i18n.speaking(lang):
        none = translate("Statement", "No legal limit was passed in this period.")
        each = translate("Statement", "Each legal finding with its week or shift")
    text = statement_html(build_statement(db, first, last), lang, "")
    assert text.count(none) == 1 and each not in text  # in the legal section, not again in the appendix


@pytest.mark.parametrize(
    ("lang", "one", "many"),
    [
        ("nl", "In 1 week zijn geen uren geregistreerd", "zo'n week blijft buiten elk totaal en elke telling"),
        ("en", "In 1 week no hours were logged", "such a week is left out of every total and count"),
    ],
)
def test_one_week_without_hours_is_spoken_of_in_the_singular(db, lang, one, many):
    first, last = plain_weeks(db, 3, skip=(1,))
    text = statement_html(build_statement(db, first, last), lang, "").replace("&#39;", "'")
    assert one in text and many in text and "ze tellen" not in text and "they count" not in text


def test_the_dutch_law_sentences_say_hours_and_what_the_law_asks():
    """ "minder dan de 8 die de wet ooit toestaat" read oddly: the hours are named, and what the law asks of them."""
    with i18n.speaking("nl"):
        rest = translate(
            "Statement",
            "In the 24 hours from {start}, my first work that day, my longest rest was {rest} hours: less than the 8 "
            "the law ever allows (ATW art. 5:3(2)).",
        )
        night = translate(
            "Statement",
            "Night shift of {when}: I worked {work} hours, more than the 12 a night shift may ever have "
            "(ATW art. 5:8(1) and (3)).",
        )
    assert "minder dan de 8 uur die de wet ten minste vraagt" in rest
    assert "meer dan de 12 uur die een nachtdienst ten hoogste mag duren" in night


@pytest.mark.parametrize("filler", range(22, 36))
def test_a_heading_and_its_short_intro_stay_with_what_the_intro_introduces(qapp, filler):
    """Wherever the page ends, a heading with a two-line intro ("Each finding…:") never ends a page while its
    list starts the next: the heading, the intro and the list's first two lines share a page."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextCursor

    from workload_desk.ui.statement_pages import paginate
    from workload_desk.ui.statement_pdf import statement_document

    items = "".join(f"<li>Finding {n}: a line of a list.</li>" for n in range(6))
    html = "".join(f"<p>Filler paragraph {n}.</p>" for n in range(filler))
    intro = "Intro: a sentence long enough to take two lines on this narrow page, as the findings' intro does:"
    doc = statement_document(f"<html><body>{html}<h2>Heading</h2><p>{intro}</p><ul>{items}</ul></body></html>", {})
    doc.setPageSize(QSizeF(400, 600))
    paginate(doc)
    layout, height = doc.documentLayout(), doc.pageSize().height()

    def page_of(text: str) -> int:
        block = doc.find(text).block()
        return int(layout.blockBoundingRect(block).bottom() // height)

    assert layout.blockBoundingRect(doc.find("Intro:").block()).height() > 20  # two lines
    assert page_of("Heading") == page_of("Intro:") == page_of("Finding 0") == page_of("Finding 1")
    assert QTextCursor(doc).document() is doc  # the document is whole after the breaks

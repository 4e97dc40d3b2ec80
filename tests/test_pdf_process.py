"""The window's statement PDF is laid out in a process of its own (ui/pdf_process.py)."""

import shutil
import subprocess
import sys
from datetime import date, datetime

import pytest

from workload_desk.core.errors import UserError
from workload_desk.ui import pdf_process
from workload_desk.ui.pdf_process import CHILD_FLAG, child_command, write_statement_pdf_apart

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


@pytest.fixture
def parts(qapp, db):
    from workload_desk.core.demo import fill_demo
    from workload_desk.core.statement import statement_footer
    from workload_desk.ui.statement_pdf import statement_parts, statement_title

    fill_demo(db, today=date(2026, 11, 30))
    statement, html, images = statement_parts(db, date(2026, 9, 7), date(2026, 10, 4), "en")
    assert images  # the charts travel to the child too
    return html, images, statement_title(statement, "en"), statement_footer(statement, "en"), "en"


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    """Where the job folders go, so a test can see that none is left behind."""
    folders = tmp_path / "jobs"
    folders.mkdir()
    monkeypatch.setattr(pdf_process.tempfile, "tempdir", str(folders))
    return folders


def text_of(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@needs_poppler
def test_the_child_writes_the_same_pdf_as_the_thread_did(parts, tmp_path, private_tmp, monkeypatch):
    from workload_desk.ui.statement_pdf import write_statement_pdf

    html, images, title, footer, lang = parts
    started = []
    real_run = subprocess.run
    monkeypatch.setattr(pdf_process.subprocess, "run", lambda cmd, **kw: started.append(cmd) or real_run(cmd, **kw))
    apart = write_statement_pdf_apart(html, images, title, str(tmp_path / "apart.pdf"), footer, lang)
    here = write_statement_pdf(html, images, title, str(tmp_path / "here.pdf"), footer, lang)
    assert started and CHILD_FLAG in started[0]  # it really ran in a child
    assert apart == here > 1
    assert text_of(tmp_path / "apart.pdf") == text_of(tmp_path / "here.pdf")  # captions and footer included
    assert list(private_tmp.iterdir()) == []  # the job's folder is gone


def test_a_child_that_fails_says_why_and_writes_nothing(parts, tmp_path, private_tmp):
    html, images, title, footer, lang = parts
    target = tmp_path / "no such folder" / "statement.pdf"
    with pytest.raises(UserError) as refused:
        write_statement_pdf_apart(html, images, title, str(target), footer, lang)
    assert refused.value.message
    assert not target.exists()
    assert list(private_tmp.iterdir()) == []


def test_a_child_that_cannot_start_leaves_the_pdf_to_the_thread(parts, tmp_path, private_tmp, monkeypatch):
    html, images, title, footer, lang = parts
    monkeypatch.setattr(pdf_process, "child_command", lambda folder: [str(tmp_path / "no-such-program")])
    pages = write_statement_pdf_apart(html, images, title, str(tmp_path / "s.pdf"), footer, lang)
    assert pages > 1 and (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")


def test_the_child_is_this_program(tmp_path, monkeypatch):
    assert child_command(tmp_path) == [sys.executable, "-m", "workload_desk", CHILD_FLAG, str(tmp_path)]
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # the bundle: its executable is the app
    assert child_command(tmp_path) == [sys.executable, CHILD_FLAG, str(tmp_path)]


def test_the_window_saves_its_pdf_through_the_child(qapp, db_path, qtbot, tmp_path, monkeypatch):
    from workload_desk.core.database import open_database
    from workload_desk.core.demo import fill_demo
    from workload_desk.ui.language import apply_language
    from workload_desk.ui.statement_panel import StatementPanel

    db = open_database(db_path)
    fill_demo(db, today=date(2026, 11, 30))
    apply_language("nl")
    calls, started = [], []
    real = pdf_process.make_statement_pdf_apart
    monkeypatch.setattr(pdf_process, "make_statement_pdf_apart", lambda *a: calls.append(a) or real(*a))
    real_run = pdf_process.subprocess.run
    monkeypatch.setattr(pdf_process.subprocess, "run", lambda cmd, **kw: started.append(cmd) or real_run(cmd, **kw))
    panel = StatementPanel(db)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.written, timeout=60000) as written:
        panel.save_pdf(str(tmp_path / "melding.pdf"))
    assert calls and written.args[1] > 1 and started and CHILD_FLAG in started[0]  # made by the child
    assert (tmp_path / "melding.pdf").read_bytes().startswith(b"%PDF")


@needs_poppler
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_child_makes_the_same_statement_from_the_database_file(qapp, db_path, tmp_path, lang):
    """The child reads the database file and makes the statement, figures and charts too: the same text as the
    statement made here; a period it refuses comes back as the refusal, in the window's language."""
    from workload_desk.core import i18n
    from workload_desk.core.database import open_database
    from workload_desk.core.demo import fill_demo
    from workload_desk.core.errors import UserError
    from workload_desk.ui.pdf_process import make_statement_pdf_apart
    from workload_desk.ui.statement_pdf import make_statement_pdf

    db = open_database(db_path)
    fill_demo(db, today=date(2026, 11, 30))
    first, last = date(2026, 9, 1), date(2026, 11, 29)
    here, apart = tmp_path / "here.pdf", tmp_path / "apart.pdf"
    assert make_statement_pdf(db, first, last, lang, str(here), "Mijn verzoek.", True) > 1
    db.close()
    assert make_statement_pdf_apart(str(db_path), first, last, lang, "Mijn verzoek.", True, str(apart)) > 1

    def text(path):
        return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout

    assert text(apart) == text(here)
    with i18n.speaking(lang), pytest.raises(UserError, match={"nl": "na het begin", "en": "after its start"}[lang]):
        make_statement_pdf_apart(str(db_path), last, first, lang, "", True, str(tmp_path / "never.pdf"))
    assert not (tmp_path / "never.pdf").exists()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_pdfs_own_title_says_what_the_document_is(qapp, db, lang):
    """A viewer shows the PDF's own title: 'Record of hours' when the figures show no overload, as the first line."""
    from workload_desk.core.contracts import set_contract
    from workload_desk.core.statement import build_statement
    from workload_desk.core.statement_words import title
    from workload_desk.core.time_log import add_entry
    from workload_desk.ui.statement_pdf import statement_title

    set_contract(db, 36, date(2026, 1, 5))
    add_entry(db, datetime(2026, 9, 7, 9), datetime(2026, 9, 7, 14), "visit")  # a light week, no limit passed
    calm = build_statement(db, date(2026, 9, 7), date(2026, 9, 13))
    assert not calm.overloaded
    said = statement_title(calm, lang)
    assert said == {"nl": "Urenoverzicht", "en": "Record of hours"}[lang]
    from workload_desk.core import i18n

    with i18n.speaking(lang):
        assert said == title(calm)


def test_the_panels_summary_is_counted_by_a_child_as_it_would_be_here(qapp, db_path, qtbot, monkeypatch):
    """Choosing a period counts its figures for the summary line and the default request: a year is a second of
    Python, so a child process counts it from the database file, with the same answer as counted here."""
    from workload_desk.core import statement, statement_figures
    from workload_desk.core.database import open_database
    from workload_desk.core.demo import fill_demo
    from workload_desk.ui.language import apply_language
    from workload_desk.ui.pdf_process import counted_summary, summarise_apart
    from workload_desk.ui.statement_panel import StatementPanel

    db = open_database(db_path)
    fill_demo(db, today=date(2026, 11, 30))
    first, last = date(2025, 12, 1), date(2026, 11, 29)
    here = counted_summary(db, first, last)
    assert summarise_apart(str(db_path), first, last) == here
    assert here["overloaded"] and here["requests"]["nl"] != here["requests"]["en"]

    apply_language("nl")
    counted_here = []
    real = statement_figures.build_statement
    for module in (statement, statement_figures):
        monkeypatch.setattr(module, "build_statement", lambda *a, **k: counted_here.append(1) or real(*a, **k))
    panel = StatementPanel(db)
    qtbot.addWidget(panel)
    panel.period.setCurrentIndex(panel.period.findData("dates"))
    panel.first.setDate(first)
    with qtbot.waitSignal(panel.summarised, timeout=60000):
        panel.last.setDate(last)
    assert not counted_here  # counted by the child, not in the window's process
    assert (panel.statement.first, panel.statement.overloaded) == (first, True)
    assert "02-12-2025" not in panel.summary.text() and "01-12-2025" in panel.summary.text()
    db.close()

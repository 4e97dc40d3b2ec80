"""The statement is made from a template in resources/: words translated in Python, layout in the template.

The template travels with the wheel (and the bundle, tests/test_bundle.py), autoescapes what a worker
typed, and holds no sentence of its own: each word comes from the same catalogue as the window's.
"""

import re
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest

from workload_desk.core.settings import set_setting
from workload_desk.core.statement_figures import build_statement
from workload_desk.core.statement_text import TEMPLATE, statement_html, template_path

ROOT = Path(__file__).resolve().parent.parent
MONDAY = date(2026, 9, 7)


def test_the_template_lives_in_resources():
    assert template_path() == ROOT / "resources" / "statement" / TEMPLATE
    assert template_path().is_file()


@pytest.mark.slow
def test_the_wheel_carries_the_template(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    names = zipfile.ZipFile(next(tmp_path.glob("*.whl"))).namelist()
    assert f"workload_desk/resources/statement/{TEMPLATE}" in names


def test_what_the_worker_typed_is_text_on_the_paper_never_markup(db):
    set_setting(db, "worker_name", "Ada <b>Werker</b> & co")
    s = build_statement(db, MONDAY, MONDAY)
    html = statement_html(s, "en", "Please <i>act</i>\n\nnow")
    assert "<b>Werker</b>" not in html and "Ada &lt;b&gt;Werker&lt;/b&gt; &amp; co" in html
    assert "<i>act</i>" not in html and "Please &lt;i&gt;act&lt;/i&gt;" in html
    assert "&nbsp;</p>" in html  # the empty line of the request kept as an empty paragraph


def test_the_template_holds_no_words_of_its_own():
    """Between its tags the template has only placeholders: every sentence is translated in Python."""
    text = re.sub(r"\{#.*?#\}|\{%.*?%\}|\{\{.*?\}\}", "", template_path().read_text(encoding="utf-8"), flags=re.S)
    words = [w for w in re.sub(r"<[^>]*>", " ", text).split() if w not in ("&nbsp;", ":")]
    assert words == []


@pytest.mark.parametrize("lang, heading", [("nl", "Urenoverzicht"), ("en", "Record of hours")])
def test_the_document_speaks_its_language(db, lang, heading):
    html = statement_html(build_statement(db, MONDAY, MONDAY), lang, "")
    assert f"<h1>{heading}</h1>" in html

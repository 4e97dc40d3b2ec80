"""The Dutch translation is complete, up to date with the code, and builds into a .qm Qt loads."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from workload_desk.core import i18n
from workload_desk.core.resources import translations_dir

TS = translations_dir() / "workload_desk_nl.ts"


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        pytest.skip(f"{name} is not installed")
    return found


def unfinished(ts: Path) -> list[str]:
    return [
        m.findtext("source")
        for m in ET.parse(ts).getroot().iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]


def test_every_message_has_a_dutch_translation():
    assert unfinished(TS) == []
    assert all(text.strip() for text in i18n.catalog("nl").values())


def test_the_code_has_no_string_missing_from_the_ts(tmp_path):
    copy = tmp_path / "check_nl.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (Path(i18n.__file__).parent.parent).rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-ts", str(copy), "-no-obsolete", "-locations", "none"],
        check=True,
        capture_output=True,
    )
    assert unfinished(copy) == [], "run `bash bootstrap.sh translations` and translate the new strings"


def test_placeholders_survive_translation():
    import re

    for (context, source), dutch in i18n.catalog("nl").items():
        assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", dutch)), source


def test_the_ts_builds_into_a_qm_that_qt_loads(qapp, tmp_path):
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(tmp_path / "nl.qm")], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "nl.qm"))
    assert translator.translate("MainWindow", "&File") == "&Bestand"


def test_the_committed_qm_says_what_the_ts_says(qapp):
    """The .qm is committed so a wheel needs no Qt tool to build; `bash bootstrap.sh translations` rebuilds it."""
    translator = QTranslator()
    assert translator.load(str(translations_dir() / "workload_desk_nl.qm"))
    stale = [
        (context, source)
        for (context, source), dutch in i18n.catalog("nl").items()
        if translator.translate(context, source) != dutch
    ]
    assert stale == [], "run `bash bootstrap.sh translations` and commit the .qm"


def test_no_translation_call_hides_where_lupdate_cannot_see_it():
    """lupdate reads ``translate("Context", "text")`` and ``self.tr("text")`` only as plain calls with literals."""
    import ast

    hidden = []
    for path in (Path(i18n.__file__).parent.parent).rglob("*.py"):
        tree = ast.parse(path.read_text(), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and getattr(inner.func, "id", getattr(inner.func, "attr", "")) in (
                        "translate",
                        "tr",
                    ):
                        hidden.append(f"{path.name}:{inner.lineno} inside an f-string")
            if isinstance(node, ast.FunctionDef) and node.name not in ("translate", "tr") and node.args.args:
                param = node.args.args[-1].arg
                for inner in ast.walk(node):
                    called = getattr(inner, "func", None)
                    name = getattr(called, "attr", getattr(called, "id", ""))
                    # The text is translate's second argument and tr's first; a count (%n) may be a name.
                    text = 1 if name == "translate" else 0
                    if (
                        isinstance(inner, ast.Call)
                        and name in ("translate", "tr")
                        and len(inner.args) > text
                        and isinstance(inner.args[text], ast.Name)
                        and inner.args[text].id == param
                    ):
                        hidden.append(f"{path.name}:{node.lineno} {node.name}() passes its argument to translate")
    assert hidden == []


def test_tr_is_only_called_on_self():
    """``window.tr("…")`` is looked up under the window's class, but lupdate files it under "window": never found."""
    import ast

    elsewhere = []
    for path in (Path(i18n.__file__).parent.parent).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            called = getattr(node, "func", None)
            if isinstance(node, ast.Call) and isinstance(called, ast.Attribute) and called.attr == "tr":
                if not (isinstance(called.value, ast.Name) and called.value.id == "self"):
                    elsewhere.append(f"{path.name}:{node.lineno}")
    assert elsewhere == []


EN_TS = translations_dir() / "workload_desk_en.ts"


def plural_messages(ts: Path) -> dict[tuple[str, str], list[str]]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for m in context.iter("message"):
            if m.get("numerus") == "yes":
                forms = [f.text or "" for f in m.find("translation").iter("numerusform")]
                found[(context.findtext("name"), m.findtext("source"))] = forms
    return found


def test_every_counted_word_has_both_forms_in_both_languages():
    """Qt's %n forms: Dutch and English both have one form for 1 and one for the rest (which shows the count;
    the form for 1 may say it in a word: "once")."""
    for ts in (TS, EN_TS):
        plurals = plural_messages(ts)
        assert plurals, ts
        for source, forms in plurals.items():
            assert len(forms) == 2 and all(forms) and "%n" in forms[1], (ts.name, source)
    assert plural_messages(TS).keys() == plural_messages(EN_TS).keys()


def test_the_code_has_no_counted_word_missing_from_the_english_ts(tmp_path):
    copy = tmp_path / "check_en.ts"
    shutil.copy(EN_TS, copy)
    sources = sorted(str(p) for p in (Path(i18n.__file__).parent.parent).rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-pluralonly", "-target-language", "en", "-ts", str(copy)]
        + ["-no-obsolete", "-locations", "none"],
        check=True,
        capture_output=True,
    )
    assert unfinished(copy) == [], "run `bash bootstrap.sh translations` and give the new counted words their forms"


def test_the_committed_english_qm_says_what_its_ts_says(qapp):
    translator = QTranslator()
    assert translator.load(str(translations_dir() / "workload_desk_en.qm"))
    for (context, source), forms in plural_messages(EN_TS).items():
        assert [translator.translate(context, source, None, n) for n in (1, 2)] == forms, source


def test_every_count_lupdate_reads_is_a_plain_name():
    """pyside6-lupdate reads the count of a %n message only from a plain name: given an expression there
    (``len(x)``, ``s.weeks``) it does not fail, it never ends, and the translations cannot be made."""
    import re

    package = Path(i18n.__file__).resolve().parents[1]
    counted = re.compile(r"translate\(\s*\"[^\"]*\",\s*\"%n[^\"]*\",\s*None,\s*COUNTED,\s*([^)]*)\)", re.S)
    hidden = []
    for path in sorted(package.rglob("*.py")):
        for found in counted.finditer(path.read_text(encoding="utf-8")):
            if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", found.group(1).strip()):
                hidden.append(f"{path.name}: {found.group(0)[:80]}")
    assert not hidden, hidden

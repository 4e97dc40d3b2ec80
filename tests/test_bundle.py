"""The one-folder bundle builds from the committed spec and does a worker's day in Dutch.

A module imported by name (a command's, a country's holidays, the time zones) that the spec forgot
shows up only in a frozen program: this builds one (about a minute) and runs the smoke test on it.
"""

import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import smoke_test  # noqa: E402

BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            raise  # CI installs it (bootstrap.sh test): a bundle left unbuilt there would hide a missing module
        pytest.skip("PyInstaller is not installed: pip install -e '.[bundle]' (bootstrap.sh test does)")
    if not list((ROOT / "resources" / "translations").glob("*.qm")):
        ts = sorted(str(p) for p in (ROOT / "resources" / "translations").glob("*.ts"))
        subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", *ts], check=True, timeout=120)
    out = tmp_path_factory.mktemp("bundle")
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", str(out / "dist")]
        + ["--workpath", str(out / "build"), str(ROOT / "packaging" / "workload-desk.spec")],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return out / "dist" / "workload-desk"


def _files(folder: Path) -> list[str]:
    return [p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()]


def test_the_bundle_passes_the_smoke_test(bundle, tmp_path, capsys):
    program = bundle / ("workload-desk.exe" if sys.platform == "win32" else "workload-desk")
    failures = smoke_test.smoke_test(program, tmp_path)
    assert failures == [], "\n".join(failures)
    ran = capsys.readouterr().out
    for command in ("demo", "--quit-when-ready", "contract show", "case list", "statement", "union-export", "backup"):
        assert f" {command}" in ran


def test_the_bundle_carries_what_the_app_reads(bundle):
    files = _files(bundle)
    data = "_internal/workload_desk/resources/"
    for name in (
        "translations/workload_desk_nl.qm",
        "translations/workload_desk_nl.ts",
        "fonts/DejaVuSans.ttf",
        "fonts/DejaVuSans-Bold.ttf",
        "fonts/LICENSE-DejaVu.txt",
        "icons/workload-desk.svg",
        "icons/workload-desk-256.png",
        "union_export.schema.json",
        "help/guide_nl.html",
        "help/guide_en.html",
        "statement/statement.html.j2",
    ):
        assert data + name in files, name
    assert any(f.endswith("tzdata/zoneinfo/Europe/Amsterdam") for f in files)
    assert any(f.endswith("holidays/locale/nl/LC_MESSAGES/NL.mo") for f in files)


def test_the_bundle_leaves_out_what_the_app_never_uses(bundle):
    unwanted = re.compile(r"/tls/|/qml/|WebEngine|Qt6?Pdf|Qt6?Quick|Qt6?Qml|/imageformats/(lib)?qpdf|virtualkeyboard")
    found = [f for f in _files(bundle) if unwanted.search("/" + f)]
    assert found == []
    qt_translations = [f for f in _files(bundle) if "/Qt/translations/" in f]
    assert qt_translations and all(re.search(r"_(nl|en)\.qm$", f) for f in qt_translations)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_bundle_lays_out_the_windows_statement_pdf_in_a_child(bundle, qapp, db, tmp_path, monkeypatch):
    """The window's PDF is laid out by the bundle's own program started as a child: what the child imports
    (Qt's PDF writer, the fonts) must be in the bundle, or the window silently lays it out in its thread."""
    from workload_desk.core.demo import fill_demo
    from workload_desk.core.statement import statement_footer
    from workload_desk.ui import pdf_process, statement_pdf
    from workload_desk.ui.statement_pdf import statement_parts, statement_title

    fill_demo(db, today=date(2026, 11, 30))
    statement, html, images = statement_parts(db, date(2026, 9, 7), date(2026, 10, 4), "nl")
    program = bundle / ("workload-desk.exe" if sys.platform == "win32" else "workload-desk")
    started = []
    monkeypatch.setattr(
        pdf_process,
        "child_command",
        lambda folder: started.append(folder) or [str(program), pdf_process.CHILD_FLAG, str(folder)],
    )
    monkeypatch.setattr(statement_pdf, "write_statement_pdf", _not_here)  # no layout in this process
    target = tmp_path / "statement.pdf"
    pages = pdf_process.write_statement_pdf_apart(
        html, images, statement_title(statement, "nl"), str(target), statement_footer(statement, "nl"), "nl"
    )
    assert len(started) == 1 and pages >= 2
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Werkdrukmelding" in text and f"pagina {pages} van {pages}" in text
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts  # the bundled font, embedded


def _not_here(*args, **kwargs):
    raise AssertionError("the PDF was laid out in the test's process, not in the bundle's child")

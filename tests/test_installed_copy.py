"""A wheel built from a clean clone, installed in a fresh virtual environment, opens the window in Dutch.

The clone holds only what is committed, so a file the build needs but git ignores (the compiled
translation once was) is missed here as it would be on a build server. The fresh environment has
no checkout on its path: the window reads its resources from the installed copy alone.
"""

import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from workload_desk import __version__

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow

# Run inside the fresh environment: the texts a person sees first, in Dutch.
CHECK = r"""
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QMessageBox
import workload_desk
from workload_desk.ui.app import make_application
from workload_desk.ui.language import apply_language
from workload_desk.ui.main_window import MainWindow
from workload_desk.ui.session import Session

app = make_application()
apply_language("nl")
window = MainWindow(Session.open(Path(sys.argv[1])))
window.backups = False
box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
texts = {
    "package": workload_desk.__file__,
    "title": window.windowTitle(),
    "start": window.time_panel.timer_button.text(),
    "panels": [window.navigation.item(row).text() for row in range(window.navigation.count())],
    "tabs": [window.cases_panel.tabs.tabText(i) for i in range(window.cases_panel.tabs.count())]
    + [window.say_no_panel.tabs.tabText(i) for i in range(window.say_no_panel.tabs.count())],
    "menus": [action.text() for action in window.menuBar().actions()],
    "help": window.help_menu.title(),
    "yes_no": sorted(button.text() for button in box.buttons()),
}
window.close()
print(json.dumps(texts))
"""


def run(args, **kwargs) -> subprocess.CompletedProcess:
    done = subprocess.run(args, capture_output=True, text=True, timeout=300, **kwargs)
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def clone(tmp_path_factory) -> Path:
    if not (ROOT / ".git").exists() or shutil.which("git") is None:
        pytest.skip("not a git checkout")
    where = tmp_path_factory.mktemp("clone") / "workload-desk"
    run(["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(where)])
    return where


@pytest.fixture(scope="module")
def wheel(clone, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(out), str(clone)])
    return next(out.glob("*.whl"))


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """The scripts folder of a fresh virtual environment holding the wheel and its dependencies."""
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    run([sys.executable, "-m", "venv", str(venv)])
    scripts = venv / ("Scripts" if os.name == "nt" else "bin")
    # Dependencies come from pip's cache, filled when this environment was set up (or from PyPI).
    run([str(scripts / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check", str(wheel)])
    return scripts


@pytest.fixture
def fresh_env(tmp_path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def test_the_wheel_and_sdist_carry_the_compiled_translation_and_the_licence(clone, wheel, tmp_path):
    names = zipfile.ZipFile(wheel).namelist()
    assert "workload_desk/resources/translations/workload_desk_nl.qm" in names
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)
    code = f"from setuptools import build_meta; print(build_meta.build_sdist({str(tmp_path)!r}))"
    sdist = tmp_path / run([sys.executable, "-c", code], cwd=clone).stdout.split()[-1]
    with tarfile.open(sdist) as archive:
        inside = [name.split("/", 1)[1] for name in archive.getnames() if "/" in name]
    assert "resources/translations/workload_desk_nl.qm" in inside
    assert "LICENSE" in inside


def test_the_installed_window_opens_in_dutch_with_no_blank_text(installed, fresh_env, tmp_path):
    db = tmp_path / "werk.db"
    run([str(installed / "workload-desk"), "--db", str(db), "--quit-when-ready"], env=fresh_env, cwd=tmp_path)
    script = tmp_path / "check.py"
    script.write_text(CHECK, encoding="utf-8")
    texts = json.loads(run([str(installed / "python"), str(script), str(db)], env=fresh_env, cwd=tmp_path).stdout)
    assert Path(texts["package"]).is_relative_to(installed.parent), "the checkout was imported, not the wheel"
    assert texts["title"] == "Workload Desk — werk.db"
    assert texts["start"] == "Start"
    assert texts["panels"] == ["Zaken", "Tijd", "Nee zeggen", "Werkdrukmelding", "Vakbondsexport"]
    assert texts["tabs"][:2] == ["Zaken", "Agenda"] and "Afgewezen verzoeken" in texts["tabs"]
    assert texts["menus"] == ["&Bestand", "&Bewerken", "&Tijd", "&Instellingen", "&Help"]
    assert texts["help"] == "&Help"
    assert texts["yes_no"] == ["&Ja", "&Nee"]
    assert all(texts["tabs"]) and all(texts["panels"])


def test_the_installed_command_says_its_version(installed, fresh_env, tmp_path):
    for args in (["--version"], ["version"]):
        done = run([str(installed / "workload-desk"), *args], env=fresh_env, cwd=tmp_path)
        assert __version__ in done.stdout

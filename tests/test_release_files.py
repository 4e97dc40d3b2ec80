"""What can be checked here of the release: the Linux desktop files pass their validators, the icons
are what their formats say, the Windows installer script and the release workflow hold what they must,
and the app sets its desktop id and statement font.

The Windows installer and the macOS disk image are built by .github/workflows/release.yml on those
systems; here only their sources are read.
"""

import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from workload_desk.ui import desktop

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "resources" / "linux"
ICONS = ROOT / "resources" / "icons"
ISS = ROOT / "packaging" / "windows" / "workload-desk.iss"
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
SPEC = ROOT / "packaging" / "workload-desk.spec"
DESKTOP = LINUX / f"{desktop.APP_ID}.desktop"
METAINFO = LINUX / f"{desktop.APP_ID}.metainfo.xml"

sys.path.insert(0, str(ROOT / "packaging"))
import install_desktop_entry  # noqa: E402
import make_icons  # noqa: E402


def validator(name: str) -> str:
    """The validator's path; on Linux CI (bootstrap.sh test installs it) its absence is a failure."""
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI") and sys.platform.startswith("linux"):
            pytest.fail(f"{name} is missing: bootstrap.sh test installs it")
        pytest.skip(f"{name} is not installed")
    return path


def validate_desktop_entry(path: Path) -> None:
    done = subprocess.run([validator("desktop-file-validate"), str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


# --- Linux desktop entry and AppStream file ---


def test_the_desktop_entry_passes_desktop_file_validate():
    validate_desktop_entry(DESKTOP)


def test_the_metainfo_passes_appstreamcli_validate():
    done = subprocess.run(
        [validator("appstreamcli"), "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_entry_metainfo_and_app_share_one_id():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP, encoding="utf-8")
    assert entry["Desktop Entry"]["Icon"] == desktop.APP_ID
    assert entry["Desktop Entry"]["StartupWMClass"] == "WorkloadDesk"  # the QApplication's name
    text = METAINFO.read_text(encoding="utf-8")
    assert f"<id>{desktop.APP_ID}</id>" in text
    assert f'<launchable type="desktop-id">{desktop.APP_ID}.desktop</launchable>' in text


def test_the_entry_is_installed_for_the_user_pointing_at_the_program(tmp_path):
    program = tmp_path / "my venv" / "bin" / "workload-desk"  # a space: Exec needs quoting
    program.parent.mkdir(parents=True)
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    data = tmp_path / "share"
    assert install_desktop_entry.main([str(program), "--data-home", str(data)]) == 0
    entry = data / "applications" / f"{desktop.APP_ID}.desktop"
    text = entry.read_text(encoding="utf-8")
    assert f'Exec="{program}"' in text and f"TryExec={program}" in text
    validate_desktop_entry(entry)
    for size in desktop.ICON_SIZES:
        png = data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{desktop.APP_ID}.png"
        assert png.read_bytes() == (ICONS / f"workload-desk-{size}.png").read_bytes()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{desktop.APP_ID}.svg").is_file()
    assert (data / "metainfo" / f"{desktop.APP_ID}.metainfo.xml").is_file()


def test_exec_quotes_what_the_spec_reserves():
    assert install_desktop_entry.exec_value(Path("/opt/wd/workload-desk")) == "/opt/wd/workload-desk"
    assert install_desktop_entry.exec_value(Path('/h/a "b"/100%/x')) == '"/h/a \\"b\\"/100%%/x"'


# --- Icons ---


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_the_pngs_have_their_sizes():
    for size in desktop.ICON_SIZES:
        assert png_size((ICONS / f"workload-desk-{size}.png").read_bytes()) == (size, size)


def test_the_ico_holds_every_size_as_png():
    data = (ICONS / "workload-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    sizes = []
    for i in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i : 22 + 16 * i])
        side = width or 256
        assert (width, planes, bits) == (height, 1, 32)
        assert png_size(data[offset : offset + length]) == (side, side)
        sizes.append(side)
    assert sizes == sorted(make_icons.ICO_SIZES)


def test_the_icns_holds_every_type_as_png():
    data = (ICONS / "workload-desk.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found, at = {}, 8
    while at < len(data):
        kind, length = data[at : at + 4], struct.unpack(">I", data[at + 4 : at + 8])[0]
        found[kind] = png_size(data[at + 8 : at + length])
        at += length
    assert found == {kind: (size, size) for kind, size in make_icons.ICNS_TYPES}


# --- Windows installer script ---


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in ISS.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        match = re.fullmatch(r"\[(\w+)\]", line)
        if match:
            current = sections.setdefault(match.group(1), [])
        elif current is not None:
            current.append(line)
    return sections


def iss_defines() -> dict[str, str]:
    return dict(re.findall(r'#define (\w+) "([^"]*)"', ISS.read_text(encoding="utf-8")))


def expand(text: str) -> str:
    return re.sub(r"\{#(\w+)\}", lambda m: iss_defines()[m.group(1)], text)


def test_the_installer_script_has_its_sections():
    sections = iss_sections()
    for name in ("Setup", "Languages", "CustomMessages", "Tasks", "Files", "Icons", "Run"):
        assert sections.get(name), name
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"  # no administrator rights
    assert "PrivilegesRequiredOverridesAllowed" not in setup
    assert setup["DefaultDirName"].startswith("{autopf}")  # per user: %LOCALAPPDATA%\Programs
    assert (ISS.parent / setup["SetupIconFile"].replace("\\", "/")).is_file()
    assert any("Dutch.isl" in line for line in sections["Languages"])


def test_the_installer_makes_a_start_menu_entry_and_offers_start_at_sign_in():
    sections = iss_sections()
    icons = [expand(line) for line in sections["Icons"]]
    start_menu = [line for line in icons if line.startswith('Name: "{autoprograms}')]
    at_sign_in = [line for line in icons if line.startswith('Name: "{userstartup}')]
    assert start_menu and "Tasks:" not in start_menu[0]
    assert at_sign_in and "Tasks: startatsignin" in at_sign_in[0]
    assert any(line.startswith('Name: "startatsignin"') and "unchecked" in line for line in sections["Tasks"])
    for line in start_menu + at_sign_in:
        assert f'AppUserModelID: "{desktop.APP_ID}"' in line
        assert 'Filename: "{app}\\workload-desk-gui.exe"' in line  # the windowed twin: no console
    assert {"dutch.StartAtSignIn", "english.StartAtSignIn"} <= {
        line.split("=")[0] for line in sections["CustomMessages"]
    }


def test_the_installer_takes_what_the_spec_builds():
    spec = SPEC.read_text(encoding="utf-8")
    assert 'name="workload-desk"' in spec and 'program("workload-desk-gui", console=False)' in spec
    assert iss_defines()["SourceDir"].replace("\\", "/") == "../../dist/workload-desk"
    assert iss_defines()["GuiExe"] == "workload-desk-gui.exe"


# --- The release workflow ---


def test_the_release_workflow_builds_on_windows_and_macos():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert "workflow_dispatch" in triggers and "push" in triggers
    job = workflow["jobs"]["bundle"]
    assert set(job["strategy"]["matrix"]["os"]) == {"windows-latest", "macos-latest"}
    runs = "\n".join(step.get("run", "") for step in job["steps"])
    assert 'pip install -e ".[test,bundle]"' in runs
    assert "python -m pytest" in runs
    assert "pyinstaller --noconfirm packaging/workload-desk.spec" in runs
    assert "packaging/smoke_test.py" in runs
    assert "packaging/windows/workload-desk.iss" in runs
    assert "hdiutil create" in runs
    signing = [step for step in job["steps"] if "Sign" in step.get("name", "") or "Notarise" in step.get("name", "")]
    assert signing and all("!= ''" in step["if"] for step in signing)  # skipped until the secrets exist


# --- The app on the desktop ---


def test_on_windows_the_app_sets_its_taskbar_id(monkeypatch):
    import ctypes

    calls = []

    class Shell32:
        def SetCurrentProcessExplicitAppUserModelID(self, app_id):  # noqa: N802 - the Windows name
            calls.append(app_id)
            return 0

    monkeypatch.setattr(ctypes, "windll", type("WinDLL", (), {"shell32": Shell32()})(), raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    assert desktop.set_windows_app_id() is True
    assert calls == [desktop.APP_ID]


def test_elsewhere_the_taskbar_id_is_left_alone(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    assert desktop.set_windows_app_id() is False


def test_the_statement_font_is_loaded_from_the_app(qapp):
    assert desktop.load_statement_font() == (desktop.STATEMENT_FONT,)
    from PySide6.QtGui import QFontDatabase, QFontInfo

    from workload_desk.ui.statement_pdf import statement_document

    assert desktop.STATEMENT_FONT in QFontDatabase.families()
    doc = statement_document("<p>Werkdruk</p>", {})
    assert QFontInfo(doc.defaultFont()).family() == desktop.STATEMENT_FONT


def test_the_font_licence_comes_with_it():
    licence = (ROOT / "resources" / "fonts" / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream" in licence and "Permission is hereby granted" in licence


def test_the_ci_workflow_runs_the_suite_as_ci_does_on_every_push():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8"))
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare "on" as true
    assert "push" in triggers and "pull_request" in triggers
    steps = workflow["jobs"]["test"]["steps"]
    assert any("bash .ci/run" in step.get("run", "") for step in steps)

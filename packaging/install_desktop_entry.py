"""Put Workload Desk in the desktop's menu for this user: the desktop entry, its icons, its AppStream file.

    python packaging/install_desktop_entry.py PROGRAM [--data-home DIR]

PROGRAM is the ``workload-desk`` to start (bootstrap.sh passes the venv's, a bundle's works too).
Everything goes under ``$XDG_DATA_HOME`` (default ``~/.local/share``): applications/, icons/hicolor/,
metainfo/. Nothing needs root; run it again after moving the program. Like bootstrap.sh it speaks
English: it is a setup step, not the app.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "nl.workloaddesk.WorkloadDesk"
ICONS = ROOT / "resources" / "icons"
LINUX = ROOT / "resources" / "linux"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def exec_value(program: Path) -> str:
    """The program as the desktop entry spec wants it in Exec: quoted, with its reserved characters escaped."""
    text = str(program)
    if not any(c in text for c in " \t\n\"'\\><~|&;$*?#()`%"):
        return text
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return '"' + escaped.replace("%", "%%") + '"'


def desktop_entry(program: Path) -> str:
    """The committed entry, its Exec and TryExec pointing at ``program``."""
    lines = []
    for line in (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={exec_value(program)}"
            lines += [line, f"TryExec={program}"]
            continue
        lines.append(line)
    return "\n".join(lines) + "\n"


def install(program: Path, data_home: Path) -> list[Path]:
    """Write the entry, the icons and the AppStream file under ``data_home``; return what was written."""
    written = []

    def put(target: Path, data: bytes) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.append(target)

    put(data_home / "applications" / f"{APP_ID}.desktop", desktop_entry(program).encode("utf-8"))
    for size in SIZES:
        put(
            data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png",
            (ICONS / f"workload-desk-{size}.png").read_bytes(),
        )
    put(
        data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        (ICONS / "workload-desk.svg").read_bytes(),
    )
    put(data_home / "metainfo" / f"{APP_ID}.metainfo.xml", (LINUX / f"{APP_ID}.metainfo.xml").read_bytes())
    # Menus read the caches where the desktop keeps them; where the tools are missing they rescan anyway.
    for tool, args in (
        ("update-desktop-database", [str(data_home / "applications")]),
        ("gtk-update-icon-cache", ["-q", "-t", "-f", str(data_home / "icons" / "hicolor")]),
    ):
        if shutil.which(tool):
            subprocess.run([tool, *args], check=False, capture_output=True, timeout=60)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Install Workload Desk's desktop entry and icons for this user.")
    parser.add_argument("program", type=Path, help="the workload-desk program the menu entry starts")
    parser.add_argument("--data-home", type=Path, help="default: $XDG_DATA_HOME or ~/.local/share")
    args = parser.parse_args(argv)
    program = args.program.expanduser().absolute()
    if not (program.is_file() and os.access(program, os.X_OK)):
        print(f"{program} is not a program that can be run.", file=sys.stderr)
        return 1
    data_home = args.data_home or Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    written = install(program, data_home.expanduser())
    print(f"Installed Workload Desk's menu entry and {len(written) - 2} icons under {data_home}.")
    print(f"It starts {program}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The bundles the benchmarks compare: the app's (``bash bootstrap.sh bundle``) and an empty window's."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if sys.platform == "win32" else ""
APP_BUNDLE = ROOT / "dist" / "workload-desk" / f"workload-desk{EXE}"
EMPTY_BUNDLE = ROOT / "build" / "bench-dist" / "empty-window" / f"empty-window{EXE}"


def folder_megabytes(folder: Path) -> float:
    """The bytes of the files under ``folder`` (links not followed), in MB."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def build_empty_bundle() -> Path:
    """The empty window bundled as the app is (built the first time: 30 to 70 s); its program."""
    if not EMPTY_BUNDLE.is_file():
        pyinstaller = Path(sys.executable).with_name(f"pyinstaller{EXE}")
        if not pyinstaller.is_file():
            raise RuntimeError("PyInstaller is not installed: bash bootstrap.sh bench installs it")
        subprocess.run(
            [
                str(pyinstaller),
                "--noconfirm",
                "--log-level",
                "WARN",
                "--distpath",
                str(ROOT / "build" / "bench-dist"),
                "--workpath",
                str(ROOT / "build" / "bench-work"),
                str(ROOT / "benchmarks" / "empty_window.spec"),
            ],
            check=True,
            cwd=ROOT,
        )
    return EMPTY_BUNDLE


def ready_ms(command: list[str]) -> float:
    """Milliseconds from starting ``command`` (offscreen) until it exits, failing loudly."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return (time.perf_counter() - start) * 1000

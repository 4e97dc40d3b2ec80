"""Run a built bundle as a worker would, in Dutch, and fail on the first thing it cannot do.

    python packaging/smoke_test.py [dist/workload-desk/workload-desk]

The window opens to ready (offscreen), ``demo`` fills a fresh database, then one command of every
command module runs on it (their modules are imported by name, so a module the bundle lacks shows
up only here). Time zones come from the bundled tzdata alone (PYTHONTZPATH empty), as on Windows,
which has no system time zone files. Exit status 0 when all passed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "dist" / "workload-desk" / ("workload-desk.exe" if sys.platform == "win32" else "workload-desk")


def _months_back(day: date, months: int) -> str:
    index = day.year * 12 + day.month - 1 - months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _json(out: str, _folder: Path) -> str | None:
    try:
        json.loads(out)
    except ValueError as exc:
        return f"no JSON: {exc}"
    return None


def _dutch(word: str) -> Callable[[str, Path], str | None]:
    def check(out: str, _folder: Path) -> str | None:
        return None if word in out else f"not in Dutch (no “{word}” in the output)"

    return check


def _statement(out: str, folder: Path) -> str | None:
    pdf = folder / "verklaring.pdf"
    if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
        return "no PDF written"
    if shutil.which("pdffonts"):  # poppler-utils: the PDF is set in the bundled DejaVu Sans
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, timeout=60).stdout
        if "DejaVuSans" not in fonts:
            return f"the PDF is not set in DejaVu Sans:\n{fonts}"
    return _dutch("Geschreven")(out, folder)


def _union(out: str, folder: Path) -> str | None:
    try:
        json.loads((folder / "vakbond.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return f"no union export: {exc}"
    return None


def steps(folder: Path, today: date) -> list[tuple[list[str], Callable[[str, Path], str | None] | None]]:
    """Each call (after ``--db DB --lang nl``) and its check of the output."""
    return [
        (["demo"], _dutch("Demojaar")),
        (["--quit-when-ready"], None),  # the window, to its first paint
        (["contract", "show"], _dutch("per week")),  # time_commands
        (["case", "list"], _dutch("lopend")),  # case_commands
        (["task", "list"], None),
        (["log", "list"], None),
        (["day-off", "holidays", "--year", str(today.year)], _dutch("Koningsdag")),  # days_off_commands
        (["week", "--json"], _json),
        (["say-no", "--json"], _json),  # report_commands
        (
            ["statement", "--from", (today - timedelta(days=90)).isoformat(), "--to", today.isoformat()]
            + ["--out", str(folder / "verklaring.pdf")],
            _statement,
        ),
        (
            ["union-export", "--from", _months_back(today, 6), "--to", _months_back(today, 1)]
            + ["--out", str(folder / "vakbond.json")],
            _union,
        ),
        (["backup"], _dutch("Reservekopie")),  # data_commands
    ]


def environment(folder: Path) -> dict[str, str]:
    """The process's environment less what could point the bundle elsewhere; home and data in ``folder``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "WORKLOAD_DESK", "QT_"))}
    home = str(folder / "home")
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONTZPATH="",  # tzdata only: no /usr/share/zoneinfo, as on Windows
        HOME=home,
        USERPROFILE=home,
        APPDATA=home,
        LOCALAPPDATA=home,
        XDG_DATA_HOME=str(folder / "home" / "data"),
        XDG_CONFIG_HOME=str(folder / "home" / "config"),
        XDG_CACHE_HOME=str(folder / "home" / "cache"),
        XDG_RUNTIME_DIR=str(folder / "home" / "run"),
        LANG="C.UTF-8",
    )
    return env


def smoke_test(program: Path, folder: Path) -> list[str]:
    """Run every step with ``program``; return the failures (empty: all passed)."""
    (folder / "home" / "run").mkdir(parents=True, exist_ok=True)
    os.chmod(folder / "home" / "run", 0o700)
    env = environment(folder)
    db = folder / "werk.db"
    failures = []
    for args, check in steps(folder, date.today()):
        start = time.perf_counter()
        done = subprocess.run(
            [str(program), "--db", str(db), "--lang", "nl", *args],
            cwd=folder,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=180,
        )
        seconds = time.perf_counter() - start
        problem = f"exit {done.returncode}: {done.stderr.strip()[-1500:]}" if done.returncode else None
        if problem is None and check is not None:
            problem = check(done.stdout, folder)
        print(f"{'ok  ' if problem is None else 'FAIL'} {seconds:5.2f} s  {' '.join(args)[:70]}")
        if problem:
            failures.append(f"{' '.join(args)}: {problem}")
    return failures


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    program = Path(argv[0]) if argv else DEFAULT
    if not program.is_file():
        print(f"No bundle at {program}: build it first (bash bootstrap.sh bundle).", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="workload-desk-smoke-") as tmp:
        failures = smoke_test(program.resolve(), Path(tmp))
    for failure in failures:
        print(failure, file=sys.stderr)
    print(
        "smoke test passed"
        if not failures
        else f"smoke test FAILED: {len(failures)} of {len(steps(Path(), date.today()))}"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

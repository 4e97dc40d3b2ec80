"""The statement's PDF laid out in a process of its own, so the window's thread never waits for it.

Qt lays out a long document in one call that holds Python's global lock: in a worker thread of the
window that call kept the window's thread waiting (a year's statement froze the window 0.3 to 1.3 s).
A child process has a lock of its own. The window's worker thread hands the child what the PDF is made
of (the HTML, the chart images with their captions, the title, the footer, the language) in a private
folder that is removed afterwards, and waits for it without holding the lock.

The child is this same program started with :data:`CHILD_FLAG`: ``python -m workload_desk`` from a
checkout or a wheel, the executable itself in the bundle. If the child cannot be started at all, the
PDF is laid out in the calling thread as before: slower for the window, never lost.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from ..core import i18n
from ..core.database import with_database
from ..core.errors import UserError
from ..core.i18n import translate

#: The first argument that makes ``workload-desk`` a PDF child instead of the window or the command line.
CHILD_FLAG = "--lay-out-statement-pdf"
#: A year's statement takes seconds; a child that takes longer than this is stuck.
TIMEOUT_SECONDS = 300


def child_command(folder: Path) -> list[str]:
    """The command that starts the child on ``folder``: the bundle's executable, or this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG, str(folder)]
    return [sys.executable, "-m", "workload_desk", CHILD_FLAG, str(folder)]


def write_statement_pdf_apart(html: str, images: dict, title: str, path: str, footer: str, lang: str | None) -> int:
    """Write the statement's PDF at ``path`` in a child process; return its number of pages.

    Call it from a worker thread: it waits for the child. A child that fails raises
    :class:`UserError` with the reason, and nothing is written at ``path``.
    """

    def write_job(folder: Path) -> dict:
        for name, image in images.items():
            if not image.save(str(folder / f"{name}.png"), "PNG"):  # the caption travels as PNG text
                raise OSError(f"could not save the chart {name}")
        return {
            "html": html,
            "images": sorted(images),
            "title": title,
            "path": str(path),
            "footer": footer,
            "lang": lang,
        }

    def here() -> int:
        from .statement_pdf import write_statement_pdf

        return write_statement_pdf(html, images, title, path, footer, lang)

    return _run_child(write_job, here)


def make_statement_pdf_apart(
    db_path: str, first: date, last: date, lang: str, request: str, appendix: bool, path: str
) -> int:
    """Make the whole statement, figures and charts too, and write its PDF at ``path`` in a child process that
    reads the database file itself; return its number of pages.

    The figures of a year are a second of Python: in a worker thread of the window they held the lock the
    window's thread needs for every event it handles in Python, and the window stalled 20-150 ms at a time.
    Call it from a worker thread; the window must have committed what the statement reads (its lines). If
    the child cannot be started, the statement is made in the calling thread, on a connection of its own.
    """

    def write_job(_folder: Path) -> dict:
        return {
            "db": str(db_path),
            "first": first.isoformat(),
            "last": last.isoformat(),
            "lang": lang,
            "request": request,
            "appendix": appendix,
            "path": str(path),
            "ui_lang": i18n.language(),  # a refusal in the window's language
        }

    def here() -> int:
        from .statement_pdf import make_statement_pdf

        return with_database(db_path, lambda db: make_statement_pdf(db, first, last, lang, path, request, appendix))

    return _run_child(write_job, here)


def summarise_apart(db_path: str, first: date, last: date) -> dict:
    """The period's summary counted by a child process from the database file: its whole weeks, whether its
    figures show overload, and the default request in each language the statement speaks (``first``, ``last``
    as ISO dates, ``overloaded``, ``requests``). The figures of a year are a second of Python: in a worker
    thread they held the lock the window's thread needs. Call it from a worker thread; with no child to
    start, counted in the calling thread."""

    def write_job(_folder: Path) -> dict:
        return {
            "summary": str(db_path),
            "first": first.isoformat(),
            "last": last.isoformat(),
            "ui_lang": i18n.language(),
        }

    return _run_child(write_job, lambda: with_database(db_path, lambda db: counted_summary(db, first, last)), "summary")


def counted_summary(db, first: date, last: date) -> dict:
    """The period's summary (see :func:`summarise_apart`) counted here, on ``db``."""
    from ..core.statement import build_statement, default_request

    s = build_statement(db, first, last)
    return {
        "first": s.first.isoformat(),
        "last": s.last.isoformat(),
        "overloaded": s.overloaded,
        "requests": {lang: default_request(lang, s) for lang in ("nl", "en")},
    }


def _run_child(write_job: Callable[[Path], dict], here: Callable[[], Any], key: str = "pages") -> Any:
    """Write the job ``write_job(folder)`` gives in a private folder and run the child on it: its answer's
    ``key`` (the PDF's pages, or a summary), or a :class:`UserError` with its reason; ``here()`` when no child
    can be started."""
    folder = Path(tempfile.mkdtemp(prefix="workload-desk-pdf-"))  # private: mode 0700 where modes exist
    try:
        (folder / "job.json").write_text(json.dumps(write_job(folder)), encoding="utf-8")
        try:
            done = subprocess.run(
                child_command(folder),
                capture_output=True,
                text=True,
                timeout=TIMEOUT_SECONDS,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # no console flashing up on Windows
            )
        except OSError:  # the child could not be started: made here, as before
            return here()
        except subprocess.TimeoutExpired as exc:
            raise UserError(translate("Statement", "Making the PDF took too long; nothing was written.")) from exc
        answer = folder / "answer.json"  # not stdout: a windowed bundle on Windows has none
        result = json.loads(answer.read_text(encoding="utf-8")) if answer.exists() else {}
        if "refused" in result:  # the statement itself refused (a period, say): its words as they are
            raise UserError(result["refused"])
        if done.returncode != 0 or key not in result:
            reason = result.get("error") or (done.stderr.strip().splitlines() or ["?"])[-1]
            raise UserError(translate("Statement", "The PDF could not be written: {reason}").format(reason=reason))
        return result[key]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def child_main(folder: str) -> int:
    """The child: make the job in ``folder`` (a statement from the database, or HTML and charts laid out) and
    write its PDF; answer with its pages (or why not) in the folder."""
    job = json.loads((Path(folder) / "job.json").read_text(encoding="utf-8"))
    answer = Path(folder) / "answer.json"
    try:
        if "summary" in job:  # figures only: no Qt needed
            said = {"summary": _summarised(job)}
        else:
            from .statement_pdf import ensure_application

            ensure_application()
            said = {"pages": _make(job) if "db" in job else _lay_out(job, Path(folder))}
    except UserError as exc:
        answer.write_text(json.dumps({"refused": exc.message}), encoding="utf-8")
        return 1
    except OSError as exc:
        answer.write_text(json.dumps({"error": str(exc)}), encoding="utf-8")
        return 1
    answer.write_text(json.dumps(said), encoding="utf-8")
    return 0


def _summarised(job: dict) -> dict:
    i18n.set_language(job["ui_lang"])
    first, last = date.fromisoformat(job["first"]), date.fromisoformat(job["last"])
    return with_database(job["summary"], lambda db: counted_summary(db, first, last))


def _lay_out(job: dict, folder: Path) -> int:
    from PySide6.QtGui import QImage

    from .statement_pdf import write_statement_pdf

    images = {name: QImage(str(folder / f"{name}.png")) for name in job["images"]}
    return write_statement_pdf(job["html"], images, job["title"], job["path"], job["footer"], job["lang"])


def _make(job: dict) -> int:
    from .statement_pdf import make_statement_pdf

    i18n.set_language(job["ui_lang"])
    first, last = date.fromisoformat(job["first"]), date.fromisoformat(job["last"])
    return with_database(
        job["db"],
        lambda db: make_statement_pdf(db, first, last, job["lang"], job["path"], job["request"], job["appendix"]),
    )

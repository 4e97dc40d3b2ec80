"""The week report, the banner, the statement and ``week --json`` tell the same findings of one week.

One week holds a dienst across midnight of more than 12 hours without enough pause, a shortened
rest and a second one, a 60-hour week: each surface is read back and compared with the others.
"""

import json
import re
import shutil
import subprocess
import sys
from datetime import date, datetime, timedelta

import pytest

from workload_desk.core import i18n
from workload_desk.core.contracts import set_contract
from workload_desk.core.database import open_database
from workload_desk.core.statement import build_statement
from workload_desk.core.statement_findings import sentence
from workload_desk.core.time_log import add_entry
from workload_desk.core.week import week_report

MONDAY = date(2026, 9, 7)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(MONDAY + timedelta(days=day), datetime.min.time()).replace(hour=hour, minute=minute)


def hard_week(db) -> None:
    set_contract(db, 36, date(2026, 1, 5))
    add_entry(db, at(0, 12), at(0, 18), "visit")
    add_entry(db, at(0, 18, 20), at(1, 1), "report")  # 12:40 of work, a 20-minute pause: over 12, under 45
    add_entry(db, at(1, 9), at(1, 14), "court")  # 8 hours after 01:00: a new dienst
    add_entry(db, at(1, 14, 30), at(1, 22), "court")
    add_entry(db, at(2, 7), at(2, 12), "care-search")  # 9 hours of rest: the first shortened rest
    add_entry(db, at(2, 12, 30), at(2, 23), "care-search")
    add_entry(db, at(3, 8), at(3, 13), "redaction")  # 9 hours again within 7 x 24: not allowed
    add_entry(db, at(3, 13, 30), at(3, 19), "redaction")
    add_entry(db, at(4, 8), at(4, 13), "admin")
    add_entry(db, at(4, 13, 30), at(4, 17, 30), "admin")  # 60:10 in the week


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_one_week_told_the_same_by_every_surface(qapp, qtbot, db_path, tmp_path, monkeypatch):
    db = open_database(db_path)
    hard_week(db)
    report = week_report(db, MONDAY)
    codes = [w.code for w in report.warnings]
    assert {"atw_shift_12h", "atw_pause_45m", "atw_daily_rest_11h", "atw_daily_rest_8h", "atw_week_60h"} <= set(codes)
    legal = [w for w in report.warnings if w.legal]
    db.close()

    run = [sys.executable, "-m", "workload_desk", "--db", str(db_path)]
    done = subprocess.run([*run, "week", "--date", MONDAY.isoformat(), "--json"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    from_json = json.loads(done.stdout)["warnings"]
    assert from_json == [{"code": w.code, "message": w.message} for w in report.warnings]

    out = tmp_path / "s.pdf"
    done = subprocess.run(
        [
            *run,
            "statement",
            "--from",
            MONDAY.isoformat(),
            "--to",
            (MONDAY + timedelta(days=6)).isoformat(),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    pdf = flat(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout)
    statement = build_statement(open_database(db_path), MONDAY, MONDAY + timedelta(days=6))
    told = {m for _, m in statement.legal} | {m for _, m in statement.shortened_rests}
    assert told == {w.message for w in legal}
    # The statement words the same findings in the first person ("my longest rest"), each once in its appendix.
    assert {f.code for f in statement.findings} == {w.code for w in legal}
    with i18n.speaking("nl"):
        for f in statement.findings:
            assert flat(sentence(f, statement.zone)) in pdf, f.code

    from workload_desk.ui.app import make_application
    from workload_desk.ui.language import apply_language
    from workload_desk.ui.main_window import MainWindow
    from workload_desk.ui.session import Session

    make_application()
    apply_language("nl")
    window = MainWindow(Session.open(db_path))
    qtbot.addWidget(window)
    window.clock = lambda: at(6, 20)
    window.refresh_status()
    banner = window.banner.text()
    worst = next(w for w in report.warnings if w.weight == 0)
    assert banner.startswith(worst.message) and f"nog {len(report.warnings) - 1} " in banner
    window.time_panel.show_week(MONDAY)
    shown = window.time_panel.warnings.text()
    for w in report.warnings:
        assert w.message.replace("&", "&amp;") in shown.replace("&#x27;", "'")

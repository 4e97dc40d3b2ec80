"""Ten years of a worker's data: about 500 cases, 1,500 measures, 8,000 tasks and 60,000 time entries."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from pathlib import Path

from workload_desk.core.database import open_database
from workload_desk.core.dates import stamp
from workload_desk.core.model import TASK_KINDS
from workload_desk.core.time_log import insert_entries

KINDS = list(TASK_KINDS)


def make_big_database(path: Path, today: date | None = None, seed: int = 10, years: float = 10) -> Path:
    """Write the database of ``years`` years (ten by default) at ``path``, which must not exist yet.

    Fewer years give proportionally fewer cases, tasks and entries: ``--quick`` uses half a year.
    """
    today = today or date.today()
    rng = random.Random(seed)
    scale = years / 10
    days = round(3652 * scale)
    first = today - timedelta(days=days)
    db = open_database(path)
    with db.atomic():
        db.execute("INSERT INTO contract_periods(valid_from, hours) VALUES (?, 36)", [first.isoformat()])
        db.execute(
            "INSERT INTO contract_periods(valid_from, hours) VALUES (?, 32)",
            [(first + timedelta(days=days // 2)).isoformat()],
        )
        cases = []
        for i in range(max(5, round(500 * scale))):
            opened = first + timedelta(days=rng.randint(0, max(1, days - 50)))
            closed = opened + timedelta(days=rng.randint(120, 900))
            active = closed > today
            case_id = db.execute(
                "INSERT INTO cases(label, status, opened, closed, notes) VALUES (?, ?, ?, ?, ?)",
                [
                    f"K{i:04d}",
                    "active" if active else "closed",
                    opened.isoformat(),
                    None if active else closed.isoformat(),
                    "notitie",
                ],
            ).lastrowid
            cases.append((case_id, opened, None if active else closed))
            for child in range(3):
                kind = rng.choice(["ots", "ots", "voogdij", "vots", "jr"])
                planned = opened + timedelta(days=365)
                db.execute(
                    "INSERT INTO measures(case_id, kind, child_label, start, planned_end, actual_end) VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        case_id,
                        kind,
                        "ABC"[child],
                        opened.isoformat(),
                        planned.isoformat(),
                        None if active else closed.isoformat(),
                    ],
                )
        tasks = []
        for _ in range(round(8000 * scale)):
            case_id, opened, closed = rng.choice(cases)
            due = datetime.combine(opened + timedelta(days=rng.randint(0, 400)), time(rng.randint(8, 16), 0))
            kind = rng.choice(["court", "redaction", "care-search", "visit", "report"])
            tasks.append((case_id, kind, stamp(due), int(due.date() < today), "", "video" if kind == "court" else None))
        db.conn.executemany("INSERT INTO tasks(case_id, kind, due, done, note, mode) VALUES (?, ?, ?, ?, ?, ?)", tasks)
        entries = []
        day = first
        while len(entries) < 60000 * scale and day < today:
            if day.weekday() < 5:
                moment = datetime.combine(day, time(8, 0))
                for _ in range(rng.randint(20, 26)):  # short entries: calls, notes, travel legs
                    length = rng.choice([10, 15, 20, 25, 30])
                    case_id = rng.choice(cases)[0] if rng.random() < 0.7 else None
                    entries.append(
                        (stamp(moment), stamp(moment + timedelta(minutes=length)), rng.choice(KINDS), case_id, "")
                    )
                    moment += timedelta(minutes=length + rng.choice([0, 0, 5]))
            day += timedelta(days=1)
        insert_entries(db, entries)
        for _ in range(round(600 * scale)):
            d = first + timedelta(days=rng.randint(0, days))
            db.execute(
                "INSERT INTO declined_requests(day, what, from_role) VALUES (?, 'new-case', 'teamleider')",
                [d.isoformat()],
            )
    db.close()
    return path

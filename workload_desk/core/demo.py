"""Demo data: a realistic year, ending today, of one full-time youth protection worker.

About 18 families with some 23 running measures (twice the norm of 12, as is
common), their court hearings, file redactions and care searches, and every
working day's hours, with court days and a few weeks far over the contract.
The labels are invented initials; nothing refers to a real family.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from .contracts import default_pattern, pattern_text
from .dates import add_months, stamp, week_start
from .errors import UserError
from .i18n import translate
from .time_log import insert_entries

if TYPE_CHECKING:
    from sqlite_utils import Database

_INITIALS = [
    "A.B.",
    "B.K.",
    "C.D.",
    "D.V.",
    "E.J.",
    "F.H.",
    "G.M.",
    "H.S.",
    "I.L.",
    "J.K.",
    "K.P.",
    "L.W.",
    "M.B.",
    "N.T.",
    "O.R.",
    "P.G.",
    "R.A.",
    "S.E.",
    "T.N.",
    "V.O.",
    "W.Y.",
    "Y.C.",
    "Z.F.",
    "B.R.",
]
_KINDS = ["ots"] * 6 + ["voogdij"] * 2 + ["vots", "jr"]
# Where a worker's day goes, as weights (the DOMAIN's list of time sinks).
_DAY_MIX = {
    "visit": 20,
    "report": 15,
    "consult": 12,
    "travel": 11,
    "admin": 12,
    "redaction": 9,
    "care-search": 11,
    "other": 3,
    "court": 7,
}
_CASELESS = {"admin", "consult", "other"}


def is_empty(db: Database) -> bool:
    """Whether the database holds no cases, hours, tasks or contract yet."""
    return all(
        db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
        for table in ("cases", "time_entries", "tasks", "contract_periods", "days_off", "declined_requests")
    )


def fill_demo(db: Database, today: date | None = None, seed: int = 2023) -> None:
    """Fill an empty database with the demo year ending on ``today``; refuse one that holds data."""
    today = today or date.today()
    if not is_empty(db):
        raise UserError(translate("Demo", "The database already holds data; the demo only fills an empty one."))
    rng = random.Random(seed)
    year_start = week_start(today - timedelta(days=364))
    with db.atomic():
        db.execute(
            "INSERT INTO contract_periods(valid_from, hours, pattern) VALUES (?, 36, ?)",
            [year_start.isoformat(), pattern_text(default_pattern(36))],
        )
        cases = _add_cases(db, rng, today, year_start)
        court_days = _add_tasks(db, rng, today, cases)
        _add_hours(db, rng, today, year_start, cases, court_days)
        _add_register(db, rng, today, year_start)


def _add_cases(db: Database, rng: random.Random, today: date, year_start: date) -> list[tuple[int, date, date | None]]:
    """18 running cases and 6 closed during the year; return (id, opened, closed) for each."""
    made = []
    for number, label in enumerate(_INITIALS):
        running = number < 18
        if running:
            opened = today - timedelta(days=rng.randint(30, 900))
            closed = None
        else:
            opened = year_start - timedelta(days=rng.randint(60, 500))
            closed = year_start + timedelta(days=rng.randint(20, 300))
        case_id = db.execute(
            "INSERT INTO cases(label, status, opened, closed) VALUES (?, ?, ?, ?)",
            [label, "active" if running else "closed", opened.isoformat(), closed and closed.isoformat()],
        ).lastrowid
        children = 1 + (rng.random() < 0.3)
        for child in "AB"[:children]:
            kind = rng.choice(_KINDS)
            start = opened if kind != "vots" or not running else max(opened, today - timedelta(days=rng.randint(5, 80)))
            db.execute(
                "INSERT INTO measures(case_id, kind, child_label, start, planned_end, actual_end) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    case_id,
                    kind,
                    child,
                    start.isoformat(),
                    _planned_end(kind, start, today, rng),
                    closed and closed.isoformat(),
                ],
            )
        made.append((case_id, opened, closed))
    return made


def _planned_end(kind: str, start: date, today: date, rng: random.Random) -> str | None:
    """An OTS extended year by year to its next anniversary after today; a provisional OTS three months."""
    if kind == "vots":
        return add_months(start, 3).isoformat()
    if kind == "ots":
        end = add_months(start, 12)
        while end <= today:
            end = add_months(end, 12)
        return end.isoformat()
    if kind == "jr":
        return (start + timedelta(days=rng.randint(200, 700))).isoformat()
    return None


_COURTS = ["Rechtbank Midden-Nederland", "Rechtbank Gelderland", "Rechtbank Oost-Brabant", "Rechtbank Den Haag"]
_CARE = ["pleeggezin", "gezinshuis", "residentiële jeugdzorg", "ambulante gezinsbehandeling", "crisisopvang"]


def _add_tasks(db: Database, rng: random.Random, today: date, cases: list) -> set[date]:
    """Court hearings, redactions, care searches and visits, past (done) and coming; return the court days."""
    court_days: set[date] = set()
    for case_id, opened, closed in cases:
        last = closed or today + timedelta(days=40)
        for _ in range(rng.randint(4, 9)):
            kind = rng.choice(["court", "redaction", "care-search", "visit", "visit", "report"])
            day = opened + timedelta(days=rng.randint(0, max(1, (last - opened).days)))
            if day.weekday() >= 5:
                day -= timedelta(days=day.weekday() - 4)
            due = datetime.combine(day, time(rng.choice([9, 10, 11, 13, 14]), rng.choice([0, 30])))
            done = day < today or (day == today and rng.random() < 0.5)
            fields = {
                "mode": None,
                "court": "",
                "requested_by": "",
                "pages": None,
                "care_sought": "",
                "started": None,
                "providers_contacted": 0,
                "outcome": "",
                "placed_on": None,
            }
            if kind == "court":
                fields.update(mode=rng.choice(["in-person", "in-person", "phone", "video"]), court=rng.choice(_COURTS))
                if fields["mode"] == "in-person" and day < today:
                    court_days.add(day)
            elif kind == "redaction":
                fields.update(requested_by=rng.choice(["moeder", "vader"]), pages=rng.randint(20, 240))
            elif kind == "care-search":
                started = day - timedelta(days=rng.randint(10, 60))
                calls = rng.randint(3, 28)
                fields.update(care_sought=rng.choice(_CARE), started=started.isoformat(), providers_contacted=calls)
                if done and rng.random() < 0.6:
                    fields.update(outcome="geplaatst", placed_on=day.isoformat())
                elif done:
                    fields.update(outcome="wachtlijst")
            db.execute(
                "INSERT INTO tasks(case_id, kind, due, done, note, mode, court, requested_by, pages, care_sought, "
                "started, providers_contacted, outcome, placed_on) VALUES (?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [case_id, kind, stamp(due), int(done), *fields.values()],
            )
    return court_days


_ROLES = ["teamleider", "gedragswetenschapper", "collega", "rechtbank", "zorgaanbieder", "ouder"]


def _add_register(db: Database, rng: random.Random, today: date, year_start: date) -> None:
    """The agreed schedule, and a year of requests declined and boundaries kept."""
    for key, value in (
        ("worker_name", "Demo-medewerker"),
        ("worker_team", "Team Zuid"),
        ("manager_name", "Demo-teamleider"),
    ):
        db.execute("INSERT INTO settings(key, value) VALUES (?, ?)", [key, value])
    db.execute(
        "INSERT INTO settings(key, value) VALUES ('schedule', ?)",
        ['{"preset": "akkoord-2023", "start": "2023-05-01", "baseline": 26}'],
    )
    days = (today - year_start).days
    for _ in range(26):
        day = year_start + timedelta(days=rng.randint(0, days))
        what = rng.choice(["new-case", "new-case", "new-case", "extra-task", "court-in-person", "call", "other"])
        role = {"new-case": "teamleider", "court-in-person": "rechtbank", "call": "collega"}.get(
            what, rng.choice(_ROLES)
        )
        db.execute(
            "INSERT INTO declined_requests(day, what, from_role, note) VALUES (?, ?, ?, '')",
            [day.isoformat(), what, role],
        )
    for _ in range(40):
        day = year_start + timedelta(days=rng.randint(0, days))
        boundary = rng.choice(["own-cases-only", "own-cases-only", "court-remote", "contract-hours", "no-new-case"])
        db.execute("INSERT INTO boundaries_kept(day, boundary, note) VALUES (?, ?, '')", [day.isoformat(), boundary])


def _week_target(rng: random.Random, monday: date, year_start: date) -> float:
    """Hours worked in a week: mostly a little over 36, some weeks far over, a few of leave."""
    week = (monday - year_start).days // 7
    if week in (29, 30, 31):  # summer leave
        return 0.0
    if week in (10, 11, 22, 40, 46, 47):  # crisis weeks: placements, court, redactions
        return rng.uniform(48, 55)
    return rng.uniform(36, 43)


def _add_hours(db: Database, rng: random.Random, today: date, year_start: date, cases: list, court_days: set) -> None:
    """Every working day's entries, up to now."""
    now = datetime.now().replace(second=0, microsecond=0)
    kinds, weights = zip(*_DAY_MIX.items())
    rows = []
    monday = year_start
    while monday <= today:
        target = _week_target(rng, monday, year_start)
        for offset in range(5):
            day = monday + timedelta(days=offset)
            if target == 0 and day <= today:
                db.execute("INSERT INTO days_off(day, kind) VALUES (?, 'leave')", [day.isoformat()])
            if target == 0 or day > today:
                continue
            minutes = int(target * 60 / 5 + rng.randint(-50, 50))
            running = [c for c in cases if c[1] <= day and (c[2] is None or c[2] >= day)]
            rows.extend(_day_entries(rng, day, minutes, day in court_days, kinds, weights, running, now))
        monday += timedelta(days=7)
    insert_entries(db, rows)


def _day_entries(rng, day, minutes, court_day, kinds, weights, running, now) -> list[tuple]:
    """One day's blocks of work from about 8:30, with a half-hour break after at most 4.5 hours."""
    moment = datetime.combine(day, time(8, rng.choice([0, 15, 30, 45])))
    rows, since_break = [], 0
    if court_day:
        # Half a day for a short hearing: travel and waiting in the corridor.
        block = [("travel", 75), ("court", 150), ("travel", 75)]
    else:
        block = []
    while minutes > 0:
        kind, length = block.pop(0) if block else (rng.choices(kinds, weights)[0], rng.choice([45, 60, 90, 120]))
        length = min(length, minutes)
        if since_break + length > 270:
            moment += timedelta(minutes=30)
            since_break = 0
        end = moment + timedelta(minutes=length)
        if end > now:
            break
        case_id = None if (kind in _CASELESS or not running) else rng.choice(running)[0]
        rows.append((stamp(moment), stamp(end), kind, case_id, ""))
        moment, minutes, since_break = end, minutes - length, since_break + length
    return rows

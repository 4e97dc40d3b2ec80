"""The register of requests declined and boundaries kept: the record that the worker said no."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from .errors import UserError, shown
from .i18n import QT_TRANSLATE_NOOP, translate
from .limits import check_day
from .parse import check_line, check_text
from .settings import get_setting, set_setting

if TYPE_CHECKING:
    from sqlite_utils import Database

REQUESTS: dict[str, str] = {
    "new-case": QT_TRANSLATE_NOOP("Kinds", "a new case"),
    "extra-task": QT_TRANSLATE_NOOP("Kinds", "an extra task"),
    "court-in-person": QT_TRANSLATE_NOOP("Kinds", "court in person"),
    "call": QT_TRANSLATE_NOOP("Kinds", "a call outside my own cases"),
    "other": QT_TRANSLATE_NOOP("Kinds", "something else"),
}

BOUNDARIES: dict[str, str] = {
    "own-cases-only": QT_TRANSLATE_NOOP("Kinds", "Only reachable for my own running cases"),
    "court-remote": QT_TRANSLATE_NOOP("Kinds", "Court by phone or video instead of in person"),
    "contract-hours": QT_TRANSLATE_NOOP("Kinds", "No work beyond my contract hours"),
    "no-new-case": QT_TRANSLATE_NOOP("Kinds", "No new case above the target"),
}

# Hours a kept boundary saves, by default: court by phone saves the travel and the corridor.
HOURS_SAVED = {"court-remote": 3.5, "own-cases-only": 0.0, "contract-hours": 0.0, "no-new-case": 0.0}
ROLE_MAX = 60


def request_name(what: str) -> str:
    """The translated name of a kind of request."""
    return translate("Kinds", REQUESTS[what])


def boundary_name(boundary: str) -> str:
    """The translated name of a boundary."""
    return translate("Kinds", BOUNDARIES[boundary])


@dataclass(frozen=True)
class Declined:
    """A request the worker declined: what, from whom (a role), when."""

    id: int
    day: date
    what: str
    from_role: str
    note: str


def check_declined(day: date, what: str, from_role: str, note: str) -> tuple[str, str]:
    """Check a declined request as the window and an import both write it; return its role and note trimmed."""
    check_day(day, "date")
    if what not in REQUESTS:
        raise UserError(
            translate("Validation", "“{what}” is not a kind of request; choose one of: {kinds}.").format(
                what=shown(what), kinds=", ".join(REQUESTS)
            ),
            "what",
        )
    role = check_line(from_role, "from_role")
    if len(role) > ROLE_MAX:
        raise UserError(
            translate(
                "Validation", "Give a role (such as “team lead”), not a description: at most {max} characters."
            ).format(max=ROLE_MAX),
            "from_role",
        )
    return role, check_text(note)


def decline(db: Database, day: date, what: str, from_role: str = "", note: str = "") -> int:
    """Record a declined request; return its id."""
    role, note = check_declined(day, what, from_role, note)
    with db.atomic():
        return db.execute(
            "INSERT INTO declined_requests(day, what, from_role, note) VALUES (?, ?, ?, ?)",
            [day.isoformat(), what, role, note],
        ).lastrowid


def edit_declined(db: Database, request_id: int, day: date, what: str, from_role: str = "", note: str = "") -> None:
    """Correct a declined request in the register, checked as a new one is."""
    role, note = check_declined(day, what, from_role, note)
    with db.atomic():
        db.execute(
            "UPDATE declined_requests SET day = ?, what = ?, from_role = ?, note = ? WHERE id = ?",
            [day.isoformat(), what, role, note, request_id],
        )


def declined(db: Database, first: date | None = None, last: date | None = None) -> list[Declined]:
    """The declined requests, newest first, optionally between two dates."""
    rows = db.execute(
        "SELECT id, day, what, from_role, note FROM declined_requests "
        "WHERE day >= ? AND day <= ? ORDER BY day DESC, id DESC",
        [(first or date.min).isoformat(), (last or date.max).isoformat()],
    )
    return [Declined(r[0], date.fromisoformat(r[1]), r[2], r[3], r[4]) for r in rows]


def declined_per_month(db: Database) -> dict[str, Counter]:
    """Counts of declined requests per month (``2026-11``) and kind."""
    counts: dict[str, Counter] = {}
    for month, what, n in db.execute(
        "SELECT substr(day, 1, 7), what, count(*) FROM declined_requests GROUP BY 1, 2 ORDER BY 1 DESC"
    ):
        counts.setdefault(month, Counter())[what] = n
    return counts


def delete_declined(db: Database, request_id: int) -> None:
    """Remove a declined request from the register."""
    with db.atomic():
        db.execute("DELETE FROM declined_requests WHERE id = ?", [request_id])


def check_kept(day: date, boundary: str, note: str) -> str:
    """Check a kept boundary as the window and an import both write it; return its note trimmed."""
    check_day(day, "date")
    if boundary not in BOUNDARIES:
        raise UserError(
            translate("Validation", "“{what}” is not a boundary; choose one of: {kinds}.").format(
                what=shown(boundary), kinds=", ".join(BOUNDARIES)
            ),
            "boundary",
        )
    return check_text(note)


def keep_boundary(db: Database, day: date, boundary: str, note: str = "") -> int:
    """Record that a boundary was kept; return its id."""
    note = check_kept(day, boundary, note)
    with db.atomic():
        return db.execute(
            "INSERT INTO boundaries_kept(day, boundary, note) VALUES (?, ?, ?)", [day.isoformat(), boundary, note]
        ).lastrowid


def hours_saved_per_time(db: Database) -> dict[str, float]:
    """The hours each kept boundary saves, as set (court by phone: 3.5 by default)."""
    return {b: float(get_setting(db, f"hours_saved_{b}", str(h))) for b, h in HOURS_SAVED.items()}


def set_hours_saved(db: Database, boundary: str, hours: float) -> None:
    """Set the hours a kept ``boundary`` saves each time."""
    if boundary not in BOUNDARIES or not 0 <= hours <= 24:
        raise UserError(translate("Validation", "Hours saved lie between 0 and 24."), "hours_saved")
    set_setting(db, f"hours_saved_{boundary}", str(hours))


@dataclass(frozen=True)
class BoundaryCount:
    """How often a boundary was kept, and the hours that saved."""

    boundary: str
    times: int
    hours_saved: float


def boundaries_kept(db: Database, first: date | None = None, last: date | None = None) -> list[BoundaryCount]:
    """Each boundary with the times kept and the hours saved, optionally between two dates."""
    times = dict(
        db.execute(
            "SELECT boundary, count(*) FROM boundaries_kept WHERE day >= ? AND day <= ? GROUP BY boundary",
            [(first or date.min).isoformat(), (last or date.max).isoformat()],
        ).fetchall()
    )
    per_time = hours_saved_per_time(db)
    return [BoundaryCount(b, times.get(b, 0), times.get(b, 0) * per_time[b]) for b in BOUNDARIES]

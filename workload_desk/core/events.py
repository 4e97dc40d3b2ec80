"""What happened: court hearings, file redactions and care searches, counted once ticked done.

A task counts on the day it was due (the day it took place), and only once the worker ticked it
done: a hearing that was cancelled or moved never counts. The statement and the union export
both count from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .database import WorkloadDatabase as Database

COUNTED = ("court", "redaction", "care-search")


@dataclass(frozen=True)
class Event:
    """One hearing, redaction or care search that took place."""

    day: date
    kind: str
    in_person: bool
    pages: int
    providers: int


def events_between(db: Database, first: date, end: date) -> list[Event]:
    """The hearings, redactions and care searches ticked done with their day in [first, end)."""
    return [
        Event(date.fromisoformat(due[:10]), kind, mode in (None, "in-person"), pages or 0, providers or 0)
        for due, kind, mode, pages, providers in db.execute(
            "SELECT due, kind, mode, pages, providers_contacted FROM tasks "
            "WHERE kind IN ('court', 'redaction', 'care-search') AND done = 1 AND due >= ? AND due < ? ORDER BY due",
            [first.isoformat(), end.isoformat()],
        )
    ]


def past_not_done(db: Database, today: date) -> int:
    """How many hearings, redactions and care searches of days before ``today`` are not ticked done yet."""
    return db.execute(
        "SELECT count(*) FROM tasks WHERE kind IN ('court', 'redaction', 'care-search') AND done = 0 AND due < ?",
        [today.isoformat()],
    ).fetchone()[0]

"""Errors that reach a person: their message is already in the user's language."""

from __future__ import annotations


class UserError(Exception):
    """Something the user can put right; the message says what, in one sentence."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        #: The form field the message belongs to, where there is one.
        self.field = field

    def __str__(self) -> str:
        return self.message


class Cancelled(Exception):
    """The person stopped long work before its end; nothing of it was written."""


class DatabaseError(UserError):
    """The database file cannot be used as it is.

    ``kind`` says why: ``"newer"`` (written by a newer app), ``"foreign"`` (another program's
    SQLite file), ``"corrupt"`` (not a database, or damaged) or ``"unreadable"`` (the folder or
    file cannot be opened).
    """

    def __init__(self, message: str, kind: str = "unreadable") -> None:
        super().__init__(message, "database")
        self.kind = kind


def shown(value: object, limit: int = 40) -> str:
    """A value the user typed, fit to quote in a one-line message: control characters made visible, long text cut."""
    text = "".join(ch if ch.isprintable() else "\ufffd" for ch in str(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"

"""The BSN guard: a citizen service number may never be stored in Workload Desk.

Its use needs a legal basis the app does not have, and a lost laptop would leak
it. Nine digits that pass the BSN eleven-test are refused, however they are
grouped: by spaces (a non-breaking one, or several), dots, dashes (an en dash
too), slashes, commas or underscores, with spaces around the mark or not, as
long as one number uses one kind of mark. Eight digits in one group that pass
once a leading zero is put back are refused too: a spreadsheet drops that zero.
Such eight digits that read as a date (``22112026``, ``20261122``) are left alone.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from .errors import UserError
from .i18n import translate

_DIGITS = re.compile(r"\d+")
_SPACE = r"[\s\u00ad\u200b\u2060]"
# What may stand between two groups of one number: spaces, or one mark with spaces around it.
_SEPARATOR = re.compile(rf"{_SPACE}{{0,3}}([.\-/,_\u2010-\u2015\u2212]){_SPACE}{{0,3}}|{_SPACE}{{1,3}}")


def passes_eleven_test(digits: str) -> bool:
    """Tell whether nine digits pass the BSN eleven-test (weights 9..2 and -1)."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    values = [unicodedata.digit(d) for d in digits]
    total = sum(d * w for d, w in zip(values[:8], range(9, 1, -1)))
    return (total - values[8]) % 11 == 0


def _reads_as_date(digits: str) -> bool:
    """Whether eight digits are a date written without marks: ``ddmmyyyy`` or ``yyyymmdd``."""
    n = [unicodedata.digit(d) for d in digits]
    two = lambda i: n[i] * 10 + n[i + 1]  # noqa: E731 - a two-digit number at i
    for day, month, year in ((two(0), two(2), two(4) * 100 + two(6)), (two(6), two(4), two(0) * 100 + two(2))):
        if 1900 <= year <= 2199:
            try:
                date(year, month, day)
                return True
            except ValueError:
                pass
    return False


def _numbers(text: str):
    """Yield each number in ``text`` as its groups of digits and the kind of mark after each group."""
    groups: list[str] = []
    marks: list[str] = []
    end = None
    for m in _DIGITS.finditer(text):
        between = text[end : m.start()] if end is not None else None
        sep = _SEPARATOR.fullmatch(between) if between else None
        if groups and sep:
            marks.append(sep.group(1) or " ")
        elif groups:
            yield groups, marks
            groups, marks = [], []
        groups.append(m.group())
        end = m.end()
    if groups:
        yield groups, marks


def _candidates(groups: list[str], marks: list[str]):
    """Nine digits from neighbouring groups joined by one kind of mark; eight digits in one group, a zero before."""
    for i, first in enumerate(groups):
        if len(first) == 8 and not _reads_as_date(first):
            yield "0" + first
        digits = first
        for j in range(i + 1, len(groups)):
            if len(digits) >= 9 or marks[j - 1] != marks[i]:
                break
            digits += groups[j]
        if len(digits) == 9:
            yield digits


def contains_bsn(text: str) -> bool:
    """Tell whether ``text`` holds something that may be a BSN."""
    return any(passes_eleven_test(d) for groups, marks in _numbers(text or "") for d in _candidates(groups, marks))


def refuse_bsn(text: str | None, field: str) -> None:
    """Raise a :class:`UserError` on ``field`` when ``text`` holds a possible BSN."""
    if text and contains_bsn(text):
        raise UserError(
            translate(
                "Validation",
                "This text contains a number that may be a BSN (citizen service number). "
                "A BSN may not be kept in Workload Desk: leave it out or use your own code.",
            ),
            field,
        )

"""The BSN guard: a citizen service number may never be stored in Workload Desk.

Its use needs a legal basis the app does not have, and a lost laptop would leak
it. Nine digits that pass the BSN eleven-test are refused, however they are
grouped: between two groups of digits may stand any short run (one to four
characters) of spaces of any kind and marks (``. - / , _ ' ’ · :``, dashes and
their look-alikes), mixed as you like. Invisible characters (Unicode format
characters such as a zero-width space or a direction mark) are taken out first.
Eight digits that pass once a leading zero is put back are refused too, in one
group or in several (``12.345.672``, ``1234 5672``): a spreadsheet drops that zero.

What a note is full of is left alone: dates (``23-11-2026``, ``2026-11-23``,
``23.11.2026``), times (``10:00``, ``9.30``), amounts' cents (``1.234,56``), a
comma with a space after it (a list: ``1.250, 3.400``), and eight digits that
read as a date (``22112026``) or, in groups, as years (``2024-2025``).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from .errors import UserError
from .i18n import translate

_DIGITS = re.compile(r"\d+")
# Marks that may stand between the groups of one number, spaces of any kind (\s) among them.
_MARKS = (
    r"\s.\-/\\,_'`´ʼ‘’‛′·•∙⋅․‧:\u0387\u2010-\u2015\u2043\u2212"
    r"\ufe50\ufe52\ufe58\ufe63\uff07\uff0c\uff0d\uff0e\uff0f\uff1a\uff3f"
)
_SEPARATOR = re.compile(rf"[{_MARKS}]{{1,4}}")
_THEN_DIGITS = re.compile(rf"[{_MARKS}]{{1,4}}\d")
# A comma with spaces after it (and none before) ends one number in a list: "1.250, 3.400".
_LIST = re.compile(r"[,\uff0c]\s+")
_DASHES = r"\-\u2010-\u2015"
_DATE = re.compile(
    rf"(?<!\d)(?:(\d{{1,2}})([{_DASHES}./])(\d{{1,2}})\2(\d{{4}})|(\d{{4}})([{_DASHES}./])(\d{{1,2}})\6(\d{{1,2}}))(?!\d)"
)
_DAY_MONTH = re.compile(rf"(?<!\d)(\d{{1,2}})([{_DASHES}./])(\d{{1,2}})(?!\d)")
_TIME = re.compile(r"(?<!\d)(\d{1,2})([:.])(\d{2})(?:\2(\d{2}))?(?!\d)")
_CENTS = re.compile(r"(?<=\d)([,.])\d{2}(?!\d)")
# What stands in a masked date, time or amount's cents: it ends a number.
_BREAK = "#"


def passes_eleven_test(digits: str) -> bool:
    """Tell whether nine digits pass the BSN eleven-test (weights 9..2 and -1)."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    values = [unicodedata.digit(d) for d in digits]
    total = sum(d * w for d, w in zip(values[:8], range(9, 1, -1)))
    return (total - values[8]) % 11 == 0


def _is_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return 1900 <= year <= 2199


def _reads_as_date(digits: str) -> bool:
    """Whether eight digits are a date written without marks: ``ddmmyyyy`` or ``yyyymmdd``."""
    n = [unicodedata.digit(d) for d in digits]
    two = lambda i: n[i] * 10 + n[i + 1]  # noqa: E731 - a two-digit number at i
    return _is_date(two(4) * 100 + two(6), two(2), two(0)) or _is_date(two(0) * 100 + two(2), two(4), two(6))


def _is_year(group: str) -> bool:
    return len(group) == 4 and 1900 <= int(group) <= 2199


def _own_mark_around(m: re.Match, mark: str) -> bool:
    """Whether the match goes on with its own mark and a digit on either side (``12.34.56.782`` is no time)."""
    text, start, end = m.string, m.start(), m.end()
    before, after = text[max(start - 2, 0) : start], text[end : end + 2]
    return (len(before) == 2 and before[1] == mark and before[0].isdigit()) or (
        len(after) == 2 and after[0] == mark and after[1].isdigit()
    )


def _mask_date(m: re.Match) -> str:
    if m.group(1) is not None:
        day, month, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    else:
        year, month, day = int(m.group(5)), int(m.group(7)), int(m.group(8))
    return _BREAK if _is_date(year, month, day) else m.group()


def _mask_day_month(m: re.Match) -> str:
    day, month = int(m.group(1)), int(m.group(3))
    return _BREAK if _is_date(2000, month, day) and not _own_mark_around(m, m.group(2)) else m.group()


def _mask_time(m: re.Match) -> str:
    hours, minutes, seconds = int(m.group(1)), int(m.group(3)), int(m.group(4) or 0)
    ok = hours <= 24 and minutes <= 59 and seconds <= 59
    return _BREAK if ok and not _own_mark_around(m, m.group(2)) else m.group()


def _mask_cents(m: re.Match) -> str:
    """Cents end an amount: ``1.234,56``; not where more digits follow (``1234.56.782``, ``123,45,6782``)."""
    if m.group(1) == "." and _THEN_DIGITS.match(m.string, m.end()):
        return m.group()
    return m.group() if _own_mark_around(m, m.group(1)) else _BREAK


def _plain(text: str) -> str:
    """The text without invisible characters, its dates, times and cents made into breaks."""
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    for pattern, mask in ((_DATE, _mask_date), (_TIME, _mask_time), (_DAY_MONTH, _mask_day_month)):
        text = pattern.sub(mask, text)
    return _CENTS.sub(_mask_cents, text)


def _numbers(text: str):
    """Yield each number in ``text`` as its groups of digits."""
    groups: list[str] = []
    end = None
    for m in _DIGITS.finditer(text):
        between = text[end : m.start()] if end is not None else ""
        if groups and not (_SEPARATOR.fullmatch(between) and not _LIST.fullmatch(between)):
            yield groups
            groups = []
        groups.append(m.group())
        end = m.end()
    if groups:
        yield groups


def _candidates(groups: list[str]):
    """Nine digits from neighbouring groups; eight digits, a zero before, in one group or making the whole number."""
    for i, first in enumerate(groups):
        if len(first) == 8 and not _reads_as_date(first):
            yield "0" + first
        digits = first
        for j in range(i + 1, len(groups)):
            if len(digits) >= 9:
                break
            digits += groups[j]
        if len(digits) == 9:
            yield digits
    whole = "".join(groups)
    if len(groups) > 1 and len(whole) == 8:
        if not (_reads_as_date(whole) or _is_year(groups[0]) or _is_year(groups[-1])):
            yield "0" + whole


def contains_bsn(text: str) -> bool:
    """Tell whether ``text`` holds something that may be a BSN."""
    return any(passes_eleven_test(d) for groups in _numbers(_plain(text or "")) for d in _candidates(groups))


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

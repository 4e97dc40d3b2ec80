"""The overload statement (werkdrukmelding): the worker's request and the line at the foot of each page.

The figures are gathered in :mod:`.statement_figures` and written out in :mod:`.statement_text`;
their names are offered here too, so callers import the statement from one place.
"""

from __future__ import annotations

from . import i18n
from .i18n import format_date, translate
from .statement_figures import (
    MAX_WEEKS,
    Comparison,
    DayHours,
    Statement,
    build_statement,
    check_period,
    half_year_of,
    last_full_weeks,
    quarter_of,
    whole_weeks,
    year_of,
)
from .statement_text import statement_html

__all__ = [
    "MAX_WEEKS",
    "Comparison",
    "DayHours",
    "Statement",
    "build_statement",
    "check_period",
    "default_request",
    "half_year_of",
    "last_full_weeks",
    "quarter_of",
    "statement_footer",
    "statement_html",
    "whole_weeks",
    "year_of",
]


def default_request(lang: str, s: Statement | None = None) -> str:
    """The worker's request for action, as it stands until the worker writes their own.

    With a statement, it asks only what its figures support, and nothing when they show no overload.
    """
    with i18n.speaking(lang):
        if s is not None:
            return _request_for(s)
        return translate(
            "Statement",
            "I ask you to agree with me, within two weeks, on steps that bring my workload back to a "
            "responsible level: no new cases until my caseload is at the agreed target, handing over the "
            "cases above the norm, and compensation for the hours above my contract.",
        )


def _request_for(s: Statement) -> str:
    """Only what the figures support: nothing without logged hours, compensation only for compensable hours."""
    if not s.overloaded:
        return ""
    asked = []
    if s.above_target:
        asked.append(translate("Statement", "no new cases until my caseload is at the agreed target"))
    if s.above_norm:
        asked.append(translate("Statement", "handing over the cases above the norm"))
    if s.over_compensable_minutes:
        asked.append(translate("Statement", "compensation for the hours above my contract"))
    if s.limits_beyond_pauses:  # pauses the record cannot show ask for no schedule on their own
        asked.append(translate("Statement", "a schedule that keeps my working hours within the Working Hours Act"))
    if not asked:
        return ""
    listed = asked[0]
    if len(asked) > 1:
        listed = translate("Statement", "{items} and {last}").format(items=", ".join(asked[:-1]), last=asked[-1])
    return translate(
        "Statement",
        "I ask you to agree with me, within two weeks, on steps that bring my workload back to a responsible "
        "level: {steps}.",
    ).format(steps=listed)


def statement_footer(s: Statement, lang: str) -> str:
    """The line at the foot of every page: the worker, the period and the date, in ``lang``."""
    with i18n.speaking(lang):
        from .statement_words import name

        said = (
            translate("Statement", "{worker} · overload statement {first} to {last} · {date}")
            if s.overloaded
            else translate("Statement", "{worker} · record of hours {first} to {last} · {date}")
        )
        return said.format(
            worker=name(s.worker), first=format_date(s.first), last=format_date(s.last), date=format_date(s.made_on)
        )

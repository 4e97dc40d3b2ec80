"""The overload statement (werkdrukmelding): its figures for a period, and the document as HTML.

Evidence for a meeting with the team lead, a works council or a court: hours per
week against the contract and the law, the caseload against the norm and the
schedule, where the time went, and what the worker declined. It names no case,
no child and no note. The period is taken in whole ISO weeks (Monday to Sunday),
the unit the contract and the CAO count in.
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from . import i18n
from .caseload import Caseload, caseload_on
from .caseload_norm import Norm, norm_on, target_on
from .dates import add_months, week_start
from .errors import UserError
from .events import events_between
from .i18n import format_date, format_hours, translate
from .model import TASK_KINDS, task_kind_name
from .register import BoundaryCount, boundaries_kept, boundary_name, declined, request_name
from .settings import get_setting
from .week import WeekReport, week_reports
from .working_hours_act import NOTES

if TYPE_CHECKING:
    from sqlite_utils import Database

MAX_WEEKS = 60


@dataclass(frozen=True)
class Statement:
    """Every figure the statement shows."""

    first: date
    last: date
    made_on: date
    worker: str
    team: str
    manager: str
    weeks: list[WeekReport]
    caseload_first: Caseload
    caseload_last: Caseload
    caseload_highest: int
    norm: Norm
    target: float
    by_task: dict[str, float]
    court: tuple[int, int, int]  # hearings, in person, by phone or video
    redactions: tuple[int, int]  # redactions, pages
    care_searches: tuple[int, int]  # searches, providers contacted
    declined: Counter
    boundaries: list[BoundaryCount]

    @property
    def worked(self) -> float:
        return sum(w.worked_hours for w in self.weeks)

    @property
    def expected(self) -> float:
        return sum(w.expected_hours for w in self.weeks)

    @property
    def extra(self) -> float:
        return sum(w.extra_hours for w in self.weeks)

    @property
    def overtime(self) -> float:
        return sum(w.overtime_hours for w in self.weeks)

    @property
    def compensable(self) -> float:
        return sum(w.compensable for w in self.weeks)

    @property
    def balance(self) -> float:
        """The running balance at the end of the period."""
        return self.weeks[-1].balance_hours if self.weeks else 0.0

    @property
    def balance_since(self) -> date | None:
        """The day the running balance counts from."""
        return self.weeks[-1].balance_since if self.weeks else None

    @property
    def weeks_over(self) -> int:
        """The weeks in which more was worked than the contract asks."""
        return sum(w.worked_hours > w.expected_hours for w in self.weeks)

    @property
    def above_norm(self) -> bool:
        """The caseload on the last day is above the responsible norm."""
        return self.caseload_last.measures > self.norm.measures

    @property
    def above_target(self) -> bool:
        """The caseload on the last day is above the reduction schedule's target (never below the norm)."""
        return self.caseload_last.measures > self.target

    @property
    def overloaded(self) -> bool:
        """The figures show overload: a week over the contract, a legal limit passed or a caseload above the norm."""
        return bool(self.weeks_over or self.legal or self.above_norm)

    @property
    def structural(self) -> bool:
        """Overload in at least half of the weeks (two or more), or a caseload above the norm from start to end."""
        most_weeks = self.weeks_over >= 2 and 2 * self.weeks_over >= len(self.weeks)
        return most_weeks or (self.above_norm and self.caseload_first.measures > self.norm.measures)

    @property
    def legal(self) -> list[tuple[str, str]]:
        """Every Arbeidstijdenwet limit passed: (week, message)."""
        return [(w.week, x.message) for w in self.weeks for x in w.warnings if x.legal and not x.note]

    @property
    def shortened_rests(self) -> list[tuple[str, str]]:
        """Rests shortened as the law allows once in 7 x 24 hours when the work requires it: (week, message)."""
        return [(w.week, x.message) for w in self.weeks for x in w.warnings if x.note]


def whole_weeks(first: date, last: date) -> tuple[date, date]:
    """The period stretched to whole ISO weeks: Monday of the first, Sunday of the last."""
    return week_start(first), week_start(last) + timedelta(days=6)


def last_full_weeks(today: date, count: int = 4) -> tuple[date, date]:
    """The last ``count`` full weeks before this one."""
    monday = week_start(today)
    return monday - timedelta(weeks=count), monday - timedelta(days=1)


def quarter_of(day: date) -> tuple[date, date]:
    """The calendar quarter holding ``day``."""
    first = date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return first, add_months(first, 3) - timedelta(days=1)


def build_statement(db: Database, first: date, last: date, today: date | None = None) -> Statement:
    """Gather the statement's figures for the whole weeks from ``first`` to ``last``."""
    if last < first:
        raise UserError(translate("Validation", "The end of the period must come after its start."), "to")
    first, last = whole_weeks(first, last)
    if (last - first).days // 7 + 1 > MAX_WEEKS:
        raise UserError(
            translate("Validation", "A statement covers at most {weeks} weeks.").format(weeks=MAX_WEEKS), "to"
        )
    # One load for the whole period; the running balance is shown once, for the period's end.
    weeks = week_reports(db, first, week_start(last))
    by_task: dict[str, float] = {}
    for w in weeks:
        for kind, hours in w.by_task.items():
            by_task[kind] = by_task.get(kind, 0.0) + hours
    happened = events_between(db, first, last + timedelta(days=1))
    court = (
        sum(e.kind == "court" for e in happened),
        sum(e.kind == "court" and e.in_person for e in happened),
        sum(e.kind == "court" and not e.in_person for e in happened),
    )
    redactions = (sum(e.kind == "redaction" for e in happened), sum(e.pages for e in happened if e.kind == "redaction"))
    searches = (
        sum(e.kind == "care-search" for e in happened),
        sum(e.providers for e in happened if e.kind == "care-search"),
    )
    highest = max(caseload_on(db, first + timedelta(days=7 * i)).measures for i in range(len(weeks)))
    return Statement(
        first=first,
        last=last,
        made_on=today or date.today(),
        worker=get_setting(db, "worker_name", "") or "",
        team=get_setting(db, "worker_team", "") or "",
        manager=get_setting(db, "manager_name", "") or "",
        weeks=weeks,
        caseload_first=caseload_on(db, first),
        caseload_last=caseload_on(db, last),
        caseload_highest=max(highest, caseload_on(db, last).measures),
        norm=norm_on(db, last),
        target=target_on(db, last),
        by_task={k: by_task[k] for k in TASK_KINDS if by_task.get(k)},
        court=tuple(court),
        redactions=tuple(redactions),
        care_searches=tuple(searches),
        declined=Counter(r.what for r in declined(db, first, last)),
        boundaries=[b for b in boundaries_kept(db, first, last) if b.times],
    )


def default_request(lang: str, s: Statement | None = None) -> str:
    """The worker's request for measures, as it stands until the worker writes their own.

    With a statement, it asks only what its figures support, and nothing when they show no overload.
    """
    with i18n.speaking(lang):
        if s is not None:
            return _request_for(s)
        return translate(
            "Statement",
            "I ask you to agree with me, within two weeks, on measures that bring my workload back to a "
            "responsible level: no new cases until my caseload is at the agreed target, handing over the "
            "cases above the norm, and compensation for the hours above my contract.",
        )


def _request_for(s: Statement) -> str:
    asked = []
    if s.above_target:
        asked.append(translate("Statement", "no new cases until my caseload is at the agreed target"))
    if s.above_norm:
        asked.append(translate("Statement", "handing over the cases above the norm"))
    if s.weeks_over:
        asked.append(translate("Statement", "compensation for the hours above my contract"))
    if s.legal:
        asked.append(translate("Statement", "a schedule that keeps my working hours within the Working Hours Act"))
    if not asked:
        return ""
    listed = asked[0]
    if len(asked) > 1:
        listed = translate("Statement", "{items} and {last}").format(items=", ".join(asked[:-1]), last=asked[-1])
    return translate(
        "Statement",
        "I ask you to agree with me, within two weeks, on measures that bring my workload back to a responsible "
        "level: {measures}.",
    ).format(measures=listed)


def statement_footer(s: Statement, lang: str) -> str:
    """The line at the foot of every page: the worker, the period and the date, in ``lang``."""
    with i18n.speaking(lang):
        return translate("Statement", "{worker} · overload statement {first} to {last} · {date}").format(
            worker=s.worker or "–", first=format_date(s.first), last=format_date(s.last), date=format_date(s.made_on)
        )


def _e(text: str) -> str:
    return html.escape(str(text))


def _table(headers: list[str], rows: list[list[str]], right_from: int = 1, marked: set[int] = frozenset()) -> str:
    head = "".join(f'<th align="{"left" if i < right_from else "right"}">{_e(h)}</th>' for i, h in enumerate(headers))
    body = []
    for n, row in enumerate(rows):
        style = ' style="background-color:#fde2e1"' if n in marked else ""
        cells = "".join(f'<td align="{"left" if i < right_from else "right"}">{_e(c)}</td>' for i, c in enumerate(row))
        body.append(f"<tr{style}>{cells}</tr>")
    return (
        '<table width="100%" cellspacing="0" cellpadding="2" border="1" style="border-collapse:collapse">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def statement_html(s: Statement, lang: str, request: str) -> str:
    """The document in ``lang``. Charts are images named ``chart-weeks`` and ``chart-caseload``."""
    with i18n.speaking(lang):
        return _statement_html(s, request)


def _statement_html(s: Statement, request: str) -> str:
    h = format_hours
    title = translate("Statement", "Overload statement")
    period = translate("Statement", "{first} to {last} (whole weeks, Monday to Sunday)").format(
        first=format_date(s.first), last=format_date(s.last)
    )
    parts = [f"<h1>{_e(title)}</h1>"]
    facts = [
        (translate("Statement", "From"), s.worker + (f", {s.team}" if s.team else "")),
        (translate("Statement", "To"), s.manager),
        (translate("Statement", "Period"), period),
        (translate("Statement", "Date"), format_date(s.made_on)),
    ]
    parts.append(
        '<table cellpadding="2">'
        + "".join(f"<tr><td><b>{_e(k)}</b></td><td>{_e(v)}</td></tr>" for k, v in facts)
        + "</table>"
    )
    parts.extend(_opening(s))

    parts.append(_h2(translate("Statement", "Hours")))
    rows, marked = [], set()
    for n, w in enumerate(s.weeks):
        if w.warnings:
            marked.add(n)
        notes = ", ".join(sorted({_short_warning(x.code) for x in w.warnings}))
        rows.append([w.week, h(w.expected_hours), h(w.worked_hours), h(w.extra_hours), h(w.overtime_hours), notes])
    rows.append([translate("Statement", "Total"), h(s.expected), h(s.worked), h(s.extra), h(s.overtime), ""])
    parts.append(
        _table(
            [
                translate("Statement", "Week"),
                translate("Statement", "Contract"),
                translate("Statement", "Worked"),
                translate("Statement", "Extra hours"),
                translate("Statement", "Overtime"),
                translate("Statement", "Warning"),
            ],
            rows,
            marked=marked,
        )
    )
    above = max(0.0, s.worked - s.expected)
    figures = {
        "weeks": _weeks(len(s.weeks)),
        "worked": h(s.worked),
        "expected": h(s.expected),
        "above": h(above),
        "compensable": h(s.compensable),
    }
    if above and s.compensable:
        worked = translate(
            "Statement",
            "In {weeks} I worked {worked} hours against {expected} in my contract: {above} hours more, "
            "of which {compensable} compensable.",
        )
    elif above:
        worked = translate(
            "Statement", "In {weeks} I worked {worked} hours against {expected} in my contract: {above} hours more."
        )
    else:
        worked = translate("Statement", "In {weeks} I worked {worked} hours against {expected} in my contract.")
    sentences = [worked.format(**figures)]
    if s.balance:
        sentences.append(
            translate(
                "Statement", "My balance of hours above my contract, counted from {since}, is now {balance}."
            ).format(since=format_date(s.balance_since) if s.balance_since else "–", balance=h(s.balance))
        )
    if any(w.warnings for w in s.weeks):
        sentences.append(translate("Statement", "Weeks with a warning are marked."))
    parts.append("<p>" + _e(" ".join(sentences)) + "</p>")
    parts.append('<p align="center"><img src="chart-weeks" width="500" height="196"></p>')

    parts.append(_h2(translate("Statement", "Legal limits passed (Arbeidstijdenwet)")))
    if s.legal:
        parts.append("<ul>" + "".join(f"<li>{_e(week)}: {_e(msg)}</li>" for week, msg in s.legal) + "</ul>")
    else:
        parts.append("<p>" + _e(translate("Statement", "No legal limit was passed in this period.")) + "</p>")
    if s.shortened_rests:
        parts.append(
            "<p>"
            + _e(
                translate(
                    "Statement",
                    "Rests shortened to less than 11 hours, which the law allows once in 7 × 24 hours when the work "
                    "requires it (ATW art. 5:3 lid 2, 5:8 lid 4):",
                )
            )
            + "</p><ul>"
            + "".join(f"<li>{_e(week)}: {_e(msg)}</li>" for week, msg in s.shortened_rests)
            + "</ul>"
        )

    parts.append(_h2(translate("Statement", "Caseload")))
    low, high = s.norm.families
    parts.append(
        "<p>"
        + _e(
            translate(
                "Statement",
                "On {last} I carried {measures} for {families} ({children}). The "
                "responsible norm for my contract of {contract} hours is {norm} measures, or {low} to {high} "
                "families; the target of the agreed reduction schedule was {target}. At the start of the period I "
                "carried {start}; the highest in the period was {highest}.",
            ).format(
                last=format_date(s.last),
                measures=_measures(s.caseload_last.measures),
                families=_n(
                    s.caseload_last.families,
                    translate("Statement", "{count} family"),
                    translate("Statement", "{count} families"),
                ),
                children=_n(
                    s.caseload_last.children,
                    translate("Statement", "{count} child"),
                    translate("Statement", "{count} children"),
                ),
                contract=h(s.norm.contract_hours),
                norm=h(s.norm.measures),
                low=h(low),
                high=h(high),
                target=h(s.target),
                start=_measures(s.caseload_first.measures),
                highest=s.caseload_highest,
            )
        )
        + "</p>"
    )
    parts.append('<p align="center"><img src="chart-caseload" width="500" height="196"></p>')

    parts.append(_h2(translate("Statement", "Where the time went")))
    total = sum(s.by_task.values()) or 1.0
    parts.append(
        _table(
            [translate("Statement", "Work"), translate("Statement", "Hours"), translate("Statement", "Share")],
            [[task_kind_name(k), h(v), f"{round(100 * v / total)}%"] for k, v in s.by_task.items()],
        )
    )
    court, in_person, remote = s.court
    done = []
    if court:
        done.append(
            translate(
                "Statement",
                "Court hearings: {count} ({in_person} in person, {remote} by phone or video), {hours} hours.",
            ).format(count=court, in_person=in_person, remote=remote, hours=h(s.by_task.get("court", 0.0)))
        )
    if s.redactions[0]:
        done.append(
            translate("Statement", "File redactions: {count}, {pages}, {hours} hours.").format(
                count=s.redactions[0],
                pages=_n(
                    s.redactions[1], translate("Statement", "{count} page"), translate("Statement", "{count} pages")
                ),
                hours=h(s.by_task.get("redaction", 0.0)),
            )
        )
    if s.care_searches[0]:
        done.append(
            translate("Statement", "Care searches: {count}, {providers} contacted, {hours} hours.").format(
                count=s.care_searches[0],
                providers=_n(
                    s.care_searches[1],
                    translate("Statement", "{count} provider"),
                    translate("Statement", "{count} providers"),
                ),
                hours=h(s.by_task.get("care-search", 0.0)),
            )
        )
    if done:
        parts.append("<ul>" + "".join(f"<li>{_e(line)}</li>" for line in done) + "</ul>")

    parts.append(_h2(translate("Statement", "Requests declined and boundaries kept")))
    lines = [
        translate("Statement", "Declined: {what}, {times}.").format(what=request_name(k), times=_times(n))
        for k, n in sorted(s.declined.items())
    ] + [
        (
            translate("Statement", "Kept: {boundary}, {times} ({hours} hours saved).")
            if b.hours_saved
            else translate("Statement", "Kept: {boundary}, {times}.")
        ).format(boundary=boundary_name(b.boundary), times=_times(b.times), hours=h(b.hours_saved))
        for b in s.boundaries
    ]
    if lines:
        parts.append("<ul>" + "".join(f"<li>{_e(x)}</li>" for x in lines) + "</ul>")
    else:
        parts.append("<p>" + _e(translate("Statement", "None recorded in this period.")) + "</p>")

    parts.append(_h2(translate("Statement", "Report and request")))
    if s.overloaded:
        parts.append(
            "<p>"
            + _e(
                translate(
                    "Statement",
                    "I make this report under article 11 of the Working Conditions Act (Arbowet), which obliges me to "
                    "report dangers to safety and health. Under article 3, read with article 1, the employer must "
                    "prevent psychosocial workload, which explicitly includes work pressure, or where that is not "
                    "possible limit it.",
                )
            )
            + "</p>"
        )
    # A paragraph per line: the paper can break between lines and keep the end of a long request with the signatures.
    lines = request.strip("\n").splitlines()
    parts.extend(
        f'<p style="margin-top:{2 if n == 0 else 0}px; margin-bottom:{4 if n == len(lines) - 1 else 0}px">'
        f"{_e(line) or '&nbsp;'}</p>"
        for n, line in enumerate(lines)
    )
    sign = _e(translate("Statement", "Date and signature"))
    cells = [(translate("Statement", "Worker"), s.worker), (translate("Statement", "Manager"), s.manager)]
    parts.append(
        '<table width="100%" cellpadding="6"><tr>'
        + "".join(
            f'<td width="50%"><b>{_e(role)}</b><br>{_e(name)}<br><br>{sign}:<br><br><br>{"_" * 30}</td>'
            for role, name in cells
        )
        + "</tr></table>"
    )
    return "<html><body>" + "".join(parts) + "</body></html>"


def _opening(s: Statement) -> list[str]:
    """What the period shows, in a sentence and the grounds for it: overload only where the figures show it."""
    source = translate("Statement", "The figures below come from my own record of hours and cases.")
    if not s.overloaded:
        shown = translate(
            "Statement",
            "The figures of this period do not show overload: in no week did I work more than my contract, no "
            "legal limit was passed and my caseload is within the norm.",
        )
        return [f"<p>{_e(shown)} {_e(source)}</p>"]
    if s.structural:
        said = translate("Statement", "With this statement I report that my workload has been structurally too high:")
    else:
        said = translate("Statement", "With this statement I report that my workload has been too high in this period:")
    grounds = []
    if s.weeks_over:
        grounds.append(
            translate("Statement", "in {over} of {weeks} I worked more than my contract;").format(
                over=s.weeks_over, weeks=_weeks(len(s.weeks))
            )
        )
    if s.legal:
        grounds.append(
            translate("Statement", "legal limits of the Working Hours Act passed: {count};").format(count=len(s.legal))
        )
    if s.above_norm:
        grounds.append(
            translate("Statement", "my caseload of {measures} is above the responsible norm of {norm};").format(
                measures=_measures(s.caseload_last.measures), norm=format_hours(s.norm.measures)
            )
        )
    if s.above_target:
        grounds.append(
            translate("Statement", "it is above the target of the agreed reduction schedule, {target};").format(
                target=format_hours(s.target)
            )
        )
    grounds[-1] = grounds[-1].removesuffix(";") + "."
    return [
        f"<p>{_e(said)}</p>",
        "<ul>" + "".join(f"<li>{_e(g)}</li>" for g in grounds) + "</ul>",
        f"<p>{_e(source)}</p>",
    ]


def _n(count: int, one: str, many: str) -> str:
    """``one`` or ``many`` (translated messages with ``{count}``) as ``count`` asks."""
    return (one if count == 1 else many).format(count=count)


def _times(count: int) -> str:
    return _n(count, translate("Statement", "{count} time"), translate("Statement", "{count} times"))


def _weeks(count: int) -> str:
    return _n(count, translate("Statement", "{count} week"), translate("Statement", "{count} weeks"))


def _measures(count: int) -> str:
    return _n(count, translate("Statement", "{count} measure"), translate("Statement", "{count} measures"))


def _h2(text: str) -> str:
    return f"<h2>{_e(text)}</h2>"


def _short_warning(code: str) -> str:
    if code in ("over_contract", "consent_needed"):
        return translate("Statement", "over contract")
    if code in NOTES:
        return translate("Statement", "shortened rest")
    return translate("Statement", "legal limit")

"""The overload statement as a document: its figures (:mod:`.statement_figures`) in its words
(:mod:`.statement_words`), laid out by the template ``resources/statement/statement.html.j2``.

The HTML is simple enough for Qt's rich text (QTextDocument). The template is Jinja2 with
autoescape on: a worker's name or request is text on the paper, never markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from markupsafe import Markup

from . import i18n
from . import statement_words as words
from .days_off import kind_name
from .i18n import format_date, format_duration, translate, weekday_names
from .model import task_kind_name
from .resources import resources_dir
from .statement_figures import Statement, minutes
from .statement_findings import span_in_words, week_label

# More weeks than this in the weekly table: grouped by month, each with its total.
GROUP_BY_MONTH = 13
TEMPLATE = "statement.html.j2"
# A figure of the current week not known until the week is over (hours above the contract, above 36).
NOT_KNOWN = "–"


@dataclass(frozen=True)
class Row:
    """A table's row: its cells as text, and ``"total"`` or ``"marked"`` for a row that stands out."""

    cells: list[str]
    style: str = ""


def template_path():
    """Where the statement's template is: in ``resources/statement/`` of a checkout or an installed copy."""
    return resources_dir() / "statement" / TEMPLATE


@lru_cache(maxsize=1)
def _template():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(
        loader=FileSystemLoader(template_path().parent),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,  # a name the template asks for and is not given is an error, not a blank
    )
    return env.get_template(TEMPLATE)


def statement_html(s: Statement, lang: str, request: str, appendix: bool = True) -> str:
    """The document in ``lang``; with ``appendix`` the hours of every day and each legal finding, for checking."""
    with i18n.speaking(lang):
        return _template().render(statement_context(s, request, appendix))


def statement_context(s: Statement, request: str, appendix: bool = True) -> dict:
    """Everything the template shows, as translated text: call inside ``i18n.speaking(lang)``."""
    w = words.labels()
    w["title"] = words.title(s)
    said, grounds, source = words.opening(s)
    grouped = len(s.weeks) > GROUP_BY_MONTH
    by_task = s.task_minutes
    findings_said, findings, findings_shortened = words.findings_listed(s)
    return {
        "w": w,
        "facts": [
            (w["from"], words.name(s.worker) + (f", {s.team}" if s.team else "")),
            (w["to"], words.name(s.manager)),
            (w["period"], words.period(s)),
            (w["date"], format_date(s.made_on)),
        ],
        "said": said,
        "grounds": grounds,
        "source": source,
        "week_rows": week_rows(s, grouped, w["total"]),
        "hours_said": words.hours_said(s, grouped),
        "days_off_said": words.days_off_with_activity(s),
        "year_before": words.year_before(s),
        "legal_count": words.legal_count(s, appendix) if s.limits_passed else "",
        "legal_lines": words.law_lines(s, notes=False),
        "shortened": words.law_lines(s, notes=True),
        "caseload_said": words.caseload(s),
        "task_rows": [
            Row([task_kind_name(k), format_duration(v), f"{share}%"])
            for (k, v), share in zip(by_task.items(), shares(list(by_task.values())), strict=True)
        ],
        "done": words.events_done(s),
        "declined_lines": words.declined(s),
        "counted": words.how_counted(s, appendix),
        "overloaded": s.overloaded,
        "request_lines": request.strip("\n").splitlines(),
        "signatures": [(w["worker"], words.name(s.worker)), (w["manager"], words.name(s.manager))],
        "appendix_weeks": appendix_weeks(s) if appendix else None,
        "findings_said": findings_said,
        "findings": findings,
        "findings_shortened": findings_shortened,
    }


def shares(values: list[int]) -> list[int]:
    """Whole percentages of ``values`` that always sum to 100 (largest remainder): each share is rounded
    down, and the points still missing go to the largest remainders, the earlier value first on a tie."""
    whole = sum(values)
    if not whole:
        return [0] * len(values)
    exact = [100 * v / whole for v in values]
    floors = [int(x) for x in exact]
    by_remainder = sorted(range(len(values)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in by_remainder[: 100 - sum(floors)]:
        floors[i] += 1
    return floors


def week_rows(s: Statement, grouped: bool, total: str) -> list[Row]:
    """The table of hours: a row per week (grouped by month, each with its total, when ``grouped``), then the total."""
    months: dict[tuple[int, int], list] = {}
    for w in s.weeks:
        months.setdefault(_month_of(w.monday) if grouped else (0, 0), []).append(w)
    rows = []
    for (year, month), group in months.items():
        label = _month_label(year, month, group, s.last) if grouped else ""
        if grouped and not any(s.is_recorded(w) for w in group):
            rows.append(Row([label, "", "", "", "", words.not_recorded()], "total"))
        elif grouped:
            counted = [w for w in group if not s.is_empty(w)]  # weeks left out are left out of the month too
            hours = [
                format_duration(sum(minutes(getattr(w, name)) for w in counted))
                for name in ("expected_hours", "worked_hours", "extra_hours", "overtime_hours")
            ]
            rows.append(Row([label, *_known(s, group, hours), ""], "total"))
        rows += [Row(_week_cells(s, w), "marked" if w.warnings else "") for w in group]
    figures = (s.expected_minutes, s.worked_minutes, s.extra_minutes, s.overtime_minutes)
    rows.append(Row([total, *(format_duration(m) for m in figures), ""], "total"))
    return rows


def _week_cells(s: Statement, w) -> list[str]:
    if not s.is_recorded(w):
        return [_cell_label(w.monday), "", "", "", "", words.not_recorded()]
    leave, notes = words.week_notes(s, w)
    if s.is_empty(w):  # left out of every total: no figure the totals would not hold
        return [_cell_label(w.monday), "", "", "", "", notes]
    if leave is not None:
        if not w.worked_minutes:
            return [_cell_label(w.monday), leave, "", "", "", notes]
        hours = (w.worked_hours, w.extra_hours, w.overtime_hours)  # work logged during leave is in the totals
        return [_cell_label(w.monday), leave, *(format_duration(minutes(h)) for h in hours), notes]
    cells = [format_duration(minutes(h)) for h in (w.expected_hours, w.worked_hours, w.extra_hours, w.overtime_hours)]
    return [_cell_label(w.monday), *_known(s, [w], cells), notes]


def _known(s: Statement, group: list, cells: list[str]) -> list[str]:
    """Contract, worked, extra and overtime as shown: with the current week among ``group``, no 0:00 for the
    hours above the contract and above 36, known only once the week is over."""
    if not any(w.monday == s.current for w in group):
        return cells
    return [*cells[:2], *(c if c != format_duration(0) else NOT_KNOWN for c in cells[2:])]


def _cell_label(monday: date) -> Markup:
    """A week's label for a table's narrow first column: ``week 45,`` and on a line of its own its days, kept
    together: ``2–8 Nov``. Every week takes two lines, so a table's rows do not mix one and two (Qt's rich
    text reads a line separator as a space, so the break is a ``<br>``; the words themselves are escaped)."""
    number, days = week_label(monday).split(", ", 1)
    return Markup("{},<br>{}").format(number, days.replace(" ", "\u00a0").replace("–", "\u2060–\u2060"))


def _month_label(year: int, month: int, group: list, last: date) -> str:
    """A month's row: its name, and the days it holds when the period has only some of its days
    (``October 2026 (28 Sep – 4 Oct)``; a period ending today ends the days there), so a month is never read as
    whole when it is not."""
    name = words.month_name(month, year)
    end = min(group[-1].monday + timedelta(days=6), last)
    if [w.monday for w in group] == _mondays_of(year, month) and end == group[-1].monday + timedelta(days=6):
        return name
    return f"{name} ({span_in_words(group[0].monday, end, short=True)})"


def _mondays_of(year: int, month: int) -> list[date]:
    """The Mondays of the ISO weeks whose Thursday falls in the month."""
    thursday = date(year, month, 1)
    thursday += timedelta(days=(3 - thursday.weekday()) % 7)
    found = []
    while thursday.month == month:
        found.append(thursday - timedelta(days=3))
        thursday += timedelta(days=7)
    return found


def _month_of(monday: date) -> tuple[int, int]:
    """The month an ISO week counts to: the month of its Thursday."""
    thursday = monday + timedelta(days=3)
    return thursday.year, thursday.month


def _off_name(s: Statement, d) -> str:
    """A day off's kind, noting a hearing, redaction, care search or boundary registered on it (in words short
    enough for the appendix's narrow column: a word there is never broken)."""
    if not d.off:
        return ""
    if d.day in s.busy_days_off:
        return translate("Statement", "{kind}, with activity").format(kind=kind_name(d.off))
    return kind_name(d.off)


def appendix_weeks(s: Statement) -> list[list[Row]]:
    """A table per week: every day with work or a day off, its hours per kind of work, then the week's total."""
    names = weekday_names()
    tables = []
    for w in s.counted_weeks:
        sunday = w.monday + timedelta(days=6)
        rows = [
            Row(
                [
                    words.day_name(d.day, names),
                    _off_name(s, d),
                    words.kinds(d.by_task),
                    format_duration(d.total),
                ]
            )
            for d in s.days
            if w.monday <= d.day <= sunday
        ]
        week_kinds = {k: minutes(h) for k, h in w.by_task.items()}
        rows.append(
            Row([_cell_label(w.monday), "", words.kinds(week_kinds), format_duration(minutes(w.worked_hours))], "total")
        )
        tables.append(rows)
    return tables

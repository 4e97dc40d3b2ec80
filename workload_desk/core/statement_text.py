"""The overload statement's words: its figures (:mod:`.statement_figures`) written out as simple HTML.

Simple enough for Qt's rich text (QTextDocument): tables with a header row (repeated on every
page), paragraphs, lists and two chart images named ``chart-weeks`` and ``chart-caseload``.
Hours a person reads are hours:minutes, summed in whole minutes first. The sentences claim
only what the figures show.
"""

from __future__ import annotations

import html
from datetime import date, timedelta

from . import i18n
from .days_off import kind_name
from .i18n import QT_TRANSLATE_NOOP, format_date, format_duration, format_hours, translate, weekday_names
from .legal_findings import message, warnings_of, why
from .model import TASK_KINDS, task_kind_name
from .register import boundary_name, request_name
from .statement_figures import Statement, minutes
from .working_hours_act import NOTES

# More weeks than this in the weekly table: grouped by month, each with its total.
GROUP_BY_MONTH = 13

MONTHS = (
    QT_TRANSLATE_NOOP("Statement", "January"),
    QT_TRANSLATE_NOOP("Statement", "February"),
    QT_TRANSLATE_NOOP("Statement", "March"),
    QT_TRANSLATE_NOOP("Statement", "April"),
    QT_TRANSLATE_NOOP("Statement", "May"),
    QT_TRANSLATE_NOOP("Statement", "June"),
    QT_TRANSLATE_NOOP("Statement", "July"),
    QT_TRANSLATE_NOOP("Statement", "August"),
    QT_TRANSLATE_NOOP("Statement", "September"),
    QT_TRANSLATE_NOOP("Statement", "October"),
    QT_TRANSLATE_NOOP("Statement", "November"),
    QT_TRANSLATE_NOOP("Statement", "December"),
)


def statement_html(s: Statement, lang: str, request: str, appendix: bool = True) -> str:
    """The document in ``lang``; with ``appendix`` the hours of every day and each legal finding, for checking."""
    with i18n.speaking(lang):
        parts = [*_heading(s), *_opening(s), *_hours(s), *_legal(s), *_caseload(s), *_time_went(s)]
        parts += [*_declined(s), *_how_counted(s), *_request(s, request)]
        if appendix:
            parts += _appendix(s)
        return "<html><body>" + "".join(parts) + "</body></html>"


def _e(text: str) -> str:
    return html.escape(str(text))


def _p(text: str) -> str:
    return f"<p>{_e(text)}</p>"


def _h2(text: str) -> str:
    return _heading_of(2, text)


def _heading_of(level: int, text: str, style: str = "") -> str:
    return f"<h{level}{style}>{_e(text)}</h{level}>"


def _list(lines: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{_e(x)}</li>" for x in lines) + "</ul>"


def _d(mins: int) -> str:
    return format_duration(mins)


def _table(
    headers: list[str],
    rows: list[list[str]],
    right_from: int = 1,
    styles: dict[int, str] | None = None,
    small: bool = False,
    widths: list[int] | None = None,
) -> str:
    """A table whose header row repeats on every page it runs over; ``styles`` colours or bolds rows by index.

    ``small`` sets it in a smaller letter, for a table of many columns; ``widths`` are the columns' percentages.
    """
    styles = styles or {}

    def cell(tag: str, i: int, text: str, width: str = "") -> str:
        align = "left" if i < right_from else "right"
        text = f'<span style="font-size:7.5pt">{_e(text)}</span>' if small else _e(text)
        return f'<{tag} align="{align}"{width}>{text}</{tag}>'

    head = "".join(cell("th", i, h, f' width="{widths[i]}%"' if widths else "") for i, h in enumerate(headers))
    body = []
    for n, row in enumerate(rows):
        style = f' style="{styles[n]}"' if n in styles else ""
        body.append(f"<tr{style}>{''.join(cell('td', i, c) for i, c in enumerate(row))}</tr>")
    return (
        '<table width="100%" cellspacing="0" cellpadding="2" border="1" style="border-collapse:collapse">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


MARKED = "background-color:#fde2e1"
_DAY_COLUMNS = [20, 8, 62, 10]  # the appendix's day, day off, hours per kind of work and total, in %
TOTAL = "font-weight:bold; background-color:#f2f2f2"


def _heading(s: Statement) -> list[str]:
    period = (
        translate("Statement", "{first} to {last} (whole weeks, Monday to Sunday; the current week up to today)")
        if s.current
        else translate("Statement", "{first} to {last} (whole weeks, Monday to Sunday)")
    ).format(first=format_date(s.first), last=format_date(s.last))
    facts = [
        (translate("Statement", "From"), s.worker + (f", {s.team}" if s.team else "")),
        (translate("Statement", "To"), s.manager),
        (translate("Statement", "Period"), period),
        (translate("Statement", "Date"), format_date(s.made_on)),
    ]
    return [
        _heading_of(1, translate("Statement", "Overload statement")),
        '<table cellpadding="2">'
        + "".join(f"<tr><td><b>{_e(k)}</b></td><td>{_e(v)}</td></tr>" for k, v in facts)
        + "</table>",
    ]


def _opening(s: Statement) -> list[str]:
    """What the period shows, in a sentence and the grounds for it: overload only where the figures show it."""
    source = translate("Statement", "The figures below come from my own record of hours and cases.")
    if not s.has_hours:
        shown = translate(
            "Statement",
            "No hours were logged in this period, so its figures do not show overload: this is a record, not a "
            "statement of overload.",
        )
        return [f"<p>{_e(shown)} {_e(source)}</p>"]
    if not s.overloaded:
        shown = translate(
            "Statement",
            "The figures of this period do not show overload: in no week did I work more than my contract, no "
            "legal limit was passed and my caseload is within the norm.",
        )
        return [f"<p>{_e(shown)} {_e(source)}</p>"]
    if s.caseload_only:
        said = translate("Statement", "With this statement I report that my caseload is too high:")
    elif s.structural:
        said = translate("Statement", "With this statement I report that my workload has been structurally too high:")
    else:
        said = translate("Statement", "With this statement I report that my workload has been too high in this period:")
    grounds = []
    if s.weeks_over:
        grounds.append(
            (
                translate("Statement", "in {over} of {weeks} I worked more than my contract (finished weeks only);")
                if s.current
                else translate("Statement", "in {over} of {weeks} I worked more than my contract;")
            ).format(over=s.weeks_over, weeks=_weeks(len(s.finished_weeks)))
        )
    if s.legal:
        grounds.append(
            translate("Statement", "legal limits of the Working Hours Act passed: {count};").format(count=len(s.legal))
        )
    if s.above_norm:
        grounds.append(
            (
                translate(
                    "Statement",
                    "my caseload of {measures} is above the responsible norm of {norm} and above the target of the "
                    "agreed reduction schedule ({target});",
                )
                if s.above_target
                else translate("Statement", "my caseload of {measures} is above the responsible norm of {norm};")
            ).format(
                measures=_measures(s.caseload_last.measures),
                norm=format_hours(s.norm.measures),
                target=format_hours(s.target),
            )
        )
    grounds[-1] = grounds[-1].removesuffix(";") + "."
    return [_p(said), _list(grounds), _p(source)]


def _week_row(s: Statement, w) -> list[str]:
    notes = sorted({_short_warning(x.code) for x in w.warnings})
    if not s.is_recorded(w):
        return [w.week, "", "", "", "", translate("Statement", "not recorded")]
    if w.monday == s.current:
        notes.insert(0, translate("Statement", "up to today"))
    if s.is_leave(w):
        kinds = sorted({d.off for d in s.days if d.off and w.monday <= d.day <= w.monday + timedelta(days=6)})
        return [w.week, ", ".join(kind_name(k) for k in kinds) or kind_name("leave"), "", "", "", ", ".join(notes)]
    if w.days_off:
        notes.insert(
            0, _n(w.days_off, translate("Statement", "{count} day off"), translate("Statement", "{count} days off"))
        )
    return [
        w.week,
        _d(minutes(w.expected_hours)),
        _d(minutes(w.worked_hours)),
        _d(minutes(w.extra_hours)),
        _d(minutes(w.overtime_hours)),
        ", ".join(notes),
    ]


def _month_name(month: int) -> str:
    return translate("Statement", MONTHS[month - 1])


def _month_of(monday: date) -> tuple[int, int]:
    """The month an ISO week counts to: the month of its Thursday."""
    thursday = monday + timedelta(days=3)
    return thursday.year, thursday.month


def _hours(s: Statement) -> list[str]:
    rows, styles = [], {}
    grouped = len(s.weeks) > GROUP_BY_MONTH
    weeks = list(s.weeks)
    months: dict[tuple[int, int], list] = {}
    for w in weeks:
        months.setdefault(_month_of(w.monday) if grouped else (0, 0), []).append(w)
    for (year, month), group in months.items():
        if grouped and not any(s.is_recorded(w) for w in group):
            styles[len(rows)] = TOTAL
            rows.append([_month_name(month) + f" {year}", "", "", "", "", translate("Statement", "not recorded")])
        elif grouped:
            styles[len(rows)] = TOTAL
            rows.append(
                [
                    _month_name(month) + f" {year}",
                    _d(sum(minutes(w.expected_hours) for w in group)),
                    _d(sum(minutes(w.worked_hours) for w in group)),
                    _d(sum(minutes(w.extra_hours) for w in group)),
                    _d(sum(minutes(w.overtime_hours) for w in group)),
                    "",
                ]
            )
        for w in group:
            if w.warnings:
                styles[len(rows)] = MARKED
            rows.append(_week_row(s, w))
    styles[len(rows)] = TOTAL
    rows.append(
        [
            translate("Statement", "Total"),
            _d(s.expected_minutes),
            _d(s.worked_minutes),
            _d(s.extra_minutes),
            _d(s.overtime_minutes),
            "",
        ]
    )
    table = _table(
        [
            translate("Statement", "Week"),
            translate("Statement", "Contract"),
            translate("Statement", "Worked"),
            translate("Statement", "Extra hours"),
            translate("Statement", "Overtime"),
            translate("Statement", "Warning"),
        ],
        rows,
        styles=styles,
    )
    sentences = [*_worked_sentences(s)]
    balance = minutes(s.balance)
    if balance and s.balance_since:
        sentences.append(
            translate(
                "Statement",
                "My balance of hours above my contract, counted from {since}, was {balance} on {until}.",
            ).format(since=format_date(s.balance_since), balance=_d(balance), until=format_date(s.last))
        )
    if grouped:
        sentences.append(translate("Statement", "The weeks are grouped by month, each month with its total."))
    if any(w.warnings for w in s.weeks):
        sentences.append(translate("Statement", "Weeks with a warning are marked."))
    parts = [_h2(translate("Statement", "Hours")), table, _p(" ".join(sentences))]
    if s.year_before:
        b = s.year_before
        parts.append(
            _p(
                translate(
                    "Statement",
                    "A year earlier, in the same weeks from {first} to {last}, I worked {worked} hours against "
                    "{expected} in my contract, counting only the {weeks} with logged hours; more than my contract "
                    "in {over} of them. My caseload then: {measures}.",
                ).format(
                    first=format_date(b.first),
                    last=format_date(b.last),
                    worked=_d(b.worked),
                    expected=_d(b.expected),
                    over=b.weeks_over,
                    weeks=_weeks(b.weeks),
                    measures=_measures(b.measures),
                )
            )
        )
    parts.append('<p align="center"><img src="chart-weeks" width="500" height="196"></p>')
    return parts


def _worked_sentences(s: Statement) -> list[str]:
    """The hours against the contract: the net over the whole period, and apart from it the sum over the weeks
    above the contract (never a part larger than its whole); which weeks are counted, and which are not."""
    if not s.has_hours:
        return [translate("Statement", "No hours were logged in this period.")]
    figures = {
        "weeks": _weeks(len(s.counted_weeks)),
        "worked": _d(s.worked_minutes),
        "expected": _d(s.expected_minutes),
        "net": _d(abs(s.net_minutes)),
    }
    if s.weeks_over and s.net_minutes == s.over_minutes:
        # No week below the contract to set off: the net is the sum over the weeks above it, one figure.
        figures["above"], figures["compensable"] = _d(s.over_minutes), _d(s.over_compensable_minutes)
        total = (
            translate(
                "Statement",
                "In {weeks} I worked {worked} hours against {expected} in my contract: {above} hours more, "
                "of which {compensable} compensable.",
            )
            if s.over_compensable_minutes
            else translate(
                "Statement", "In {weeks} I worked {worked} hours against {expected} in my contract: {above} hours more."
            )
        )
        return [total.format(**figures), *_counted_weeks(s)]
    if s.net_minutes > 0:
        total = translate(
            "Statement",
            "In {weeks} I worked {worked} hours against {expected} in my contract: on balance {net} hours more.",
        )
    elif s.net_minutes < 0:
        total = translate(
            "Statement",
            "In {weeks} I worked {worked} hours against {expected} in my contract: on balance {net} hours less.",
        )
    else:
        total = translate("Statement", "In {weeks} I worked {worked} hours against {expected} in my contract.")
    sentences = [total.format(**figures)]
    if s.weeks_over:
        over = {
            "over": s.weeks_over,
            "weeks": _weeks(len(s.finished_weeks)),
            "above": _d(s.over_minutes),
            "compensable": _d(s.over_compensable_minutes),
        }
        sentences.append(
            (
                translate(
                    "Statement",
                    "I worked more than my contract in {over} of {weeks}: {above} hours above it in those weeks "
                    "together, of which {compensable} compensable.",
                )
                if s.over_compensable_minutes
                else translate(
                    "Statement",
                    "I worked more than my contract in {over} of {weeks}: {above} hours above it in those weeks "
                    "together.",
                )
            ).format(**over)
        )
    return sentences + _counted_weeks(s)


def _counted_weeks(s: Statement) -> list[str]:
    """Which weeks the figures count, and which they leave out."""
    sentences = []
    if s.current:
        sentences.append(
            translate(
                "Statement",
                "The current week counts up to today: its contract only for the days that are over and for today "
                "as far as worked, and it is not among the weeks counted above or below the contract. Weeks that "
                "have not begun are left out.",
            )
        )
    if s.unrecorded_weeks and s.recorded_from:
        sentences.append(
            translate(
                "Statement",
                "I began logging my hours in the week of {day}: the {weeks} before it are marked “not recorded” and "
                "left out of every total and count.",
            ).format(day=format_date(s.recorded_from), weeks=_weeks(s.unrecorded_weeks))
        )
    return sentences


def _legal(s: Statement) -> list[str]:
    parts = [_h2(translate("Statement", "Legal limits passed (Arbeidstijdenwet)"))]
    if s.legal:
        parts.append(_list(_law_lines(s, notes=False)))
    else:
        parts.append(_p(translate("Statement", "No legal limit was passed in this period.")))
    if s.shortened_rests:
        parts.append(
            _p(
                translate(
                    "Statement",
                    "Rests shortened to less than 11 hours, which the law allows once in 7 × 24 hours when the work "
                    "requires it (ATW art. 5:3 lid 2, 5:8 lid 4):",
                )
            )
        )
        parts.append(_list(_law_lines(s, notes=True)))
    return parts


def _law_lines(s: Statement, notes: bool) -> list[str]:
    """Each week's limits passed (or, with ``notes``, rests shortened), worded now: in the document's language."""
    if s.zone is None:
        return [f"{week}: {msg}" for week, msg in (s.shortened_rests if notes else s.legal)]
    return [f"{w.week}: {x.message}" for w in s.weeks for x in warnings_of(list(w.findings), s.zone) if x.note == notes]


def _caseload(s: Statement) -> list[str]:
    low, high = s.norm.families
    text = translate(
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
        contract=format_hours(s.norm.contract_hours),
        norm=format_hours(s.norm.measures),
        low=format_hours(low),
        high=format_hours(high),
        target=format_hours(s.target),
        start=_measures(s.caseload_first.measures),
        highest=s.caseload_highest,
    )
    return [
        _h2(translate("Statement", "Caseload")),
        _p(text),
        '<p align="center"><img src="chart-caseload" width="500" height="196"></p>',
    ]


def _time_went(s: Statement) -> list[str]:
    by_task = s.task_minutes
    total = sum(by_task.values()) or 1
    parts = [_h2(translate("Statement", "Where the time went"))]
    if by_task:
        parts.append(
            _table(
                [translate("Statement", "Work"), translate("Statement", "Hours"), translate("Statement", "Share")],
                [[task_kind_name(k), _d(v), f"{round(100 * v / total)}%"] for k, v in by_task.items()],
            )
        )
    else:
        parts.append(_p(translate("Statement", "None recorded in this period.")))
    court, in_person, remote = s.court
    done = []
    # Each count next to the hours logged as that kind of work: the two belong together.
    if court:
        done.append(
            translate(
                "Statement",
                "Court hearings: {count} ({in_person} in person, {remote} by phone or video); hours logged as court "
                "hearing: {hours}.",
            ).format(count=court, in_person=in_person, remote=remote, hours=_d(by_task.get("court", 0)))
        )
    if s.redactions[0]:
        done.append(
            translate(
                "Statement", "File redactions: {count}, {pages} in all; hours logged as file redaction: {hours}."
            ).format(
                count=s.redactions[0],
                pages=_n(
                    s.redactions[1], translate("Statement", "{count} page"), translate("Statement", "{count} pages")
                ),
                hours=_d(by_task.get("redaction", 0)),
            )
        )
    if s.care_searches[0]:
        done.append(
            translate(
                "Statement", "Care searches: {count}, {providers} contacted; hours logged as care search: {hours}."
            ).format(
                count=s.care_searches[0],
                providers=_n(
                    s.care_searches[1],
                    translate("Statement", "{count} provider"),
                    translate("Statement", "{count} providers"),
                ),
                hours=_d(by_task.get("care-search", 0)),
            )
        )
    if done:
        parts.append(_list(done))
    return parts


def _declined(s: Statement) -> list[str]:
    lines = [
        translate("Statement", "Declined: {what}, {times}.").format(what=request_name(k), times=_times(n))
        for k, n in sorted(s.declined.items())
    ] + [
        (
            translate("Statement", "Kept: {boundary}, {times} ({hours} hours saved).")
            if minutes(b.hours_saved)
            else translate("Statement", "Kept: {boundary}, {times}.")
        ).format(boundary=boundary_name(b.boundary), times=_times(b.times), hours=_d(minutes(b.hours_saved)))
        for b in s.boundaries
    ]
    head = _h2(translate("Statement", "Requests declined and boundaries kept"))
    return [head, _list(lines) if lines else _p(translate("Statement", "None recorded in this period."))]


def _how_counted(s: Statement) -> list[str]:
    """Each figure explained once: where it comes from and which rule counts it."""
    lines = [
        translate(
            "Statement",
            "Hours are real time in hours and minutes (8:24 is 8 hours and 24 minutes), summed in whole minutes. "
            "Contract: the hours of my contract in the week, less the hours of days off that fall on my working days.",
        ),
        translate(
            "Statement",
            "Extra hours (meeruren): hours above my contract up to the full-time week of 36 hours. Overtime "
            "(overwerk): hours above 36 in a week. Less than 30 minutes above the contract in a week is not "
            "compensated (CAO Jeugdzorg art. 6.4.5 and 8.6).",
        ),
    ]
    if s.balance_since:
        lines.append(
            translate(
                "Statement",
                "The balance is the hours worked less the contract's hours, counted from {since} (the Monday of "
                "the first week with logged hours, or the start date I set) through {until}. Weeks before it are "
                "not counted; a day counts its contract once it is over, today only as far as worked.",
            ).format(since=format_date(s.balance_since), until=format_date(s.last))
        )
    lines.append(
        translate(
            "Statement",
            "The norm is 12 measures per full-time worker (36 hours), in proportion to the contract, or 8 to 9 "
            "families (time study by Significant Public, 2022). The target follows the reduction schedule that "
            "the FNV and the employers agreed in 2023: one measure fewer every four months, down to the norm.",
        )
    )
    if s.structural:
        lines.append(
            translate(
                "Statement",
                "I call the workload structurally too high when I worked more than my contract in more than half of "
                "the finished weeks (at least two), or in at least one finished week while my caseload was above the "
                "target of the reduction schedule at the start and at the end of the period.",
            )
        )
    elif s.caseload_only:
        lines.append(
            translate(
                "Statement",
                "My hours stayed within my contract in every finished week and no legal limit was passed: only my "
                "caseload is reported as too high.",
            )
        )
    codes = sorted({f.code for f in s.findings})
    if codes:
        lines.append(
            translate(
                "Statement",
                "Working Hours Act (Arbeidstijdenwet): a dienst is work between two rests. Each finding names its "
                "article; the appendix lists each one with the date and times of its dienst.",
            )
        )
        explained: dict[str, list[str]] = {}
        for code in codes:
            explained.setdefault(why(code), []).append(_article(s, code))
        lines += [f"{', '.join(dict.fromkeys(articles))}: {text}" for text, articles in explained.items()]
    return [_h2(translate("Statement", "How these figures are counted")), _list(lines)]


def _article(s: Statement, code: str) -> str:
    return "ATW art. " + next((f.article for f in s.findings if f.code == code), "")


def _request(s: Statement, request: str) -> list[str]:
    parts = [_h2(translate("Statement", "Report and request"))]
    if s.overloaded:
        parts.append(
            _p(
                translate(
                    "Statement",
                    "I make this report under article 11 of the Working Conditions Act (Arbowet), which obliges me to "
                    "report dangers to safety and health. Under article 3, read with article 1, the employer must "
                    "prevent psychosocial workload, which explicitly includes work pressure, or where that is not "
                    "possible limit it.",
                )
            )
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
    return parts


def _appendix(s: Statement) -> list[str]:
    """Every day's hours per kind of work, a total per week, and each legal finding with its dienst."""
    parts = [
        _heading_of(1, translate("Statement", "Appendix: the figures day by day"), ' style="page-break-before:always"'),
        _p(
            translate(
                "Statement",
                "For checking against your own records: the hours of every day with work or a day off, per kind of "
                "work, with each week's total as in the table of hours. No case, child or note is named.",
            )
        ),
    ]
    days = weekday_names()
    headers = [
        translate("Statement", "Day"),
        translate("Statement", "Day off"),
        translate("Statement", "Hours per kind of work"),
        translate("Statement", "Total"),
    ]
    parts.append(_heading_of(3, translate("Statement", "Hours per day and kind of work")))
    # A table per week: the paper keeps each whole on one page, with its header.
    for w in s.counted_weeks:
        sunday = w.monday + timedelta(days=6)
        rows = [
            [f"{days[d.day.weekday()]} {format_date(d.day)}", kind_name(d.off) if d.off else "", _kinds(d.by_task)]
            + [_d(d.total)]
            for d in s.days
            if w.monday <= d.day <= sunday
        ]
        week_kinds = {k: minutes(h) for k, h in w.by_task.items()}
        rows.append([w.week, "", _kinds(week_kinds), _d(minutes(w.worked_hours))])
        parts.append(
            _table(headers, rows, right_from=3, styles={len(rows) - 1: TOTAL}, small=True, widths=_DAY_COLUMNS)
        )
    findings = s.findings
    parts.append(_heading_of(3, translate("Statement", "Each legal finding with its dienst")))
    if findings and s.zone is not None:
        parts.append(_list([message(f, s.zone) for f in findings]))
    else:
        parts.append(_p(translate("Statement", "No legal limit was passed in this period.")))
    return parts


def _kinds(by_task: dict[str, int]) -> str:
    """The minutes per kind of work in the order of the kinds: ``Home visit 2:54 · Report 2:00``."""
    return " · ".join(f"{task_kind_name(k)} {_d(m)}" for k, m in sorted(by_task.items(), key=_kind_order) if m)


def _kind_order(item: tuple[str, int]) -> int:
    return list(TASK_KINDS).index(item[0]) if item[0] in TASK_KINDS else len(TASK_KINDS)


def _n(count: int, one: str, many: str) -> str:
    """``one`` or ``many`` (translated messages with ``{count}``) as ``count`` asks."""
    return (one if count == 1 else many).format(count=count)


def _times(count: int) -> str:
    return _n(count, translate("Statement", "{count} time"), translate("Statement", "{count} times"))


def _weeks(count: int) -> str:
    return _n(count, translate("Statement", "{count} week"), translate("Statement", "{count} weeks"))


def _measures(count: int) -> str:
    return _n(count, translate("Statement", "{count} measure"), translate("Statement", "{count} measures"))


def _short_warning(code: str) -> str:
    if code in ("over_contract", "consent_needed"):
        return translate("Statement", "over contract")
    if code in NOTES:
        return translate("Statement", "shortened rest")
    return translate("Statement", "legal limit")

"""The overload statement's words in the document's language: labels and sentences with their figures.

Every sentence is translated here (the legal findings' own in :mod:`.statement_findings`), where
``pyside6-lupdate`` finds it, and handed to the template
(``resources/statement/statement.html.j2``) as plain text: the template holds the layout, never a
word. Hours a person reads are hours:minutes, summed in whole minutes first. The sentences claim
only what the figures show. Call these inside ``i18n.speaking(lang)``.
"""

from __future__ import annotations

from datetime import date, timedelta

from .days_off import kind_name
from .i18n import COUNTED, format_date, format_duration, format_hours, translate
from .model import TASK_KINDS, task_kind_name
from .register import boundary_name, request_name
from .statement_figures import STRUCTURAL_WEEKS, Statement, minutes
from .statement_findings import MONTHS, explained, grouped_lines, sentence, span_in_words
from .working_hours_act import NOTES

NBSP = "\u00a0"  # a no-break space: the words on either side stay on one line


def labels() -> dict[str, str]:
    """The document's fixed words (headings, column names, labels), by the name the template uses."""
    return {
        "title": translate("Statement", "Overload statement"),
        "record_title": translate("Statement", "Record of hours"),
        "from": translate("Statement", "From"),
        "to": translate("Statement", "To"),
        "period": translate("Statement", "Period"),
        "date": translate("Statement", "Date"),
        "hours": translate("Statement", "Hours"),
        "week": translate("Statement", "Week"),
        "contract": translate("Statement", "Contract"),
        "worked": translate("Statement", "Worked"),
        "extra": translate("Statement", "Extra hours"),
        "overtime": translate("Statement", "Overtime"),
        "warning": translate("Statement", "Warning"),
        "total": translate("Statement", "Total"),
        "legal": translate("Statement", "Working Hours Act (Arbeidstijdenwet)"),
        "no_legal": translate("Statement", "No legal limit was passed in this period."),
        "shortened": translate(
            "Statement",
            "Rests shortened to less than 11 hours, which the law allows once in 7 × 24 hours when the work "
            "requires it (ATW art. 5:3(2), 5:8(4)):",
        ),
        "caseload": translate("Statement", "Caseload"),
        "time_went": translate("Statement", "Where the time went"),
        "work": translate("Statement", "Work"),
        "share": translate("Statement", "Share"),
        "none": translate("Statement", "None recorded in this period."),
        "declined": translate("Statement", "Requests declined and boundaries kept"),
        "how_counted": translate("Statement", "How these figures are counted"),
        "request": translate("Statement", "Report and request"),
        "seen": translate("Statement", "Seen"),
        "report": translate(
            "Statement",
            "I make this report under article 11 of the Working Conditions Act (Arbowet), which obliges me to "
            "report dangers to safety and health. Under article 3, read with article 1, the employer must "
            "prevent psychosocial workload, which explicitly includes work pressure, or where that is not "
            "possible limit it.",
        ),
        "sign": translate("Statement", "Date and signature"),
        "worker": translate("Statement", "Worker"),
        "manager": translate("Statement", "Manager"),
        "appendix": translate("Statement", "Appendix: the figures day by day"),
        "appendix_intro": translate(
            "Statement",
            "For checking against other records: the hours of every day with work or a day off, per kind of "
            "work, with each week's total as in the table of hours. No case, child or note is named.",
        ),
        "per_day": translate("Statement", "Hours per day and kind of work"),
        "day": translate("Statement", "Day"),
        "day_off": translate("Statement", "Day off"),
        "per_kind": translate("Statement", "Hours per kind of work"),
        "each_finding": translate("Statement", "Each legal finding with its week or shift"),
    }


def title(s: Statement) -> str:
    """The document's title: an overload statement only when the figures show overload, else a record of hours."""
    return labels()["title" if s.overloaded else "record_title"]


def name(text: str) -> str:
    """A name as the paper shows it: an honest placeholder where none was filled in."""
    return text.strip() or translate("Statement", "(name not filled in)")


def period(s: Statement) -> str:
    """The period as counted, in whole weeks; where the days chosen were not whole weeks, those days too."""
    notes = [translate("Statement", "whole weeks, Monday to Sunday")]
    if s.widened and s.asked_first and s.asked_last:
        notes.append(translate("Statement", "chosen: {days}").format(days=span_in_words(s.asked_first, s.asked_last)))
    if s.current:
        notes.append(translate("Statement", "the current week up to today"))
    return f"{span_in_words(s.first, s.last)} ({'; '.join(notes)})"


def not_recorded() -> str:
    """A week (or month) before logging began: left out of every total and count."""
    return translate("Statement", "not recorded")


def opening(s: Statement) -> tuple[str, list[str], str]:
    """What the period shows: a sentence, its grounds (overload only where the figures show it) and the source."""
    source = translate("Statement", "The figures below come from my own record of hours and cases.")
    if not s.has_hours:
        shown = translate(
            "Statement",
            "No hours were logged in this period, so its figures do not show overload: this is a record, not a "
            "statement of overload.",
        )
        return shown, [], source
    if not s.overloaded and s.pause_limits:
        shown = (
            translate(
                "Statement",
                "The figures of this period do not show overload: in no week did I work 30 minutes or more above my "
                "contract and my caseload is within the norm. The record shows {passed}, all on pauses, which alone "
                "I do not report as overload.",
            )
            if s.has_cases
            else translate(
                "Statement",
                "The figures of this period do not show overload: in no week did I work 30 minutes or more above my "
                "contract. The record shows {passed}, all on pauses, which alone I do not report as overload. No "
                "cases are recorded.",
            )
        )
        return shown.format(passed=limits_passed(s)), [], source
    if not s.overloaded:
        shown = (
            translate(
                "Statement",
                "The figures of this period do not show overload: in no week did I work 30 minutes or more above my "
                "contract, no legal limit was passed and my caseload is within the norm.",
            )
            if s.has_cases
            else translate(
                "Statement",
                "The figures of this period do not show overload: in no week did I work 30 minutes or more above my "
                "contract and no legal limit was passed. No cases are recorded.",
            )
        )
        return shown, [], source
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
                translate(
                    "Statement",
                    "in {over} of {weeks} I worked 30 minutes or more above my contract (finished weeks only);",
                )
                if s.current
                else translate("Statement", "in {over} of {weeks} I worked 30 minutes or more above my contract;")
            ).format(over=s.weeks_over, weeks=worked_weeks(s))
        )
    if s.limits_beyond_pauses:  # pauses the record cannot show are no ground: the legal section reports them
        grounds.append(limits_passed(s, s.limits_beyond_pauses) + ";")
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
                measures=measures(s.caseload_last.measures),
                norm=format_hours(s.norm.measures),
                target=format_hours(s.target),
            )
        )
    grounds[-1] = grounds[-1].removesuffix(";") + "."
    return said, grounds, source


def worked_weeks(s: Statement) -> str:
    """The finished weeks worked, which counts of weeks above the contract count, with the weeks of leave left
    out: ``3 weeks worked (2 weeks of leave)``."""
    worked, leave = len(s.worked_weeks), s.leave_weeks  # lupdate reads a count only from a plain name
    said = translate("Statement", "%n week(s) worked", None, COUNTED, worked)
    if leave:
        said += " (" + translate("Statement", "%n week(s) of leave", None, COUNTED, leave) + ")"
    return said


def no_hours() -> str:
    """A finished week that expected hours and has none logged."""
    return translate("Statement", "no hours logged")


def week_notes(s: Statement, w) -> tuple[str | None, str]:
    """A leave week's kinds of day off (None for a week of work), and the week's warnings in short."""
    notes = sorted({short_warning(x.code) for x in w.warnings})
    if w.monday == s.current:
        notes.insert(0, translate("Statement", "up to today"))
    if s.is_leave(w):
        kinds = sorted({d.off for d in s.days if d.off and w.monday <= d.day <= w.monday + timedelta(days=6)})
        return ", ".join(kind_name(k) for k in kinds) or kind_name("leave"), ", ".join(notes)
    if w.days_off:
        notes.insert(0, counted_words("day off", w.days_off))
    if not w.worked_minutes and w.monday != s.current:
        notes.insert(0, no_hours())
    return None, ", ".join(notes)


def month_name(month: int, year: int) -> str:
    return translate("Statement", MONTHS[month - 1]) + f" {year}"


def hours_said(s: Statement, grouped: bool) -> str:
    """The sentences under the table of hours: worked against the contract, the balance, how the table reads."""
    sentences = worked_sentences(s)
    sentences += balance_said(s)
    if s.consent_weeks:  # the figure only: what the CAO says of it is under "How these figures are counted"
        sentences.append(
            translate("Statement", "In {weeks} I worked more than a ninth above my contract's week.").format(
                weeks=weeks(s.consent_weeks)
            )
        )
    if s.empty_weeks:  # "such a week": one form for one week and for many
        sentences.append(
            translate(
                "Statement",
                "In {weeks} no hours were logged (marked “no hours logged”): such a week is left out of every total "
                "and count, as the record does not say it was not worked.",
            ).format(weeks=weeks(len(s.empty_weeks)))
        )
    if grouped:
        sentences.append(
            translate(
                "Statement",
                "The weeks are grouped by month, each week under the month of its Thursday (as ISO weeks are "
                "counted), each month with its total; a month only partly in the period says which days it holds.",
            )
        )
    if any(w.warnings for w in s.weeks):
        sentences.append(translate("Statement", "Weeks with a warning are marked."))
    return " ".join(sentences)


def balance_said(s: Statement) -> list[str]:
    """The running balance at the period's end, dated; or, when weeks since it starts have no logged hours,
    why none is given (it would count them as not worked)."""
    if s.balance_since is None:
        return []
    if not s.balance_given:
        return [
            translate(
                "Statement",
                "No balance is given: a balance would count {weeks} without logged hours since {since} as not worked.",
            ).format(weeks=weeks(s.unlogged_since_balance), since=format_date(s.balance_since))
        ]
    balance = minutes(s.balance)
    if not balance:
        return []
    return [
        translate(
            "Statement",
            "My balance of hours above my contract, counted from {since}, was {balance} on {until}.",
        ).format(since=format_date(s.balance_since), balance=format_duration(balance), until=format_date(s.last))
    ]


def worked_sentences(s: Statement) -> list[str]:
    """The hours against the contract: the net over the whole period, and apart from it the sum over the weeks
    above the contract (never a part larger than its whole); which weeks are counted, and which are not."""
    if not s.has_hours:
        return [translate("Statement", "No hours were logged in this period.")]
    figures = {
        "weeks": weeks(len(s.counted_weeks)),
        "worked": format_duration(s.worked_minutes),
        "expected": format_duration(s.expected_minutes),
        "net": format_duration(abs(s.net_minutes)),
    }
    if s.weeks_over and s.net_minutes == s.over_minutes:
        # No week below the contract to set off: the net is the sum over the weeks above it, one figure.
        figures["above"] = format_duration(s.over_minutes)
        figures["compensable"] = format_duration(s.over_compensable_minutes)
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
        return [total.format(**figures), *counted_weeks(s)]
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
            "weeks": worked_weeks(s),
            "above": format_duration(s.over_minutes),
            "compensable": format_duration(s.over_compensable_minutes),
        }
        sentences.append(
            (
                translate(
                    "Statement",
                    "I worked 30 minutes or more above my contract in {over} of {weeks}: {above} hours above it in "
                    "those weeks together, of which {compensable} compensable.",
                )
                if s.over_compensable_minutes
                else translate(
                    "Statement",
                    "I worked 30 minutes or more above my contract in {over} of {weeks}: {above} hours above it in "
                    "those weeks together.",
                )
            ).format(**over)
        )
    return sentences + counted_weeks(s)


def counted_weeks(s: Statement) -> list[str]:
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
            ).format(day=format_date(s.recorded_from), weeks=weeks(s.unrecorded_weeks))
        )
    return sentences


def year_before(s: Statement) -> str | None:
    """The same weeks a year earlier: the hours, the weeks above the contract (never a count of none), and the
    caseload then only where cases are recorded, now and then."""
    b = s.year_before
    if b is None:
        return None
    said = (
        translate(
            "Statement",
            "A year earlier, in the same weeks from {first} to {last}, I worked {worked} hours against "
            "{expected} in my contract, counting only the {weeks} with logged hours; 30 minutes or more above "
            "my contract in {over} of them.",
        )
        if b.weeks_over
        else translate(
            "Statement",
            "A year earlier, in the same weeks from {first} to {last}, I worked {worked} hours against "
            "{expected} in my contract, counting only the {weeks} with logged hours; in none of them 30 minutes or "
            "more above my contract.",
        )
    ).format(
        first=format_date(b.first),
        last=format_date(b.last),
        worked=format_duration(b.worked),
        expected=format_duration(b.expected),
        over=b.weeks_over,
        weeks=weeks(b.weeks),
    )
    if s.has_cases and b.measures:
        said += " " + translate("Statement", "My caseload then: {measures}.").format(measures=measures(b.measures))
    return said


def law_lines(s: Statement, notes: bool) -> list[str]:
    """Each week's limits passed (or, with ``notes``, rests shortened) by rule, in the first person."""
    if s.zone is None:
        return []
    return grouped_lines(s.rests_shortened if notes else s.limits_passed, s.zone)


def legal_count(s: Statement, appendix: bool = True) -> str:
    """The legal section's first line: the same count as the opening's and the appendix's (``appendix``: the
    document has one, so the line may point to it)."""
    if not appendix:
        return translate("Statement", "{passed}: by week and rule below.").format(passed=limits_passed(s))
    return translate("Statement", "{passed}: by week and rule below; the appendix lists each one.").format(
        passed=limits_passed(s)
    )


def findings_listed(s: Statement) -> tuple[str, list[str], list[str]]:
    """The appendix's findings: the count, each limit passed, and each rest shortened, one line each."""
    if s.zone is None:
        return "", [], []
    said = translate("Statement", "{passed}, each with its week or the date and times of its shift:").format(
        passed=limits_passed(s)
    )
    return said, [sentence(f, s.zone) for f in s.limits_passed], [sentence(f, s.zone) for f in s.rests_shortened]


def caseload(s: Statement) -> str:
    if not s.has_cases:
        return translate("Statement", "No cases are recorded in this period: I claim nothing here about my caseload.")
    low, high = s.norm.families
    return translate(
        "Statement",
        "On {last} I carried {measures} for {families} ({children}). The "
        "responsible norm for my contract of {contract} hours is {norm} measures, or {low} to {high} "
        "families; the target of the agreed reduction schedule was {target}. At the start of the period I "
        "carried {start}; the highest in the period was {highest}.",
    ).format(
        last=format_date(s.last),
        measures=measures(s.caseload_last.measures),
        families=counted_words("family", s.caseload_last.families),
        children=counted_words("child", s.caseload_last.children),
        contract=format_hours(s.norm.contract_hours),
        norm=format_hours(s.norm.measures),
        low=format_hours(low),
        high=format_hours(high),
        target=format_hours(s.target),
        start=measures(s.caseload_first.measures),
        highest=s.caseload_highest,
    )


def events_done(s: Statement) -> list[str]:
    """Court hearings, redactions and care searches, each count next to the hours logged as that kind of work."""
    by_task = s.task_minutes
    court, in_person, remote = s.court
    done = []
    if court:
        how = [
            *([translate("Statement", "{count} in person").format(count=in_person)] if in_person else []),
            *([translate("Statement", "{count} by phone or video").format(count=remote)] if remote else []),
        ]
        done.append(
            translate("Statement", "Court hearings: {count} ({how}); hours logged as court hearing: {hours}.").format(
                count=court, how=", ".join(how), hours=format_duration(by_task.get("court", 0))
            )
        )
    if s.redactions[0]:
        done.append(
            translate(
                "Statement", "File redactions: {count}, {pages} in all; hours logged as file redaction: {hours}."
            ).format(
                count=s.redactions[0],
                pages=counted_words("page", s.redactions[1]),
                hours=format_duration(by_task.get("redaction", 0)),
            )
        )
    if s.care_searches[0]:
        done.append(
            translate(
                "Statement", "Care searches: {count}, {providers} contacted; hours logged as care search: {hours}."
            ).format(
                count=s.care_searches[0],
                providers=counted_words("provider", s.care_searches[1]),
                hours=format_duration(by_task.get("care-search", 0)),
            )
        )
    return done


def lower_first(text: str) -> str:
    """A name as it reads after a colon: lower case first, as every line of the statement writes it."""
    return text[:1].lower() + text[1:]


def declined(s: Statement) -> list[str]:
    """Each request declined and each boundary kept with its count; hours saved are the worker's estimate for
    each time, and said to be one."""
    lines = [
        translate("Statement", "Declined: {what}, {times}.").format(what=lower_first(request_name(k)), times=times(n))
        for k, n in sorted(s.declined.items())
    ] + [
        (
            translate(
                "Statement",
                "Kept: {boundary}, {times} (estimated {hours} hours saved: {per} each time, as set in the app).",
            )
            if minutes(b.hours_saved)
            else translate("Statement", "Kept: {boundary}, {times}.")
        ).format(
            boundary=lower_first(boundary_name(b.boundary)),
            times=times(b.times),
            hours=format_duration(minutes(b.hours_saved)),
            per=format_duration(round(minutes(b.hours_saved) / b.times)),
        )
        for b in s.boundaries
    ]
    if s.court[0] and any(b.boundary == "court-remote" for b in s.boundaries):
        lines.append(
            translate(
                "Statement",
                "The court hearings under “Where the time went” count hearings held (tasks done); the boundary on "
                "court counts the times I registered keeping it. The two are recorded apart and need not match.",
            )
        )
    return lines


def days_off_with_activity(s: Statement) -> str:
    """The days off on which the record holds hours or registrations, each with what it holds (said under the
    hours, not among the requests declined: a day off with work is neither); empty when there are none."""
    if not s.busy_days_off:
        return ""
    return translate(
        "Statement",
        "On days the record holds as days off, it also holds hours or registrations: {days}. Both the day off and "
        "what was recorded on it are shown as recorded.",
    ).format(days=", ".join(day_off_worked(s, d) for d in s.busy_days_off))


def day_off_worked(s: Statement, day: date) -> str:
    """A day off with what was done on it: ``29/06/2026 (home visit done)``, ``03/07/2026 (2:00 hours logged,
    boundary kept)``."""
    logged = sum(d.total for d in s.days if d.day == day)
    done = [
        translate("Statement", "boundary kept")
        if what == "boundary"
        else translate("Statement", "{task} done").format(task=lower_first(task_kind_name(what)))
        for what in (s.registered_on_days_off or {}).get(day, ())
    ]
    if logged:
        done.insert(0, translate("Statement", "{hours} hours logged").format(hours=format_duration(logged)))
    return f"{format_date(day)} ({', '.join(done)})"


def how_counted(s: Statement, appendix: bool = True) -> list[str]:
    """Each figure explained once: where it comes from and which rule counts it."""
    lines = [
        translate(
            "Statement",
            "Hours are real time in hours and minutes (8:24 is 8 hours and 24 minutes), summed in whole minutes. "
            "Contract: the hours of my contract in the week, less the hours of days off that fall on my working days.",
        ),
        translate(
            "Statement",
            "Extra hours: hours above my contract up to the full-time week, which is on average 36 hours "
            "(CAO Jeugdzorg art. 6.1). Overtime: hours above 36 in a week, a line lowered by 7:12 for each day off "
            "on one of my working days. Less than 30 minutes above the contract in a week is not compensated (CAO "
            "Jeugdzorg art. 6.4.5 and 8.6).",
        ),
        translate(
            "Statement",
            "Under the CAO, hours above 36 are overtime when the employer instructed them. The figures here are the "
            "hours I worked; the record does not say which were instructed.",
        ),
    ]
    if s.consent_weeks:
        lines.append(
            translate(
                "Statement",
                "Working more than a ninth above my contract's week may be asked only with my consent (CAO Jeugdzorg "
                "art. 6.4.5).",
            )
        )
    if s.balance_given:
        lines.append(
            translate(
                "Statement",
                "The balance is the hours worked less the contract's hours, counted from {since} (the Monday of "
                "the first week with logged hours, or the start date I set) through {until}. Weeks before it are "
                "not counted; a day counts its contract once it is over, today only as far as worked.",
            ).format(since=format_date(s.balance_since), until=format_date(s.last))
        )
    if s.has_cases:  # the caseload section names the norm and the target only when there are cases
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
                "I call the workload structurally too high when, over at least 4 finished weeks worked, I worked 30 "
                "minutes or more above my contract in more than half of them. A week wholly off is a week of leave, "
                "not a week worked, even with some work logged in it.",
            )
        )
    elif s.hours_too_high and len(s.worked_weeks) < STRUCTURAL_WEEKS:
        lines.append(
            translate(
                "Statement",
                "With {weeks}, fewer than 4, I report the workload as too high in this period, not as a lasting "
                "pattern.",
            ).format(weeks=worked_weeks(s))
        )
    elif s.caseload_only:
        lines.append(
            translate(
                "Statement",
                "My hours stayed within my contract in every finished week and no legal limit other than on pauses "
                "was passed: only my caseload is reported as too high.",
            )
            if s.pause_limits
            else translate(
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
                "Working Hours Act (Arbeidstijdenwet): a shift is work between two rests; entries less than 8 hours "
                "apart belong to one shift, because 8 hours is the shortest rest the law ever allows (ATW art. "
                "5:3(2)), so a shift can cross midnight. Times are real elapsed time in my time zone. Each finding "
                "names its article.",
            )
            + (
                " "
                + translate(
                    "Statement", "The appendix lists each one with its week or the date and times of its shift."
                )
                if appendix
                else ""
            )
        )
        lines += list(dict.fromkeys(text for code in codes if (text := explained(code))))
    if s.pause_limits:
        lines.append(
            translate(
                "Statement",
                "The record shows a pause only where no work was logged: a pause taken within a logged stretch of "
                "work is not in it.",
            )
        )
    return lines


def day_name(day: date, names: list[str]) -> str:
    return f"{names[day.weekday()]} {format_date(day)}"


def kinds(by_task: dict[str, int]) -> str:
    """The minutes per kind of work in the order of the kinds: ``Home visit 2:54 · Report 2:00``.

    A kind and its hours are one unit that a line never breaks inside (no-break spaces), and the dot stays with
    the kind before it: a line may end with "·", never start with one."""
    units = [
        f"{task_kind_name(k)} {format_duration(m)}".replace(" ", NBSP)
        for k, m in sorted(by_task.items(), key=_kind_order)
        if m
    ]
    return f"{NBSP}· ".join(units)


def _kind_order(item: tuple[str, int]) -> int:
    return list(TASK_KINDS).index(item[0]) if item[0] in TASK_KINDS else len(TASK_KINDS)


def times(number: int) -> str:
    """``once``, ``2 times`` (``1 keer``, ``2 keer``): Qt's %n forms of each language."""
    return translate("Statement", "%n time(s)", None, COUNTED, number)


def weeks(number: int) -> str:
    return translate("Statement", "%n week(s)", None, COUNTED, number)


def measures(number: int) -> str:
    return translate("Statement", "%n measure(s)", None, COUNTED, number)


def counted_words(what: str, number: int) -> str:
    """``number`` with its word in the form that count takes (Qt's %n forms; lupdate reads the count only
    from a plain name, hence one call per word here)."""
    texts = {
        "day off": lambda: translate("Statement", "%n day(s) off", None, COUNTED, number),
        "family": lambda: translate("Statement", "%n family(s)", None, COUNTED, number),
        "child": lambda: translate("Statement", "%n child(ren)", None, COUNTED, number),
        "page": lambda: translate("Statement", "%n page(s)", None, COUNTED, number),
        "provider": lambda: translate("Statement", "%n provider(s)", None, COUNTED, number),
        "limit passed": lambda: translate(
            "Statement", "%n limit(s) of the Working Hours Act passed", None, COUNTED, number
        ),
        "kind": lambda: translate("Statement", "%n kind(s)", None, COUNTED, number),
    }
    return texts[what]()


def limits_passed(s: Statement, found: list | None = None) -> str:
    """How many legal limits were passed, and of how many kinds (``17 limits of the Working Hours Act passed, of 4
    kinds``): all of them (the legal section and the appendix), or only those ``found`` (the opening's ground, which
    leaves out the pauses)."""
    found = s.limits_passed if found is None else found
    return translate("Statement", "{passed}, of {kinds}").format(
        passed=counted_words("limit passed", len(found)),
        kinds=counted_words("kind", len({f.code for f in found})),
    )


def short_warning(code: str) -> str:
    if code in ("over_contract", "consent_needed"):
        return translate("Statement", "over contract")
    if code in NOTES:
        return translate("Statement", "shortened rest")
    return translate("Statement", "legal limit")

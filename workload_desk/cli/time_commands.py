"""The ``contract``, ``log`` and ``week`` commands: hours against the contract and the law."""

from __future__ import annotations

import sys
from datetime import date, datetime, timedelta

from ..core import contracts, time_log
from ..core.clock import ambiguity_note, resolve, zone_of
from ..core.dates import week_start
from ..core.i18n import format_date, format_hours, translate, weekday_names
from ..core.limits import check_day
from ..core.model import task_kind_name
from ..core.parse import parse_date, parse_moment
from .commands import parse_id, print_json

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start
if TYPE_CHECKING:
    import argparse

    from ..core.database import WorkloadDatabase as Database


def contract_set(db: Database, args: argparse.Namespace) -> None:
    day = parse_date(args.from_, "from") if args.from_ else date.today()
    period = contracts.set_contract(db, args.hours, day, args.pattern)
    print(
        translate("CommandLine", "Contract: {hours} hours a week from {day} ({pattern}).").format(
            hours=format_hours(period.hours), day=format_date(day), pattern=pattern_words(period.pattern)
        )
    )


def pattern_words(pattern: tuple[float, ...]) -> str:
    """A pattern for people: ``ma 8, di 8, do 8, vr 8``: the working days with their hours."""
    names = weekday_names()
    return ", ".join(f"{names[i]} {format_hours(h)}" for i, h in enumerate(pattern) if h)


def contract_show(db: Database, args: argparse.Namespace) -> None:
    periods = contracts.contract_periods(db)
    current = contracts.contract_hours_on(db, date.today())
    if args.json:
        print_json(
            {
                "hours": current,
                "periods": [{"valid_from": p.valid_from.isoformat(), "hours": p.hours} for p in periods],
            }
        )
        return
    if not periods:
        print(
            translate(
                "CommandLine",
                "No contract hours set yet: use “contract set --hours H”. Until then 36 hours a week is assumed.",
            )
        )
    for p in periods:
        print(
            translate("CommandLine", "From {day}: {hours} hours a week ({pattern})").format(
                day=format_date(p.valid_from), hours=format_hours(p.hours), pattern=pattern_words(p.pattern)
            )
        )


def contract_balance_start(db: Database, args: argparse.Namespace) -> None:
    from ..core.balance import balance_start, set_balance_start

    since = set_balance_start(db, None if args.day == "first-entry" else args.day) or balance_start(db)
    if since is None:
        print(
            translate(
                "CommandLine",
                "The balance starts on the Monday of the week of your first entry; nothing is logged yet.",
            )
        )
    else:
        print(translate("CommandLine", "The balance counts from {day}.").format(day=format_date(since)))


def contract_time_zone(db: Database, args: argparse.Namespace) -> None:
    from ..core.clock import DEFAULT_ZONE, ZONE_SETTING

    if args.zone:
        time_log.set_time_zone(db, args.zone)
    from ..core.settings import get_setting

    print(
        translate("CommandLine", "Hours count in the time zone {zone}.").format(
            zone=get_setting(db, ZONE_SETTING, DEFAULT_ZONE)
        )
    )


def _moment(db: Database, text: str, field: str):
    """A typed moment made exact; says so on stderr when the earlier of a repeated hour was taken."""
    local, offset = parse_moment(text, field)
    tz = zone_of(db)
    moment, ambiguous = resolve(local, offset, tz, field)
    if ambiguous:
        print(ambiguity_note(moment, tz), file=sys.stderr)
    return moment


def log_add(db: Database, args: argparse.Namespace) -> None:
    start, end = _moment(db, args.start, "start"), _moment(db, args.end, "end")
    entry_id = time_log.add_entry(db, start, end, args.task, parse_id(args.case), args.note)
    print(entry_id)


def log_start(db: Database, args: argparse.Namespace) -> None:
    time_log.start_timer(db, args.task, parse_id(args.case))
    print(
        translate("CommandLine", "Timer started at {time} for {task}.").format(
            time=f"{datetime.now():%H:%M}", task=task_kind_name(args.task)
        )
    )


def log_stop(db: Database, args: argparse.Namespace) -> None:
    if args.at:
        entry = time_log.stop_timer_at(db, _moment(db, args.at, "at"))
    else:
        entry = time_log.stop_timer(db)
    if entry is None:
        print(translate("CommandLine", "The timer ran less than a minute; nothing was logged."))
    else:
        print(translate("CommandLine", "Logged: {entry}.").format(entry=time_log.describe(entry)))


def log_list(db: Database, args: argparse.Namespace) -> None:
    monday = week_start(check_day(parse_date(args.week, "week"), "week") if args.week else date.today())
    entries = time_log.entries_between(db, monday, monday + timedelta(days=6))
    if args.json:
        print_json(
            [
                {
                    "id": e.id,
                    "start": e.start.isoformat(timespec="minutes"),
                    "end": e.end.isoformat(timespec="minutes") if e.end else None,
                    "task": e.task_kind,
                    "case_id": e.case_id,
                    "note": e.note,
                }
                for e in entries
            ]
        )
        return
    if not entries:
        print(translate("CommandLine", "No time logged in the week of {day}.").format(day=format_date(monday)))
    for e in entries:
        print(f"{e.id:>6}  {time_log.describe(e)}" + (f"  {e.note}" if e.note else ""))


def week_show(db: Database, args: argparse.Namespace) -> None:
    from ..core.week import week_report

    report = week_report(db, check_day(parse_date(args.date, "date")) if args.date else date.today())
    if args.json:
        print_json(report.to_json())
        return
    print(
        translate("CommandLine", "Week {week}: {worked} hours worked, contract {expected}").format(
            week=report.week, worked=format_hours(report.worked_hours), expected=format_hours(report.expected_hours)
        )
    )
    print(
        translate("CommandLine", "Extra hours {extra}, overtime {overtime}, balance {balance} (since {since})").format(
            extra=format_hours(report.extra_hours),
            overtime=format_hours(report.overtime_hours),
            balance=format_hours(report.balance_hours),
            since=format_date(report.balance_since) if report.balance_since else "–",
        )
    )
    for day, hours in report.by_day.items():
        if hours:
            print(f"  {format_date(day)}  {format_hours(hours):>5}")
    for kind, hours in report.by_task.items():
        print(f"  {task_kind_name(kind):<16} {format_hours(hours):>5}")
    if report.contract_assumed:
        print(translate("CommandLine", "No contract set: 36 hours a week on Monday to Friday is assumed."))
    for w in report.warnings:
        print(("!! " if w.legal and not w.note else "!  ") + w.message)

"""The ``day-off`` commands: leave, public holidays and sick days, one day or a range."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..core import days_off
from ..core.errors import UserError, shown
from ..core.i18n import format_date, language, translate
from ..core.parse import parse_date
from .commands import print_json

if TYPE_CHECKING:
    import argparse

    from ..core.database import WorkloadDatabase as Database


def _year(text: str | None) -> int:
    if text is None:
        return date.today().year
    if not (text.isascii() and text.isdigit() and len(text) == 4):
        raise UserError(
            translate("Validation", "“{value}” is not a year such as 2026.").format(value=shown(text)), "year"
        )
    return int(text)


def _range(args: argparse.Namespace) -> tuple[date, date]:
    first = parse_date(args.date, "date")
    return first, parse_date(args.to, "to") if args.to else first


def day_off_add(db: Database, args: argparse.Namespace) -> None:
    first, last = _range(args)
    added = days_off.mark_range_off(db, first, last, args.kind)
    print(
        translate("CommandLine", "Marked off as {kind}: {days}.").format(
            kind=days_off.kind_name(args.kind), days=", ".join(format_date(d) for d in added) or "–"
        )
    )


def day_off_remove(db: Database, args: argparse.Namespace) -> None:
    first, last = _range(args)
    count = days_off.unmark_range(db, first, last)
    print(translate("CommandLine", "Days off made working days again: {count}.").format(count=count))


def day_off_list(db: Database, args: argparse.Namespace) -> None:
    year = _year(args.year)
    found = days_off.days_off_between(db, date(year, 1, 1), date(year, 12, 31))
    if args.json:
        print_json([{"date": d.isoformat(), "kind": k} for d, k in found.items()])
        return
    if not found:
        print(translate("CommandLine", "No days off in {year}.").format(year=year))
    for d, kind in found.items():
        print(f"{format_date(d)}  {days_off.kind_name(kind)}")


def day_off_holidays(db: Database, args: argparse.Namespace) -> None:
    year = _year(args.year)
    offered = days_off.public_holidays(year, language())
    if args.accept:
        chosen = [d for d in offered if days_off.works_on(db, d)]
        days_off.mark_days_off(db, chosen, "holiday")
        print(
            translate("CommandLine", "Public holidays on your working days marked off: {days}.").format(
                days=", ".join(format_date(d) for d in chosen) or "–"
            )
        )
        return
    for d, name in offered.items():
        print(f"{format_date(d)}  {name}")
    print(
        translate(
            "CommandLine", "Nothing was marked. Add them all with --accept, or one by one with “day-off add --date”."
        )
    )

"""The ``say-no``, ``statement``, ``union-export`` and ``union-summary`` commands."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..core import i18n
from ..core.errors import UserError
from ..core.i18n import format_date, format_hours, translate
from ..core.parse import parse_date
from ..core.settings import get_setting
from .commands import parse_number, print_json

if TYPE_CHECKING:
    import argparse

    from ..core.database import WorkloadDatabase as Database


def say_no_answer(db: Database, args: argparse.Namespace) -> None:
    from ..core.say_no import may_accept

    answer = may_accept(db, parse_date(args.date, "date") if args.date else date.today())
    if args.json:
        print_json(answer.to_json())
        return
    print(
        translate(
            "CommandLine",
            "Caseload {measures} measures ({families} families, {children} children); "
            "norm {norm}, target today {target}.",
        ).format(
            measures=answer.caseload.measures,
            families=answer.caseload.families,
            children=answer.caseload.children,
            norm=format_hours(answer.norm.measures),
            target=format_hours(answer.target),
        )
    )
    print(answer.reason)


def say_no_schedule(db: Database, args: argparse.Namespace) -> None:
    from ..core import caseload_norm

    if args.none:
        caseload_norm.set_schedule(db, None)
        print(translate("CommandLine", "No schedule: the target is the norm."))
        return
    if args.preset is None:
        raise UserError(
            translate("CommandLine", "Give --preset akkoord-2023, --preset every-4-months --from DATE, or --none.")
        )
    baseline = parse_number(args.baseline, "baseline") if args.baseline is not None else None
    start = parse_date(args.from_, "from") if args.from_ else None
    caseload_norm.set_schedule(db, args.preset, start, baseline)
    schedule = caseload_norm.get_schedule(db)
    print(
        translate("CommandLine", "Schedule {preset} from {day}, baseline {baseline}.").format(
            preset=schedule.preset,
            day=format_date(schedule.start),
            baseline=format_hours(caseload_norm.baseline_of(db, schedule)),
        )
    )


def say_no_decline(db: Database, args: argparse.Namespace) -> None:
    from ..core import register

    day = parse_date(args.day, "date") if args.day else date.today()
    print(register.decline(db, day, args.what, args.from_, args.note))


def say_no_declined(db: Database, args: argparse.Namespace) -> None:
    from ..core import register

    found = register.declined(db)
    if args.json:
        print_json(
            [
                {"id": d.id, "date": d.day.isoformat(), "what": d.what, "from": d.from_role, "note": d.note}
                for d in found
            ]
        )
        return
    if not found:
        print(translate("CommandLine", "No requests declined yet."))
    for d in found:
        print(f"{d.id:>5}  {format_date(d.day)}  {register.request_name(d.what):<30} {d.from_role}  {d.note}")


def statement_pdf(db: Database, args: argparse.Namespace) -> None:
    first, last = parse_date(args.from_, "from"), parse_date(args.to, "to")
    from ..core.statement import build_statement

    statement = build_statement(db, first, last)  # refuses a wrong period before Qt is loaded
    if not statement.has_hours:
        raise UserError(
            translate(
                "CommandLine",
                "No hours were logged from {first} to {last}: there are no figures for an overload statement. "
                "Nothing was written.",
            ).format(first=format_date(first), last=format_date(last)),  # the days asked, not their whole weeks
            "from",
        )
    from ..ui.statement_pdf import ensure_application, make_statement_pdf

    ensure_application()
    lang = args.doc_lang or args.lang or i18n.language()
    out = Path(args.out)
    pages = make_statement_pdf(db, first, last, lang, str(out), _saved_request(db, lang), args.appendix)
    print(translate("CommandLine", "Written: {path} ({pages} pages).").format(path=out, pages=pages))


def _saved_request(db: Database, lang: str) -> str | None:
    return get_setting(db, f"statement_request_{lang}")


def union_export(db: Database, args: argparse.Namespace) -> None:
    from ..core.union_export import build_export, parse_month, write_export

    export = build_export(
        db, parse_month(args.from_, "from"), parse_month(args.to, "to"), args.region, args.contract_band
    )
    write_export(export, Path(args.out), db)
    print(
        translate("CommandLine", "Written: {path} ({months} months, submission {id}).").format(
            path=args.out, months=len(export.months), id=export.submission_id
        )
    )


def union_summary(args: argparse.Namespace) -> int:
    from ..core.union_releases import ReleaseRegister, default_register
    from ..core.union_summary import summarize, write_summary

    out = Path(args.out)
    register = Path(args.releases) if args.releases else default_register()
    for target in [out] + ([register] if args.releases else []) + ([Path(args.chart)] if args.chart else []):
        if not target.parent.is_dir():
            raise UserError(
                translate("CommandLine", "The folder of “{path}” does not exist: nothing was written.").format(
                    path=target
                ),
                "out",
            )
    from ..core.disclosure import stricter_rules

    rules = stricter_rules(
        min_respondents=args.min_respondents,
        min_for_quantiles=args.min_for_quantiles,
        p_percent=args.p_percent,
        hours_base=args.hours_base,
        count_base=args.count_base,
    )
    releases = ReleaseRegister.load(register)
    problems: list[str] = []
    rows = summarize([Path(f) for f in args.files], problems, rules=rules, releases=releases)
    for line in problems:
        print(line, file=sys.stderr)
    if not rows:
        raise UserError(translate("CommandLine", "No readable union export among the files: nothing was written."))
    write_summary(rows, out)
    releases.save()
    if args.chart:
        from ..ui.union_chart import write_union_chart

        write_union_chart(rows, args.chart)
    print(
        translate("CommandLine", "Written: {path} ({months} months; {skipped} files skipped or counted once).").format(
            path=args.out, months=len(rows), skipped=len(problems)
        )
    )
    return 0

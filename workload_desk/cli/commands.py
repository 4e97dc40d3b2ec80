"""What each command does, on the core; output in the user's language or as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..core import cases, contracts, demo, i18n, measures, tasks, time_log
from ..core.case_export import export_case
from ..core.database import default_path, open_database, schema_version
from ..core.dates import week_start
from ..core.errors import UserError, shown
from ..core.i18n import format_date, format_hours, translate
from ..core.model import Task, case_status_name, measure_kind_name, task_kind_name
from ..core.parse import parse_date, parse_datetime
from ..core.settings import get_setting

if TYPE_CHECKING:
    from sqlite_utils import Database


def parse_id(text: str | None, field: str = "case") -> int | None:
    """Read a case or entry number; None stays None."""
    if text is None:
        return None
    if not text.strip().isdigit():
        raise UserError(
            translate("Validation", "“{value}” is not a number: give the number the list shows.").format(
                value=shown(text)
            ),
            field,
        )
    return int(text)


def parse_number(text: str, field: str) -> float:
    """Read a number (a comma is a decimal point too)."""
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        value = float("nan")
    if value != value or value in (float("inf"), float("-inf")):
        raise UserError(translate("Validation", "“{value}” is not a number.").format(value=shown(text)), field)
    return value


def parse_count(text: str, field: str) -> int:
    """Read a whole number of children."""
    if not text.strip().isdigit():
        raise UserError(translate("Validation", "“{value}” is not a whole number.").format(value=shown(text)), field)
    return int(text)


def dispatch(args: argparse.Namespace, chosen_language: str | None) -> int:
    """Open the database the call names and run its command."""
    if args.command == "version":
        print(
            translate("CommandLine", "Workload Desk {version} (database schema {schema})").format(
                version=__version__, schema=schema_version()
            )
        )
        return 0
    if args.command == "union-summary":
        return union_summary(args)  # the union's files, not the worker's database
    path = Path(args.db) if args.db else default_path()
    if args.command == "restore":
        return restore_file(path, Path(args.file))
    db = open_database(path)
    db.path = path
    try:
        if chosen_language is None:
            i18n.set_language(get_setting(db, "language", i18n.DEFAULT_LANGUAGE))
        handler = HANDLERS[(args.command, getattr(args, "action", None))]
        return handler(db, args) or 0
    finally:
        db.close()


def _print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def contract_set(db: Database, args: argparse.Namespace) -> None:
    day = parse_date(args.from_, "from") if args.from_ else date.today()
    period = contracts.set_contract(db, args.hours, day)
    print(
        translate("CommandLine", "Contract: {hours} hours a week from {day}.").format(
            hours=format_hours(period.hours), day=format_date(day)
        )
    )


def contract_show(db: Database, args: argparse.Namespace) -> None:
    periods = contracts.contract_periods(db)
    current = contracts.contract_hours_on(db, date.today())
    if args.json:
        _print_json(
            {
                "hours": current,
                "periods": [{"valid_from": p.valid_from.isoformat(), "hours": p.hours} for p in periods],
            }
        )
        return
    if not periods:
        print(translate("CommandLine", "No contract hours set yet: use “contract set --hours H”."))
    for p in periods:
        print(
            translate("CommandLine", "From {day}: {hours} hours a week").format(
                day=format_date(p.valid_from), hours=format_hours(p.hours)
            )
        )


def case_add(db: Database, args: argparse.Namespace) -> None:
    start = parse_date(args.start, "start")
    end = parse_date(args.end, "end") if args.end else None
    new = [
        measures.NewMeasure(args.measure, child, start, end)
        for child in measures.child_labels(parse_count(args.children, "children"))
    ]
    print(cases.add_case(db, args.label, start, new))


def _case_json(case) -> dict:
    return {
        "id": case.id,
        "label": case.label,
        "status": case.status,
        "opened": case.opened.isoformat(),
        "closed": case.closed.isoformat() if case.closed else None,
        "measures": [
            {
                "id": m.id,
                "kind": m.kind,
                "child": m.child_label,
                "start": m.start.isoformat(),
                "planned_end": m.planned_end.isoformat() if m.planned_end else None,
                "actual_end": m.actual_end.isoformat() if m.actual_end else None,
            }
            for m in case.measures
        ],
        "children": case.children,
    }


def case_list(db: Database, args: argparse.Namespace) -> None:
    found = cases.list_cases(db, include_closed=args.all)
    if args.json:
        _print_json([_case_json(c) for c in found])
        return
    if not found:
        print(translate("CommandLine", "No cases."))
    today = date.today()
    for c in found:
        running = [m for m in c.measures if m.is_active_on(today)]
        kinds = ", ".join(sorted({measure_kind_name(m.kind) for m in running})) or "–"
        print(
            f"{c.id:>5}  {c.label:<12} {case_status_name(c.status):<8} {format_date(c.opened)}  "
            + translate("CommandLine", "{count} running measures: {kinds}").format(count=len(running), kinds=kinds)
        )


def case_show(db: Database, args: argparse.Namespace) -> None:
    case = cases.get_case(db, parse_id(args.id))
    found = tasks.tasks_of_case(db, case.id)
    if args.json:
        data = _case_json(case)
        data["notes"] = case.notes
        data["tasks"] = [_task_json(x) for x in found]
        _print_json(data)
        return
    print(
        f"{case.label} ({case_status_name(case.status)}), "
        + translate("CommandLine", "opened {day}").format(day=format_date(case.opened))
    )
    for m in case.measures:
        end = m.actual_end or m.planned_end
        until = format_date(end) if end else "…"
        print(f"  {measure_kind_name(m.kind)}, {m.child_label}: {format_date(m.start)} – {until}")
    for x in found:
        print(
            f"  {'✓' if x.done else '•'} {x.id:>5} {format_date(x.due.date())} {x.due:%H:%M} {task_kind_name(x.kind)}"
        )
    if case.notes:
        print(case.notes)


def case_export(db: Database, args: argparse.Namespace) -> None:
    html_path, json_path = export_case(db, parse_id(args.id), Path(args.out))
    print(translate("CommandLine", "Written: {html} and {json}").format(html=html_path, json=json_path))


def _task_json(x) -> dict:
    return {
        "id": x.id,
        "case_id": x.case_id,
        "kind": x.kind,
        "due": x.due.isoformat(timespec="minutes"),
        "done": x.done,
        "note": x.note,
        "mode": x.mode,
        "court": x.court,
        "requested_by": x.requested_by,
        "pages": x.pages,
        "care_sought": x.care_sought,
        "started": x.started.isoformat() if x.started else None,
        "providers_contacted": x.providers_contacted,
        "outcome": x.outcome,
        "placed_on": x.placed_on.isoformat() if x.placed_on else None,
    }


def task_add(db: Database, args: argparse.Namespace) -> None:
    task = Task(
        id=0,
        case_id=parse_id(args.case),
        kind=args.kind,
        due=parse_datetime(args.due, "due"),
        note=args.note,
        mode=args.mode or ("in-person" if args.kind == "court" else None),
    )
    print(tasks.add_task(db, task))


def task_done(db: Database, args: argparse.Namespace) -> None:
    task_id = parse_id(args.id, "task")
    tasks.set_done(db, task_id)
    print(translate("CommandLine", "Task {id} done.").format(id=task_id))


def task_list(db: Database, args: argparse.Namespace) -> None:
    days = parse_count(args.due_within, "due_within") if args.due_within is not None else None
    found = tasks.due_within(db, date.today(), days)
    if args.json:
        _print_json([_task_json(x) for x in found])
        return
    if not found:
        print(translate("CommandLine", "No open tasks."))
    labels = {c.id: c.label for c in cases.list_cases(db, include_closed=True)}
    for x in found:
        late = " !" if x.due.date() < date.today() else ""
        when = f"{format_date(x.due.date())} {x.due:%H:%M}"
        print(f"{x.id:>5}  {when}  {task_kind_name(x.kind):<16} {labels.get(x.case_id, '')}{late}")


def case_close(db: Database, args: argparse.Namespace) -> None:
    case_id = parse_id(args.id)
    day = parse_date(args.date)
    cases.close_case(db, case_id, day)
    print(translate("CommandLine", "Case {id} closed on {day}.").format(id=case_id, day=format_date(day)))


def log_add(db: Database, args: argparse.Namespace) -> None:
    entry_id = time_log.add_entry(
        db,
        parse_datetime(args.start, "start"),
        parse_datetime(args.end, "end"),
        args.task,
        parse_id(args.case),
        args.note,
    )
    print(entry_id)


def log_start(db: Database, args: argparse.Namespace) -> None:
    time_log.start_timer(db, args.task, parse_id(args.case))
    print(
        translate("CommandLine", "Timer started at {time} for {task}.").format(
            time=f"{datetime.now():%H:%M}", task=task_kind_name(args.task)
        )
    )


def log_stop(db: Database, args: argparse.Namespace) -> None:
    entry = time_log.stop_timer(db)
    if entry is None:
        print(translate("CommandLine", "The timer ran less than a minute; nothing was logged."))
    else:
        print(translate("CommandLine", "Logged: {entry}.").format(entry=time_log.describe(entry)))


def log_list(db: Database, args: argparse.Namespace) -> None:
    monday = week_start(parse_date(args.week, "week") if args.week else date.today())
    entries = time_log.entries_between(db, monday, monday + timedelta(days=6))
    if args.json:
        _print_json(
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

    report = week_report(db, parse_date(args.date, "date") if args.date else date.today())
    if args.json:
        _print_json(report.to_json())
        return
    print(
        translate("CommandLine", "Week {week}: {worked} hours worked, contract {expected}").format(
            week=report.week, worked=format_hours(report.worked_hours), expected=format_hours(report.expected_hours)
        )
    )
    print(
        translate("CommandLine", "Extra hours {extra}, overtime {overtime}, balance {balance}").format(
            extra=format_hours(report.extra_hours),
            overtime=format_hours(report.overtime_hours),
            balance=format_hours(report.balance_hours),
        )
    )
    for day, hours in report.by_day.items():
        if hours:
            print(f"  {format_date(day)}  {format_hours(hours):>5}")
    for kind, hours in report.by_task.items():
        print(f"  {task_kind_name(kind):<16} {format_hours(hours):>5}")
    for w in report.warnings:
        print(("!! " if w.legal else "!  ") + w.message)


def say_no_answer(db: Database, args: argparse.Namespace) -> None:
    from ..core.say_no import may_accept

    answer = may_accept(db, parse_date(args.date, "date") if args.date else date.today())
    if args.json:
        _print_json(answer.to_json())
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
        _print_json(
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

    build_statement(db, first, last)  # refuses a wrong period before Qt is loaded
    from ..ui.statement_pdf import ensure_application, make_statement_pdf

    ensure_application()
    lang = args.doc_lang or args.lang or i18n.language()
    out = Path(args.out)
    pages = make_statement_pdf(db, first, last, lang, str(out), _saved_request(db, lang))
    print(translate("CommandLine", "Written: {path} ({pages} pages).").format(path=out, pages=pages))


def _saved_request(db: Database, lang: str) -> str | None:
    return get_setting(db, f"statement_request_{lang}")


def union_export(db: Database, args: argparse.Namespace) -> None:
    from ..core.union_export import build_export, parse_month, write_export

    export = build_export(
        db, parse_month(args.from_, "from"), parse_month(args.to, "to"), args.region, args.contract_band
    )
    write_export(export, Path(args.out))
    print(
        translate("CommandLine", "Written: {path} ({months} months, submission {id}).").format(
            path=args.out, months=len(export.months), id=export.submission_id
        )
    )


def union_summary(args: argparse.Namespace) -> int:
    from ..core.union_summary import summarize, write_summary

    problems: list[str] = []
    rows = summarize([Path(f) for f in args.files], problems)
    for line in problems:
        print(line, file=sys.stderr)
    if not rows:
        raise UserError(translate("CommandLine", "No readable union export among the files: nothing was written."))
    write_summary(rows, Path(args.out))
    if args.chart:
        from ..ui.union_chart import write_union_chart

        write_union_chart(rows, args.chart)
    print(
        translate("CommandLine", "Written: {path} ({months} months; {skipped} files skipped or counted once).").format(
            path=args.out, months=len(rows), skipped=len(problems)
        )
    )
    return 0


def backup_db(db: Database, args: argparse.Namespace) -> None:
    from ..core.backup import backup_now, rotate

    made = backup_now(db.path, out=Path(args.out) if args.out else None)
    if not args.out:
        rotate(db.path)
    print(translate("CommandLine", "Backup written: {path}").format(path=made))


def restore_file(path: Path, source: Path) -> int:
    from ..core.backup import restore
    from ..core.window_lock import window_has_open

    if window_has_open(path):
        raise UserError(translate("CommandLine", "Workload Desk is open with this database: close the window first."))
    before = restore(path, source)
    if before is not None:
        print(translate("CommandLine", "The database was backed up first: {path}").format(path=before))
    print(translate("CommandLine", "Restored from {path}.").format(path=source))
    return 0


def export_everything(db: Database, args: argparse.Namespace) -> None:
    from ..core.full_export import write_export_all

    rows = write_export_all(db, Path(args.out))
    print(
        translate("CommandLine", "Written: {path} ({rows} rows). It holds everything: keep it safe.").format(
            path=args.out, rows=rows
        )
    )


def import_everything(db: Database, args: argparse.Namespace) -> None:
    from ..core.full_export import import_all, read_export_all

    rows = import_all(db, read_export_all(Path(args.file)), merge=args.merge)
    print(translate("CommandLine", "Imported {rows} rows.").format(rows=rows))


def demo_fill(db: Database, args: argparse.Namespace) -> None:
    demo.fill_demo(db)
    print(translate("CommandLine", "Demo year written: open the window with “workload-desk”."))


HANDLERS = {
    ("contract", "set"): contract_set,
    ("contract", "show"): contract_show,
    ("case", "add"): case_add,
    ("case", "list"): case_list,
    ("case", "close"): case_close,
    ("case", "show"): case_show,
    ("case", "export"): case_export,
    ("task", "add"): task_add,
    ("task", "done"): task_done,
    ("task", "list"): task_list,
    ("log", "add"): log_add,
    ("log", "start"): log_start,
    ("log", "stop"): log_stop,
    ("log", "list"): log_list,
    ("week", None): week_show,
    ("say-no", None): say_no_answer,
    ("say-no", "schedule"): say_no_schedule,
    ("say-no", "decline"): say_no_decline,
    ("say-no", "declined"): say_no_declined,
    ("statement", None): statement_pdf,
    ("union-export", None): union_export,
    ("backup", None): backup_db,
    ("export-all", None): export_everything,
    ("import-all", None): import_everything,
    ("demo", None): demo_fill,
}
